//! Path A against path B (002 worked example): designing first, then hiring, against hiring
//! first and letting the hire design — as dates from the kickoff, each with its week and month,
//! and the months of pipeline the second path loses. Every date follows from the design: its
//! kickoff, its timeline, its journey's durations and its partner sales cycle ([`Timing`]), the
//! same figures the forecast runs on.
//!
//! Counting, from `firm.kickoff`:
//! - week n runs from kickoff + 7(n − 1) days for seven days, so day 0–6 is week 1, Friday of
//!   week 6 of a Monday kickoff is kickoff + 39 days and Monday of week 8 kickoff + 49 days;
//! - "month N" is N whole calendar months elapsed since the kickoff (chrono's month
//!   arithmetic: a day past the end of a shorter month becomes its last day), so a kickoff on
//!   4 January puts every day from 4 July to 3 August in month 6.
//!
//! Path A (design first) takes the design's own dates: design from the kickoff to
//! `operating.timeline.design_complete`, the hire at `operating.timeline.partnerships_hire`.
//! The program starts when the hire can run a designed system ([`program_start`]); the first
//! joint-sourced opportunity comes the recruit, onboard and activate stages' durations later,
//! and the first closed-won the partner sales cycle after that.
//!
//! Path B (hire first) hires at the kickoff and asks the hire to build the program: the hire
//! designs it while recruiting, and reaches a design the journey can run on
//! [`HIRE_FIRST_DESIGN_MONTHS`] after starting; from there the same journey and partner sales
//! cycle run. The span is 002's, worked back from its example: on a journey that reaches the
//! first closed-won in month six when designed first, the hire-first company reports it at
//! "month nine to eleven", which the same journey and cycle reach only from a design finished
//! five to seven months after the kickoff. Shown as the earliest and latest dates.
//!
//! Pipeline lost: the calendar months from path A's first closed-won to path B's, rounded to
//! the nearest month, for B's earliest and latest dates. For 002's example that is three to five
//! months, which 002 rounds up to "six months of pipeline".

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::design::Design;
use super::order;
use super::timing::{Timing, program_start};

/// The months a hire asked to build the program takes to reach a design the journey can run
/// on, earliest and latest (002's worked example, see the module's notes).
pub const HIRE_FIRST_DESIGN_MONTHS: (u32, u32) = (5, 7);

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
    /// Path B: the hire's own design is done, at the earliest.
    HireDesignEarliest,
    /// Path B: the hire's own design is done, at the latest.
    HireDesignLatest,
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
            MilestoneKind::HireDesignEarliest => "The hire's design done, at the earliest",
            MilestoneKind::HireDesignLatest => "The hire's design done, at the latest",
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
    /// Whole months elapsed since the kickoff; negative before it.
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

/// Compares designing first with hiring first, from the design's kickoff, timeline, journey
/// and partner sales cycle.
pub fn compare_paths(design: &Design) -> PathComparison {
    let kickoff = design.firm.kickoff.date();
    let timeline = &design.operating.timeline;
    let timing = Timing::of(design);
    let at = |kind, date| milestone(kickoff, kind, date);

    let first_opportunity = days_after(program_start(design), timing.first_deal_days);
    let first_closed_won = days_after(first_opportunity, timing.partner_cycle_days);
    let mut path_a = vec![
        at(MilestoneKind::DesignStarts, kickoff),
        at(
            MilestoneKind::DesignComplete,
            timeline.design_complete.date(),
        ),
        at(
            MilestoneKind::PartnershipsHire,
            timeline.partnerships_hire.date(),
        ),
        at(MilestoneKind::FirstJointOpportunity, first_opportunity),
        at(MilestoneKind::FirstClosedWon, first_closed_won),
    ];
    order::sort_by_key(&mut path_a, |m| m.date);

    let (fewest, most) = HIRE_FIRST_DESIGN_MONTHS;
    let (design_earliest, design_latest) = (add_months(kickoff, fewest), add_months(kickoff, most));
    let closes = |designed| {
        days_after(
            days_after(designed, timing.first_deal_days),
            timing.partner_cycle_days,
        )
    };
    let (earliest, latest) = (closes(design_earliest), closes(design_latest));
    let path_b = vec![
        at(MilestoneKind::PartnershipsHire, kickoff),
        at(MilestoneKind::HireDesignEarliest, design_earliest),
        at(MilestoneKind::HireDesignLatest, design_latest),
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
        design_weeks: week_of(kickoff, timeline.design_complete.date()),
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
        month: months_elapsed(kickoff, date),
    }
}

/// The week `date` falls in, counted from `kickoff` (week 1 is its first seven days).
pub fn week_of(kickoff: NaiveDate, date: NaiveDate) -> i64 {
    (date - kickoff).num_days().div_euclid(7) + 1
}

/// Whole calendar months elapsed from `kickoff` to `date`: 0 up to the day before kickoff + one
/// month, negative before the kickoff.
pub fn months_elapsed(kickoff: NaiveDate, date: NaiveDate) -> i64 {
    month_of(kickoff, date) - 1
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

fn days_after(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(u64::from(days)))
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
