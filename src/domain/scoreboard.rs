//! Mechanic 5, the measurement scoreboard (002 "Build the measurement scoreboard"; 001; 004
//! balanced scorecard): leading and lagging metrics, each owned, each with quarterly targets,
//! and the partner-sourced share of new pipeline by program year.

use serde::Serialize;

use super::catalogue::sourced_share_floor;
use super::values::{Id, Percent, Target};

/// The family a metric belongs to (002). The first four lead; the last three lag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricKind {
    Activity,
    Output,
}

/// One scoreboard metric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    pub quarterly_targets: Vec<Target>,
}

/// The scoreboard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Scoreboard {
    pub metrics: Vec<Metric>,
    /// Target partner-sourced share of total new pipeline for program years 1, 2, 3 …
    /// (002 FAQ floors: 15, 25, 35 %).
    pub sourced_share_targets: Vec<Percent>,
}

impl MetricFamily {
    /// Every family: the four leading, the three lagging, then other.
    pub const ALL: [MetricFamily; 8] = [
        MetricFamily::Capability,
        MetricFamily::Capacity,
        MetricFamily::Motion,
        MetricFamily::Conversion,
        MetricFamily::SourcedPipeline,
        MetricFamily::InfluencedPipeline,
        MetricFamily::SourcedClosedWon,
        MetricFamily::Other,
    ];

    pub fn is_leading(self) -> bool {
        Self::LEADING.contains(&self)
    }

    /// The family's name.
    pub fn label(self) -> &'static str {
        match self {
            MetricFamily::Capability => "Capability",
            MetricFamily::Capacity => "Capacity",
            MetricFamily::Motion => "Motion",
            MetricFamily::Conversion => "Conversion",
            MetricFamily::SourcedPipeline => "Partner-sourced pipeline",
            MetricFamily::InfluencedPipeline => "Partner-influenced pipeline",
            MetricFamily::SourcedClosedWon => "Partner-sourced closed-won",
            MetricFamily::Other => "Other",
        }
    }

    /// What a leading family counts (002); none for the lagging families and other, whose name
    /// says it.
    pub fn measures(self) -> Option<&'static str> {
        match self {
            MetricFamily::Capability => Some("certified partners by archetype"),
            MetricFamily::Capacity => Some("partner reps active in the last 60 days"),
            MetricFamily::Motion => Some("co-marketed touches and registered deals per partner"),
            MetricFamily::Conversion => Some("registered-deal-to-pipeline rate"),
            _ => None,
        }
    }
}

impl MetricKind {
    pub const ALL: [MetricKind; 2] = [MetricKind::Activity, MetricKind::Output];

    pub fn label(self) -> &'static str {
        match self {
            MetricKind::Activity => "Activity (input)",
            MetricKind::Output => "Output (result)",
        }
    }
}

impl Metric {
    /// A new, unnamed metric of `family` with a target of 0 for each of `quarters`: an output
    /// when the family lags, an activity otherwise.
    pub fn new(id: Id, family: MetricFamily, quarters: usize) -> Metric {
        Metric {
            id,
            name: String::new(),
            family,
            kind: if family.is_lagging() {
                MetricKind::Output
            } else {
                MetricKind::Activity
            },
            owner: None,
            unit: String::new(),
            quarterly_targets: vec![Target::default(); quarters],
        }
    }

    /// Sets the target of the 0-based `quarter`. A list shorter than the horizon is first
    /// filled with zeros to `quarters` entries (and to the quarter itself), so the targets
    /// never skip a quarter.
    pub fn set_target(&mut self, quarter: usize, value: Target, quarters: usize) {
        let length = quarters.max(quarter + 1);
        if self.quarterly_targets.len() < length {
            self.quarterly_targets.resize(length, Target::default());
        }
        self.quarterly_targets[quarter] = value;
    }
}

impl Scoreboard {
    /// The leading families no metric measures yet, in the order of `MetricFamily::LEADING`.
    pub fn missing_leading(&self) -> Vec<MetricFamily> {
        MetricFamily::LEADING
            .into_iter()
            .filter(|family| !self.metrics.iter().any(|m| m.family == *family))
            .collect()
    }

    /// Whether a metric measures a lagging (output) family.
    pub fn has_lagging(&self) -> bool {
        self.metrics.iter().any(|m| m.family.is_lagging())
    }

    /// The family a new metric should start as: the first leading, then lagging, family no
    /// metric measures yet; other once all seven are measured.
    pub fn next_family(&self) -> MetricFamily {
        MetricFamily::ALL
            .into_iter()
            .find(|family| {
                *family != MetricFamily::Other && !self.metrics.iter().any(|m| m.family == *family)
            })
            .unwrap_or(MetricFamily::Other)
    }

    /// Sets the sourced-share target of the 0-based program `year`. Earlier years without a
    /// target get their floor (002 FAQ: 15, 25, 35 %), the default every design starts from.
    pub fn set_share_target(&mut self, year: usize, target: Percent) {
        while self.sourced_share_targets.len() < year {
            let floor = sourced_share_floor(self.sourced_share_targets.len() as u32 + 1);
            self.sourced_share_targets.push(floor);
        }
        match self.sourced_share_targets.get_mut(year) {
            Some(existing) => *existing = target,
            None => self.sourced_share_targets.push(target),
        }
    }

    /// Fits every metric's quarterly targets to a horizon of `quarters`: a longer list loses
    /// its last quarters, a shorter one repeats its last target (an empty list stays empty, so
    /// the missing target is still reported).
    pub fn fit_targets(&mut self, quarters: usize) {
        for metric in &mut self.metrics {
            let targets = &mut metric.quarterly_targets;
            if let Some(&last) = targets.last() {
                targets.resize(quarters, last);
            }
        }
    }
}
