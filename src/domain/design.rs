//! The design document: the whole partner program design, one value saved, exported and
//! imported whole.

use serde::Serialize;

use super::archetypes::Archetypes;
use super::assumptions::ForecastAssumptions;
use super::candidates::Candidates;
use super::firm::FirmProfile;
use super::journey::Journey;
use super::operating::OperatingModel;
use super::scoreboard::Scoreboard;
use super::thesis::Thesis;

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
