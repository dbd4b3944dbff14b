//! Horizontal bars, one row each: a name on the left, the bar, and its value in words after the
//! bar's end — readiness by mechanic, the funnel, the candidate ranking and the commissions all
//! take this shape. Optional: a value axis under the rows, a dashed threshold across them.

use plotters::prelude::DrawingBackend;

use super::kit::{self, Area, Drawn, SMALL, TEXT};
use super::look::{Anchor, Look, Rgb};
use super::scale::Axis;

/// Space above the first row, CSS pixels (room for a threshold's label).
const TOP: f64 = 22.0;
/// Space under the rows for the value axis, CSS pixels.
const AXIS: f64 = 26.0;
/// Space left under the rows with no axis.
const BOTTOM: f64 = 8.0;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's name, left of the bar.
    pub name: String,
    /// The bar's length, on the layout's scale.
    pub value: f64,
    pub colour: Rgb,
    /// Drawn as an outline: something not started, or not passing.
    pub hollow: bool,
    /// The value in words, after the bar's end.
    pub words: String,
    /// A warning after the words, with a triangle mark (a red flag).
    pub flag: Option<String>,
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
    /// Room kept right of the bar region for the words, CSS pixels.
    pub words_width: f64,
    /// Height of a row, CSS pixels.
    pub row_height: f64,
    /// Bars centred on the region's middle (a funnel) instead of starting at its left.
    pub centred: bool,
    /// A dashed line across the rows at this value, with its label above them.
    pub threshold: Option<(f64, String)>,
}

impl Layout {
    /// The chart's height for `rows` rows, CSS pixels.
    pub fn height(&self, rows: usize) -> u32 {
        let under = if self.ticks.is_empty() { BOTTOM } else { AXIS };
        (TOP + self.row_height * rows.max(1) as f64 + under).ceil() as u32
    }
}

/// Draws `rows` over the whole of `area`.
pub fn draw<DB: DrawingBackend>(
    area: &Area<DB>,
    look: &Look,
    rows: &[Row],
    layout: &Layout,
) -> Drawn<DB> {
    let p = look.palette;
    let (width, _) = area.dim_in_pixel();
    let css_width = f64::from(width) / look.scale;
    let name_width = layout.name_width.min(css_width * 0.4);
    let left = look.px(name_width + 12.0);
    let right = look.px((css_width - layout.words_width).max(name_width + 40.0));
    let axis = Axis {
        top: layout.top,
        from: left,
        to: right,
    };
    let row_px = f64::from(look.px(layout.row_height));
    let top = look.px(TOP);
    let bottom = top + (row_px * rows.len().max(1) as f64).round() as i32;

    for (value, words) in &layout.ticks {
        let x = axis.at(*value);
        kit::line(area, look, (x, top), (x, bottom), p.grid, 1.0)?;
        kit::label(
            area,
            look,
            words,
            (x, bottom + look.px(5.0)),
            (SMALL, p.muted, Anchor::Top),
        )?;
    }
    if !layout.ticks.is_empty() {
        kit::line(area, look, (left, top), (left, bottom), p.muted, 1.0)?;
    }

    let thickness = (row_px * 0.62).round() as i32;
    let middle = |i: usize| top + (row_px * (i as f64 + 0.5)).round() as i32;
    let mut ends = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let (y0, y1) = (middle(i) - thickness / 2, middle(i) + thickness / 2);
        let length = axis.at(row.value) - left;
        let (x0, x1) = if layout.centred {
            let centre = (left + right) / 2;
            (centre - length / 2, centre + length / 2)
        } else {
            (left, left + length)
        };
        if row.hollow {
            kit::outline(area, look, (x0, y0), (x1.max(x0 + 1), y1), row.colour)?;
        } else if x1 > x0 {
            kit::bar(area, (x0, y0), (x1, y1), row.colour)?;
        }
        ends.push(x1.max(x0));
    }

    // The threshold over the bars, the words over the threshold.
    if let Some((value, words)) = &layout.threshold {
        let x = axis.at(*value);
        kit::dashed(
            area,
            look,
            (x, top - look.px(4.0)),
            (x, bottom),
            p.critical,
            2.0,
        )?;
        kit::label(
            area,
            look,
            words,
            (x, top - look.px(6.0)),
            (SMALL, p.critical, Anchor::Bottom),
        )?;
    }

    for ((i, row), end) in rows.iter().enumerate().zip(ends) {
        let name = kit::fit(&row.name, name_width, TEXT);
        kit::label(
            area,
            look,
            &name,
            (left - look.px(8.0), middle(i)),
            (TEXT, p.text, Anchor::Right),
        )?;
        let words_at = end + look.px(6.0);
        kit::text(
            area,
            &row.words,
            (words_at, middle(i)),
            &look.bold(SMALL, p.text, Anchor::Left),
        )?;
        if let Some(flag) = &row.flag {
            let mark_at = words_at + look.px(kit::text_width(&row.words, SMALL) + 14.0);
            kit::triangle(area, look, (mark_at, middle(i)), 5.0, p.critical)?;
            kit::label(
                area,
                look,
                flag,
                (mark_at + look.px(9.0), middle(i)),
                (SMALL, p.critical, Anchor::Left),
            )?;
        }
    }
    Ok(())
}
