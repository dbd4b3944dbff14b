//! Journey rules.

use partner_blueprint::domain::journey::StageKind;
use partner_blueprint::domain::values::Days;

use super::{fires, fixture, id, paths, quiet, series_b, services};

#[test]
fn each_stage_without_a_definition_of_done_is_critical() {
    let mut design = series_b();
    design.journey.stages[1].definition_of_done.clear();
    design.journey.stages[4].definition_of_done = " ".to_owned();
    assert_eq!(
        paths(&fires(&design, "journey.no-done")),
        [
            "journey.stages.1.definition_of_done",
            "journey.stages.4.definition_of_done",
        ]
    );
}

#[test]
fn every_stage_with_a_definition_of_done_raises_nothing() {
    quiet(&series_b(), "journey.no-done");
    quiet(&services(), "journey.no-done");
}

#[test]
fn a_journey_without_an_expand_stage_is_missing_a_stage() {
    let mut design = series_b();
    design
        .journey
        .stages
        .retain(|s| s.kind != StageKind::Expand);
    let findings = fires(&design, "journey.missing-stage");
    assert_eq!(findings.len(), 1);
    assert!(findings[0].message.contains("Expand"));
}

#[test]
fn a_journey_without_off_boarding_is_not_reported_as_missing_a_stage() {
    quiet(&fixture("no_offboarding"), "journey.missing-stage");
}

#[test]
fn a_journey_without_an_off_board_stage_is_critical() {
    // 002's pitfall: 200 signed partners, 12 active, and no way out for the other 188.
    let design = fixture("no_offboarding");
    assert_eq!(
        paths(&fires(&design, "journey.no-offboarding")),
        ["journey.stages"]
    );
}

#[test]
fn an_off_board_stage_without_a_bar_is_critical() {
    let mut design = series_b();
    design.journey.stages[5].criteria.clear();
    assert_eq!(
        paths(&fires(&design, "journey.no-offboarding")),
        ["journey.stages.5.criteria"]
    );
}

#[test]
fn off_boarding_after_two_quiet_quarters_is_a_bar() {
    quiet(&series_b(), "journey.no-offboarding");
}

#[test]
fn onboarding_and_activation_over_90_days_warn() {
    let mut design = series_b();
    design.journey.stages[1].duration_days = Days::of(45);
    design.journey.stages[2].duration_days = Days::of(60);
    let findings = fires(&design, "journey.slow-first-deal");
    assert!(findings[0].message.contains("105 days"));
    assert_eq!(paths(&findings), ["journey.stages.2.duration_days"]);
}

#[test]
fn onboarding_and_activation_of_exactly_90_days_raise_nothing() {
    let mut design = series_b();
    design.journey.stages[1].duration_days = Days::of(30);
    design.journey.stages[2].duration_days = Days::of(60);
    assert_eq!(
        design.journey.stages[1].duration_days.get() + design.journey.stages[2].duration_days.get(),
        90
    );
    quiet(&design, "journey.slow-first-deal");
}

#[test]
fn a_stage_without_an_owner_warns() {
    let mut design = series_b();
    design.journey.stages[3].owner = None;
    assert_eq!(
        paths(&fires(&design, "journey.no-owner")),
        ["journey.stages.3.owner"]
    );
}

#[test]
fn a_stage_owned_by_a_role_not_on_the_plan_has_no_owner() {
    let mut design = series_b();
    design.journey.stages[0].owner = Some(id("vp-alliances"));
    let findings = fires(&design, "journey.no-owner");
    assert!(findings[0].message.contains("vp-alliances"));
}

#[test]
fn stages_owned_by_roles_on_the_plan_raise_nothing() {
    quiet(&services(), "journey.no-owner");
}
