//! Rules of the program's economics, read from the forecast (001 "A healthy partner program
//! should deliver 5:1 ROI or better"; 002 "a senior partnerships hire is now $250K+ all-in").

use rust_decimal::Decimal;

use super::super::design::Mechanic;
use super::super::forecast::TARGET_REVENUE_TO_COST;
use super::super::places::{assumptions, operating};
use super::super::values::grouped;
use super::{Check, Context, Finding, Rule, Severity};

/// The program year by which the return should reach 5:1.
pub const RETURN_YEAR: u32 = 3;

/// In program year three, partner revenue is under five times the program's cost. "By year
/// three" is read as the year itself, its revenue over its cost: the ramp of years one and two
/// is an investment, and 001 judges a running program. A forecast that stops before year three
/// cannot be judged yet, and says so (info). A program with no cost is left to
/// `economics.no-cost`.
pub(super) const LOW_RETURN: Rule = Rule {
    id: "economics.low-return",
    severity: Severity::Warning,
    mechanic: Mechanic::Economics,
    source: "001",
    summary: "Forecast revenue-to-cost ratio under 5:1 in program year three",
    check: Check::Design(low_return),
};

fn low_return(ctx: &Context) -> Vec<Finding> {
    let Some(year) = ctx.forecast.year(RETURN_YEAR) else {
        let quarters = ctx.forecast.quarters.len();
        return vec![Finding {
            severity: Severity::Info,
            ..LOW_RETURN.finding(
                format!(
                    "The forecast runs {quarters} quarters, short of program year three, so \
                     whether the program returns {TARGET_REVENUE_TO_COST}:1 cannot be judged \
                     yet: forecast 12 quarters to see it."
                ),
                assumptions::QUARTERS.path(),
            )
        }];
    };
    if year.cost <= Decimal::ZERO {
        return Vec::new();
    }
    let target = Decimal::from(TARGET_REVENUE_TO_COST);
    // Overflow means a ratio far above any target.
    let Some(ratio) = year.revenue.checked_div(year.cost) else {
        return Vec::new();
    };
    if ratio >= target {
        return Vec::new();
    }
    let currency = ctx.design.firm.currency.code();
    vec![LOW_RETURN.finding(
        format!(
            "In program year {}, the forecast earns {currency} {} of partner revenue for \
             {currency} {} of program cost, {}:1; a healthy program returns \
             {TARGET_REVENUE_TO_COST}:1 or better.",
            year.year,
            whole(year.revenue),
            whole(year.cost),
            ratio.round_dp(1).normalize()
        ),
        assumptions::WHOLE.path(),
    )]
}

/// The plan costs nothing: no role has an annual cost, and there is no tool or co-marketing
/// spend, so the return cannot be judged.
pub(super) const NO_COST: Rule = Rule {
    id: "economics.no-cost",
    severity: Severity::Warning,
    mechanic: Mechanic::Economics,
    source: "002 \"$250K+ all-in\"",
    summary: "The program has no cost, so its return cannot be judged",
    check: Check::Design(no_cost),
};

fn no_cost(ctx: &Context) -> Vec<Finding> {
    if ctx.forecast.total_cost() > Decimal::ZERO {
        return Vec::new();
    }
    let path = if ctx.design.operating.roles.is_empty() {
        operating::ROLES.path()
    } else {
        operating::ROLE_ANNUAL_COST.at(&[0])
    };
    vec![NO_COST.finding(
        "The program costs nothing in the forecast: give each role its yearly cost so the \
         return can be judged.",
        path,
    )]
}

/// Money shown to a person: whole units with thousands separators.
fn whole(amount: Decimal) -> String {
    grouped(amount.round_dp(0).abs())
}
