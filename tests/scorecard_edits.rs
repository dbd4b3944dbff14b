#![cfg(not(target_arch = "wasm32"))]
//! The edits the workshop makes to the two scorecards: new metrics and candidates, quarterly
//! targets that follow the horizon, ratings and red flags kept one per criterion and flag, the
//! weights as shares of the total, and removals that leave no reference dangling (so the design
//! still exports and imports).

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::candidates::{Candidate, RedFlag};
use partner_blueprint::domain::format::{document, import};
use partner_blueprint::domain::scoreboard::{Metric, MetricFamily, MetricKind};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Id, Percent, Rating, Target, Weight};
use rust_decimal::Decimal;

fn id(text: &str) -> Id {
    Id::new(text).expect("a valid id")
}

fn series_b() -> Design {
    Template::SeriesBSaas.design(NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date"))
}

fn blank() -> Design {
    Template::Blank.design(NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date"))
}

fn target(value: u32) -> Target {
    Target::of(value)
}

fn dec(value: i64) -> Decimal {
    Decimal::from(value)
}

fn rating(value: u8) -> Rating {
    Rating::new(value).expect("a rating")
}

#[test]
fn a_new_metric_has_a_zero_target_for_every_quarter_and_its_kind_follows_its_family() {
    let leading = Metric::new(id("metric-1"), MetricFamily::Motion, 12);
    assert_eq!(leading.quarterly_targets, vec![Target::of(0); 12]);
    assert_eq!(leading.kind, MetricKind::Activity);
    let lagging = Metric::new(id("metric-2"), MetricFamily::SourcedClosedWon, 8);
    assert_eq!(lagging.kind, MetricKind::Output);
    assert_eq!(lagging.quarterly_targets.len(), 8);
}

#[test]
fn a_new_metric_starts_as_the_first_family_not_yet_measured() {
    let mut design = blank();
    assert_eq!(design.scoreboard.next_family(), MetricFamily::Capability);
    for family in MetricFamily::LEADING {
        design.scoreboard.metrics.push(Metric::new(
            id(&format!("m-{}", design.scoreboard.metrics.len())),
            family,
            8,
        ));
    }
    assert_eq!(
        design.scoreboard.next_family(),
        MetricFamily::SourcedPipeline
    );
    assert_eq!(series_b().scoreboard.next_family(), MetricFamily::Other);
}

#[test]
fn the_missing_leading_families_are_named_in_order_and_lagging_is_told_apart() {
    let mut design = blank();
    assert_eq!(
        design.scoreboard.missing_leading(),
        MetricFamily::LEADING.to_vec()
    );
    assert!(!design.scoreboard.has_lagging());
    design
        .scoreboard
        .metrics
        .push(Metric::new(id("m-1"), MetricFamily::Capacity, 8));
    design
        .scoreboard
        .metrics
        .push(Metric::new(id("m-2"), MetricFamily::SourcedPipeline, 8));
    assert_eq!(
        design.scoreboard.missing_leading(),
        vec![
            MetricFamily::Capability,
            MetricFamily::Motion,
            MetricFamily::Conversion
        ]
    );
    assert!(design.scoreboard.has_lagging());
    assert!(series_b().scoreboard.missing_leading().is_empty());
}

#[test]
fn every_family_is_leading_or_lagging_or_other_and_only_the_leading_say_what_they_count() {
    for family in MetricFamily::ALL {
        let kinds = [
            family.is_leading(),
            family.is_lagging(),
            family == MetricFamily::Other,
        ];
        assert_eq!(kinds.iter().filter(|k| **k).count(), 1, "{family:?}");
        assert_eq!(
            family.measures().is_some(),
            family.is_leading(),
            "{family:?}"
        );
    }
}

#[test]
fn a_target_past_a_short_list_fills_the_horizon_with_zeros_first() {
    let mut metric = Metric::new(id("m-1"), MetricFamily::Motion, 0);
    metric.set_target(2, target(7), 8);
    assert_eq!(metric.quarterly_targets.len(), 8);
    assert_eq!(metric.quarterly_targets[2], target(7));
    assert_eq!(metric.quarterly_targets[0], target(0));
    metric.set_target(0, target(3), 8);
    assert_eq!(
        metric.quarterly_targets[..3],
        [target(3), target(0), target(7)]
    );
}

#[test]
fn targets_follow_the_horizon_trimmed_or_repeating_the_last_and_an_empty_list_stays_empty() {
    let mut design = series_b();
    design.scoreboard.metrics[0].quarterly_targets = vec![target(1), target(2)];
    design.scoreboard.metrics[1].quarterly_targets = Vec::new();
    design.scoreboard.fit_targets(4);
    assert_eq!(
        design.scoreboard.metrics[0].quarterly_targets,
        [target(1), target(2), target(2), target(2)]
    );
    assert!(design.scoreboard.metrics[1].quarterly_targets.is_empty());
    assert_eq!(design.scoreboard.metrics[2].quarterly_targets.len(), 4);
    design.scoreboard.fit_targets(12);
    assert_eq!(design.scoreboard.metrics[2].quarterly_targets.len(), 12);
}

#[test]
fn removing_a_metric_frees_the_roles_that_owned_it_and_the_design_still_imports() {
    let mut design = series_b();
    let owned = design
        .operating
        .roles
        .iter()
        .filter_map(|r| r.owns_metric.clone())
        .next()
        .expect("the template's roles own metrics");
    let index = design
        .scoreboard
        .metrics
        .iter()
        .position(|m| m.id == owned)
        .expect("the owned metric is on the scoreboard");
    let removed = design.remove_metric(index).expect("a metric at that index");
    assert_eq!(removed.id, owned);
    assert!(
        design
            .operating
            .roles
            .iter()
            .all(|r| r.owns_metric.as_ref() != Some(&owned))
    );
    let text = document(&design);
    assert_eq!(import(&text).expect("import"), design);
    assert!(design.remove_metric(99).is_none());
}

#[test]
fn a_rating_is_set_changed_and_taken_away_one_per_criterion() {
    let mut candidate = Candidate::new(id("candidate-1"));
    let fit = id("fit");
    assert_eq!(candidate.rating(&fit), None);
    candidate.set_rating(&fit, Some(rating(4)));
    candidate.set_rating(&fit, Some(rating(5)));
    assert_eq!(candidate.ratings.len(), 1);
    assert_eq!(candidate.rating(&fit), Some(rating(5)));
    candidate.set_rating(&fit, None);
    assert!(candidate.ratings.is_empty());
    candidate.set_rating(&fit, None);
    assert!(candidate.ratings.is_empty());
}

#[test]
fn red_flags_are_raised_once_each_in_catalogue_order_and_lowered() {
    let mut candidate = Candidate::new(id("candidate-1"));
    candidate.set_red_flag(RedFlag::UnrealisticDealFlow, true);
    candidate.set_red_flag(RedFlag::OneSidedInterest, true);
    candidate.set_red_flag(RedFlag::OneSidedInterest, true);
    assert_eq!(
        candidate.red_flags,
        [RedFlag::OneSidedInterest, RedFlag::UnrealisticDealFlow]
    );
    candidate.set_red_flag(RedFlag::OneSidedInterest, false);
    assert_eq!(candidate.red_flags, [RedFlag::UnrealisticDealFlow]);
}

#[test]
fn each_red_flag_has_the_slug_the_file_spells() {
    for flag in RedFlag::ALL {
        assert_eq!(
            serde_json::to_value(flag).expect("a flag serialises"),
            serde_json::Value::String(flag.slug().to_owned())
        );
    }
}

#[test]
fn weights_show_as_shares_of_their_total() {
    let mut design = blank();
    let scorecard = &mut design.candidates;
    // The default criteria weigh 100 in all: 20 is 20 %.
    assert_eq!(scorecard.total_weight(), 100);
    assert_eq!(scorecard.weight_share(0), Some(dec(20)));
    scorecard.criteria.truncate(3);
    // 20 + 15 + 10 = 45: 20 / 45 = 44.4 %.
    assert_eq!(
        scorecard.weight_share(0),
        Some("44.4".parse().expect("a decimal"))
    );
    assert_eq!(scorecard.weight_share(3), None);
    for criterion in &mut scorecard.criteria {
        criterion.weight = Weight::of(0);
    }
    assert_eq!(scorecard.weight_share(0), None);
}

#[test]
fn removing_a_criterion_takes_its_ratings_away_and_the_design_still_imports() {
    let mut design = series_b();
    let criterion = design.candidates.criteria[0].id.clone();
    assert!(
        design
            .candidates
            .candidates
            .iter()
            .any(|c| c.rating(&criterion).is_some())
    );
    let removed = design.candidates.remove_criterion(0).expect("a criterion");
    assert_eq!(removed.id, criterion);
    assert!(
        design
            .candidates
            .candidates
            .iter()
            .all(|c| c.rating(&criterion).is_none())
    );
    let text = document(&design);
    assert_eq!(import(&text).expect("import"), design);
    assert!(design.candidates.remove_criterion(99).is_none());
}

#[test]
fn a_share_target_for_a_later_year_gives_the_years_before_it_their_floor() {
    let mut design = blank();
    assert!(design.scoreboard.sourced_share_targets.is_empty());
    let thirty = Percent::whole(30);
    design.scoreboard.set_share_target(2, Percent::whole(40));
    assert_eq!(
        design.scoreboard.sourced_share_targets,
        [Percent::whole(15), Percent::whole(25), Percent::whole(40)]
    );
    design.scoreboard.set_share_target(1, thirty);
    assert_eq!(design.scoreboard.sourced_share_targets[1], thirty);
    assert_eq!(design.scoreboard.sourced_share_targets.len(), 3);
}
