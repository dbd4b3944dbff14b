//! The partner chain, quarter by quarter, on exact decimals:
//!
//! 1. recruited(q): `recruits_per_quarter[q]`, the list's last figure past its end, 0 if empty;
//! 2. activated(q) = recruited(q − quarters_to_activate) × activation rate;
//! 3. active(q) = active(q − 1) × (1 − churn) + activated(q): churn takes its share of the
//!    partners active at the start of the quarter, newly active partners are not churned yet;
//! 4. registered(q) = active(q) × deals per active partner;
//! 5. opportunities(q) = registered(q) × registration-to-pipeline rate, and
//!    pipeline(q) = opportunities(q) × average deal size;
//! 6. won: opportunities(q) × partner win rate, where the partner win rate is the direct win rate
//!    × (1 + lift), at most 100 %; they close after the sales cycle ([`ClosingLag`]);
//! 7. direct pipeline(q) = direct pipeline per quarter × (1 + growth)^(q − 1).

use rust_decimal::Decimal;

use super::super::design::Design;
use super::super::values::Recruits;
use super::DAYS_PER_QUARTER;
use super::saturating::{add, div, mul, sub};

/// The sales cycle as a lag in quarters: `sales_cycle_days / DAYS_PER_QUARTER` split into whole
/// quarters and a fraction. A lag that is not a whole number of quarters is spread across the
/// two quarters around it, linearly: with a lag of 1.6, 40 % of the deals opened in quarter q
/// close in q + 1 and 60 % in q + 2. A lag under one quarter closes part of the deals in the
/// quarter they were opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosingLag {
    /// Whole quarters of the lag.
    pub quarters: usize,
    /// The share of deals, 0 ≤ f < 1, that close one quarter later still.
    pub fraction: Decimal,
}

impl ClosingLag {
    /// The lag of a sales cycle of `days` days.
    pub fn from_days(days: u32) -> ClosingLag {
        let lag = div(Decimal::from(days), DAYS_PER_QUARTER).unwrap_or(Decimal::ZERO);
        let whole = lag.trunc();
        ClosingLag {
            // At most u32::MAX / 91.25, which fits any usize.
            quarters: usize::try_from(whole).unwrap_or(usize::MAX),
            fraction: sub(lag, whole),
        }
    }
}

/// The partner win rate as a fraction: direct win rate × (1 + lift), at most 1.
pub fn partner_win_rate(design: &Design) -> Decimal {
    let direct = design.firm.direct_win_rate.fraction();
    let lift = Decimal::ONE + design.assumptions.win_rate_lift.fraction();
    mul(direct, lift).min(Decimal::ONE)
}

/// One quarter of the chain, unrounded.
#[derive(Debug, Clone, Default)]
pub(super) struct QuarterFlow {
    pub recruited: Decimal,
    pub active: Decimal,
    pub registered: Decimal,
    /// Registered deals that became qualified pipeline this quarter.
    pub opportunities: Decimal,
    pub pipeline: Decimal,
    pub closed_won_deals: Decimal,
    pub closed_won_revenue: Decimal,
    pub direct_pipeline: Decimal,
}

/// Runs the chain over `horizon` quarters.
pub(super) fn run(design: &Design, horizon: u32) -> Vec<QuarterFlow> {
    let a = &design.assumptions;
    let horizon = horizon as usize;
    let deal_size = design.firm.average_deal_size.amount();
    let deals_per_partner = a.deals_per_active_partner.get();
    let retained = Decimal::ONE - a.churn_per_quarter.fraction();
    let growth = Decimal::ONE + a.direct_pipeline_growth.fraction();
    let win_rate = partner_win_rate(design);
    let lag = ClosingLag::from_days(design.firm.sales_cycle_days.get());
    let to_activate = a.quarters_to_activate.get() as usize;

    let mut flows = vec![QuarterFlow::default(); horizon];
    let mut active = Decimal::ZERO;
    let mut direct = design.firm.direct_pipeline_per_quarter.amount();
    for q in 0..horizon {
        let recruited = recruits(&a.recruits_per_quarter, q);
        let activated = q.checked_sub(to_activate).map_or(Decimal::ZERO, |cohort| {
            mul(
                recruits(&a.recruits_per_quarter, cohort),
                a.activation_rate.fraction(),
            )
        });
        active = add(mul(active, retained), activated);
        let registered = mul(active, deals_per_partner);
        let opportunities = mul(registered, a.registration_to_pipeline.fraction());
        let won = mul(opportunities, win_rate);
        let flow = &mut flows[q];
        flow.recruited = recruited;
        flow.active = active;
        flow.registered = registered;
        flow.opportunities = opportunities;
        flow.pipeline = mul(opportunities, deal_size);
        flow.direct_pipeline = direct;
        direct = mul(direct, growth);
        let closes = q.saturating_add(lag.quarters);
        close(&mut flows, closes, mul(won, Decimal::ONE - lag.fraction));
        close(&mut flows, closes.saturating_add(1), mul(won, lag.fraction));
    }
    for flow in &mut flows {
        flow.closed_won_revenue = mul(flow.closed_won_deals, deal_size);
    }
    flows
}

/// Partners recruited in quarter `q` (0-based): the list's last figure repeats past its end.
fn recruits(list: &[Recruits], q: usize) -> Decimal {
    list.get(q)
        .or(list.last())
        .map_or(Decimal::ZERO, |n| Decimal::from(n.get()))
}

/// Books `deals` as won in quarter `q`, if the horizon reaches it.
fn close(flows: &mut [QuarterFlow], q: usize, deals: Decimal) {
    if let Some(flow) = flows.get_mut(q) {
        flow.closed_won_deals = add(flow.closed_won_deals, deals);
    }
}
