//! The geometry of the paths chart: a date axis across the chart, two lanes, and rows for the
//! milestone labels above and below each lane so that labels of close milestones do not
//! overlap.

use super::kit::{self, SMALL};
use super::look::{Anchor, Look, Rgb};
use super::sketch::Sketch;
use chrono::{Datelike, Months, NaiveDate};

/// The chart's height without a key, CSS pixels.
const HEIGHT: f64 = 284.0;
/// Charts narrower than this, CSS pixels, number their milestones and name them in a key.
const NUMBER_BELOW: f64 = 560.0;
/// A line of the key.
const KEY_LINE: f64 = 18.0;
/// Space between the month names and the key.
const KEY_GAP: f64 = 8.0;
/// Each lane's title and line, CSS pixels from the top.
const LANES: [(f64, f64); 2] = [(12.0, 74.0), (152.0, 206.0)];
/// The bracket between the lanes.
const BETWEEN: f64 = 130.0;
/// The month axis.
const AXIS: f64 = 256.0;
/// Label rows around a lane: above, below, further above, further below.
const ROWS: [f64; 4] = [-16.0, 16.0, -32.0, 32.0];
/// Space kept between labels in one row, CSS pixels.
const GAP: f64 = 10.0;

/// Whether a chart `width` CSS pixels wide numbers its milestones.
pub fn numbered(width: f64) -> bool {
    width < NUMBER_BELOW
}

/// The chart's height at `width` CSS pixels with `marks` milestones, CSS pixels.
pub fn height(width: f64, marks: usize) -> u32 {
    let key = if numbered(width) {
        KEY_GAP + KEY_LINE * marks as f64
    } else {
        0.0
    };
    (HEIGHT + key).round() as u32
}

/// The key of a numbered chart: each milestone's number and name, a line each, under the axis.
pub fn key(area: &mut Sketch, look: &Look, timeline: &Timeline, keys: &[String]) {
    for (i, words) in keys.iter().enumerate() {
        let y = look.px(HEIGHT + KEY_GAP + KEY_LINE * (i as f64 + 0.5));
        kit::text(
            area,
            &(i + 1).to_string(),
            (timeline.left, y),
            &look.bold(SMALL, look.palette.text, Anchor::Left),
        );
        kit::label(
            area,
            look,
            words,
            (timeline.left + look.px(20.0), y),
            (SMALL, look.palette.text, Anchor::Left),
        );
    }
}

/// A lane's title and line, in device pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lane {
    pub title: i32,
    pub y: i32,
}

/// Dates mapped across the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timeline {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub left: i32,
    pub right: i32,
    scale: f64,
}

impl Timeline {
    pub fn new(area: &Sketch, look: &Look, start: NaiveDate, end: NaiveDate) -> Timeline {
        let (w, _) = area.size();
        Timeline {
            start,
            end: end.max(start.succ_opt().unwrap_or(start)),
            left: look.px(12.0),
            right: w as i32 - look.px(12.0),
            scale: look.scale,
        }
    }

    /// The pixel of a date, clamped to the timeline.
    pub fn x(&self, date: NaiveDate) -> i32 {
        let days = (self.end - self.start).num_days().max(1) as f64;
        let at = ((date - self.start).num_days() as f64 / days).clamp(0.0, 1.0);
        self.left + (at * f64::from(self.right - self.left)).round() as i32
    }

    /// Lane `i` (0 or 1).
    pub fn lane(&self, i: usize) -> Lane {
        let (title, y) = LANES[i.min(1)];
        Lane {
            title: (title * self.scale).round() as i32,
            y: (y * self.scale).round() as i32,
        }
    }

    /// The height of the bracket between the lanes.
    pub fn between(&self) -> i32 {
        (BETWEEN * self.scale).round() as i32
    }

    /// A light line at each month's first day from the top of the chart to the axis, the axis,
    /// and the month's name under it; every second or third name when they would crowd.
    pub fn months(&self, area: &mut Sketch, look: &Look) {
        let p = look.palette;
        let axis = look.px(AXIS);
        kit::line(
            area,
            look,
            (self.left, axis),
            (self.right, axis),
            p.muted,
            1.0,
        );
        let mut firsts = Vec::new();
        let mut month = self.start.with_day(1).unwrap_or(self.start);
        while month <= self.end {
            if month >= self.start {
                firsts.push(month);
            }
            month = match month.checked_add_months(Months::new(1)) {
                Some(next) => next,
                None => break,
            };
        }
        let room = f64::from(self.right - self.left) / look.scale / firsts.len().max(1) as f64;
        let every = if room >= 44.0 {
            1
        } else if room >= 24.0 {
            2
        } else {
            3
        };
        // Where the last name written ends: a name that would touch it is left out.
        let mut written_to = i32::MIN;
        for (i, first) in firsts.iter().enumerate() {
            let x = self.x(*first);
            kit::line(area, look, (x, look.px(28.0)), (x, axis), p.grid, 1.0);
            if i % every != 0 {
                continue;
            }
            let name = if i == 0 || first.month() == 1 {
                first.format("%b %Y").to_string()
            } else {
                first.format("%b").to_string()
            };
            let width = look.px(kit::text_width(&name, SMALL));
            let (from, anchor) = if i == 0 {
                (x, Anchor::TopLeft)
            } else {
                (x - width / 2, Anchor::Top)
            };
            if from < written_to.saturating_add(look.px(6.0)) {
                continue;
            }
            written_to = from + width;
            kit::label(
                area,
                look,
                &name,
                (x, axis + look.px(6.0)),
                (SMALL, p.muted, anchor),
            );
        }
    }
}

/// Rows of labels around one lane; each label goes to the first row where it fits.
pub struct LabelRows {
    /// Where each row's last label ends, device pixels.
    ends: [i32; 4],
    left: i32,
    right: i32,
    gap: i32,
}

impl LabelRows {
    /// Rows for labels between `left` and `right`, device pixels.
    pub fn new(look: &Look, (left, right): (i32, i32)) -> LabelRows {
        LabelRows {
            ends: [i32::MIN; 4],
            left,
            right,
            gap: look.px(GAP),
        }
    }

    /// Writes `words` beside the milestone at `x` on `lane`: starting at `x`, or ending at it
    /// near the right edge when there is room on the left; in the first row it does not overlap, a connector to the farther
    /// rows.
    pub fn place(
        &mut self,
        area: &mut Sketch,
        look: &Look,
        words: &str,
        x: i32,
        lane: &Lane,
        colour: Rgb,
    ) {
        let width = look.px(kit::text_width(words, SMALL));
        let (from, to, anchor) = if x + width > self.right && x - width >= self.left {
            (x - width, x, Anchor::Right)
        } else {
            (x - look.px(4.0), x + width, Anchor::Left)
        };
        let row = (0..ROWS.len())
            .find(|&r| from >= self.ends[r].saturating_add(self.gap))
            .unwrap_or_else(|| (0..ROWS.len()).min_by_key(|&r| self.ends[r]).unwrap_or(0));
        self.ends[row] = to;
        let offset = look.px(ROWS[row]);
        let y = lane.y + offset;
        if offset.abs() > look.px(20.0) {
            let step = offset.signum();
            kit::line(
                area,
                look,
                (x, lane.y + step * look.px(8.0)),
                (x, y - step * look.px(7.0)),
                look.palette.muted,
                1.0,
            );
        }
        let text_x = if anchor == Anchor::Left {
            x - look.px(4.0)
        } else {
            x
        };
        kit::label(area, look, words, (text_x, y), (SMALL, colour, anchor))
    }
}
