//! Operating-model rules: roles, attribution, deal registration, tooling and the timeline.

use chrono::NaiveDate;
use partner_blueprint::domain::firm::FirmKind;
use partner_blueprint::domain::operating::{Accountability, ConflictRule, RoleKind};
use partner_blueprint::domain::values::{
    Days, Headcount, Hours, Percent, PlanDate, ProgramQuarter,
};

use super::{fires, fixture, id, paths, quiet, series_b, services};

#[test]
fn a_role_that_owns_no_number_is_critical() {
    let mut design = series_b();
    design.operating.roles[2].owns_metric = None;
    let findings = fires(&design, "roles.no-number");
    assert_eq!(paths(&findings), ["operating.roles.2.owns_metric"]);
    assert!(findings[0].message.contains("Financial assumptions (CFO)"));
}

#[test]
fn a_role_owning_a_metric_missing_from_the_scoreboard_owns_no_number() {
    let mut design = series_b();
    design.operating.roles[4].owns_metric = Some(id("partner-nps"));
    let findings = fires(&design, "roles.no-number");
    assert_eq!(paths(&findings), ["operating.roles.4.owns_metric"]);
    assert!(findings[0].message.contains("partner-nps"));
}

#[test]
fn roles_that_each_own_a_scoreboard_metric_raise_nothing() {
    quiet(&series_b(), "roles.no-number");
    quiet(&services(), "roles.no-number");
}

#[test]
fn a_plan_without_an_executive_sponsor_warns() {
    let mut design = series_b();
    design.operating.roles[0].kind = RoleKind::Other;
    fires(&design, "roles.no-sponsor");
}

#[test]
fn a_plan_with_an_executive_sponsor_raises_no_sponsor_finding() {
    quiet(&series_b(), "roles.no-sponsor");
}

#[test]
fn each_unowned_accountability_warns_once() {
    let mut design = series_b();
    for role in &mut design.operating.roles {
        role.accountabilities
            .retain(|a| *a == Accountability::RevenueLine);
    }
    let findings = fires(&design, "roles.no-owners");
    assert_eq!(findings.len(), 2);
    assert!(findings[0].message.contains("the system"));
    assert!(findings[1].message.contains("financial assumptions"));
}

#[test]
fn revenue_line_system_and_assumptions_each_owned_raise_nothing() {
    quiet(&series_b(), "roles.no-owners");
}

#[test]
fn a_small_firm_whose_leaders_give_five_percent_warns() {
    let mut design = services();
    design.operating.roles[0].time_share = Percent::whole(5);
    design.operating.roles[1].time_share = Percent::whole(5);
    design.operating.roles[2].time_share = Percent::whole(5);
    let findings = fires(&design, "roles.leadership-time");
    assert_eq!(findings[0].path.dotted(), "operating.roles.0.time_share");
}

#[test]
fn a_small_firm_with_only_roles_to_hire_has_no_leadership_time() {
    let mut design = services();
    for role in &mut design.operating.roles {
        role.person.clear();
    }
    assert_eq!(
        paths(&fires(&design, "roles.leadership-time")),
        ["operating.roles"]
    );
}

#[test]
fn a_founder_giving_fifteen_percent_meets_the_leadership_floor() {
    quiet(&services(), "roles.leadership-time");
}

#[test]
fn a_two_thousand_person_consultancy_is_not_told_it_is_small() {
    let mut design = services();
    for role in &mut design.operating.roles {
        role.time_share = Percent::whole(2);
    }
    fires(&design, "roles.leadership-time");
    design.firm.headcount = Headcount::of(2000);
    assert_eq!(design.firm.kind, FirmKind::Services);
    quiet(&design, "roles.leadership-time");
}

#[test]
fn a_forty_person_software_firm_is_small() {
    let mut design = series_b();
    design.firm.headcount = Headcount::of(40);
    for role in &mut design.operating.roles {
        role.time_share = Percent::whole(2);
    }
    fires(&design, "roles.leadership-time");
}

#[test]
fn a_large_software_firm_is_not_held_to_the_small_firm_floor() {
    let mut design = series_b();
    for role in &mut design.operating.roles {
        role.time_share = Percent::whole(2);
    }
    assert_eq!(design.firm.kind, FirmKind::Software);
    quiet(&design, "roles.leadership-time");
}

#[test]
fn a_plan_with_no_attribution_definitions_is_critical() {
    let mut design = series_b();
    design.operating.attribution.sourced.definition.clear();
    design.operating.attribution.influenced.definition.clear();
    design.operating.attribution.co_sold.definition.clear();
    fires(&design, "attribution.missing");
    quiet(&design, "attribution.incomplete");
}

#[test]
fn one_defined_category_is_an_attribution_model() {
    let mut design = series_b();
    design.operating.attribution.influenced.definition.clear();
    design.operating.attribution.co_sold.definition.clear();
    quiet(&design, "attribution.missing");
}

#[test]
fn a_category_without_an_incentive_is_incomplete() {
    let mut design = series_b();
    design.operating.attribution.co_sold.incentive.clear();
    design.operating.attribution.influenced.definition.clear();
    assert_eq!(
        paths(&fires(&design, "attribution.incomplete")),
        [
            "operating.attribution.influenced.definition",
            "operating.attribution.co_sold.incentive",
        ]
    );
}

#[test]
fn three_defined_and_rewarded_categories_are_complete() {
    quiet(&series_b(), "attribution.incomplete");
}

#[test]
fn a_model_that_does_not_say_how_deals_move_warns() {
    let mut design = series_b();
    design.operating.attribution.movement.clear();
    fires(&design, "attribution.no-movement");
}

#[test]
fn written_movement_between_categories_raises_nothing() {
    quiet(&series_b(), "attribution.no-movement");
}

#[test]
fn no_rule_for_competing_claims_warns() {
    let mut design = series_b();
    design.operating.attribution.conflict_rule = None;
    fires(&design, "attribution.no-conflict-rule");
}

#[test]
fn a_custom_conflict_rule_must_be_described() {
    let mut design = series_b();
    design.operating.attribution.conflict_rule = Some(ConflictRule::Custom);
    design.operating.attribution.conflict_note.clear();
    assert_eq!(
        paths(&fires(&design, "attribution.no-conflict-rule")),
        ["operating.attribution.conflict_note"]
    );
}

#[test]
fn first_introduction_wins_is_a_conflict_rule() {
    quiet(&services(), "attribution.no-conflict-rule");
}

#[test]
fn switched_off_deal_registration_warns() {
    let mut design = series_b();
    design.operating.deal_registration.enabled = false;
    assert_eq!(
        paths(&fires(&design, "dealreg.missing")),
        ["operating.deal_registration.enabled"]
    );
}

#[test]
fn deal_registration_without_a_process_warns_for_each_gap() {
    let mut design = series_b();
    design.operating.deal_registration.required_fields.clear();
    design.operating.deal_registration.response_hours = Hours::of(0);
    assert_eq!(
        paths(&fires(&design, "dealreg.missing")),
        [
            "operating.deal_registration.required_fields",
            "operating.deal_registration.response_hours",
        ]
    );
}

#[test]
fn registration_open_to_any_deal_size_is_not_missing_a_threshold() {
    quiet(&services(), "dealreg.missing");
}

#[test]
fn protection_shorter_than_the_sales_cycle_warns() {
    let mut design = series_b();
    design.operating.deal_registration.protection_days = Days::of(60);
    fires(&design, "dealreg.short-protection");
}

#[test]
fn protection_longer_than_the_sales_cycle_raises_nothing() {
    quiet(&series_b(), "dealreg.short-protection");
}

#[test]
fn answering_registrations_in_a_week_is_advice() {
    let mut design = series_b();
    design.operating.deal_registration.response_hours = Hours::of(168);
    fires(&design, "dealreg.slow-response");
}

#[test]
fn answering_registrations_within_48_hours_raises_nothing() {
    quiet(&series_b(), "dealreg.slow-response");
}

#[test]
fn a_prm_in_the_second_quarter_is_too_early() {
    let mut design = series_b();
    design.operating.tooling.prm_from_quarter = Some(ProgramQuarter::of(2));
    let findings = fires(&design, "tooling.prm-too-early");
    assert!(findings[0].message.contains("quarter 2"));
}

#[test]
fn a_prm_once_the_forecast_passes_25_active_partners_raises_nothing() {
    let design = series_b();
    assert_eq!(
        design.operating.tooling.prm_from_quarter,
        Some(ProgramQuarter::of(9))
    );
    quiet(&design, "tooling.prm-too-early");
}

#[test]
fn no_prm_planned_raises_nothing() {
    quiet(&services(), "tooling.prm-too-early");
}

#[test]
fn launching_without_crm_attribution_fields_warns() {
    let mut design = series_b();
    design.operating.tooling.crm_attribution_fields = false;
    fires(&design, "tooling.no-crm-fields");
}

#[test]
fn crm_attribution_fields_at_launch_raise_nothing() {
    quiet(&series_b(), "tooling.no-crm-fields");
}

#[test]
fn hiring_the_partnerships_lead_in_week_one_is_critical() {
    // 002's path B: the Director of Partnerships hired in week 1 and asked to "go build it".
    let design = fixture("hire_first");
    assert_eq!(
        paths(&fires(&design, "timeline.hire-before-design")),
        ["operating.timeline.partnerships_hire"]
    );
}

#[test]
fn hiring_after_six_weeks_of_design_raises_nothing() {
    quiet(&series_b(), "timeline.hire-before-design");
}

#[test]
fn a_three_week_design_is_advice_to_take_longer() {
    let mut design = series_b();
    design.operating.timeline.design_complete = design.firm.kickoff.plus_days(20);
    fires(&design, "timeline.short-design");
}

#[test]
fn six_weeks_of_design_is_long_enough() {
    quiet(&series_b(), "timeline.short-design");
}

#[test]
fn six_weeks_ending_on_the_friday_of_week_six_are_six_weeks() {
    // 002: kicked off Monday 2027-01-04, design complete Friday 2027-02-12, the end of week 6.
    let mut design = series_b();
    design.firm.kickoff = PlanDate::new(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()).unwrap();
    design.operating.timeline.design_complete =
        PlanDate::new(NaiveDate::from_ymd_opt(2027, 2, 12).unwrap()).unwrap();
    quiet(&design, "timeline.short-design");
    // The Friday before is week five.
    design.operating.timeline.design_complete =
        PlanDate::new(NaiveDate::from_ymd_opt(2027, 2, 5).unwrap()).unwrap();
    assert!(
        fires(&design, "timeline.short-design")[0]
            .message
            .contains("week 5")
    );
}
