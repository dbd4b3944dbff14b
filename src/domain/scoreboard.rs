//! Mechanic 5, the measurement scoreboard (002 "Build the measurement scoreboard"; 001; 004
//! balanced scorecard): leading and lagging metrics, each owned, each with quarterly targets,
//! and the partner-sourced share of new pipeline by program year.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::values::{Id, Percent};

/// The family a metric belongs to (002). The first four lead; the last three lag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricFamily {
    /// Certified partners by archetype.
    Capability,
    /// Partner reps active in the last 60 days.
    Capacity,
    /// Co-marketed touches and registered deals per partner.
    Motion,
    /// Registered-deal-to-pipeline rate.
    Conversion,
    SourcedPipeline,
    InfluencedPipeline,
    SourcedClosedWon,
    Other,
}

impl MetricFamily {
    pub const LEADING: [MetricFamily; 4] = [
        MetricFamily::Capability,
        MetricFamily::Capacity,
        MetricFamily::Motion,
        MetricFamily::Conversion,
    ];
    pub const LAGGING: [MetricFamily; 3] = [
        MetricFamily::SourcedPipeline,
        MetricFamily::InfluencedPipeline,
        MetricFamily::SourcedClosedWon,
    ];

    pub fn is_lagging(self) -> bool {
        Self::LAGGING.contains(&self)
    }
}

/// Whether a metric counts activity (an input) or a result (an output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricKind {
    Activity,
    Output,
}

/// One scoreboard metric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metric {
    pub id: Id,
    pub name: String,
    pub family: MetricFamily,
    pub kind: MetricKind,
    /// The role that owns the number.
    pub owner: Option<Id>,
    /// What the number is counted in ("partners", "USD", "%").
    pub unit: String,
    /// Target for each program quarter, first quarter first; 0 or more.
    pub quarterly_targets: Vec<Decimal>,
}

/// The scoreboard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scoreboard {
    pub metrics: Vec<Metric>,
    /// Target partner-sourced share of total new pipeline for program years 1, 2, 3 …
    /// (002 FAQ floors: 15, 25, 35 %).
    pub sourced_share_targets: Vec<Percent>,
}
