//! The program forecast, quarter by quarter (BLUEPRINT.md "What the app computes"): recruited →
//! active → registered deals → pipeline → closed-won, the partner-sourced share of new pipeline
//! against the 15/25/35 % floors (002 FAQ), the program's cost lines, and its economics:
//! revenue-to-cost (001: 5:1 or better), net ROI (004) and the payback quarter.
//!
//! How the figures are built:
//! - Program month 1 starts when the partnerships hire can run the designed system
//!   ([`program_start`]); quarter q starts 3(q − 1) calendar months later. The horizon
//!   is `assumptions.quarters`, 8 to 12.
//! - The partner chain ([`chain`]) runs month by month on exact decimals, its timing from the
//!   journey and the partner sales cycle ([`timing`]), and is summed into quarters; partner
//!   counts are fractional averages, not people. docs/FORECAST.md works it through.
//! - Rounding happens once, when a figure is reported: every money figure of a quarter
//!   (pipeline, revenue, each cost line) is rounded to cents ([`MONEY_DP`]) as the quarter is
//!   built, and totals and cumulative figures are sums of those rounded figures, so a total
//!   always equals the sum of the figures shown beside it. Counts are reported to [`COUNT_DP`]
//!   places, shares (percent) to [`SHARE_DP`], ratios to [`RATIO_DP`].
//! - Nothing here panics on a valid document: products and sums saturate at `Decimal::MAX`
//!   ([`saturating`]), divisions by zero give none or zero.

mod chain;
mod costs;
mod funnel;
pub(crate) mod saturating;
mod years;

pub use chain::{Flow, PoolMonths, months, partner_win_rate, recruit_shares, run};
pub use funnel::{Funnel, PoolFunnel};

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::archetypes::ArchetypeKind;
use super::design::Design;
pub use super::timing::program_start;
use super::values::Percent;

/// Decimal places money is rounded to when reported: cents.
pub const MONEY_DP: u32 = 2;
/// Decimal places a reported count (partners, deals) is rounded to.
pub const COUNT_DP: u32 = 2;
/// Decimal places a reported share of pipeline, in percent, is rounded to.
pub const SHARE_DP: u32 = 2;
/// Decimal places a reported ratio (revenue-to-cost, net ROI) is rounded to.
pub const RATIO_DP: u32 = 4;

/// The shortest and longest horizons, in quarters.
pub const MIN_QUARTERS: u32 = 8;
pub const MAX_QUARTERS: u32 = 12;

/// The revenue-to-cost ratio a program should reach (001: "5:1 or better").
pub const TARGET_REVENUE_TO_COST: u32 = 5;

/// The program's cost in one quarter, each line rounded to cents; `total` is their sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct CostLines {
    /// Each role's `annual_cost / 12` for each month it has started by.
    pub roles: Decimal,
    /// The partners' fees, margins and splits on the quarter's revenue, pool by pool.
    pub commissions: Decimal,
    pub co_marketing: Decimal,
    /// The tooling plan's spend, and the PRM's from its planned quarter.
    pub tools: Decimal,
    /// The yearly enablement cost of the quarter's active partners, by month.
    pub enablement: Decimal,
    pub total: Decimal,
}

/// One program quarter of the forecast.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct QuarterForecast {
    /// 1-based program quarter.
    pub quarter: u32,
    /// The quarter's first day.
    pub starts: NaiveDate,
    /// Partners signed this quarter.
    pub recruited: Decimal,
    /// Partners active at the end of the quarter, after churn.
    pub active_partners: Decimal,
    /// Deals registered by active partners this quarter.
    pub registered_deals: Decimal,
    /// Registered deals that became qualified pipeline this quarter.
    pub opportunities: Decimal,
    /// Partner-sourced pipeline created this quarter (money).
    pub pipeline: Decimal,
    /// Partner-sourced deals won this quarter.
    pub closed_won_deals: Decimal,
    /// The first year's value of the partner-sourced deals won this quarter (money).
    pub closed_won_revenue: Decimal,
    /// Renewals this quarter of partner-sourced deals won in earlier years, for a firm that
    /// sells subscriptions (money).
    pub recurring_revenue: Decimal,
    /// Each chosen archetype's part of the quarter, in catalogue order.
    pub pools: Vec<PoolQuarter>,
    /// New pipeline the direct team creates this quarter (money).
    pub direct_pipeline: Decimal,
    /// Partner-sourced share of total new pipeline this quarter, in percent.
    pub sourced_share: Decimal,
    pub cost: CostLines,
    /// Program cost from quarter 1 through this one.
    pub cumulative_cost: Decimal,
    /// Partner-sourced revenue, new and recurring, from quarter 1 through this one.
    pub cumulative_revenue: Decimal,
}

impl QuarterForecast {
    /// The quarter's partner-sourced revenue: new deals and renewals.
    pub fn revenue(&self) -> Decimal {
        saturating::add(self.closed_won_revenue, self.recurring_revenue)
    }
}

/// One archetype's part of a quarter, reported as the quarter is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PoolQuarter {
    pub kind: ArchetypeKind,
    /// Partners signed this quarter.
    pub recruited: Decimal,
    /// Partners active at the end of the quarter.
    pub active_partners: Decimal,
    pub registered_deals: Decimal,
    pub opportunities: Decimal,
    /// Pipeline created (money).
    pub pipeline: Decimal,
    pub closed_won_deals: Decimal,
    /// New and recurring revenue (money).
    pub revenue: Decimal,
    /// The partners' share of it (money).
    pub commissions: Decimal,
}

/// One program year: the sourced share against its floor and target, and its economics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearSummary {
    /// 1-based program year: quarters 4(year − 1) + 1 ..= 4 × year.
    pub year: u32,
    /// How many of the year's quarters the horizon covers (1–4).
    pub quarters: u32,
    /// Partner-sourced pipeline created in the year (money).
    pub partner_pipeline: Decimal,
    /// Direct pipeline created in the year (money).
    pub direct_pipeline: Decimal,
    /// Partner-sourced share of the year's total new pipeline, in percent.
    pub sourced_share: Decimal,
    /// The healthy floor for this year (002 FAQ: 15, 25, 35 %).
    pub floor: Percent,
    /// The scoreboard's target for this year, if it sets one.
    pub target: Option<Percent>,
    /// The forecast share reaches the floor.
    pub meets_floor: bool,
    /// Partner-sourced revenue in the year, new and recurring.
    pub revenue: Decimal,
    /// Program cost in the year.
    pub cost: Decimal,
    /// Cumulative revenue over cumulative cost at the end of the year; none while cost is zero.
    pub revenue_to_cost: Option<Decimal>,
}

/// The whole forecast.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Forecast {
    /// One per quarter of the horizon (8–12).
    pub quarters: Vec<QuarterForecast>,
    /// Program years 1, 2 and, when the horizon reaches it, 3.
    pub years: Vec<YearSummary>,
    /// Cumulative partner revenue over cumulative cost at the horizon; none when nothing is
    /// spent (001: 5:1 or better).
    pub revenue_to_cost: Option<Decimal>,
    /// (revenue − cost) / cost at the horizon, as a ratio (0.5 is 50 %); none when nothing is
    /// spent (004).
    pub net_roi: Option<Decimal>,
    /// The first quarter whose cumulative revenue is positive and covers cumulative cost.
    pub payback_quarter: Option<u32>,
}

impl YearSummary {
    /// The year's own revenue over the year's own cost; none when the year spends nothing.
    pub fn own_revenue_to_cost(&self) -> Option<Decimal> {
        ratio(self.revenue, self.cost)
    }
}

impl Forecast {
    /// A program year's summary, 1-based.
    pub fn year(&self, year: u32) -> Option<&YearSummary> {
        self.years.iter().find(|y| y.year == year)
    }

    /// Cumulative partner revenue at the horizon.
    pub fn total_revenue(&self) -> Decimal {
        self.quarters
            .last()
            .map_or(Decimal::ZERO, |q| q.cumulative_revenue)
    }

    /// Cumulative program cost at the horizon.
    pub fn total_cost(&self) -> Decimal {
        self.quarters
            .last()
            .map_or(Decimal::ZERO, |q| q.cumulative_cost)
    }
}

/// The horizon in quarters: `assumptions.quarters` clamped to 8..=12.
pub fn horizon(design: &Design) -> u32 {
    design.assumptions.quarters.get()
}

/// Forecasts the program over its horizon.
pub fn forecast(design: &Design) -> Forecast {
    build(design, Detail::Full)
}

/// The forecast's money and its years alone, for decision support, which forecasts a design
/// dozens of times over and reads only its program years: each quarter carries its pipeline,
/// direct pipeline, revenue, cost and the cumulative figures, exactly as [`forecast`] reports
/// them; its counts, pools and share are left empty.
pub fn outline(design: &Design) -> Forecast {
    build(design, Detail::Money)
}

/// How much of each quarter a forecast reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail {
    Full,
    Money,
}

fn build(design: &Design, detail: Detail) -> Forecast {
    let full = detail == Detail::Full;
    let horizon = horizon(design);
    let start = program_start(design);
    let (months, pools) = chain::run_for(design, horizon, detail);
    let flows = chain::quarters(&months, detail);
    let pool_quarters: Vec<Vec<Flow>> = pools
        .iter()
        .map(|p| chain::quarters(&p.months, detail))
        .collect();
    let mut quarters = Vec::with_capacity(flows.len());
    let mut cumulative_cost = Decimal::ZERO;
    let mut cumulative_revenue = Decimal::ZERO;
    let mut payback_quarter = None;
    let month_chunks = months.chunks(chain::MONTHS_PER_QUARTER);
    for (index, (flow, quarter_months)) in flows.iter().zip(month_chunks).enumerate() {
        let quarter = index as u32 + 1;
        let cost = costs::quarter(design, start, index, quarter_months, flow);
        let new_revenue = money(flow.closed_won_revenue);
        let recurring_revenue = money(flow.recurring_revenue);
        let revenue = saturating::add(new_revenue, recurring_revenue).normalize();
        // The program's pipeline is the sum of its pools' pipelines as reported, so a table
        // that shows both adds up.
        let pipeline = saturating::sum(
            pool_quarters
                .iter()
                .filter_map(|q| q.get(index))
                .map(|q| money(q.pipeline)),
        )
        .normalize();
        cumulative_cost = saturating::add(cumulative_cost, cost.total).normalize();
        cumulative_revenue = saturating::add(cumulative_revenue, revenue).normalize();
        if payback_quarter.is_none()
            && cumulative_revenue > Decimal::ZERO
            && cumulative_revenue >= cumulative_cost
        {
            payback_quarter = Some(quarter);
        }
        let money_alone = QuarterForecast {
            quarter,
            pipeline,
            closed_won_revenue: new_revenue,
            recurring_revenue,
            direct_pipeline: money(flow.direct_pipeline),
            cost,
            cumulative_cost,
            cumulative_revenue,
            ..QuarterForecast::default()
        };
        if !full {
            quarters.push(money_alone);
            continue;
        }
        let pool_figures: Vec<PoolQuarter> = pools
            .iter()
            .zip(&pool_quarters)
            .filter_map(|(pool, quarters)| {
                let q = quarters.get(index)?;
                Some(PoolQuarter {
                    kind: pool.kind,
                    recruited: count(q.recruited),
                    active_partners: count(q.active),
                    registered_deals: count(q.registered),
                    opportunities: count(q.opportunities),
                    pipeline: money(q.pipeline),
                    closed_won_deals: count(q.closed_won_deals),
                    revenue: money(saturating::add(q.closed_won_revenue, q.recurring_revenue)),
                    commissions: money(q.commissions),
                })
            })
            .collect();
        quarters.push(QuarterForecast {
            starts: start
                .checked_add_months(Months::new(3 * index as u32))
                .unwrap_or(NaiveDate::MAX),
            recruited: count(flow.recruited),
            active_partners: count(flow.active),
            registered_deals: count(flow.registered),
            opportunities: count(flow.opportunities),
            closed_won_deals: count(flow.closed_won_deals),
            pools: pool_figures,
            sourced_share: share(flow.pipeline, flow.direct_pipeline),
            ..money_alone
        });
    }
    let years = years::summarise(design, &quarters);
    Forecast {
        revenue_to_cost: ratio(cumulative_revenue, cumulative_cost),
        net_roi: ratio(
            saturating::sub(cumulative_revenue, cumulative_cost),
            cumulative_cost,
        ),
        payback_quarter,
        quarters,
        years,
    }
}

/// Money rounded to cents for reporting.
pub(crate) fn money(amount: Decimal) -> Decimal {
    amount.round_dp(MONEY_DP).normalize()
}

fn count(value: Decimal) -> Decimal {
    value.round_dp(COUNT_DP).normalize()
}

/// `partner / (partner + direct)` in percent, rounded; 0 when there is no pipeline at all.
pub(crate) fn share(partner: Decimal, direct: Decimal) -> Decimal {
    let total = saturating::add(partner, direct);
    // Divide first: the fraction is at most 1, so the product cannot overflow.
    saturating::div(partner, total).map_or(Decimal::ZERO, |fraction| {
        saturating::mul(fraction, Decimal::ONE_HUNDRED)
            .round_dp(SHARE_DP)
            .normalize()
    })
}

/// `numerator / denominator` rounded to [`RATIO_DP`]; none when the denominator is zero.
pub(crate) fn ratio(numerator: Decimal, denominator: Decimal) -> Option<Decimal> {
    saturating::div(numerator, denominator).map(|r| r.round_dp(RATIO_DP).normalize())
}
