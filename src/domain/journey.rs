//! Mechanic 4, the partner journey (002 "Design the partner journey"; 000 Identify → Evaluate →
//! Activate → Measure → Evolve): six stages, each with a definition of done.

use serde::{Deserialize, Serialize};

use super::values::Id;

/// The stages of the journey, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageKind {
    /// Who, where, what pitch.
    Recruit,
    /// First 30 days, certification path, first joint motion.
    Onboard,
    /// First joint opportunity in pipeline.
    Activate,
    /// Cadence, QBR, escalation path.
    Manage,
    /// Tier upgrade criteria.
    Expand,
    /// A graceful exit for partners below the bar (003: no results after two quarters of
    /// active enablement; 004: a 90-day transition).
    Offboard,
}

impl StageKind {
    pub const ALL: [StageKind; 6] = [
        StageKind::Recruit,
        StageKind::Onboard,
        StageKind::Activate,
        StageKind::Manage,
        StageKind::Expand,
        StageKind::Offboard,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StageKind::Recruit => "Recruit",
            StageKind::Onboard => "Onboard",
            StageKind::Activate => "Activate",
            StageKind::Manage => "Manage",
            StageKind::Expand => "Expand",
            StageKind::Offboard => "Off-board",
        }
    }
}

/// One stage of the journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub kind: StageKind,
    /// What must be true for a partner to leave this stage (required, 002).
    pub definition_of_done: String,
    /// The stage's criteria: for recruit who and where, for expand the upgrade criteria, for
    /// off-board the bar below which a partner leaves.
    pub criteria: String,
    /// The role that owns the stage.
    pub owner: Option<Id>,
    /// Target duration in days.
    pub duration_days: u32,
    /// The number that says a partner left the stage.
    pub exit_metric: String,
    /// What happens in the stage, in order.
    pub activities: Vec<String>,
}

/// The journey: its stages in the order of `StageKind::ALL`; a stage may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    pub stages: Vec<Stage>,
}

impl Journey {
    pub fn stage(&self, kind: StageKind) -> Option<&Stage> {
        self.stages.iter().find(|s| s.kind == kind)
    }
}
