//! A chart as an SVG document, for the board pack: a canvas prints as whatever was last painted
//! on it at screen size (nothing at all while it is off screen), while an SVG prints as vectors
//! at the printer's resolution. The SVG is shown as an image from a `data:` URL, which the page's
//! Content-Security-Policy allows and which keeps the drawing's own attributes out of the page.

use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::{Chart, Look};

/// The chart drawn `width` CSS pixels wide at its own height, as SVG text; empty when the
/// drawing fails.
pub fn to_svg(chart: &impl Chart, width: u32, look: &Look) -> String {
    let height = chart.height(width);
    let size = (
        (f64::from(width) * look.scale).round() as u32,
        (f64::from(height) * look.scale).round() as u32,
    );
    let mut svg = String::new();
    let drawn = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        chart
            .draw(&area, look)
            .is_ok_and(|()| area.present().is_ok())
    };
    if drawn { svg } else { String::new() }
}

/// SVG text as a `data:` URL an image can show: every byte but the unreserved ones
/// percent-encoded, so quotes, `#` and `%` in the drawing cannot end the URL early.
pub fn data_url(svg: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut url = String::with_capacity(svg.len() + svg.len() / 4 + 32);
    url.push_str("data:image/svg+xml;charset=utf-8,");
    for b in svg.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~=:/,;".contains(&b) {
            url.push(char::from(b));
        } else {
            url.push('%');
            url.push(char::from(HEX[usize::from(b >> 4)]));
            url.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_url_escapes_what_would_end_it() {
        let url = data_url("<svg a=\"1\">#%\u{e9}</svg>");
        assert_eq!(
            url,
            "data:image/svg+xml;charset=utf-8,%3Csvg%20a=%221%22%3E%23%25%C3%A9%3C/svg%3E"
        );
    }
}
