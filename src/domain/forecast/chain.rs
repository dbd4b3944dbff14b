//! The partner chain, month by month from the program's start, one pool per chosen archetype,
//! on exact decimals, summed into the quarters the user sees. With [`Timing`]'s spans as whole
//! months ([`months_of_days`]): `signs` for the recruit stage, `first_deal` for recruit +
//! onboard + activate, `closes` for the partner sales cycle; program month m (0-based) lies in
//! quarter ⌊m / 3⌋. For each pool:
//!
//! 1. recruiting starts on a third of quarter q's `recruits_per_quarter` in each of its months
//!    (the list's last figure past its end, none if it is empty), times the pool's share of
//!    recruits ([`recruit_shares`]); those partners are signed (counted as recruited) `signs`
//!    months later;
//! 2. the pool's activation rate of them become active `first_deal` months after recruiting
//!    started;
//! 3. active(m) = active(m − 1) × (1 − churn / 3) + activated(m): a quarter's churn is spread
//!    over its months, and newly active partners are not churned in their first month;
//! 4. registered(m) = active(m) × the pool's deals a partner a quarter / 3 — none when the
//!    pool's deal size is under the deal-registration minimum, since such deals cannot be
//!    registered;
//! 5. opportunities(m) = registered(m) × registration-to-pipeline rate, and
//!    pipeline(m) = opportunities(m) × the pool's deal size (the firm's average × its relative
//!    size);
//! 6. won: opportunities(m) × partner win rate (the direct win rate × (1 + lift), at most
//!    100 %), closing in month m + `closes`, worth the pool's deal size;
//! 7. for a firm that sells subscriptions, a deal's value recurs 12, 24, … months after it
//!    closes, times the gross retention for each year passed;
//! 8. the pool's partner share is paid on its new revenue, and on its renewals too when the
//!    archetype's share recurs (a reseller's or an MSP's margin).
//!
//! The program's month is the sum of its pools, with direct pipeline(m) = direct pipeline a
//! quarter × (1 + growth)^q / 3. A quarter's figures are its three months' sums; its active
//! partners are those of its last month. Flows that fall past the horizon are not counted.

use rust_decimal::Decimal;

use super::super::archetypes::{ArchetypeKind, ArchetypeProfile};
use super::super::design::Design;
use super::super::timing::{Timing, months_of_days};
use super::super::values::Recruits;
use super::Detail;
use super::saturating::{add, div, mul};

/// Months in a quarter and in a year.
pub(super) const MONTHS_PER_QUARTER: usize = 3;
const MONTHS_PER_YEAR: usize = 12;
const THREE: Decimal = Decimal::from_parts(3, 0, 0, false, 0);

/// The partner win rate as a fraction: direct win rate × (1 + lift), at most 1.
pub fn partner_win_rate(design: &Design) -> Decimal {
    let direct = design.firm.direct_win_rate.fraction();
    let lift = Decimal::ONE + design.assumptions.win_rate_lift.fraction();
    mul(direct, lift).min(Decimal::ONE)
}

/// One month, or one quarter, of a pool or of the program, unrounded.
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
    /// The first year's value of the deals won (money).
    pub closed_won_revenue: Decimal,
    /// Renewals of deals won in earlier years, for a firm that sells subscriptions (money).
    pub recurring_revenue: Decimal,
    /// The partners' shares of that revenue: fees, margins, splits (money).
    pub commissions: Decimal,
    /// New pipeline the direct team creates (money); zero in a pool's own flows.
    pub direct_pipeline: Decimal,
}

impl Flow {
    /// Adds `other`'s figures to these: all of them, or for [`Detail::Money`] only those a
    /// forecast's money is built from.
    fn absorb(&mut self, other: &Flow, detail: Detail) {
        self.active = add(self.active, other.active);
        self.pipeline = add(self.pipeline, other.pipeline);
        self.closed_won_revenue = add(self.closed_won_revenue, other.closed_won_revenue);
        self.recurring_revenue = add(self.recurring_revenue, other.recurring_revenue);
        self.commissions = add(self.commissions, other.commissions);
        self.direct_pipeline = add(self.direct_pipeline, other.direct_pipeline);
        if detail == Detail::Full {
            self.recruited = add(self.recruited, other.recruited);
            self.registered = add(self.registered, other.registered);
            self.opportunities = add(self.opportunities, other.opportunities);
            self.closed_won_deals = add(self.closed_won_deals, other.closed_won_deals);
        }
    }
}

/// One pool's months.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolMonths {
    pub kind: ArchetypeKind,
    pub months: Vec<Flow>,
}

/// What every pool of a design shares: its timing in whole months, the partner win rate and
/// the retention of active partners from one month to the next.
struct Shared {
    signs: usize,
    first_deal: usize,
    closes: usize,
    win_rate: Decimal,
    retained: Decimal,
}

/// The chain month by month over `horizon` quarters: 3 × `horizon` months from the program's
/// start, the program's months (the pools summed, with the direct pipeline) and each pool's.
pub fn run(design: &Design, horizon: u32) -> (Vec<Flow>, Vec<PoolMonths>) {
    run_for(design, horizon, Detail::Full)
}

/// [`run`], the program's months summing only the figures `detail` reports: an outline's
/// program months leave their counts (recruited, registered, opportunities, deals won) at zero,
/// since decision support, which forecasts dozens of times a run, reads only money.
pub(super) fn run_for(
    design: &Design,
    horizon: u32,
    detail: Detail,
) -> (Vec<Flow>, Vec<PoolMonths>) {
    let length = MONTHS_PER_QUARTER * horizon as usize;
    let timing = Timing::of(design);
    let churn = design.assumptions.churn_per_quarter.fraction();
    let shared = Shared {
        signs: months_of_days(timing.recruit_days),
        first_deal: months_of_days(timing.first_deal_days),
        closes: months_of_days(timing.partner_cycle_days),
        win_rate: partner_win_rate(design),
        retained: Decimal::ONE - div(churn, THREE).unwrap_or_default(),
    };
    let pools: Vec<PoolMonths> = recruit_shares(design)
        .into_iter()
        .map(|(profile, share)| PoolMonths {
            kind: profile.kind,
            months: pool(design, &shared, profile, share, length),
        })
        .collect();
    let mut program = vec![Flow::default(); length];
    for pool in &pools {
        for (month, flow) in program.iter_mut().zip(&pool.months) {
            month.absorb(flow, detail);
        }
    }
    let growth = Decimal::ONE + design.assumptions.direct_pipeline_growth.fraction();
    let mut direct_quarter = design.firm.direct_pipeline_per_quarter.amount();
    for (m, month) in program.iter_mut().enumerate() {
        if m > 0 && m % MONTHS_PER_QUARTER == 0 {
            direct_quarter = mul(direct_quarter, growth);
        }
        month.direct_pipeline = div(direct_quarter, THREE).unwrap_or_default();
    }
    (program, pools)
}

/// The program's months alone ([`run`]).
pub fn months(design: &Design, horizon: u32) -> Vec<Flow> {
    run(design, horizon).0
}

/// Each chosen archetype with its share of the recruits, as a fraction: its recruit share over
/// the chosen archetypes' total, or an equal share when that total is zero.
pub fn recruit_shares(design: &Design) -> Vec<(&ArchetypeProfile, Decimal)> {
    let chosen: Vec<&ArchetypeProfile> = design.archetypes.chosen().collect();
    let total = chosen.iter().fold(Decimal::ZERO, |sum, a| {
        add(sum, a.pool.recruit_share.value())
    });
    let even = div(Decimal::ONE, Decimal::from(chosen.len())).unwrap_or_default();
    chosen
        .into_iter()
        .map(|a| {
            let share = div(a.pool.recruit_share.value(), total).unwrap_or(even);
            (a, share)
        })
        .collect()
}

/// One pool's months.
fn pool(
    design: &Design,
    shared: &Shared,
    profile: &ArchetypeProfile,
    share: Decimal,
    length: usize,
) -> Vec<Flow> {
    let a = &design.assumptions;
    let p = &profile.pool;
    let Shared {
        signs,
        first_deal,
        closes,
        win_rate,
        retained,
    } = *shared;
    let deal_size = mul(
        design.firm.average_deal_size.amount(),
        div(p.deal_size.get(), Decimal::ONE_HUNDRED).unwrap_or_default(),
    );
    let registration = &design.operating.deal_registration;
    let below_minimum = registration.enabled
        && registration
            .minimum_deal_size
            .is_some_and(|minimum| deal_size < minimum.amount());
    let deals_a_month = if below_minimum {
        Decimal::ZERO
    } else {
        div(p.deals_per_partner.get(), THREE).unwrap_or_default()
    };

    // A quarter's months recruit alike: the partners recruited a month, and those of them who
    // will activate, worked out once a quarter rather than every month.
    let by_quarter: Vec<(Decimal, Decimal)> = (0..length.div_ceil(MONTHS_PER_QUARTER))
        .map(|quarter| {
            let recruiting = mul(
                div(recruits(&a.recruits_per_quarter, quarter), THREE).unwrap_or_default(),
                share,
            );
            (recruiting, mul(recruiting, p.activation_rate.fraction()))
        })
        .collect();
    let mut flows = vec![Flow::default(); length];
    let mut activated = vec![Decimal::ZERO; length];
    let mut active = Decimal::ZERO;
    for m in 0..length {
        let (recruiting, activating) = by_quarter[m / MONTHS_PER_QUARTER];
        if let Some(flow) = flows.get_mut(m.saturating_add(signs)) {
            flow.recruited = add(flow.recruited, recruiting);
        }
        if let Some(later) = activated.get_mut(m.saturating_add(first_deal)) {
            *later = add(*later, activating);
        }
        active = add(mul(active, retained), activated[m]);
        let registered = mul(active, deals_a_month);
        let opportunities = mul(registered, a.registration_to_pipeline.fraction());
        let flow = &mut flows[m];
        flow.active = active;
        flow.registered = registered;
        flow.opportunities = opportunities;
        flow.pipeline = mul(opportunities, deal_size);
        if let Some(close) = flows.get_mut(m.saturating_add(closes)) {
            close.closed_won_deals = add(close.closed_won_deals, mul(opportunities, win_rate));
        }
    }
    let retention = a.gross_retention.fraction();
    let renews = design.firm.sells_subscriptions;
    let share_of = profile.economics.partner_share.fraction();
    let recurs = profile.kind.share_recurs();
    for m in 0..length {
        let revenue = mul(flows[m].closed_won_deals, deal_size);
        flows[m].closed_won_revenue = revenue;
        if renews {
            let mut kept = revenue;
            let mut later = m + MONTHS_PER_YEAR;
            while later < length {
                kept = mul(kept, retention);
                flows[later].recurring_revenue = add(flows[later].recurring_revenue, kept);
                later += MONTHS_PER_YEAR;
            }
        }
    }
    for flow in &mut flows {
        let paid_on = if recurs {
            add(flow.closed_won_revenue, flow.recurring_revenue)
        } else {
            flow.closed_won_revenue
        };
        flow.commissions = mul(paid_on, share_of);
    }
    flows
}

/// The months summed into quarters, the figures `detail` reports.
pub(super) fn quarters(months: &[Flow], detail: Detail) -> Vec<Flow> {
    months
        .chunks(MONTHS_PER_QUARTER)
        .map(|months| {
            let mut quarter = Flow::default();
            for month in months {
                quarter.absorb(month, detail);
            }
            quarter.active = months.last().map_or(Decimal::ZERO, |f| f.active);
            quarter
        })
        .collect()
}

/// Partners recruited in quarter `q` (0-based): the list's last figure repeats past its end.
fn recruits(list: &[Recruits], q: usize) -> Decimal {
    list.get(q)
        .or(list.last())
        .map_or(Decimal::ZERO, |n| Decimal::from(n.get()))
}
