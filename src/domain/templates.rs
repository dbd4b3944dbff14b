//! Starting designs: a blank one that shows everything still missing, and two filled ones that
//! show what good looks like, in the firm's own words: the Series B SaaS worked example of 002
//! and a professional-services firm drawn from 001 and 000. Every date is relative to the
//! kickoff date the user picks.

mod blank;
mod scorecard;
mod series_b;
mod services;

use chrono::NaiveDate;

use super::design::Design;
use super::values::{Money, Percent, PlanDate, Target};

/// A starting design the user can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Template {
    /// Firm defaults and empty mechanics.
    Blank,
    /// The worked example of 002: a $20M ARR Series B SaaS company.
    SeriesBSaas,
    /// A 25-person agency building referral and delivery partnerships (001, 000).
    ServicesFirm,
}

impl Template {
    pub const ALL: [Template; 3] = [
        Template::Blank,
        Template::SeriesBSaas,
        Template::ServicesFirm,
    ];

    /// The name shown in the template picker.
    pub fn label(self) -> &'static str {
        match self {
            Template::Blank => "Blank design",
            Template::SeriesBSaas => "Series B SaaS",
            Template::ServicesFirm => "Professional-services firm",
        }
    }

    /// One line saying what the template is and who it suits.
    pub fn description(self) -> &'static str {
        match self {
            Template::Blank => {
                "Start from nothing: the health check lists everything the design still needs."
            }
            Template::SeriesBSaas => {
                "A $20M ARR software company designing before its partnerships hire (002's worked example)."
            }
            Template::ServicesFirm => {
                "A 25-person agency building referral and delivery partnerships with a handful of firms."
            }
        }
    }

    /// The template's design, with every date counted from `kickoff`.
    /// A kickoff outside the years a plan may hold is moved to the nearest one.
    pub fn design(self, kickoff: NaiveDate) -> Design {
        let kickoff = PlanDate::clamped(kickoff);
        match self {
            Template::Blank => blank::design(kickoff),
            Template::SeriesBSaas => series_b::design(kickoff),
            Template::ServicesFirm => services::design(kickoff),
        }
    }
}

/// `days` after `date`, within the years a plan may hold.
fn days_after(date: PlanDate, days: u64) -> PlanDate {
    date.plus_days(days)
}

/// A whole percentage.
fn pct(value: u32) -> Percent {
    Percent::whole(value)
}

/// A whole amount of money.
fn money(amount: u64) -> Money {
    Money::whole(amount)
}

/// Quarterly targets from whole numbers.
fn targets(values: &[u32]) -> Vec<Target> {
    values.iter().copied().map(Target::of).collect()
}

/// Owned strings from literals.
fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}
