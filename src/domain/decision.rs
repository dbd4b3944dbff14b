//! Decision support (BLUEPRINT.md second edition, "Decision support"): what each single lever
//! would have to be for the forecast to meet each goal, the others held ("what must be true"),
//! and which lever is the binding one — the one whose required value sits most comfortably
//! inside its published band.
//!
//! docs/DECISIONS.md gives the method, the steps each lever is solved to and the rule for the
//! binding lever.

mod goals;
mod levers;
mod seek;
mod tornado;

use rust_decimal::Decimal;

use super::bands::Standing;
use super::candidates::Candidates;
use super::design::Design;
use super::forecast::Forecast;
use super::overrides::Scenarios;

pub use goals::{Goal, RETURN_YEAR};
pub use levers::{Direction, Lever, LeverKind};
pub use seek::{Reading, Seeker, read};
pub use tornado::{Bar, Moved, SHARE_YEAR, banded, quarterly_churn, tornado};

/// What one lever would have to be for one goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// This value, or better, meets the goal; one step worse misses it.
    Value(Decimal),
    /// Not even the lever's best value meets the goal alone.
    Unreachable,
}

/// One lever's requirement for one goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub lever: Lever,
    /// The design's own value of the lever.
    pub current: Decimal,
    pub need: Need,
    /// Where the required value stands against the lever's band, where it has one.
    pub standing: Option<Standing>,
}

/// One goal: what the forecast achieves, and what each lever would have to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalNeeds {
    pub goal: Goal,
    /// The share in percent, or the ratio, the goal asks for.
    pub threshold: Decimal,
    /// What the design's own forecast reaches; none when it cannot be measured.
    pub achieved: Option<Decimal>,
    pub met: bool,
    /// One per lever, in [`Lever::all`]'s order.
    pub requirements: Vec<Requirement>,
    /// The lever whose required value sits most comfortably inside its band; none when no
    /// banded lever can meet the goal from inside its band.
    pub binding: Option<Lever>,
}

/// What must be true of `design` (whose forecast is `forecast`) for each goal.
pub fn must_be_true(design: &Design, forecast: &Forecast) -> Vec<GoalNeeds> {
    let goals: Vec<(Goal, Decimal)> = Goal::all(forecast)
        .into_iter()
        .filter_map(|g| g.threshold(forecast).map(|t| (g, t)))
        .collect();
    let levers = Lever::all(design);
    let mut table: Vec<Vec<Requirement>> = vec![Vec::with_capacity(levers.len()); goals.len()];
    for &lever in &levers {
        let Some(current) = lever.current(design) else {
            continue;
        };
        let mut seeker = Seeker::new(design, forecast, lever, &goals);
        let hint = seeker.index_of(current);
        for (g, row) in table.iter_mut().enumerate() {
            let need = seeker
                .solve(g, hint)
                .map_or(Need::Unreachable, |i| Need::Value(seeker.value(i)));
            row.push(Requirement {
                lever,
                current,
                need,
                standing: standing(lever, need),
            });
        }
    }
    goals
        .iter()
        .zip(table)
        .map(|(&(goal, threshold), requirements)| GoalNeeds {
            goal,
            threshold,
            achieved: goal.measure(forecast),
            met: goal.met_by(forecast, threshold),
            binding: binding(&requirements),
            requirements,
        })
        .collect()
}

/// Where a required value stands against the lever's band.
fn standing(lever: Lever, need: Need) -> Option<Standing> {
    let (band, factor) = lever.band()?;
    match need {
        Need::Value(value) => Some(band.standing(value * factor)),
        Need::Unreachable => None,
    }
}

/// The binding lever: among the levers whose required value is inside its band, the one nearest
/// the middle of its typical range, measured in widths of the band.
fn binding(requirements: &[Requirement]) -> Option<Lever> {
    requirements
        .iter()
        .filter_map(|r| {
            let Need::Value(value) = r.need else {
                return None;
            };
            let (band, factor) = r.lever.band()?;
            if !matches!(
                band.standing(value * factor),
                Standing::Typical | Standing::InBand
            ) {
                return None;
            }
            let middle = (band.typical.0 + band.typical.1) / Decimal::TWO;
            let width = (band.high - band.low).max(Decimal::ONE);
            let distance = (value * factor - middle).abs() / width;
            Some((distance, r.lever))
        })
        .min_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, lever)| lever)
}

/// A copy of `design` to forecast on: everything but the candidates and the decision log, which
/// the forecast does not read. Copying a heavy user's 200 candidates took as long as a forecast (170 µs against
/// 194 µs on the large design), and decision support makes a copy for each lever.
fn scratch(design: &Design) -> Design {
    Design {
        title: design.title.clone(),
        firm: design.firm.clone(),
        thesis: design.thesis.clone(),
        archetypes: design.archetypes.clone(),
        operating: design.operating.clone(),
        journey: design.journey.clone(),
        scoreboard: design.scoreboard.clone(),
        candidates: Candidates {
            criteria: design.candidates.criteria.clone(),
            pass_threshold: design.candidates.pass_threshold,
            candidates: Vec::new(),
        },
        assumptions: design.assumptions.clone(),
        // The forecast reads no scenario: decision support is given the design already read
        // under its active one.
        scenarios: Scenarios::default(),
        decisions: Vec::new(),
        agenda: design.agenda,
    }
}
