//! The program's cost lines for one quarter, each counted from when it starts (002: a senior
//! partnerships hire is $250K+ a year all-in; 001: commissions, management time, marketing,
//! systems):
//! - roles: each role's `annual_cost / 12` for every program month that starts on or after the
//!   role's start date (none: from the program's start) — a role starting mid-month costs from
//!   the next month;
//! - commissions: each pool's partner share of the revenue it brings ([`super::chain`]);
//! - co-marketing: the assumed budget a quarter;
//! - tools: the tooling plan's spend a quarter, and the PRM's from its planned quarter;
//! - enablement: the yearly enablement cost of each active partner, a twelfth a month.
//!
//! Each line is rounded to cents here, once; the total is the sum of the rounded lines.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use super::super::design::Design;
use super::chain::{Flow, MONTHS_PER_QUARTER};
use super::saturating::{add, div, mul, sum};
use super::{CostLines, money};

const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// The cost lines of quarter `index` (0-based), whose months are `months` and whose flows
/// summed are `quarter`; the program starts on `start`.
pub(super) fn quarter(
    design: &Design,
    start: NaiveDate,
    index: usize,
    months: &[Flow],
    quarter: &Flow,
) -> CostLines {
    let first_month = index * MONTHS_PER_QUARTER;
    let month_starts: Vec<NaiveDate> = (first_month..first_month + months.len())
        .map(|m| {
            start
                .checked_add_months(Months::new(m as u32))
                .unwrap_or(NaiveDate::MAX)
        })
        .collect();
    let roles = money(sum(design.operating.roles.iter().map(|role| {
        let monthly = div(role.annual_cost.amount(), TWELVE).unwrap_or_default();
        let started = month_starts
            .iter()
            .filter(|&&day| role.starts.is_none_or(|starts| starts.date() <= day))
            .count();
        mul(monthly, Decimal::from(started))
    })));
    let tooling = &design.operating.tooling;
    let prm = match tooling.prm_from_quarter {
        Some(from) if index as u32 + 1 >= from.get() => tooling.prm_cost_per_quarter.amount(),
        _ => Decimal::ZERO,
    };
    let tools = money(add(tooling.cost_per_quarter.amount(), prm));
    let per_partner_month = div(
        design.assumptions.enablement_per_partner_year.amount(),
        TWELVE,
    )
    .unwrap_or_default();
    let enablement = money(sum(months.iter().map(|m| mul(m.active, per_partner_month))));
    let commissions = money(quarter.commissions);
    let co_marketing = money(design.assumptions.co_marketing_per_quarter.amount());
    CostLines {
        roles,
        commissions,
        co_marketing,
        tools,
        enablement,
        total: sum([roles, commissions, co_marketing, tools, enablement]).normalize(),
    }
}
