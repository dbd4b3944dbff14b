//! The design document: the whole partner program design, one value saved, exported and
//! imported whole.

use serde::Serialize;

use super::archetypes::Archetypes;
use super::assumptions::ForecastAssumptions;
use super::candidates::Candidates;
use super::firm::FirmProfile;
use super::journey::Journey;
use super::operating::OperatingModel;
use super::overrides::Scenarios;
use super::scoreboard::{Metric, Scoreboard};
use super::thesis::Thesis;
use super::values::Id;
use super::workshop::{Agenda, Decision};

/// One partner program design. The mechanics are fields in the order leaders walk them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Design {
    pub title: String,
    pub firm: FirmProfile,
    pub thesis: Thesis,
    pub archetypes: Archetypes,
    pub operating: OperatingModel,
    pub journey: Journey,
    pub scoreboard: Scoreboard,
    pub candidates: Candidates,
    pub assumptions: ForecastAssumptions,
    /// Named sets of assumption overrides, and the one the app reads the design under.
    pub scenarios: Scenarios,
    /// The decisions taken in the workshop, in the order they were added.
    pub decisions: Vec<Decision>,
    /// The workshop's time box for each step.
    pub agenda: Agenda,
}

impl Design {
    /// Removes the metric at `index` from the scoreboard, and the ownership of every role that
    /// owned it (a role may not own a metric the plan no longer has). Returns the metric.
    pub fn remove_metric(&mut self, index: usize) -> Option<Metric> {
        if index >= self.scoreboard.metrics.len() {
            return None;
        }
        let metric = self.scoreboard.metrics.remove(index);
        self.disown_metric(&metric.id);
        Some(metric)
    }

    /// Takes the role `id` from every stage and metric it owns: a stage or a metric may not name
    /// a role the plan no longer has.
    pub fn forget_role(&mut self, id: &Id) {
        for stage in &mut self.journey.stages {
            if stage.owner.as_ref() == Some(id) {
                stage.owner = None;
            }
        }
        for metric in &mut self.scoreboard.metrics {
            if metric.owner.as_ref() == Some(id) {
                metric.owner = None;
            }
        }
    }

    /// Takes the metric `id` from every role that owns it.
    pub fn disown_metric(&mut self, id: &Id) {
        for role in &mut self.operating.roles {
            if role.owns_metric.as_ref() == Some(id) {
                role.owns_metric = None;
            }
        }
    }
}

/// The five mechanics, in the order they are designed (002: "Do these five in order"), and the
/// two sections that frame them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mechanic {
    Thesis,
    Archetypes,
    OperatingModel,
    Journey,
    Scoreboard,
    /// The candidate scorecard, which follows the five.
    Candidates,
    /// Forecast economics, which read every mechanic.
    Economics,
}

impl Mechanic {
    pub const ALL: [Mechanic; 7] = [
        Mechanic::Thesis,
        Mechanic::Archetypes,
        Mechanic::OperatingModel,
        Mechanic::Journey,
        Mechanic::Scoreboard,
        Mechanic::Candidates,
        Mechanic::Economics,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Mechanic::Thesis => "Thesis",
            Mechanic::Archetypes => "Archetypes",
            Mechanic::OperatingModel => "Operating model",
            Mechanic::Journey => "Journey",
            Mechanic::Scoreboard => "Scoreboard",
            Mechanic::Candidates => "Candidates",
            Mechanic::Economics => "Economics",
        }
    }
}
