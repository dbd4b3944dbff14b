//! The partner funnel over the whole horizon: how many partners are recruited and how many are
//! active at its end, and how many deals they register, qualify and win. Totals are sums of the
//! quarters' reported figures, so the funnel always agrees with the quarter table beside it.

use rust_decimal::Decimal;
use serde::Serialize;

use super::super::archetypes::ArchetypeKind;
use super::saturating::sum;
use super::{Forecast, QuarterForecast};

/// Recruited → active → registered deals → pipeline → closed-won, over the forecast's horizon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Funnel {
    /// Quarters the totals cover.
    pub quarters: u32,
    /// Partners recruited over the horizon.
    pub recruited: Decimal,
    /// Partners active in the last quarter, after churn.
    pub active: Decimal,
    /// Deals registered over the horizon.
    pub registered_deals: Decimal,
    /// Registered deals that became qualified pipeline over the horizon.
    pub opportunities: Decimal,
    /// The pipeline those opportunities are worth (money).
    pub pipeline: Decimal,
    /// Deals won within the horizon (deals still in their sales cycle at its end are not).
    pub closed_won_deals: Decimal,
    /// The revenue those deals are worth (money).
    pub closed_won_revenue: Decimal,
    /// Each chosen archetype's part of the funnel, in catalogue order.
    pub pools: Vec<PoolFunnel>,
}

/// One archetype's part of the funnel: its counts at each stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PoolFunnel {
    pub kind: ArchetypeKind,
    pub recruited: Decimal,
    /// Active in the last quarter.
    pub active: Decimal,
    pub registered_deals: Decimal,
    pub opportunities: Decimal,
    pub closed_won_deals: Decimal,
}

impl Forecast {
    /// The partner funnel over the horizon.
    pub fn funnel(&self) -> Funnel {
        let total =
            |pick: fn(&QuarterForecast) -> Decimal| sum(self.quarters.iter().map(pick)).normalize();
        Funnel {
            quarters: self.quarters.len() as u32,
            recruited: total(|q| q.recruited),
            active: self
                .quarters
                .last()
                .map_or(Decimal::ZERO, |q| q.active_partners),
            registered_deals: total(|q| q.registered_deals),
            opportunities: total(|q| q.opportunities),
            pipeline: total(|q| q.pipeline),
            closed_won_deals: total(|q| q.closed_won_deals),
            closed_won_revenue: total(|q| q.closed_won_revenue),
            pools: self
                .quarters
                .last()
                .map(|last| {
                    last.pools
                        .iter()
                        .enumerate()
                        .map(|(i, pool)| {
                            let total = |pick: fn(&super::PoolQuarter) -> Decimal| {
                                sum(self
                                    .quarters
                                    .iter()
                                    .filter_map(|q| q.pools.get(i))
                                    .map(pick))
                                .normalize()
                            };
                            PoolFunnel {
                                kind: pool.kind,
                                recruited: total(|p| p.recruited),
                                active: pool.active_partners,
                                registered_deals: total(|p| p.registered_deals),
                                opportunities: total(|p| p.opportunities),
                                closed_won_deals: total(|p| p.closed_won_deals),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}
