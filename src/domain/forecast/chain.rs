//! The partner chain, month by month from the program's start, on exact decimals, summed into
//! the quarters the user sees. With [`Timing`]'s spans as whole months ([`months_of_days`]):
//! `signs` for the recruit stage, `first_deal` for recruit + onboard + activate, `closes` for
//! the partner sales cycle; program month m (0-based) lies in quarter ⌊m / 3⌋.
//!
//! 1. recruiting starts on a third of quarter q's `recruits_per_quarter` in each of its months
//!    (the list's last figure past its end, none if it is empty); those partners are signed
//!    (counted as recruited) `signs` months later;
//! 2. the activation rate of them become active `first_deal` months after recruiting started;
//! 3. active(m) = active(m − 1) × (1 − churn / 3) + activated(m): a quarter's churn is spread
//!    over its months, and newly active partners are not churned in their first month;
//! 4. registered(m) = active(m) × deals a partner a quarter / 3;
//! 5. opportunities(m) = registered(m) × registration-to-pipeline rate, and
//!    pipeline(m) = opportunities(m) × average deal size;
//! 6. won: opportunities(m) × partner win rate (the direct win rate × (1 + lift), at most
//!    100 %), closing in month m + `closes`;
//! 7. direct pipeline(m) = direct pipeline a quarter × (1 + growth)^q / 3.
//!
//! A quarter's figures are its three months' sums; its active partners are those of its last
//! month. Flows that fall past the horizon are not counted.

use rust_decimal::Decimal;

use super::super::design::Design;
use super::super::timing::{Timing, months_of_days};
use super::super::values::Recruits;
use super::saturating::{add, div, mul};

/// Months in a quarter.
pub(super) const MONTHS_PER_QUARTER: usize = 3;
const THREE: Decimal = Decimal::from_parts(3, 0, 0, false, 0);

/// The partner win rate as a fraction: direct win rate × (1 + lift), at most 1.
pub fn partner_win_rate(design: &Design) -> Decimal {
    let direct = design.firm.direct_win_rate.fraction();
    let lift = Decimal::ONE + design.assumptions.win_rate_lift.fraction();
    mul(direct, lift).min(Decimal::ONE)
}

/// One month, or one quarter, of the chain, unrounded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flow {
    /// Partners signed.
    pub recruited: Decimal,
    /// Partners active at the period's end, after churn.
    pub active: Decimal,
    /// Deals registered by active partners.
    pub registered: Decimal,
    /// Registered deals that became qualified pipeline.
    pub opportunities: Decimal,
    /// Partner-sourced pipeline created (money).
    pub pipeline: Decimal,
    /// Partner-sourced deals won.
    pub closed_won_deals: Decimal,
    /// Partner-sourced revenue won (money).
    pub closed_won_revenue: Decimal,
    /// New pipeline the direct team creates (money).
    pub direct_pipeline: Decimal,
}

/// The chain month by month over `horizon` quarters: 3 × `horizon` months from the program's
/// start.
pub fn months(design: &Design, horizon: u32) -> Vec<Flow> {
    let a = &design.assumptions;
    let length = MONTHS_PER_QUARTER * horizon as usize;
    let timing = Timing::of(design);
    let signs = months_of_days(timing.recruit_days);
    let first_deal = months_of_days(timing.first_deal_days);
    let closes = months_of_days(timing.partner_cycle_days);
    let deal_size = design.firm.average_deal_size.amount();
    let deals_a_month = div(a.deals_per_active_partner.get(), THREE).unwrap_or_default();
    let retained = Decimal::ONE - div(a.churn_per_quarter.fraction(), THREE).unwrap_or_default();
    let growth = Decimal::ONE + a.direct_pipeline_growth.fraction();
    let win_rate = partner_win_rate(design);

    let mut flows = vec![Flow::default(); length];
    let mut activated = vec![Decimal::ZERO; length];
    let mut active = Decimal::ZERO;
    let mut direct_quarter = design.firm.direct_pipeline_per_quarter.amount();
    for m in 0..length {
        let quarter = m / MONTHS_PER_QUARTER;
        if m > 0 && m % MONTHS_PER_QUARTER == 0 {
            direct_quarter = mul(direct_quarter, growth);
        }
        let recruiting = div(recruits(&a.recruits_per_quarter, quarter), THREE).unwrap_or_default();
        if let Some(flow) = flows.get_mut(m.saturating_add(signs)) {
            flow.recruited = add(flow.recruited, recruiting);
        }
        if let Some(later) = activated.get_mut(m.saturating_add(first_deal)) {
            *later = add(*later, mul(recruiting, a.activation_rate.fraction()));
        }
        active = add(mul(active, retained), activated[m]);
        let registered = mul(active, deals_a_month);
        let opportunities = mul(registered, a.registration_to_pipeline.fraction());
        let flow = &mut flows[m];
        flow.active = active;
        flow.registered = registered;
        flow.opportunities = opportunities;
        flow.pipeline = mul(opportunities, deal_size);
        flow.direct_pipeline = div(direct_quarter, THREE).unwrap_or_default();
        if let Some(close) = flows.get_mut(m.saturating_add(closes)) {
            close.closed_won_deals = add(close.closed_won_deals, mul(opportunities, win_rate));
        }
    }
    for flow in &mut flows {
        flow.closed_won_revenue = mul(flow.closed_won_deals, deal_size);
    }
    flows
}

/// The months summed into quarters.
pub(super) fn quarters(months: &[Flow]) -> Vec<Flow> {
    months
        .chunks(MONTHS_PER_QUARTER)
        .map(|months| {
            let sum = |pick: fn(&Flow) -> Decimal| months.iter().map(pick).fold(Decimal::ZERO, add);
            Flow {
                recruited: sum(|f| f.recruited),
                active: months.last().map_or(Decimal::ZERO, |f| f.active),
                registered: sum(|f| f.registered),
                opportunities: sum(|f| f.opportunities),
                pipeline: sum(|f| f.pipeline),
                closed_won_deals: sum(|f| f.closed_won_deals),
                closed_won_revenue: sum(|f| f.closed_won_revenue),
                direct_pipeline: sum(|f| f.direct_pipeline),
            }
        })
        .collect()
}

/// Partners recruited in quarter `q` (0-based): the list's last figure repeats past its end.
fn recruits(list: &[Recruits], q: usize) -> Decimal {
    list.get(q)
        .or(list.last())
        .map_or(Decimal::ZERO, |n| Decimal::from(n.get()))
}
