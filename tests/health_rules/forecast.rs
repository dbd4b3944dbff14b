//! The forecast judged against the design's own goals.

use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::journey::StageKind;
use partner_blueprint::domain::values::{Days, Percent, Recruits};
use rust_decimal::Decimal;

use super::{fires, paths, quiet, series_b, services};

#[test]
fn no_recruits_in_the_first_two_quarters_leaves_no_early_pipeline() {
    let mut design = series_b();
    let mut recruits = design.assumptions.recruits_per_quarter.clone();
    recruits[0] = Recruits::of(0);
    recruits[1] = Recruits::of(0);
    design.assumptions.recruits_per_quarter = recruits;
    let findings = fires(&design, "forecast.no-early-pipeline");
    assert_eq!(paths(&findings), ["assumptions.recruits_per_quarter"]);
    assert!(
        findings[0]
            .message
            .contains("no partner is recruited in those quarters")
    );
}

#[test]
fn a_journey_of_seven_months_to_a_first_deal_leaves_no_early_pipeline() {
    let mut design = series_b();
    for stage in &mut design.journey.stages {
        if stage.kind == StageKind::Onboard {
            stage.duration_days = Days::of(150);
        }
    }
    let findings = fires(&design, "forecast.no-early-pipeline");
    assert_eq!(paths(&findings), ["journey.stages"]);
    assert!(
        findings[0]
            .message
            .contains("days from recruiting a partner to its first registered deal")
    );
}

#[test]
fn the_templates_show_pipeline_in_their_first_quarters() {
    for design in [series_b(), services()] {
        assert!(
            forecast(&design).quarters[..2]
                .iter()
                .any(|q| q.pipeline > Decimal::ZERO)
        );
        quiet(&design, "forecast.no-early-pipeline");
    }
}

#[test]
fn a_thin_program_falls_under_each_years_floor() {
    let mut design = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(1)];
    let findings = fires(&design, "forecast.below-floor");
    assert_eq!(findings.len(), 3, "one per program year");
    let year = forecast(&design).year(2).cloned().unwrap();
    assert!(findings[1].message.contains("In program year 2"));
    assert!(
        findings[1]
            .message
            .contains(&format!("{} %", year.sourced_share.round_dp(1).normalize()))
    );
    assert!(findings[1].message.contains("25 % floor"));
}

#[test]
fn the_templates_forecast_shares_above_every_floor() {
    quiet(&series_b(), "forecast.below-floor");
    quiet(&services(), "forecast.below-floor");
}

#[test]
fn a_scoreboard_promising_more_than_the_forecast_delivers_warns_with_both_figures() {
    let mut design = series_b();
    design.scoreboard.sourced_share_targets[2] = Percent::whole(60);
    let findings = fires(&design, "forecast.target-unbacked");
    assert_eq!(paths(&findings), ["scoreboard.sourced_share_targets.2"]);
    let share = forecast(&design)
        .year(3)
        .unwrap()
        .sourced_share
        .round_dp(1)
        .normalize();
    assert!(
        findings[0].message.contains("target is 60 %"),
        "{}",
        findings[0].message
    );
    assert!(
        findings[0]
            .message
            .contains(&format!("forecast produces {share} %"))
    );
}

#[test]
fn a_target_within_five_points_of_the_forecast_is_backed() {
    let mut design = series_b();
    let share = forecast(&design).year(3).unwrap().sourced_share;
    // Five points above the forecast, rounded down to a whole percent, is still backed.
    let within = (share + Decimal::from(5)).floor();
    design.scoreboard.sourced_share_targets[2] = Percent::new(within).unwrap();
    quiet(&design, "forecast.target-unbacked");
    quiet(&series_b(), "forecast.target-unbacked");
    quiet(&services(), "forecast.target-unbacked");
}
