//! Scenarios (BLUEPRINT.md second edition, "Decision support"): named sets of assumption
//! overrides kept in the design. At most one is active; the forecast, the findings and every
//! chart then read the design with its overrides in place, while the forms keep the design's own
//! values. With none active the design is read as it was typed ("as designed").
//!
//! Conservative, Base and Ambitious are made on request from the published bands: every banded
//! assumption at the end of its band that lowers program year two's sourced share (then year
//! three's return), at the middle of its typical range, and at the end that raises it.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::decision::{Lever, LeverKind, Moved, banded, tornado};
use super::design::Design;
use super::forecast::{Forecast, forecast};
use super::values::{Id, Money};

pub use super::overrides::{Assumption, Override, Scenario, Scenarios};

impl Override {
    /// The override of `moved` to `value`.
    pub fn of(moved: Moved, value: Decimal) -> Override {
        let (assumption, archetype) = match moved {
            Moved::Lever(Lever { kind, pool }) => (
                match kind {
                    LeverKind::Recruits => Assumption::Recruits,
                    LeverKind::Activation => Assumption::Activation,
                    LeverKind::Deals => Assumption::Deals,
                    LeverKind::DealSize => Assumption::DealSize,
                    LeverKind::Registration => Assumption::Registration,
                    LeverKind::Lift => Assumption::Lift,
                    LeverKind::FirstDealDays => Assumption::FirstDealDays,
                    LeverKind::PartnerCycle => Assumption::PartnerCycle,
                },
                pool,
            ),
            Moved::Share(kind) => (Assumption::PartnerShare, Some(kind)),
            Moved::Churn => (Assumption::Churn, None),
            Moved::CoMarketing => (Assumption::CoMarketing, None),
            Moved::Retention => (Assumption::Retention, None),
        };
        Override {
            assumption,
            archetype,
            value,
        }
    }

    /// The assumption it moves; none when a pool's assumption names no archetype, or another
    /// names one.
    pub fn moved(&self) -> Option<Moved> {
        if self.assumption.is_per_pool() != self.archetype.is_some() {
            return None;
        }
        let lever = |kind| {
            Some(Moved::Lever(Lever {
                kind,
                pool: self.archetype,
            }))
        };
        match self.assumption {
            Assumption::Recruits => lever(LeverKind::Recruits),
            Assumption::Activation => lever(LeverKind::Activation),
            Assumption::Deals => lever(LeverKind::Deals),
            Assumption::DealSize => lever(LeverKind::DealSize),
            Assumption::Registration => lever(LeverKind::Registration),
            Assumption::Lift => lever(LeverKind::Lift),
            Assumption::FirstDealDays => lever(LeverKind::FirstDealDays),
            Assumption::PartnerCycle => lever(LeverKind::PartnerCycle),
            Assumption::PartnerShare => self.archetype.map(Moved::Share),
            Assumption::Churn => Some(Moved::Churn),
            Assumption::CoMarketing => Some(Moved::CoMarketing),
            Assumption::Retention => Some(Moved::Retention),
        }
    }

    /// Whether `value` is one its field takes: the lever's range, a percentage, an amount.
    pub fn accepts(&self) -> bool {
        let Some(moved) = self.moved() else {
            return false;
        };
        match moved {
            Moved::Lever(lever) => {
                let (min, max) = lever.range();
                (min..=max).contains(&self.value)
            }
            Moved::CoMarketing => Money::new(self.value).is_ok(),
            Moved::Share(_) | Moved::Churn | Moved::Retention => {
                (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&self.value)
            }
        }
    }
}

impl Scenario {
    /// The value it gives `moved`, if it overrides it.
    pub fn value_of(&self, moved: Moved) -> Option<Decimal> {
        self.overrides
            .iter()
            .find(|o| o.moved() == Some(moved))
            .map(|o| o.value)
    }

    /// Sets `moved` to `value`: the override it has, or a new one.
    pub fn set(&mut self, moved: Moved, value: Decimal) {
        let new = Override::of(moved, value);
        match self.overrides.iter_mut().find(|o| o.moved() == Some(moved)) {
            Some(existing) => existing.value = value,
            None => self.overrides.push(new),
        }
    }

    /// `design` with this scenario's overrides in place.
    pub fn apply_to(&self, design: &mut Design) {
        for o in &self.overrides {
            if let Some(moved) = o.moved() {
                moved.set(design, o.value);
            }
        }
    }
}

/// `design` as the rest of the app reads it: with its active scenario's overrides in place.
pub fn effective(design: &Design) -> Cow<'_, Design> {
    match design.scenarios.active() {
        Some(scenario) if !scenario.overrides.is_empty() => {
            let mut applied = design.clone();
            scenario.apply_to(&mut applied);
            Cow::Owned(applied)
        }
        _ => Cow::Borrowed(design),
    }
}

/// `design` read under `scenario` (none: as designed), whichever scenario is active.
pub fn under(design: &Design, scenario: Option<&Scenario>) -> Design {
    let mut applied = design.clone();
    if let Some(scenario) = scenario {
        scenario.apply_to(&mut applied);
    }
    applied
}

/// One column of the comparison: a scenario's headline figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// The scenario's name; "As designed" for the design without overrides.
    pub name: String,
    /// The scenario's id; none for the design as designed.
    pub id: Option<Id>,
    pub active: bool,
    /// The sourced share of each program year the forecast reaches, %.
    pub shares: Vec<(u32, Decimal)>,
    /// The sourced share of each quarter, %, for the chart.
    pub quarterly: Vec<Decimal>,
    /// Program year three's revenue to cost; none before year three or with nothing spent.
    pub return_year_three: Option<Decimal>,
    /// Partner-sourced revenue over the whole forecast.
    pub revenue: Decimal,
    /// Cost over the whole forecast.
    pub cost: Decimal,
}

/// The headline figures of the design as designed and under each of its scenarios, in the
/// list's order.
pub fn compare(design: &Design) -> Vec<Headline> {
    let headline = |name: &str, scenario: Option<&Scenario>| {
        let f = forecast(&under(design, scenario));
        Headline {
            name: name.to_owned(),
            id: scenario.map(|s| s.id.clone()),
            active: design.scenarios.active.as_ref() == scenario.map(|s| &s.id),
            shares: f.years.iter().map(|y| (y.year, y.sourced_share)).collect(),
            quarterly: f.quarters.iter().map(|q| q.sourced_share).collect(),
            return_year_three: f
                .year(super::decision::RETURN_YEAR)
                .filter(|y| y.quarters == 4)
                .and_then(|y| y.own_revenue_to_cost()),
            revenue: f.total_revenue(),
            cost: f.total_cost(),
        }
    };
    std::iter::once(headline(AS_DESIGNED, None))
        .chain(
            design
                .scenarios
                .list
                .iter()
                .map(|s| headline(&s.name, Some(s))),
        )
        .collect()
}

/// The name of the design read without a scenario.
pub const AS_DESIGNED: &str = "As designed";

/// Conservative, Base and Ambitious for `design` (as designed; its forecast is `base`), with
/// fresh ids after the design's own scenarios.
pub fn presets(design: &Design, base: &Forecast) -> Vec<Scenario> {
    let bars = tornado(design, base);
    let mut conservative = Vec::new();
    let mut middle = Vec::new();
    let mut ambitious = Vec::new();
    for m in banded(design) {
        let Some(bar) = bars.iter().find(|b| b.moved == m) else {
            continue;
        };
        // The end that lowers year two's share, then year three's return, is the cautious one.
        let low_first = (bar.share.0, bar.ratio.0.unwrap_or_default())
            <= (bar.share.1, bar.ratio.1.unwrap_or_default());
        let (worse, better) = if low_first {
            (bar.low_value, bar.high_value)
        } else {
            (bar.high_value, bar.low_value)
        };
        conservative.push(Override::of(m, worse));
        ambitious.push(Override::of(m, better));
        let typical = (bar.band.typical.0 + bar.band.typical.1) / Decimal::TWO;
        if let Some(value) = m.typed(typical, base) {
            middle.push(Override::of(m, value));
        }
    }
    let mut taken: Vec<Id> = design.scenarios.list.iter().map(|s| s.id.clone()).collect();
    [
        ("Conservative", conservative),
        ("Base", middle),
        ("Ambitious", ambitious),
    ]
    .into_iter()
    .map(|(name, overrides)| {
        let id = Id::fresh("scenario", taken.iter());
        taken.push(id.clone());
        Scenario {
            id,
            name: name.to_owned(),
            overrides,
        }
    })
    .collect()
}
