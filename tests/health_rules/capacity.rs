//! The capacity to look after the partners.

use chrono::NaiveDate;
use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::operating::RoleKind;
use partner_blueprint::domain::values::{PlanDate, Recruits};
use rust_decimal::Decimal;

use super::{fires, paths, quiet, series_b, services};

#[test]
fn one_manager_for_a_growing_partner_base_is_overloaded() {
    let mut design = series_b();
    // Only the head of partnerships looks after partners, and recruiting runs faster.
    design
        .operating
        .roles
        .retain(|r| r.kind != RoleKind::PartnerManager);
    design.assumptions.recruits_per_quarter = vec![Recruits::of(30)];
    let findings = fires(&design, "capacity.manager-overload");
    assert_eq!(paths(&findings), ["operating.roles"]);
    assert!(
        findings[0].message.contains("one person manages them"),
        "{}",
        findings[0].message
    );
    let quarter = forecast(&design)
        .quarters
        .into_iter()
        .find(|q| q.active_partners > Decimal::from(50))
        .unwrap();
    assert!(
        findings[0]
            .message
            .starts_with(&format!("In quarter {},", quarter.quarter))
    );
}

#[test]
fn the_templates_plan_managers_for_their_partners() {
    quiet(&series_b(), "capacity.manager-overload");
    quiet(&services(), "capacity.manager-overload");
}

#[test]
fn a_manager_counts_from_the_day_the_role_starts() {
    let mut design = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(30)];
    let fired = fires(&design, "capacity.manager-overload");
    // Ten more partner managers from the program's start carry the load ...
    let mut manager = design
        .operating
        .roles
        .iter()
        .find(|r| r.kind == RoleKind::PartnerManager)
        .cloned()
        .unwrap();
    manager.starts = None;
    design
        .operating
        .roles
        .extend((0..10).map(|_| manager.clone()));
    quiet(&design, "capacity.manager-overload");
    // ... and starting after the forecast's horizon, they carry none of it.
    let later = PlanDate::new(NaiveDate::from_ymd_opt(2035, 1, 1).unwrap()).unwrap();
    for role in design.operating.roles.iter_mut().rev().take(10) {
        role.starts = Some(later);
    }
    assert_eq!(fires(&design, "capacity.manager-overload"), fired);
}
