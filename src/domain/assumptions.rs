//! The forecast's program-wide assumptions: every figure a default the user can change, with its
//! source in BLUEPRINT.md. What differs by archetype (activation, deals a partner, deal size,
//! economics) is each chosen archetype's pool (`archetypes::Pool`).

use serde::Serialize;

use super::values::{Horizon, Money, Percent, Recruits};

/// What the forecast assumes about recruiting, deal flow, retention and cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForecastAssumptions {
    /// Quarters forecast, 8 to 12.
    pub quarters: Horizon,
    /// Partners recruited in each quarter, shared among the chosen archetypes by their pools'
    /// recruit shares; past the list's end, its last figure repeats.
    pub recruits_per_quarter: Vec<Recruits>,
    /// Share of registered deals that become qualified pipeline.
    pub registration_to_pipeline: Percent,
    /// Partner win rate = direct win rate × (1 + lift) (Crossbeam 11.7 %; 002 claims 30–50 %).
    pub win_rate_lift: Percent,
    /// Share of active partners off-boarded or lost each quarter.
    pub churn_per_quarter: Percent,
    /// Co-marketing budget a quarter (2–5 % of channel revenue is common).
    pub co_marketing_per_quarter: Money,
    /// What enabling one active partner costs a year: training, certification, materials.
    pub enablement_per_partner_year: Money,
    /// For a firm that sells subscriptions: the share of a partner-sourced customer's yearly
    /// value that renews each year (85 % is a common default: partnerpack ROI calculator).
    pub gross_retention: Percent,
    /// Growth of the direct team's new pipeline each quarter.
    pub direct_pipeline_growth: Percent,
}
