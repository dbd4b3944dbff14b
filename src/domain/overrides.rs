//! Scenarios as the design keeps them (BLUEPRINT.md second edition, "Decision support"): named
//! sets of assumption overrides, and which one is active. Data alone: how a scenario moves the
//! design and what it reads under it are `domain::scenarios`', so the design can hold its
//! scenarios without importing the forecast that reads them.

use rust_decimal::Decimal;
use serde::Serialize;

use super::archetypes::ArchetypeKind;
use super::values::Id;

/// The assumptions a scenario can override, each in the unit its field is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Assumption {
    /// Partners recruited every quarter.
    Recruits,
    /// A pool's activation rate, %.
    Activation,
    /// A pool's deals a partner a quarter.
    Deals,
    /// A pool's deal size against the firm's average, %.
    DealSize,
    /// A pool's fee or margin, %.
    PartnerShare,
    /// Registered deals that become pipeline, %.
    Registration,
    /// The win-rate lift with a partner, %.
    Lift,
    /// Days from signing a partner to its first deal.
    FirstDealDays,
    /// The partner sales cycle, days.
    PartnerCycle,
    /// Partner churn a quarter, %.
    Churn,
    /// Co-marketing a quarter, an amount.
    CoMarketing,
    /// Gross retention a year, %.
    Retention,
}

impl Assumption {
    /// Whether it is one archetype pool's own (and so names its archetype).
    pub fn is_per_pool(self) -> bool {
        matches!(
            self,
            Assumption::Activation
                | Assumption::Deals
                | Assumption::DealSize
                | Assumption::PartnerShare
        )
    }
}

/// One assumption set to a value in a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Override {
    pub assumption: Assumption,
    /// The archetype whose pool it sets, for a pool's own assumption; none otherwise.
    pub archetype: Option<ArchetypeKind>,
    /// The value, in the unit its field is typed in.
    pub value: Decimal,
}

/// A named set of overrides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    pub id: Id,
    pub name: String,
    pub overrides: Vec<Override>,
}

/// The design's scenarios, and the one active, if any.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Scenarios {
    pub list: Vec<Scenario>,
    pub active: Option<Id>,
}

impl Scenarios {
    /// The active scenario.
    pub fn active(&self) -> Option<&Scenario> {
        let id = self.active.as_ref()?;
        self.list.iter().find(|s| &s.id == id)
    }

    /// The active scenario, to change.
    pub fn active_mut(&mut self) -> Option<&mut Scenario> {
        let id = self.active.clone()?;
        self.list.iter_mut().find(|s| s.id == id)
    }

    /// A fresh id for a new scenario.
    pub fn fresh_id(&self) -> Id {
        Id::fresh("scenario", self.list.iter().map(|s| &s.id))
    }
}
