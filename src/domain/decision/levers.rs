//! The levers of decision support: the single assumptions a leadership team can move to reach a
//! goal, each read and set in the unit its field is typed in, with the direction that helps, the
//! range its field takes, the step it is solved to, and its band where one is published.
//!
//! Activation, deals a partner and deal size are each chosen archetype's own (one lever per
//! pool); recruits are one flat figure every quarter; the days to a first deal are the journey's
//! onboard and activate durations together.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::super::archetypes::{ArchetypeKind, Pool};
use super::super::bands::{self, Band};
use super::super::design::Design;
use super::super::journey::StageKind;
use super::super::path::DocPath;
use super::super::places::{archetypes, assumptions, firm, journey};
use super::super::values::{Days, Deals, Percent, Recruits, Relative};

/// What a lever moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LeverKind {
    /// Partners recruited each quarter, the same every quarter.
    Recruits,
    /// A pool's activation rate, %.
    Activation,
    /// A pool's deals a partner a quarter.
    Deals,
    /// The registration-to-pipeline rate, %.
    Registration,
    /// A pool's deal size against the firm's average, %.
    DealSize,
    /// The win-rate lift with a partner, %.
    Lift,
    /// Days from signing a partner to its first registered deal: onboard and activate.
    FirstDealDays,
    /// The partner sales cycle, days.
    PartnerCycle,
}

/// Which way a lever helps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// More is better: the requirement is a least value.
    Up,
    /// Less is better: the requirement is a greatest value (days).
    Down,
}

/// One lever of a design.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lever {
    pub kind: LeverKind,
    /// The archetype whose pool it moves, for the pool's own levers.
    pub pool: Option<ArchetypeKind>,
}

impl Lever {
    /// The levers of `design`: the program's, and each chosen archetype's pool's.
    pub fn all(design: &Design) -> Vec<Lever> {
        let program = |kind| Lever { kind, pool: None };
        let mut levers = vec![program(LeverKind::Recruits)];
        for profile in design.archetypes.chosen() {
            for kind in [LeverKind::Activation, LeverKind::Deals, LeverKind::DealSize] {
                levers.push(Lever {
                    kind,
                    pool: Some(profile.kind),
                });
            }
        }
        levers.push(program(LeverKind::Registration));
        levers.push(program(LeverKind::Lift));
        if first_deal_stage(design).is_some() {
            levers.push(program(LeverKind::FirstDealDays));
        }
        levers.push(program(LeverKind::PartnerCycle));
        levers
    }

    /// Which way it helps.
    pub fn direction(self) -> Direction {
        match self.kind {
            LeverKind::FirstDealDays | LeverKind::PartnerCycle => Direction::Down,
            _ => Direction::Up,
        }
    }

    /// The step it is solved to: a whole partner, day or percent of deal size, a tenth of a
    /// percent or of a deal.
    pub fn step(self) -> Decimal {
        match self.kind {
            LeverKind::Recruits
            | LeverKind::DealSize
            | LeverKind::FirstDealDays
            | LeverKind::PartnerCycle => Decimal::ONE,
            LeverKind::Activation
            | LeverKind::Registration
            | LeverKind::Lift
            | LeverKind::Deals => Decimal::new(1, 1),
        }
    }

    /// The least and the greatest value its field takes.
    pub fn range(self) -> (Decimal, Decimal) {
        let max = match self.kind {
            LeverKind::Recruits => Decimal::from(Recruits::MAX),
            LeverKind::Activation | LeverKind::Registration | LeverKind::Lift => {
                Decimal::ONE_HUNDRED
            }
            LeverKind::Deals | LeverKind::DealSize => Decimal::ONE_THOUSAND,
            LeverKind::FirstDealDays | LeverKind::PartnerCycle => Decimal::from(Days::MAX),
        };
        (Decimal::ZERO, max)
    }

    /// Its value in `design`. Recruits read as the first quarter's figure.
    pub fn current(self, design: &Design) -> Option<Decimal> {
        let a = &design.assumptions;
        let pool = || {
            self.pool
                .and_then(|kind| design.archetypes.get(kind))
                .map(|p| &p.pool)
        };
        Some(match self.kind {
            LeverKind::Recruits => Decimal::from(a.recruits_per_quarter.first()?.get()),
            LeverKind::Activation => pool()?.activation_rate.value(),
            LeverKind::Deals => pool()?.deals_per_partner.get(),
            LeverKind::DealSize => pool()?.deal_size.get(),
            LeverKind::Registration => a.registration_to_pipeline.value(),
            LeverKind::Lift => a.win_rate_lift.value(),
            LeverKind::FirstDealDays => Decimal::from(design.journey.first_deal_days()),
            LeverKind::PartnerCycle => Decimal::from(design.firm.partner_sales_cycle_days.get()),
        })
    }

    /// Sets it to `value` in `design`, clamped to its range: recruits to one figure every
    /// quarter; the days to a first deal by the activate stage first, then the onboard stage.
    pub fn set(self, design: &mut Design, value: Decimal) {
        let (min, max) = self.range();
        let value = value.clamp(min, max);
        let whole = value.trunc().to_u32().unwrap_or(u32::MAX);
        let percent = || Percent::new(value).unwrap_or(Percent::ZERO);
        let kind = self.pool;
        fn pool(design: &mut Design, kind: Option<ArchetypeKind>) -> Option<&mut Pool> {
            kind.and_then(|k| design.archetypes.get_mut(k))
                .map(|p| &mut p.pool)
        }
        match self.kind {
            LeverKind::Recruits => {
                design.assumptions.recruits_per_quarter = vec![Recruits::of(whole)]
            }
            LeverKind::Activation => {
                if let Some(p) = pool(design, kind) {
                    p.activation_rate = percent();
                }
            }
            LeverKind::Deals => {
                if let (Some(p), Ok(deals)) = (pool(design, kind), Deals::new(value)) {
                    p.deals_per_partner = deals;
                }
            }
            LeverKind::DealSize => {
                if let (Some(p), Ok(size)) = (pool(design, kind), Relative::new(value)) {
                    p.deal_size = size;
                }
            }
            LeverKind::Registration => design.assumptions.registration_to_pipeline = percent(),
            LeverKind::Lift => design.assumptions.win_rate_lift = percent(),
            LeverKind::FirstDealDays => set_first_deal_days(design, whole),
            LeverKind::PartnerCycle => design.firm.partner_sales_cycle_days = Days::of(whole),
        }
    }

    /// The band its value is judged against, and the factor from the field's unit to the
    /// band's (deals a quarter are judged a year).
    pub fn band(self) -> Option<(&'static Band, Decimal)> {
        match self.kind {
            LeverKind::Activation => Some((&bands::ACTIVATION, Decimal::ONE)),
            LeverKind::Deals => Some((bands::deals_band(self.pool?).0, Decimal::from(4))),
            LeverKind::Lift => Some((&bands::WIN_RATE_LIFT, Decimal::ONE)),
            LeverKind::FirstDealDays => Some((&bands::DAYS_TO_FIRST_DEAL, Decimal::ONE)),
            LeverKind::Recruits
            | LeverKind::Registration
            | LeverKind::DealSize
            | LeverKind::PartnerCycle => None,
        }
    }

    /// The field that sets it.
    pub fn path(self, design: &Design) -> DocPath {
        let pool_at = |place: super::super::path::Place| {
            let index = self
                .pool
                .and_then(|k| design.archetypes.catalogue.iter().position(|a| a.kind == k))
                .unwrap_or(0);
            place.at(&[index])
        };
        match self.kind {
            LeverKind::Recruits => assumptions::RECRUITS.path(),
            LeverKind::Activation => pool_at(archetypes::POOL_ACTIVATION),
            LeverKind::Deals => pool_at(archetypes::POOL_DEALS),
            LeverKind::DealSize => pool_at(archetypes::POOL_DEAL_SIZE),
            LeverKind::Registration => assumptions::REGISTRATION.path(),
            LeverKind::Lift => assumptions::LIFT.path(),
            LeverKind::FirstDealDays => first_deal_stage(design)
                .map_or_else(|| journey::STAGES.path(), |i| journey::DURATION.at(&[i])),
            LeverKind::PartnerCycle => firm::PARTNER_SALES_CYCLE.path(),
        }
    }

    /// The lever in words: "the SI pool's activation rate".
    pub fn words(self) -> String {
        let what = match self.kind {
            LeverKind::Recruits => return "partners recruited every quarter".to_owned(),
            LeverKind::Registration => return "the registration-to-pipeline rate".to_owned(),
            LeverKind::Lift => return "the win-rate lift with a partner".to_owned(),
            LeverKind::FirstDealDays => {
                return "the days from signing a partner to its first deal".to_owned();
            }
            LeverKind::PartnerCycle => return "the partner sales cycle".to_owned(),
            LeverKind::Activation => "activation rate",
            LeverKind::Deals => "deals a partner a quarter",
            LeverKind::DealSize => "deal size against the average",
        };
        let pool = self.pool.map_or("", ArchetypeKind::label);
        format!("the {pool} pool's {what}")
    }

    /// A value of it in words: "12 partners", "35.5 %", "60 days".
    pub fn show(self, value: Decimal) -> String {
        let value = value.normalize();
        match self.kind {
            LeverKind::Recruits => format!("{value} partners"),
            LeverKind::Deals => format!("{value} deals"),
            LeverKind::FirstDealDays | LeverKind::PartnerCycle => format!("{value} days"),
            LeverKind::Activation
            | LeverKind::Registration
            | LeverKind::DealSize
            | LeverKind::Lift => format!("{value} %"),
        }
    }
}

/// The index of the stage whose duration sets the days to a first deal: activate, else onboard.
fn first_deal_stage(design: &Design) -> Option<usize> {
    let stages = &design.journey.stages;
    let index = |kind: StageKind| stages.iter().position(|s| s.kind == kind);
    index(StageKind::Activate).or_else(|| index(StageKind::Onboard))
}

/// Onboard and activate set to `days` together: the onboard stage keeps its duration where it
/// fits, the activate stage takes the rest.
fn set_first_deal_days(design: &mut Design, days: u32) {
    let stages = &mut design.journey.stages;
    let onboard = stages.iter().position(|s| s.kind == StageKind::Onboard);
    let activate = stages.iter().position(|s| s.kind == StageKind::Activate);
    match (onboard, activate) {
        (Some(o), Some(a)) => {
            let kept = stages[o].duration_days.get().min(days);
            stages[o].duration_days = Days::of(kept);
            stages[a].duration_days = Days::of(days - kept);
        }
        (Some(only), None) | (None, Some(only)) => stages[only].duration_days = Days::of(days),
        (None, None) => {}
    }
}
