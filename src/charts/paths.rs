//! Path A (design first) against path B (hire first), 002's worked example: two lanes on one
//! timeline of dates from the kickoff, each milestone marked and named, and the months of
//! pipeline path B loses bracketed between them.

use super::kit::{self, SMALL, TEXT};
use super::look::{Anchor, Look, Rgb};
use super::paths_layout::{self, LabelRows, Timeline};
use super::sketch::Sketch;
use super::words;
use super::{Chart, Table};
use crate::domain::Design;
use crate::domain::plan::{MilestoneKind, MonthRange, PathComparison, compare_paths};
use chrono::{Datelike, NaiveDate};

/// A milestone as the chart shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub kind: MilestoneKind,
    pub date: NaiveDate,
    pub week: i64,
    pub month: i64,
}

/// The paths chart's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathsChart {
    pub kickoff: NaiveDate,
    pub design_first: Vec<Mark>,
    pub hire_first: Vec<Mark>,
    pub design_weeks: i64,
    pub pipeline_months_lost: MonthRange,
}

fn marks(plan: &crate::domain::plan::PathPlan) -> Vec<Mark> {
    plan.milestones
        .iter()
        .map(|m| Mark {
            kind: m.kind,
            date: m.date,
            week: m.week,
            month: m.month,
        })
        .collect()
}

/// A milestone's short name on the chart, with where it falls.
fn short_label(mark: &Mark) -> String {
    match mark.kind {
        MilestoneKind::DesignStarts => "Kickoff".to_owned(),
        MilestoneKind::DesignComplete => format!("Design complete · wk {}", mark.week),
        MilestoneKind::PartnershipsHire => format!("Hire · wk {}", mark.week),
        MilestoneKind::FirstJointOpportunity => format!("First opportunity · wk {}", mark.week),
        MilestoneKind::FirstClosedWon => format!("First closed-won · month {}", mark.month),
        MilestoneKind::FirstClosedWonEarliest | MilestoneKind::FirstClosedWonLatest => {
            format!("First closed-won · month {}", mark.month)
        }
        MilestoneKind::HireDesignEarliest | MilestoneKind::HireDesignLatest => {
            format!("The hire's design · month {}", mark.month)
        }
    }
}

/// "3 to 6 months", "6 months", "1 month".
fn months(range: MonthRange) -> String {
    if range.fewest == range.most {
        words::plural(range.most as usize, "month", "months")
    } else {
        format!("{} to {} months", range.fewest, range.most)
    }
}

impl PathsChart {
    /// The chart of the engine's path comparison for a design kicked off on `kickoff`.
    pub fn new(comparison: &PathComparison, kickoff: NaiveDate) -> PathsChart {
        PathsChart {
            kickoff,
            design_first: marks(&comparison.design_first),
            hire_first: marks(&comparison.hire_first),
            design_weeks: comparison.design_weeks,
            pipeline_months_lost: comparison.pipeline_months_lost,
        }
    }

    /// The chart for a design: its paths compared from its kickoff.
    pub fn of(design: &Design) -> PathsChart {
        PathsChart::new(&compare_paths(design), design.firm.kickoff.date())
    }

    fn find(marks: &[Mark], kind: MilestoneKind) -> Option<&Mark> {
        marks.iter().find(|m| m.kind == kind)
    }

    /// The first and last day the timeline shows: the kickoff's month to two weeks past the
    /// last milestone.
    fn span(&self) -> (NaiveDate, NaiveDate) {
        let all = self.design_first.iter().chain(&self.hire_first);
        let first = all.clone().map(|m| m.date).min().unwrap_or(self.kickoff);
        let last = all.map(|m| m.date).max().unwrap_or(self.kickoff);
        let start = first.min(self.kickoff).with_day(1).unwrap_or(first);
        let end = last.checked_add_days(chrono::Days::new(14)).unwrap_or(last);
        (start, end)
    }
}

impl Chart for PathsChart {
    fn name(&self) -> &'static str {
        "paths"
    }

    fn title(&self) -> &'static str {
        "Design first or hire first: the timeline"
    }

    fn message(&self) -> String {
        let a = Self::find(&self.design_first, MilestoneKind::FirstClosedWon);
        let b0 = Self::find(&self.hire_first, MilestoneKind::FirstClosedWonEarliest);
        let b1 = Self::find(&self.hire_first, MilestoneKind::FirstClosedWonLatest);
        let (Some(a), Some(b0), Some(b1)) = (a, b0, b1) else {
            return "The timeline has no first closed-won deal to compare.".to_owned();
        };
        let lost = if self.pipeline_months_lost.most == 0 {
            "designing first loses no pipeline".to_owned()
        } else {
            format!(
                "{} of pipeline lost by hiring first",
                months(self.pipeline_months_lost)
            )
        };
        format!(
            "Designing first brings the first partner-sourced closed-won deal on {} (month {}), after {} weeks of design; hiring first brings it between {} and {} (months {} to {}): {lost}.",
            words::date(a.date),
            a.month,
            self.design_weeks,
            words::date(b0.date),
            words::date(b1.date),
            b0.month,
            b1.month,
        )
    }

    fn table(&self) -> Table {
        let mut table = Table::new(
            format!(
                "Milestones of each path, counted from the kickoff on {}; {} of pipeline lost by hiring first",
                words::date(self.kickoff),
                months(self.pipeline_months_lost)
            ),
            &[
                ("Milestone", false),
                ("Path", false),
                ("Date", false),
                ("Week", true),
                ("Month", true),
            ],
        );
        for (path, marks) in [
            ("A: design first", &self.design_first),
            ("B: hire first", &self.hire_first),
        ] {
            for m in marks {
                table.push(vec![
                    m.kind.label().to_owned(),
                    path.to_owned(),
                    words::date(m.date),
                    m.week.to_string(),
                    m.month.to_string(),
                ]);
            }
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        // Path B's earliest and latest dates of its design, and of its closed-won, share a mark.
        let marks = self.design_first.len() + self.hire_first.len().saturating_sub(2);
        paths_layout::height(f64::from(width), marks)
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        let p = look.palette;
        let (start, end) = self.span();
        let timeline = Timeline::new(area, look, start, end);
        timeline.months(area, look);
        // A narrow chart numbers its milestones and names them in a key under the axis.
        let numbered = paths_layout::numbered(f64::from(area.size().0) / look.scale);
        let mut keys: Vec<String> = Vec::new();
        let mut tag = |words: String| -> String {
            if numbered {
                keys.push(words);
                keys.len().to_string()
            } else {
                words
            }
        };

        // Path A: the design as a bar, then the line on to the first closed-won.
        let lane_a = timeline.lane(0);
        kit::label(
            area,
            look,
            "Path A: design first",
            (timeline.left, lane_a.title),
            (TEXT, p.text, Anchor::Left),
        );
        let a_last = self.design_first.iter().map(|m| m.date).max();
        if let Some(last) = a_last {
            kit::line(
                area,
                look,
                (timeline.x(self.kickoff), lane_a.y),
                (timeline.x(last), lane_a.y),
                p.accent,
                2.0,
            );
        }
        if let Some(done) = Self::find(&self.design_first, MilestoneKind::DesignComplete) {
            let h = look.px(5.0);
            kit::bar(
                area,
                (timeline.x(self.kickoff), lane_a.y - h),
                (timeline.x(done.date), lane_a.y + h),
                p.accent,
            );
        }
        let mut rows = LabelRows::new(look, (timeline.left, timeline.right));
        for m in &self.design_first {
            let x = timeline.x(m.date);
            kit::diamond(area, look, (x, lane_a.y), 6.0, p.accent);
            rows.place(area, look, &tag(short_label(m)), x, &lane_a, p.text);
        }

        // Path B: the hire at the kickoff, the hire's own design done in a range of months, and
        // the first closed-won in the range the same journey and cycle reach from there.
        let lane_b = timeline.lane(1);
        kit::label(
            area,
            look,
            "Path B: hire first",
            (timeline.left, lane_b.title),
            (TEXT, p.text, Anchor::Left),
        );
        let mut rows = LabelRows::new(look, (timeline.left, timeline.right));
        let b_range = (
            Self::find(&self.hire_first, MilestoneKind::FirstClosedWonEarliest),
            Self::find(&self.hire_first, MilestoneKind::FirstClosedWonLatest),
        );
        if let Some(hire) = Self::find(&self.hire_first, MilestoneKind::PartnershipsHire) {
            let x = timeline.x(hire.date);
            if let Some(latest) = b_range.1 {
                kit::line(
                    area,
                    look,
                    (x, lane_b.y),
                    (timeline.x(latest.date), lane_b.y),
                    p.second,
                    2.0,
                );
            }
            kit::diamond(area, look, (x, lane_b.y), 6.0, p.second);
            rows.place(area, look, &tag(short_label(hire)), x, &lane_b, p.text);
        }
        if let (Some(earliest), Some(latest)) = (
            Self::find(&self.hire_first, MilestoneKind::HireDesignEarliest),
            Self::find(&self.hire_first, MilestoneKind::HireDesignLatest),
        ) {
            let (x0, x1) = (timeline.x(earliest.date), timeline.x(latest.date));
            let h = look.px(3.0);
            kit::bar(
                area,
                (x0, lane_b.y - h),
                (x1.max(x0 + 1), lane_b.y + h),
                p.second,
            );
            let words = format!(
                "The hire's design · months {}–{}",
                earliest.month, latest.month
            );
            rows.place(area, look, &tag(words), x0, &lane_b, p.text);
        }
        if let (Some(earliest), Some(latest)) = b_range {
            let (x0, x1) = (timeline.x(earliest.date), timeline.x(latest.date));
            let h = look.px(7.0);
            kit::bar(
                area,
                (x0, lane_b.y - h),
                (x1.max(x0 + 1), lane_b.y + h),
                p.second,
            );
            let words = format!(
                "First closed-won · months {}–{}",
                earliest.month, latest.month
            );
            rows.place(area, look, &tag(words), x0, &lane_b, p.text);

            // The pipeline lost: from path A's first closed-won to path B's range.
            if let Some(a) = Self::find(&self.design_first, MilestoneKind::FirstClosedWon) {
                lost_bracket(
                    area,
                    look,
                    &timeline,
                    (timeline.x(a.date), x0, x1),
                    self.pipeline_months_lost,
                    p.critical,
                );
            }
        }
        paths_layout::key(area, look, &timeline, &keys)
    }
}

/// A bracket between the lanes from path A's first closed-won to path B's, saying how many
/// months of pipeline are lost.
fn lost_bracket(
    area: &mut Sketch,
    look: &Look,
    timeline: &Timeline,
    (from, earliest, latest): (i32, i32, i32),
    lost: MonthRange,
    colour: Rgb,
) {
    if lost.most == 0 || latest <= from {
        return;
    }
    let y = timeline.between();
    let tick = look.px(5.0);
    kit::line(area, look, (from, y), (latest, y), colour, 2.0);
    for x in [from, earliest, latest] {
        kit::line(area, look, (x, y - tick), (x, y + tick), colour, 2.0);
    }
    let words = format!("{} of pipeline lost", months(lost));
    let width = look.px(kit::text_width(&words, SMALL));
    // Centred on the bracket, but inside the chart where there is room for it.
    let centre = ((from + latest) / 2)
        .min(timeline.right - width / 2)
        .max(timeline.left + width / 2);
    kit::text(
        area,
        &words,
        (centre, y - look.px(4.0)),
        &look.bold(SMALL, colour, Anchor::Bottom),
    );
}
