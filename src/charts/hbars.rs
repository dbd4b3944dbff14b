//! Horizontal bars, one row each: a name on the left, the bar, and its value in words after the
//! bar's end — readiness by mechanic, the funnel, the candidate ranking and the commissions all
//! take this shape. Optional: a value axis under the rows, a dashed threshold across them.
//!
//! A chart narrower than [`STACK_BELOW`] stacks each row instead: the name and the words on one
//! line (on two when any row's do not fit on one), the bar across the whole width under them, so
//! a phone shows bars long enough to compare and names in full.

use super::kit::{self, Key, LEGEND_ROW, SMALL, TEXT};
use super::look::{Anchor, Look, Rgb};
use super::scale::Axis;
use super::sketch::{Point, Sketch};

/// Space above the first row, CSS pixels (room for a threshold's label).
const TOP: f64 = 22.0;
/// Space under the rows for the value axis, CSS pixels.
const AXIS: f64 = 26.0;
/// Space left under the rows with no axis.
const BOTTOM: f64 = 8.0;
/// Charts narrower than this, in CSS pixels, stack each row's name over its bar.
pub const STACK_BELOW: f64 = 480.0;
/// The line a stacked row's name and words take above its bar, CSS pixels.
const NAME_LINE: f64 = 17.0;
/// From a bar's end to its words, from the words to a flag's mark, and from the mark to the
/// flag's words, CSS pixels.
const WORDS_GAP: f64 = 6.0;
const MARK_GAP: f64 = 14.0;
const FLAG_GAP: f64 = 9.0;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's name, left of the bar.
    pub name: String,
    /// Where the bar starts, on the layout's scale: 0 for a bar from the axis; a tornado's bar
    /// starts at its lower outcome. Ignored for centred bars.
    pub start: f64,
    /// Where the bar ends, on the layout's scale (a centred bar's length).
    pub value: f64,
    pub colour: Rgb,
    /// Drawn as an outline: something not started, or not passing.
    pub hollow: bool,
    /// The value in words, after the bar's end.
    pub words: String,
    /// A warning after the words, with a triangle mark (a red flag).
    pub flag: Option<String>,
    /// The bar split into parts, left to right: each part's share of the bar (together 1) and
    /// its colour; none for one colour.
    pub parts: Vec<(f64, Rgb)>,
}

/// How the rows are laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The value at the right end of the bar region.
    pub top: f64,
    /// Values to mark on an axis under the rows, with their words; none for no axis.
    pub ticks: Vec<(f64, String)>,
    /// The widest the names may be, CSS pixels (at most 40 % of the chart).
    pub name_width: f64,
    /// The least room kept right of the bar region for the words, CSS pixels; more when a
    /// row's words (and flag) need it.
    pub words_width: f64,
    /// Height of a row, CSS pixels.
    pub row_height: f64,
    /// Bars centred on the region's middle (a funnel) instead of starting at its left.
    pub centred: bool,
    /// A dashed line across the rows at this value, with its label above them.
    pub threshold: Option<(f64, String)>,
    /// A legend above the rows for the colours of the bars' parts; none for no legend.
    pub key: Vec<(Rgb, String)>,
}

/// Whether a chart `width` CSS pixels wide stacks its rows.
fn stacked(width: f64) -> bool {
    width < STACK_BELOW
}

/// The words after a stacked row's name: its words and any flag.
fn stacked_words_of(row: &Row) -> String {
    match &row.flag {
        Some(flag) => format!("{} · {flag}", row.words),
        None => row.words.clone(),
    }
}

/// How many text lines a row takes above its bar at `width`: none beside the bars, one when
/// every stacked row's name and words fit on a line, else two.
fn text_lines(rows: &[Row], width: f64) -> usize {
    if !stacked(width) {
        return 0;
    }
    let fits = rows.iter().all(|row| {
        let flag = if row.flag.is_some() { 20.0 } else { 0.0 };
        kit::text_width(&row.name, TEXT)
            + kit::text_width(&stacked_words_of(row), SMALL)
            + flag
            + 16.0
            <= width
    });
    if fits { 1 } else { 2 }
}

impl Layout {
    /// Room above the first row at `width` CSS pixels: the legend's rows, if any, then the
    /// threshold's label.
    fn top(&self, width: f64) -> f64 {
        if self.key.is_empty() {
            return TOP;
        }
        let words: Vec<&str> = self.key.iter().map(|(_, w)| w.as_str()).collect();
        8.0 + LEGEND_ROW * kit::legend_rows(&words, width - 8.0) as f64 + TOP
    }

    /// A row's height with `lines` lines of text above its bar, CSS pixels.
    fn row(&self, lines: usize) -> f64 {
        self.row_height + NAME_LINE * lines as f64
    }

    /// The chart's height for `rows`, `width` CSS pixels wide.
    pub fn height(&self, rows: &[Row], width: u32) -> u32 {
        let width = f64::from(width);
        let under = if self.ticks.is_empty() { BOTTOM } else { AXIS };
        let row = self.row(text_lines(rows, width));
        (self.top(width) + row * rows.len().max(1) as f64 + under).ceil() as u32
    }
}

/// Where the rows go, in device pixels.
struct Frame {
    stacked: bool,
    /// Lines of text above each bar (stacked rows only).
    lines: usize,
    /// The bar region.
    axis: Axis,
    /// The first row's top, the last row's bottom.
    top: i32,
    bottom: i32,
    /// A row's height.
    row: f64,
    /// How wide a name may be, CSS pixels.
    name_width: f64,
    /// The chart's right edge, for stacked rows' words.
    right_edge: i32,
}

impl Frame {
    fn new(area: &Sketch, look: &Look, layout: &Layout, rows: &[Row]) -> Frame {
        let width = f64::from(area.size().0) / look.scale;
        let stacked = stacked(width);
        let lines = text_lines(rows, width);
        let (name_width, from, to) = if stacked {
            (width * 0.55, look.px(4.0), look.px(width - 14.0))
        } else {
            let name_width = layout.name_width.min(width * 0.4);
            let words_width = rows
                .iter()
                .map(words_room)
                .fold(layout.words_width, f64::max);
            (
                name_width,
                look.px(name_width + 12.0),
                look.px((width - words_width).max(name_width + 40.0)),
            )
        };
        let row = f64::from(look.px(layout.row(lines)));
        let top = look.px(layout.top(width));
        Frame {
            stacked,
            lines,
            axis: Axis {
                top: layout.top,
                from,
                to,
            },
            top,
            bottom: top + (row * rows.len().max(1) as f64).round() as i32,
            row,
            name_width,
            right_edge: look.px(width - 4.0),
        }
    }

    /// The middle of row `i`'s bar, of its name's line and of its words' line.
    fn middles(&self, look: &Look, i: usize) -> (i32, i32, i32) {
        let row_top = self.top + (self.row * i as f64).round() as i32;
        if self.stacked {
            let line = |n: usize| row_top + look.px(NAME_LINE * (n as f64 + 0.5));
            let text = look.px(NAME_LINE * self.lines as f64);
            let bar = row_top + text + ((self.row - f64::from(text)) / 2.0).round() as i32;
            (bar, line(0), line(self.lines.saturating_sub(1)))
        } else {
            let middle = row_top + (self.row / 2.0).round() as i32;
            (middle, middle, middle)
        }
    }
}

/// Draws `rows` over the whole of `area`.
pub fn draw(area: &mut Sketch, look: &Look, rows: &[Row], layout: &Layout) {
    let p = look.palette;
    let frame = Frame::new(area, look, layout, rows);
    let (left, right) = (frame.axis.from, frame.axis.to);
    ticks(area, look, layout, &frame);
    if !layout.key.is_empty() {
        let entries: Vec<(Key, Rgb, &str)> = layout
            .key
            .iter()
            .map(|(colour, words)| (Key::Block, *colour, words.as_str()))
            .collect();
        let at = (look.px(8.0), look.px(8.0 + LEGEND_ROW / 2.0));
        kit::legend(area, look, at, &entries);
    }

    let bar_height = if frame.stacked {
        f64::from(look.px(layout.row_height))
    } else {
        frame.row
    };
    let thickness = (bar_height * 0.62).round() as i32;
    let mut ends = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let (middle, _, _) = frame.middles(look, i);
        let (y0, y1) = (middle - thickness / 2, middle + thickness / 2);
        let length = frame.axis.at(row.value) - left;
        let (x0, x1) = if layout.centred {
            let centre = (left + right) / 2;
            (centre - length / 2, centre + length / 2)
        } else {
            (frame.axis.at(row.start), left + length)
        };
        if row.hollow {
            kit::outline(area, look, (x0, y0), (x1.max(x0 + 1), y1), row.colour);
        } else if x1 > x0 && !row.parts.is_empty() {
            let mut from = x0;
            let mut share = 0.0;
            for (part, colour) in &row.parts {
                share += part;
                let to = x0 + (f64::from(x1 - x0) * share.min(1.0)).round() as i32;
                if to > from {
                    kit::bar(area, (from, y0), (to, y1), *colour);
                    from = to;
                }
            }
        } else if x1 > x0 {
            kit::bar(area, (x0, y0), (x1, y1), row.colour);
        }
        ends.push(x1.max(x0));
    }

    // The threshold over the bars, the words over the threshold.
    if let Some((value, words)) = &layout.threshold {
        let x = frame.axis.at(*value);
        kit::dashed(
            area,
            look,
            (x, frame.top - look.px(4.0)),
            (x, frame.bottom),
            p.critical,
            2.0,
        );
        kit::label(
            area,
            look,
            words,
            (x, frame.top - look.px(6.0)),
            (SMALL, p.critical, Anchor::Bottom),
        );
    }

    for ((i, row), end) in rows.iter().enumerate().zip(ends) {
        if frame.stacked {
            stacked_words(area, look, &frame, i, row);
        } else {
            beside_words(area, look, &frame, i, row, end);
        }
    }
}

/// The ends of a vertical line across `rows` at `value`, from a little above the first row to
/// the last row's bottom: for a mark a chart draws over its bars, such as a tornado's base.
pub fn across(
    area: &Sketch,
    look: &Look,
    rows: &[Row],
    layout: &Layout,
    value: f64,
) -> (Point, Point) {
    let frame = Frame::new(area, look, layout, rows);
    let x = frame.axis.at(value);
    ((x, frame.top - look.px(4.0)), (x, frame.bottom))
}

/// The value axis under the rows: a line at each tick, and as many of the ticks' words as fit.
fn ticks(area: &mut Sketch, look: &Look, layout: &Layout, frame: &Frame) {
    let p = look.palette;
    if layout.ticks.is_empty() {
        return;
    }
    let widest = layout
        .ticks
        .iter()
        .map(|(_, w)| kit::text_width(w, SMALL))
        .fold(0.0, f64::max);
    let spacing = f64::from(frame.axis.to - frame.axis.from)
        / look.scale
        / (layout.ticks.len().max(2) - 1) as f64;
    let every = ((widest + 8.0) / spacing.max(1.0)).ceil().max(1.0) as usize;
    for (i, (value, words)) in layout.ticks.iter().enumerate() {
        let x = frame.axis.at(*value);
        kit::line(area, look, (x, frame.top), (x, frame.bottom), p.grid, 1.0);
        if i % every == 0 {
            // Centred under its tick, but never past the chart's edges.
            let half = look.px(kit::text_width(words, SMALL) / 2.0);
            let at = x.min(frame.right_edge - half).max(half);
            kit::label(
                area,
                look,
                words,
                (at, frame.bottom + look.px(5.0)),
                (SMALL, p.muted, Anchor::Top),
            );
        }
    }
    if frame.stacked {
        // Stacked names start where the axis would be drawn.
        return;
    }
    kit::line(
        area,
        look,
        (frame.axis.from, frame.top),
        (frame.axis.from, frame.bottom),
        p.muted,
        1.0,
    )
}

/// The room a row's words and any flag take after its bar's end, CSS pixels, by the estimate
/// they are placed with, and a little to spare before the chart's edge.
fn words_room(row: &Row) -> f64 {
    let flag = row.flag.as_ref().map_or(0.0, |flag| {
        MARK_GAP + FLAG_GAP + kit::text_width(flag, SMALL)
    });
    WORDS_GAP + kit::text_width(&row.words, SMALL) + flag + 4.0
}

/// A row's name left of its bar, its words after the bar's end, then any flag.
fn beside_words(area: &mut Sketch, look: &Look, frame: &Frame, i: usize, row: &Row, end: i32) {
    let p = look.palette;
    let (middle, _, _) = frame.middles(look, i);
    let name = kit::fit(&row.name, frame.name_width, TEXT);
    kit::label(
        area,
        look,
        &name,
        (frame.axis.from - look.px(8.0), middle),
        (TEXT, p.text, Anchor::Right),
    );
    let words_at = end + look.px(WORDS_GAP);
    kit::text(
        area,
        &row.words,
        (words_at, middle),
        &look.bold(SMALL, p.text, Anchor::Left),
    );
    if let Some(flag) = &row.flag {
        let mark_at = words_at + look.px(kit::text_width(&row.words, SMALL) + MARK_GAP);
        kit::triangle(area, look, (mark_at, middle), 5.0, p.critical);
        kit::label(
            area,
            look,
            flag,
            (mark_at + look.px(FLAG_GAP), middle),
            (SMALL, p.critical, Anchor::Left),
        );
    }
}

/// A stacked row's name at the left of its line, its words (and a flag's mark) at the right,
/// on the same line or the next.
fn stacked_words(area: &mut Sketch, look: &Look, frame: &Frame, i: usize, row: &Row) {
    let p = look.palette;
    let (_, name_line, words_line) = frame.middles(look, i);
    let words = stacked_words_of(row);
    kit::text(
        area,
        &words,
        (frame.right_edge, words_line),
        &look.bold(SMALL, p.text, Anchor::Right),
    );
    let mut words_width = kit::text_width(&words, SMALL);
    if row.flag.is_some() {
        let mark_at = frame.right_edge - look.px(words_width + 10.0);
        kit::triangle(area, look, (mark_at, words_line), 5.0, p.critical);
        words_width += 20.0;
    }
    let chart_width = f64::from(frame.right_edge - frame.axis.from) / look.scale;
    let room = if name_line == words_line {
        chart_width - words_width - 8.0
    } else {
        chart_width
    };
    let name = kit::fit(&row.name, room.max(24.0), TEXT);
    kit::label(
        area,
        look,
        &name,
        (frame.axis.from, name_line),
        (TEXT, p.text, Anchor::Left),
    )
}
