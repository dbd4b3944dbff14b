//! Mechanic 4, the partner journey (002 "Design the partner journey"; 000 Identify → Evaluate →
//! Activate → Measure → Evolve): six stages, each with a definition of done.

use serde::Serialize;

use super::values::{Days, Id};

/// The stages of the journey, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    pub duration_days: Days,
    /// The number that says a partner left the stage.
    pub exit_metric: String,
    /// What happens in the stage, in order.
    pub activities: Vec<String>,
}

impl Stage {
    /// A stage of this kind with nothing written: no owner, no duration, no activities.
    pub fn empty(kind: StageKind) -> Stage {
        Stage {
            kind,
            definition_of_done: String::new(),
            criteria: String::new(),
            owner: None,
            duration_days: Days::of(0),
            exit_metric: String::new(),
            activities: Vec::new(),
        }
    }
}

/// The journey: its stages in the order of `StageKind::ALL`; a stage may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Journey {
    pub stages: Vec<Stage>,
}

impl Journey {
    pub fn stage(&self, kind: StageKind) -> Option<&Stage> {
        self.stages.iter().find(|s| s.kind == kind)
    }

    /// The stages the journey lacks, in journey order.
    pub fn missing_stages(&self) -> Vec<StageKind> {
        StageKind::ALL
            .into_iter()
            .filter(|&kind| self.stage(kind).is_none())
            .collect()
    }

    /// Puts an empty stage of `kind` back at its place in the journey order; does nothing if the
    /// journey has it already. Returns the index it sits at.
    pub fn add_stage(&mut self, kind: StageKind) -> usize {
        if let Some(index) = self.stages.iter().position(|s| s.kind == kind) {
            return index;
        }
        let index = self
            .stages
            .iter()
            .position(|s| s.kind > kind)
            .unwrap_or(self.stages.len());
        self.stages.insert(index, Stage::empty(kind));
        index
    }

    /// Days from a signed agreement to the first joint opportunity: the onboard and activate
    /// durations added, a missing stage counting as 0 (002 "first-90-days motion").
    pub fn first_deal_days(&self) -> u32 {
        [StageKind::Onboard, StageKind::Activate]
            .into_iter()
            .filter_map(|kind| self.stage(kind))
            .fold(0u32, |days, stage| {
                days.saturating_add(stage.duration_days.get())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn journey_of(kinds: &[StageKind]) -> Journey {
        Journey {
            stages: kinds.iter().copied().map(Stage::empty).collect(),
        }
    }

    #[test]
    fn a_removed_stage_goes_back_to_its_place_in_the_journey_order() {
        use StageKind::*;
        let mut journey = journey_of(&[Recruit, Activate, Expand]);
        assert_eq!(journey.missing_stages(), [Onboard, Manage, Offboard]);
        assert_eq!(journey.add_stage(Onboard), 1);
        assert_eq!(journey.add_stage(Offboard), 4);
        assert_eq!(journey.add_stage(Manage), 3);
        let kinds: Vec<StageKind> = journey.stages.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, StageKind::ALL);
        assert!(journey.missing_stages().is_empty());
    }

    #[test]
    fn adding_a_stage_the_journey_has_changes_nothing() {
        let mut journey = journey_of(&StageKind::ALL);
        journey.stages[2].definition_of_done = "A first registered opportunity".to_owned();
        let before = journey.clone();
        assert_eq!(journey.add_stage(StageKind::Activate), 2);
        assert_eq!(journey, before);
    }

    #[test]
    fn the_first_deal_takes_onboard_plus_activate_and_a_missing_stage_counts_as_nothing() {
        let mut journey = journey_of(&StageKind::ALL);
        journey.stages[0].duration_days = Days::of(45);
        journey.stages[1].duration_days = Days::of(30);
        journey.stages[2].duration_days = Days::of(60);
        assert_eq!(journey.first_deal_days(), 90);
        journey.stages.remove(1);
        assert_eq!(journey.first_deal_days(), 60);
        journey.stages[1].duration_days = Days::of(Days::MAX);
        journey.add_stage(StageKind::Onboard);
        journey.stages[1].duration_days = Days::of(5);
        assert_eq!(journey.first_deal_days(), Days::MAX + 5);
    }
}
