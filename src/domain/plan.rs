//! Path A against path B (002 worked example): designing first, then hiring, against hiring
//! first and letting the hire design — as dates from the kickoff, each with its week and month,
//! and the months of pipeline the second path loses.
//!
//! Counting, from `firm.kickoff`:
//! - week n runs from kickoff + 7(n − 1) days for seven days, so day 0–6 is week 1 and the
//!   template's "design complete at the end of week 6" is kickoff + 41 days, "hire in week 8"
//!   kickoff + 49 days;
//! - month m runs from kickoff + (m − 1) calendar months up to the day before kickoff + m
//!   months (chrono's month arithmetic: a day past the end of a shorter month becomes its last
//!   day).
//!
//! Path A (design first) takes the design's own dates: design from the kickoff to
//! `operating.timeline.design_complete`, the hire at `operating.timeline.partnerships_hire`.
//! The hire can run the system once both are done, so the first joint-sourced opportunity comes
//! [`FIRST_OPPORTUNITY_WEEKS`] after the later of the two, and the first closed-won
//! [`FIRST_CLOSED_WON_WEEKS`] after that: with 002's hire in week 8 that is week 16, as 002
//! says, and week 24, inside month 6 for every kickoff date, as 002 says. A later hire, or a
//! later end of design, moves both by the same number of days. 002's FAQ gives slower spans
//! ("90 days from hire to first joint-sourced opportunity, then 90 days … to first closed-won")
//! for firms in general; the worked example is the one path A reproduces.
//!
//! Path B (hire first) has no design to run on: the hire starts in week 1 and the first
//! closed-won lands in months [`HIRE_FIRST_CLOSED_WON_MONTHS`] (002: "month nine to eleven"),
//! shown as the first day of the earliest month and the last day of the latest.
//!
//! Pipeline lost: the calendar months from path A's first closed-won to path B's, rounded to
//! the nearest month, for B's earliest and latest dates. For 002's dates that is three to six
//! months (002: "The delta is six months of pipeline").

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::design::Design;
use super::order;

/// Weeks from the hire (with the design done) to the first joint-sourced opportunity: 002's
/// hire in week 8, first opportunity in week 16.
pub const FIRST_OPPORTUNITY_WEEKS: u64 = 8;

/// Weeks from the first joint-sourced opportunity to the first closed-won deal: week 16 to
/// week 24, which falls in month 6 (002: "first partner-sourced closed-won deal at month six").
pub const FIRST_CLOSED_WON_WEEKS: u64 = 8;

/// The months in which a hire-first program reports its first closed-won (002).
pub const HIRE_FIRST_CLOSED_WON_MONTHS: (u32, u32) = (9, 11);

/// The two paths of 002's worked example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Path {
    /// Path A: design in the first weeks, then hire.
    DesignFirst,
    /// Path B: hire in week 1, design later.
    HireFirst,
}

impl Path {
    pub fn label(self) -> &'static str {
        match self {
            Path::DesignFirst => "Path A: design first",
            Path::HireFirst => "Path B: hire first",
        }
    }
}

/// A point on a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MilestoneKind {
    DesignStarts,
    DesignComplete,
    PartnershipsHire,
    FirstJointOpportunity,
    FirstClosedWon,
    /// Path B's first closed-won, at the earliest.
    FirstClosedWonEarliest,
    /// Path B's first closed-won, at the latest.
    FirstClosedWonLatest,
}

impl MilestoneKind {
    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::DesignStarts => "Design starts",
            MilestoneKind::DesignComplete => "Design complete",
            MilestoneKind::PartnershipsHire => "Partnerships hire starts",
            MilestoneKind::FirstJointOpportunity => "First joint-sourced opportunity",
            MilestoneKind::FirstClosedWon => "First partner-sourced closed-won",
            MilestoneKind::FirstClosedWonEarliest => "First closed-won, at the earliest",
            MilestoneKind::FirstClosedWonLatest => "First closed-won, at the latest",
        }
    }
}

/// A milestone with its date and where it falls counted from the kickoff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub date: NaiveDate,
    /// Week from the kickoff, 1-based; 0 or less before the kickoff.
    pub week: i64,
    /// Month from the kickoff, 1-based; 0 or less before the kickoff.
    pub month: i64,
}

/// One path's milestones, in date order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathPlan {
    pub path: Path,
    pub milestones: Vec<Milestone>,
}

impl PathPlan {
    /// The milestone of a kind, if the path has it.
    pub fn milestone(&self, kind: MilestoneKind) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.kind == kind)
    }
}

/// An inclusive range of whole months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthRange {
    pub fewest: u32,
    pub most: u32,
}

/// Path A against path B.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathComparison {
    pub design_first: PathPlan,
    pub hire_first: PathPlan,
    /// Weeks of leadership attention the design takes up front: the week design completes
    /// (002: "Path A costs an additional six weeks of founder attention up front").
    pub design_weeks: i64,
    /// Months of partner pipeline path B loses against path A: none when path A is no earlier.
    pub pipeline_months_lost: MonthRange,
}

/// Compares designing first with hiring first, from the design's kickoff and timeline.
pub fn compare_paths(design: &Design) -> PathComparison {
    let kickoff = design.firm.kickoff.date();
    let timeline = &design.operating.timeline;
    let (design_complete, hire) = (
        timeline.design_complete.date(),
        timeline.partnerships_hire.date(),
    );
    let at = |kind, date| milestone(kickoff, kind, date);

    let ready = hire.max(design_complete);
    let first_opportunity = weeks_after(ready, FIRST_OPPORTUNITY_WEEKS);
    let first_closed_won = weeks_after(first_opportunity, FIRST_CLOSED_WON_WEEKS);
    let mut path_a = vec![
        at(MilestoneKind::DesignStarts, kickoff),
        at(MilestoneKind::DesignComplete, design_complete),
        at(MilestoneKind::PartnershipsHire, hire),
        at(MilestoneKind::FirstJointOpportunity, first_opportunity),
        at(MilestoneKind::FirstClosedWon, first_closed_won),
    ];
    order::sort_by_key(&mut path_a, |m| m.date);

    let (earliest_month, latest_month) = HIRE_FIRST_CLOSED_WON_MONTHS;
    let earliest = add_months(kickoff, earliest_month - 1);
    let latest = add_months(kickoff, latest_month)
        .pred_opt()
        .unwrap_or(NaiveDate::MAX);
    let path_b = vec![
        at(MilestoneKind::PartnershipsHire, kickoff),
        at(MilestoneKind::FirstClosedWonEarliest, earliest),
        at(MilestoneKind::FirstClosedWonLatest, latest),
    ];

    PathComparison {
        design_first: PathPlan {
            path: Path::DesignFirst,
            milestones: path_a,
        },
        hire_first: PathPlan {
            path: Path::HireFirst,
            milestones: path_b,
        },
        design_weeks: week_of(kickoff, design_complete),
        pipeline_months_lost: MonthRange {
            fewest: months_between(first_closed_won, earliest),
            most: months_between(first_closed_won, latest),
        },
    }
}

/// A milestone on `date`, placed by week and month from `kickoff`.
pub fn milestone(kickoff: NaiveDate, kind: MilestoneKind, date: NaiveDate) -> Milestone {
    Milestone {
        kind,
        date,
        week: week_of(kickoff, date),
        month: month_of(kickoff, date),
    }
}

/// The week `date` falls in, counted from `kickoff` (week 1 is its first seven days).
pub fn week_of(kickoff: NaiveDate, date: NaiveDate) -> i64 {
    (date - kickoff).num_days().div_euclid(7) + 1
}

/// The month `date` falls in, counted from `kickoff` (month 1 runs to the day before kickoff +
/// one calendar month).
pub fn month_of(kickoff: NaiveDate, date: NaiveDate) -> i64 {
    let mut months = i64::from(date.year() - kickoff.year()) * 12 + i64::from(date.month())
        - i64::from(kickoff.month());
    // The calendar estimate is at most one too many: step back until month start ≤ date.
    while shift_months(kickoff, months).is_some_and(|start| start > date) {
        months -= 1;
    }
    months + 1
}

/// Whole calendar months from `from` to `to`, rounded to the nearest (a half month rounds up);
/// 0 when `to` is not later.
pub fn months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    // month_of counts from 1; the whole months elapsed are one fewer.
    let whole = u32::try_from(month_of(from, to) - 1).unwrap_or(u32::MAX - 1);
    let start = add_months(from, whole);
    let next = add_months(from, whole + 1);
    let rest = (to - start).num_days();
    let span = (next - start).num_days();
    if 2 * rest >= span { whole + 1 } else { whole }
}

fn weeks_after(date: NaiveDate, weeks: u64) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(weeks * 7))
        .unwrap_or(NaiveDate::MAX)
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

fn shift_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let magnitude = u32::try_from(months.unsigned_abs()).ok()?;
    if months >= 0 {
        date.checked_add_months(Months::new(magnitude))
    } else {
        date.checked_sub_months(Months::new(magnitude))
    }
}
