//! The marks every chart is drawn with — text, lines, dashes, bars, dots, a legend — on a
//! [`Sketch`], in device pixels. Lengths given in CSS pixels go through [`Look::px`].

use plotters::element::{Circle, PathElement, Polygon, Rectangle, Text};
use plotters::style::{Color, TextStyle};

use super::look::{Anchor, Look, Rgb};
use super::sketch::{Point, Sketch};

/// The size of body text in a chart, CSS pixels.
pub const TEXT: f64 = 13.0;
/// The size of axis labels and notes, CSS pixels.
pub const SMALL: f64 = 12.0;

/// The average width of a character of the chart font, in ems: enough to keep labels apart and
/// to shorten long names; text is placed by its anchor, never measured.
const EM_PER_CHAR: f64 = 0.56;

/// About how wide `text` is at `size` CSS pixels, in CSS pixels.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * EM_PER_CHAR
}

/// `text`, shortened with an ellipsis to about `width` CSS pixels at `size`.
pub fn fit(text: &str, width: f64, size: f64) -> String {
    if text_width(text, size) <= width {
        return text.to_owned();
    }
    let keep = ((width / (size * EM_PER_CHAR)).floor() as usize).saturating_sub(1);
    let mut short: String = text.chars().take(keep).collect();
    short.push('…');
    short
}

/// `text` broken at spaces into lines of about `width` CSS pixels at `size`; a word longer than
/// a line keeps a line of its own.
pub fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size) > width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes `text` at `at`.
pub fn text(area: &mut Sketch, text: &str, at: Point, style: &TextStyle<'static>) {
    area.text(Text::new(text.to_owned(), at, style.clone()));
}

/// A label of `size` CSS pixels in `colour`.
pub fn label(
    area: &mut Sketch,
    look: &Look,
    words: &str,
    at: Point,
    (size, colour, anchor): (f64, Rgb, Anchor),
) {
    text(area, words, at, &look.text(size, colour, anchor))
}

/// A straight line `width` CSS pixels wide.
pub fn line(area: &mut Sketch, look: &Look, from: Point, to: Point, colour: Rgb, width: f64) {
    area.path(PathElement::new(
        vec![from, to],
        colour.colour().stroke_width(look.stroke(width)),
    ))
}

/// A line through `points`.
pub fn polyline(area: &mut Sketch, look: &Look, points: Vec<Point>, colour: Rgb, width: f64) {
    area.path(PathElement::new(
        points,
        colour.colour().stroke_width(look.stroke(width)),
    ))
}

/// A dashed straight line: dashes of 6 and gaps of 4 CSS pixels.
pub fn dashed(area: &mut Sketch, look: &Look, from: Point, to: Point, colour: Rgb, width: f64) {
    let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
    let length = (dx * dx + dy * dy).sqrt();
    let (dash, gap) = (f64::from(look.px(6.0)), f64::from(look.px(4.0)));
    if length < 1.0 || dash < 1.0 {
        return;
    }
    let at = |t: f64| {
        (
            from.0 + (dx * t / length).round() as i32,
            from.1 + (dy * t / length).round() as i32,
        )
    };
    let mut start = 0.0;
    while start < length {
        let end = (start + dash).min(length);
        line(area, look, at(start), at(end), colour, width);
        start = end + gap;
    }
}

/// A filled rectangle between two corners.
pub fn bar(area: &mut Sketch, from: Point, to: Point, colour: Rgb) {
    area.rect(Rectangle::new([from, to], colour.colour().filled()))
}

/// A rectangle's outline.
pub fn outline(area: &mut Sketch, look: &Look, from: Point, to: Point, colour: Rgb) {
    area.rect(Rectangle::new(
        [from, to],
        colour.colour().stroke_width(look.stroke(1.5)),
    ))
}

/// A filled dot of `radius` CSS pixels.
pub fn dot(area: &mut Sketch, look: &Look, centre: Point, radius: f64, colour: Rgb) {
    area.circle(Circle::new(
        centre,
        look.px(radius).max(1),
        colour.colour().filled(),
    ))
}

/// A filled square `half` CSS pixels from its centre to each side.
pub fn square(area: &mut Sketch, look: &Look, (x, y): Point, half: f64, colour: Rgb) {
    let h = look.px(half).max(1);
    bar(area, (x - h, y - h), (x + h, y + h), colour)
}

/// A filled diamond, for milestones.
pub fn diamond(area: &mut Sketch, look: &Look, (x, y): Point, half: f64, colour: Rgb) {
    let h = look.px(half).max(1);
    area.polygon(Polygon::new(
        vec![(x, y - h), (x + h, y), (x, y + h), (x - h, y)],
        colour.colour().filled(),
    ))
}

/// A filled triangle pointing up: the red-flag mark.
pub fn triangle(area: &mut Sketch, look: &Look, (x, y): Point, half: f64, colour: Rgb) {
    let h = look.px(half).max(1);
    area.polygon(Polygon::new(
        vec![(x, y - h), (x + h, y + h), (x - h, y + h)],
        colour.colour().filled(),
    ))
}

/// How a series is shown in a legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A filled block: bars.
    Block,
    /// A solid line with a dot: a line series.
    Line,
    /// A dashed line: a reference, such as a floor or a threshold.
    Dashes,
    /// A dashed line with a square: a second line series.
    DashedLine,
}

/// Height of one row of a legend, CSS pixels.
pub const LEGEND_ROW: f64 = 20.0;

/// How wide a legend entry is, CSS pixels: its key, its words and the space after them.
fn entry_width(words: &str) -> f64 {
    22.0 + 6.0 + text_width(words, SMALL) + ENTRY_GAP
}

/// The space after a legend entry, before the next one in its row, CSS pixels.
const ENTRY_GAP: f64 = 18.0;

/// How many rows a legend takes in a chart `width` CSS pixels wide.
pub fn legend_rows(words: &[&str], width: f64) -> usize {
    let mut rows = 1;
    let mut x = 0.0;
    for w in words {
        let entry = entry_width(w);
        if x > 0.0 && x + entry - ENTRY_GAP > width {
            rows += 1;
            x = 0.0;
        }
        x += entry;
    }
    rows
}

/// A legend from `at` (the left middle of its first key), each entry a key and its words,
/// wrapping to a new row before the area's right edge as [`legend_rows`] counts.
pub fn legend(area: &mut Sketch, look: &Look, at: Point, entries: &[(Key, Rgb, &str)]) {
    let width = f64::from(area.size().0) / look.scale;
    let mut css_x = 0.0;
    let mut y = at.1;
    for (key, colour, words) in entries {
        let entry = entry_width(words);
        if css_x > 0.0 && css_x + entry - ENTRY_GAP > width - f64::from(at.0) / look.scale {
            css_x = 0.0;
            y += look.px(LEGEND_ROW);
        }
        let start = at.0 + look.px(css_x);
        let end = start + look.px(22.0);
        match key {
            Key::Block => bar(
                area,
                (start + look.px(4.0), y - look.px(6.0)),
                (end - look.px(4.0), y + look.px(6.0)),
                *colour,
            ),
            Key::Line => {
                line(area, look, (start, y), (end, y), *colour, 2.0);
                dot(area, look, ((start + end) / 2, y), 3.5, *colour);
            }
            Key::Dashes => dashed(area, look, (start, y), (end, y), *colour, 2.0),
            Key::DashedLine => {
                dashed(area, look, (start, y), (end, y), *colour, 2.0);
                square(area, look, ((start + end) / 2, y), 3.0, *colour);
            }
        }
        label(
            area,
            look,
            words,
            (end + look.px(6.0), y),
            (SMALL, look.palette.text, Anchor::Left),
        );
        css_x += entry;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_at_spaces_to_the_width() {
        let lines = wrap(
            "Showing the top 25 of 200 candidates; the table lists every one.",
            200.0,
            12.0,
        );
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 12.0) <= 200.0));
        assert_eq!(
            lines.join(" "),
            "Showing the top 25 of 200 candidates; the table lists every one."
        );
        assert_eq!(wrap("", 100.0, 12.0), Vec::<String>::new());
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        assert_eq!(fit("Short", 200.0, 12.0), "Short");
        let long = fit("A very long candidate name that will not fit", 100.0, 12.0);
        assert!(long.ends_with('…'));
        assert!(text_width(&long, 12.0) <= 100.0 + 12.0);
    }
}
