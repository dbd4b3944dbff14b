//! The program's cost lines for one quarter (002: a senior partnerships hire is $250K+ a year
//! all-in; 001: commissions, management time, marketing, systems):
//! - roles: every role's `annual_cost / 4`, from quarter 1 — the program starts with the
//!   partnerships hire, and a role's cost is already the cost of its share of time;
//! - commissions: [`commissions::quarter_commission`] on the quarter's won deals, booked in the
//!   quarter the deal closes whatever the payment terms;
//! - co-marketing: the assumed budget a quarter;
//! - tools: the tooling plan's spend a quarter.
//!
//! Each line is rounded to cents here, once; the total is the sum of the rounded lines.

use rust_decimal::Decimal;

use super::super::commissions;
use super::super::design::Design;
use super::chain::Flow;
use super::saturating::{mul, sum};
use super::{CostLines, money};

/// Quarters in a year, for annual costs and yearly referral counts.
const QUARTERS_PER_YEAR: Decimal = Decimal::from_parts(4, 0, 0, false, 0);

/// The cost lines of the quarter `flow` describes.
pub(super) fn quarter(design: &Design, flow: &Flow) -> CostLines {
    let roles = money(
        sum(design
            .operating
            .roles
            .iter()
            .map(|r| r.annual_cost.amount()))
            / QUARTERS_PER_YEAR,
    );
    let referrals_per_partner_year = mul(
        design.assumptions.deals_per_active_partner.get(),
        QUARTERS_PER_YEAR,
    );
    let commissions = money(commissions::quarter_commission(
        &design.operating.compensation,
        flow.closed_won_revenue,
        flow.closed_won_deals,
        flow.opportunities,
        referrals_per_partner_year,
    ));
    let co_marketing = money(design.assumptions.co_marketing_per_quarter.amount());
    let tools = money(design.operating.tooling.cost_per_quarter.amount());
    CostLines {
        roles,
        commissions,
        co_marketing,
        tools,
        total: sum([roles, commissions, co_marketing, tools]).normalize(),
    }
}
