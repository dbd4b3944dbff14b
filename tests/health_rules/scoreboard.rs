//! Scoreboard rules.

use partner_blueprint::domain::scoreboard::MetricFamily;
use partner_blueprint::domain::values::Percent;

use super::{fires, fixture, id, paths, quiet, series_b, services};

#[test]
fn a_scoreboard_of_activity_metrics_only_is_critical() {
    // 002's pitfall: recruited partners, signed agreements and emails sent, and no pipeline.
    let design = fixture("activity_only");
    assert!(
        design
            .scoreboard
            .metrics
            .iter()
            .all(|m| !m.family.is_lagging())
    );
    fires(&design, "scoreboard.activity-only");
}

#[test]
fn one_lagging_metric_is_enough_output() {
    let mut design = series_b();
    design
        .scoreboard
        .metrics
        .retain(|m| !m.family.is_lagging() || m.family == MetricFamily::SourcedPipeline);
    quiet(&design, "scoreboard.activity-only");
}

#[test]
fn each_missing_leading_family_warns() {
    let mut design = series_b();
    design
        .scoreboard
        .metrics
        .retain(|m| m.family != MetricFamily::Capacity && m.family != MetricFamily::Conversion);
    let findings = fires(&design, "scoreboard.missing-leading");
    assert_eq!(findings.len(), 2);
    assert!(findings[0].message.contains("capacity"));
    assert!(findings[1].message.contains("conversion"));
}

#[test]
fn all_four_leading_families_raise_nothing() {
    quiet(&series_b(), "scoreboard.missing-leading");
    quiet(&services(), "scoreboard.missing-leading");
}

#[test]
fn a_metric_without_an_owner_warns() {
    let mut design = series_b();
    design.scoreboard.metrics[6].owner = None;
    assert_eq!(
        paths(&fires(&design, "scoreboard.no-owner")),
        ["scoreboard.metrics.6.owner"]
    );
}

#[test]
fn a_metric_owned_by_a_departed_role_has_no_owner() {
    let mut design = series_b();
    design.scoreboard.metrics[0].owner = Some(id("channel-chief"));
    fires(&design, "scoreboard.no-owner");
}

#[test]
fn metrics_owned_by_roles_on_the_plan_raise_nothing() {
    quiet(&series_b(), "scoreboard.no-owner");
}

#[test]
fn a_metric_without_quarterly_targets_warns() {
    let mut design = services();
    design.scoreboard.metrics[2].quarterly_targets.clear();
    assert_eq!(
        paths(&fires(&design, "scoreboard.no-target")),
        ["scoreboard.metrics.2.quarterly_targets"]
    );
}

#[test]
fn metrics_with_quarterly_targets_raise_nothing() {
    quiet(&services(), "scoreboard.no-target");
}

#[test]
fn a_year_two_target_under_25_percent_is_below_the_floor() {
    let mut design = series_b();
    design.scoreboard.sourced_share_targets =
        vec![Percent::whole(15), Percent::whole(20), Percent::whole(35)];
    assert_eq!(
        paths(&fires(&design, "scoreboard.below-floor")),
        ["scoreboard.sourced_share_targets.1"]
    );
}

#[test]
fn a_missing_year_three_target_is_below_the_floor() {
    let mut design = series_b();
    design.scoreboard.sourced_share_targets.truncate(2);
    let findings = fires(&design, "scoreboard.below-floor");
    assert_eq!(paths(&findings), ["scoreboard.sourced_share_targets"]);
    assert!(findings[0].message.contains("Year 3"));
}

#[test]
fn targets_of_15_25_35_meet_the_floors() {
    quiet(&series_b(), "scoreboard.below-floor");
}

#[test]
fn a_share_target_flat_from_year_two_to_three_warns() {
    let mut design = services();
    design.scoreboard.sourced_share_targets =
        vec![Percent::whole(30), Percent::whole(40), Percent::whole(40)];
    assert_eq!(
        paths(&fires(&design, "scoreboard.flat-share")),
        ["scoreboard.sourced_share_targets.2"]
    );
}

#[test]
fn a_share_target_growing_every_year_raises_nothing() {
    quiet(&services(), "scoreboard.flat-share");
}
