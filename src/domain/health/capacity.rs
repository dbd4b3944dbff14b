//! The capacity to run the program: partners a partner manager can look after (track360.io:
//! 20–50 active partners each; AchieveUnite: 7–10 strategic partnerships).

use rust_decimal::Decimal;

use super::super::bands::PARTNERS_PER_MANAGER;
use super::super::design::Mechanic;
use super::super::operating::{Role, RoleKind};
use super::super::places::operating;
use super::{Check, Context, Finding, Rule, Severity};

/// The roles that look after partners day to day: partner managers, and the head of
/// partnerships, who manages the first partners before there is a team.
fn manages_partners(role: &Role) -> bool {
    matches!(
        role.kind,
        RoleKind::PartnerManager | RoleKind::HeadOfPartnerships
    )
}

/// In some quarter the forecast's active partners, over the roles that manage them and have
/// started by then, exceed the high of the [`PARTNERS_PER_MANAGER`] band each: one finding, at the first such
/// quarter.
pub(super) const MANAGER_OVERLOAD: Rule = Rule {
    id: "capacity.manager-overload",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "track360.io",
    summary: "More than 50 active partners per partner manager in some quarter",
    check: Check::Design(manager_overload),
};

fn manager_overload(ctx: &Context) -> Vec<Finding> {
    let roles = &ctx.design.operating.roles;
    let band = &PARTNERS_PER_MANAGER;
    let high = band.high;
    let overloaded = ctx.forecast.quarters.iter().find_map(|q| {
        let managers = roles
            .iter()
            .filter(|r| manages_partners(r))
            .filter(|r| r.starts.is_none_or(|s| s.date() <= q.starts))
            .count();
        let load = q.active_partners / Decimal::from(managers.max(1));
        (load > high).then_some((q, managers))
    });
    let Some((quarter, managers)) = overloaded else {
        return Vec::new();
    };
    let partners = quarter.active_partners.round();
    let who = match managers {
        0 => "no one on the plan manages partners".to_owned(),
        1 => "one person manages them".to_owned(),
        n => format!("{n} people manage them"),
    };
    vec![MANAGER_OVERLOAD.finding(
        format!(
            "In quarter {}, the forecast has {partners} active partners and {who}: over {} \
             each, partners go unmanaged; {} each is the range ({}), so plan another partner \
             manager by then.",
            quarter.quarter,
            band.unit.show(high),
            band.typical_range(),
            band.source_words(),
        ),
        operating::ROLES.path(),
    )]
}
