//! How a chart looks: the theme's colours, read from the page's CSS custom properties, and the
//! scale of device pixels per CSS pixel, so a chart is as sharp on a high-DPI screen as text is.

use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontFamily, FontStyle, IntoFont, RGBColor, TextStyle};

/// A colour, red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as plotters takes it.
    pub fn colour(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }

    /// As SVG and CSS write it: `#1F4E79`.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// A CSS colour as a custom property holds it: `#rgb`, `#rrggbb`, or `rgb(r, g, b)` /
/// `rgba(r, g, b, a)` with whole numbers; none for anything else.
pub fn parse_colour(text: &str) -> Option<Rgb> {
    let text = text.trim();
    if let Some(hex) = text.strip_prefix('#') {
        let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        return match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        };
    }
    let inner = text
        .strip_prefix("rgba(")
        .or_else(|| text.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let mut parts = inner.split([',', ' ', '/']).filter(|p| !p.is_empty());
    let mut channel = || parts.next()?.parse::<u8>().ok();
    Some(Rgb(channel()?, channel()?, channel()?))
}

/// The colours a chart draws with, each from a theme custom property of style/main.css.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Labels and values: `--text`.
    pub text: Rgb,
    /// Axis labels, reference lines, secondary marks: `--muted`.
    pub muted: Rgb,
    /// Grid lines and axes: `--border`.
    pub grid: Rgb,
    /// The main series: `--accent`.
    pub accent: Rgb,
    /// A second series (program cost, the hire-first path): `--warning`.
    pub second: Rgb,
    /// Something that fails: `--critical`.
    pub critical: Rgb,
    /// Something to watch: `--warning`.
    pub warning: Rgb,
    /// Something that passes: `--ok`.
    pub ok: Rgb,
}

impl Palette {
    /// The light theme of style/main.css: what a chart uses when the page's colours cannot be
    /// read.
    pub fn light() -> Palette {
        Palette {
            text: Rgb(0x1b, 0x1f, 0x24),
            muted: Rgb(0x4f, 0x59, 0x65),
            grid: Rgb(0xd3, 0xd9, 0xe0),
            accent: Rgb(0x1f, 0x4e, 0x79),
            second: Rgb(0x8a, 0x5a, 0x00),
            critical: Rgb(0xa4, 0x16, 0x1a),
            warning: Rgb(0x8a, 0x5a, 0x00),
            ok: Rgb(0x2d, 0x6a, 0x30),
        }
    }

    /// The palette from the theme's custom properties: `lookup("--text")` gives the property's
    /// value as the page computes it. A property that is missing or unreadable keeps the light
    /// theme's colour.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Palette {
        let base = Palette::light();
        let read = |name: &str, fallback: Rgb| {
            lookup(name)
                .and_then(|v| parse_colour(&v))
                .unwrap_or(fallback)
        };
        let warning = read("--warning", base.warning);
        Palette {
            text: read("--text", base.text),
            muted: read("--muted", base.muted),
            grid: read("--border", base.grid),
            accent: read("--accent", base.accent),
            second: warning,
            critical: read("--critical", base.critical),
            warning,
            ok: read("--ok", base.ok),
        }
    }
}

impl Palette {
    /// The colour of series `i` where a chart splits one quantity into parts (the forecast's
    /// pools): the accent, the second colour, the passing colour and the muted one, in turn.
    /// More parts than that repeat them; their order and the chart's table tell them apart.
    pub fn series(&self, i: usize) -> Rgb {
        [self.accent, self.second, self.ok, self.muted][i % 4]
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette::light()
    }
}

/// The font stack of style/main.css, so chart text matches the page's.
pub const FONT: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif";

/// Colours and scale: everything about a drawing that is not data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    pub palette: Palette,
    /// Device pixels per CSS pixel (the page's `devicePixelRatio`); 1 in tests.
    pub scale: f64,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            palette: Palette::light(),
            scale: 1.0,
        }
    }
}

impl Look {
    /// A length of `css` CSS pixels in device pixels, rounded.
    pub fn px(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    /// A line width of `css` CSS pixels, at least one device pixel.
    pub fn stroke(&self, css: f64) -> u32 {
        self.px(css).max(1) as u32
    }

    /// Text of `size` CSS pixels in `colour`, anchored at `anchor`.
    pub fn text(&self, size: f64, colour: Rgb, anchor: Anchor) -> TextStyle<'static> {
        self.font(size, FontStyle::Normal, colour, anchor)
    }

    /// Bold text, for values and headings inside a chart.
    pub fn bold(&self, size: f64, colour: Rgb, anchor: Anchor) -> TextStyle<'static> {
        self.font(size, FontStyle::Bold, colour, anchor)
    }

    fn font(&self, size: f64, style: FontStyle, colour: Rgb, anchor: Anchor) -> TextStyle<'static> {
        (FontFamily::Name(FONT), size * self.scale, style)
            .into_font()
            .color(&colour.colour())
            .pos(anchor.pos())
    }
}

/// Where a label sits against its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The point is the label's left middle: labels after a bar's end.
    Left,
    /// The point is the label's right middle: labels before a bar.
    Right,
    /// The point is the label's middle.
    Centre,
    /// The point is the middle of the label's top edge: labels under an axis.
    Top,
    /// The point is the middle of the label's bottom edge: labels above a mark.
    Bottom,
    /// The point is the label's top-left corner.
    TopLeft,
}

impl Anchor {
    fn pos(self) -> Pos {
        let (h, v) = match self {
            Anchor::Left => (HPos::Left, VPos::Center),
            Anchor::Right => (HPos::Right, VPos::Center),
            Anchor::Centre => (HPos::Center, VPos::Center),
            Anchor::Top => (HPos::Center, VPos::Top),
            Anchor::Bottom => (HPos::Center, VPos::Bottom),
            Anchor::TopLeft => (HPos::Left, VPos::Top),
        };
        Pos::new(h, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_colours_in_hex_and_rgb_are_read() {
        assert_eq!(parse_colour(" #1f4e79"), Some(Rgb(0x1f, 0x4e, 0x79)));
        assert_eq!(parse_colour("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(parse_colour("rgb(12, 34, 56)"), Some(Rgb(12, 34, 56)));
        assert_eq!(parse_colour("rgba(1 2 3 / 0.5)"), Some(Rgb(1, 2, 3)));
        assert_eq!(parse_colour("tomato"), None);
        assert_eq!(parse_colour("#12345"), None);
        assert_eq!(parse_colour("#ggg"), None);
    }

    #[test]
    fn a_missing_property_keeps_the_light_themes_colour() {
        let dark = Palette::from_lookup(|name| (name == "--text").then(|| "#e8ecf1".to_owned()));
        assert_eq!(dark.text, Rgb(0xe8, 0xec, 0xf1));
        assert_eq!(dark.accent, Palette::light().accent);
    }

    #[test]
    fn lengths_scale_with_the_device_pixel_ratio() {
        let look = Look {
            scale: 2.0,
            ..Look::default()
        };
        assert_eq!(look.px(10.0), 20);
        assert_eq!(look.stroke(0.2), 1);
    }
}
