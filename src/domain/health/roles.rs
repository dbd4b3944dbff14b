//! Rules of the operating model's roles (002 "Define the operating model" and FAQ "Who owns the
//! partner program"; 000 Step Two).

use rust_decimal::Decimal;

use super::super::design::Mechanic;
use super::super::operating::{Accountability, Role, RoleKind};
use super::super::places::operating;
use super::super::values::Id;
use super::{Check, Context, Finding, Rule, Severity, is_small_firm};

/// The share of a leader's time a small firm should give partnerships early on (000 Step Two:
/// "10 to 20 percent of leadership time").
pub const MIN_LEADERSHIP_TIME: u32 = 10;

/// The kinds of role held by the firm's leaders.
const LEADERSHIP: [RoleKind; 4] = [
    RoleKind::ExecutiveSponsor,
    RoleKind::RevenueOwner,
    RoleKind::FinanceOwner,
    RoleKind::HeadOfPartnerships,
];

fn metric_exists(ctx: &Context, id: &Id) -> bool {
    ctx.design.scoreboard.metrics.iter().any(|m| &m.id == id)
}

fn role_name(role: &Role) -> String {
    if role.title.trim().is_empty() {
        format!("Role {}", role.id)
    } else {
        role.title.trim().to_owned()
    }
}

/// A role on the plan owns no scoreboard metric, or names one that is not on the scoreboard.
/// Every role counts, held or to hire: the hire walks into the number it owns.
pub(super) const NO_NUMBER: Rule = Rule {
    id: "roles.no-number",
    severity: Severity::Critical,
    mechanic: Mechanic::OperatingModel,
    source: "002 \"every named role … a specific number\"",
    summary: "A named role owns no scoreboard metric",
    check: Check::Design(no_number),
};

/// The scoreboard has no metric yet, so no role can own one until it is designed.
pub(super) fn waits_for_scoreboard(ctx: &Context) -> bool {
    ctx.design.scoreboard.metrics.is_empty()
}

fn no_number(ctx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, role) in ctx.design.operating.roles.iter().enumerate() {
        let message = match &role.owns_metric {
            None if waits_for_scoreboard(ctx) => format!(
                "{} owns no number yet: the scoreboard has no metrics. Add them in the \
                 scoreboard, then choose the one this role owns.",
                role_name(role)
            ),
            None => format!("{} owns no number on the scoreboard.", role_name(role)),
            Some(id) if !metric_exists(ctx, id) => format!(
                "{} owns metric \"{id}\", which is not on the scoreboard.",
                role_name(role)
            ),
            Some(_) => continue,
        };
        findings.push(NO_NUMBER.finding(message, operating::ROLE_OWNS_METRIC.at(&[index])));
    }
    findings
}

/// No role is the executive sponsor.
pub(super) const NO_SPONSOR: Rule = Rule {
    id: "roles.no-sponsor",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "002, 001, 004",
    summary: "No executive sponsor",
    check: Check::Design(no_sponsor),
};

fn no_sponsor(ctx: &Context) -> Vec<Finding> {
    let roles = &ctx.design.operating.roles;
    if roles.iter().any(|r| r.kind == RoleKind::ExecutiveSponsor) {
        return Vec::new();
    }
    vec![NO_SPONSOR.finding("No role is the executive sponsor.", operating::ROLES.path())]
}

/// The revenue line, the system or the financial assumptions has no owner: one finding each.
pub(super) const NO_OWNERS: Rule = Rule {
    id: "roles.no-owners",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "002 FAQ",
    summary: "Revenue line, system or financial assumptions has no owner",
    check: Check::Design(no_owners),
};

fn no_owners(ctx: &Context) -> Vec<Finding> {
    let roles = &ctx.design.operating.roles;
    Accountability::ALL
        .into_iter()
        .filter(|a| !roles.iter().any(|r| r.accountabilities.contains(a)))
        .map(|a| {
            let what = match a {
                Accountability::RevenueLine => "the revenue line (002 FAQ: the CRO or CEO)",
                Accountability::System => "the system (002 FAQ: the Head of Partnerships)",
                Accountability::FinancialAssumptions => {
                    "the financial assumptions (002 FAQ: the CFO)"
                }
            };
            NO_OWNERS.finding(format!("No role owns {what}."), operating::ROLES.path())
        })
        .collect()
}

/// A small firm's leaders give partnerships under [`MIN_LEADERSHIP_TIME`] % of their time: no
/// leadership role held by a named person has that share. The path points at the leader with
/// the largest share, or at the role list when there is none.
pub(super) const LEADERSHIP_TIME: Rule = Rule {
    id: "roles.leadership-time",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "000 Step Two",
    summary: "A small firm gives partnerships under 10 % of leadership time",
    check: Check::Design(leadership_time),
};

fn leadership_time(ctx: &Context) -> Vec<Finding> {
    if !is_small_firm(&ctx.design.firm) {
        return Vec::new();
    }
    let floor = Decimal::from(MIN_LEADERSHIP_TIME);
    let leaders = ctx
        .design
        .operating
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| LEADERSHIP.contains(&r.kind) && !r.to_hire());
    // Reversed so that among equal shares the first role listed is named.
    let top = leaders.rev().max_by_key(|(_, r)| r.time_share);
    match top {
        Some((_, role)) if role.time_share.value() >= floor => Vec::new(),
        Some((index, role)) => vec![LEADERSHIP_TIME.finding(
            format!(
                "{} gives partnerships {} of their time; a small firm's leaders should give \
                 {MIN_LEADERSHIP_TIME}–20 % early on.",
                role_name(role),
                role.time_share
            ),
            operating::ROLE_TIME_SHARE.at(&[index]),
        )],
        None => vec![LEADERSHIP_TIME.finding(
            format!(
                "No leader of this small firm gives partnerships any time: name one who gives \
                 {MIN_LEADERSHIP_TIME}–20 %."
            ),
            operating::ROLES.path(),
        )],
    }
}
