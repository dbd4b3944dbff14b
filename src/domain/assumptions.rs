//! The forecast's assumptions: every figure a default the user can change, with its source in
//! BLUEPRINT.md's "Other public figures".

use serde::Serialize;

use super::values::{Deals, Horizon, Money, Percent, Recruits};

/// What the forecast assumes about recruiting, activation, deal flow and cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForecastAssumptions {
    /// Quarters forecast, 8 to 12.
    pub quarters: Horizon,
    /// Partners recruited in each quarter; past the list's end, its last figure repeats.
    pub recruits_per_quarter: Vec<Recruits>,
    /// Share of recruited partners who become active (30–50 % managed, under 20 % unmanaged).
    pub activation_rate: Percent,
    /// Deals an active partner registers a quarter.
    pub deals_per_active_partner: Deals,
    /// Share of registered deals that become qualified pipeline.
    pub registration_to_pipeline: Percent,
    /// Partner win rate = direct win rate × (1 + lift) (Crossbeam 11.7 %; 002 claims 30–50 %).
    pub win_rate_lift: Percent,
    /// Share of active partners off-boarded or lost each quarter.
    pub churn_per_quarter: Percent,
    /// Co-marketing budget a quarter (2–5 % of channel revenue is common).
    pub co_marketing_per_quarter: Money,
    /// Growth of the direct team's new pipeline each quarter.
    pub direct_pipeline_growth: Percent,
}
