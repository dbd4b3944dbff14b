//! A frame for charts over quarters: a value axis on the left (and optionally a second on the
//! right), one slot per quarter along the bottom, a legend above. The forecast and the
//! economics charts are drawn in it.

use super::kit::{self, Key, LEGEND_ROW, SMALL};
use super::look::{Anchor, Look, Rgb};
use super::scale::{Axis, ticks};
use super::sketch::{Point, Sketch};

/// Room for the left axis's labels, CSS pixels.
const LEFT: f64 = 58.0;
/// Room for the right axis's labels, CSS pixels.
const RIGHT_AXIS: f64 = 46.0;
/// Room right of the plot with no right axis.
const RIGHT: f64 = 16.0;
/// Room under the plot for the quarter labels.
const BOTTOM: f64 = 26.0;
/// Space between the legend (and any notes) and the plot: room for the axis's caption.
const GAP: f64 = 22.0;

/// The plot's rectangle in device pixels and its number of slots.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
    pub slots: usize,
}

impl Plot {
    /// The plot inside `area`, under `header_rows` rows of legend and notes, with or without a
    /// right-hand axis.
    pub fn inside(
        area: &Sketch,
        look: &Look,
        header_rows: usize,
        right_axis: bool,
        slots: usize,
    ) -> Plot {
        let (w, h) = area.size();
        let right = if right_axis { RIGHT_AXIS } else { RIGHT };
        Plot {
            left: look.px(LEFT),
            right: w as i32 - look.px(right),
            top: look.px(header(header_rows)),
            bottom: h as i32 - look.px(BOTTOM),
            slots: slots.max(1),
        }
    }

    /// The left and right edges of slot `i`.
    pub fn slot(&self, i: usize) -> (i32, i32) {
        let width = f64::from(self.right - self.left) / self.slots as f64;
        (
            self.left + (width * i as f64).round() as i32,
            self.left + (width * (i + 1) as f64).round() as i32,
        )
    }

    /// The middle of slot `i`.
    pub fn centre(&self, i: usize) -> i32 {
        let (a, b) = self.slot(i);
        (a + b) / 2
    }

    /// The vertical axis from 0 at the bottom to `top` at the top.
    pub fn axis(&self, top: f64) -> Axis {
        Axis {
            top,
            from: self.bottom,
            to: self.top,
        }
    }
}

/// The height of `rows` rows of legend and notes above the plot, CSS pixels.
pub fn header(rows: usize) -> f64 {
    8.0 + LEGEND_ROW * rows as f64 + GAP
}

/// Where the legend starts: the left middle of its first row.
pub fn legend_origin(look: &Look) -> Point {
    (look.px(8.0), look.px(8.0 + LEGEND_ROW / 2.0))
}

/// Draws the legend and returns the row after it (for a note).
pub fn legend(area: &mut Sketch, look: &Look, entries: &[(Key, Rgb, &str)]) {
    kit::legend(area, look, legend_origin(look), entries)
}

/// Grid lines and labels of a value axis on the left (`on_right` false) or the right, from 0
/// to a round top at or above `max`; returns the axis.
pub fn value_axis(
    area: &mut Sketch,
    look: &Look,
    plot: &Plot,
    max: f64,
    on_right: bool,
    words: impl Fn(f64) -> String,
) -> Axis {
    let p = look.palette;
    let marks = ticks(max, 4);
    let axis = plot.axis(marks.last().copied().unwrap_or(1.0));
    for value in &marks {
        let y = axis.at(*value);
        if !on_right {
            kit::line(area, look, (plot.left, y), (plot.right, y), p.grid, 1.0);
        }
        let (x, anchor) = if on_right {
            (plot.right + look.px(6.0), Anchor::Left)
        } else {
            (plot.left - look.px(6.0), Anchor::Right)
        };
        kit::label(area, look, &words(*value), (x, y), (SMALL, p.muted, anchor));
    }
    axis
}

/// The left axis's caption (its unit) above its labels.
pub fn caption(area: &mut Sketch, look: &Look, plot: &Plot, words: &str) {
    kit::label(
        area,
        look,
        words,
        (plot.left - look.px(6.0), plot.top - look.px(14.0)),
        (SMALL, look.palette.muted, Anchor::Right),
    )
}

/// The baseline and a label under each slot.
pub fn slot_labels(area: &mut Sketch, look: &Look, plot: &Plot, labels: &[String]) {
    let p = look.palette;
    kit::line(
        area,
        look,
        (plot.left, plot.bottom),
        (plot.right, plot.bottom),
        p.muted,
        1.0,
    );
    // Every label when they fit, else every other one.
    let room = f64::from(plot.right - plot.left) / look.scale / labels.len().max(1) as f64;
    let every = if room < 26.0 { 2 } else { 1 };
    for (i, words) in labels.iter().enumerate().filter(|(i, _)| i % every == 0) {
        kit::label(
            area,
            look,
            words,
            (plot.centre(i), plot.bottom + look.px(6.0)),
            (SMALL, p.muted, Anchor::Top),
        );
    }
}
