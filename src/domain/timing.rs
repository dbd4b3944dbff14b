//! One source of truth for time (BLUEPRINT.md second edition, "One source of truth for time and
//! money"): when the program starts, how long a recruited partner takes to register a first
//! deal, and how long a partner-sourced deal takes to close. The forecast and the path A / B
//! timeline both read these figures, so they cannot disagree.
//!
//! - The program starts when the partnerships hire can run a designed system: at the hire, or
//!   at the design's completion if that is later (002: "The hire runs the system once it is
//!   designed"), and never before the kickoff.
//! - A partner's first registered deal comes the recruit, onboard and activate stages' target
//!   durations after its recruiting starts (002 "Design the partner journey").
//! - A partner-sourced deal closes the partner sales cycle after it is registered (002: partner
//!   deals have "shorter sales cycles"; `firm.partner_sales_cycle_days`).
//!
//! The timeline shows each of these as a date; the forecast runs by month and places a span of
//! days at the nearest whole month ([`months_of_days`]): a 91-day cycle is three months, exactly
//! one quarter, and a date on the timeline is never more than half a month from the forecast
//! month that holds the same event.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::design::Design;
use super::journey::StageKind;

/// Days in an average month: a year of 365.25 days over twelve.
pub const DAYS_PER_MONTH: Decimal = Decimal::from_parts(304375, 0, 0, false, 4);

/// The partner timings a design implies, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// The recruit stage's target duration: from starting to recruit a partner to signing it.
    pub recruit_days: u32,
    /// From starting to recruit a partner to its first registered deal: the recruit, onboard
    /// and activate stages' target durations.
    pub first_deal_days: u32,
    /// From a partner-sourced deal's registration to its close.
    pub partner_cycle_days: u32,
}

impl Timing {
    /// The timings `design` implies. A stage the journey lacks takes no time.
    pub fn of(design: &Design) -> Timing {
        let days = |kind: StageKind| {
            design
                .journey
                .stages
                .iter()
                .find(|s| s.kind == kind)
                .map_or(0, |s| s.duration_days.get())
        };
        let recruit_days = days(StageKind::Recruit);
        Timing {
            recruit_days,
            first_deal_days: recruit_days
                .saturating_add(days(StageKind::Onboard))
                .saturating_add(days(StageKind::Activate)),
            partner_cycle_days: design.firm.partner_sales_cycle_days.get(),
        }
    }

    /// Days from a partner's signing to its first registered deal: the onboard and activate
    /// stages, the figure the "days to first deal" benchmark measures.
    pub fn signed_to_first_deal_days(&self) -> u32 {
        self.first_deal_days.saturating_sub(self.recruit_days)
    }
}

/// The first day of program month 1: the later of the partnerships hire and the design's
/// completion, and not before the kickoff.
pub fn program_start(design: &Design) -> NaiveDate {
    let timeline = &design.operating.timeline;
    timeline
        .partnerships_hire
        .max(timeline.design_complete)
        .max(design.firm.kickoff)
        .date()
}

/// `days` as whole months, to the nearest (half a month rounds up): 91 days are 3 months, 45
/// days 1, 46 days 2.
pub fn months_of_days(days: u32) -> usize {
    let months = (Decimal::from(days) / DAYS_PER_MONTH)
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    usize::try_from(months).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_of_days_is_placed_at_the_nearest_month() {
        assert_eq!(months_of_days(0), 0);
        assert_eq!(months_of_days(15), 0);
        assert_eq!(months_of_days(16), 1);
        assert_eq!(months_of_days(45), 1);
        assert_eq!(months_of_days(46), 2);
        assert_eq!(months_of_days(56), 2);
        assert_eq!(months_of_days(91), 3);
        assert_eq!(months_of_days(182), 6);
        assert_eq!(months_of_days(365), 12);
        assert_eq!(months_of_days(u32::MAX), 141_107_755);
    }
}
