#![cfg(not(target_arch = "wasm32"))]
//! Candidate ranking: the weighted 0–100 score, red flags that fail whatever the score, the
//! ranked order, and the recommended launch set sized for the firm (003: 5–10; 000: 3–5 for a
//! small firm).

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::candidates::{Candidate, Criterion, CriterionRating, RedFlag};
use partner_blueprint::domain::firm::FirmKind;
use partner_blueprint::domain::ranking::{
    LAUNCH_SET, LaunchBounds, SMALL_FIRM_LAUNCH_SET, rank, score,
};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Headcount, Id, Rating, Score, Weight};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().expect("a decimal literal")
}

fn id(text: &str) -> Id {
    Id::new(text).expect("a valid id")
}

fn criterion(name: &str, weight: u32) -> Criterion {
    Criterion {
        id: id(name),
        name: name.to_owned(),
        weight: Weight::new(weight).expect("a weight"),
    }
}

/// A candidate rated `ratings[i]` on criterion i of [`criteria`].
fn candidate(name: &str, ratings: &[u8]) -> Candidate {
    Candidate {
        id: id(&name.to_lowercase()),
        name: name.to_owned(),
        archetype: None,
        website: String::new(),
        ratings: ["fit", "volume"]
            .iter()
            .zip(ratings)
            .map(|(c, &r)| CriterionRating {
                criterion: id(c),
                rating: Rating::new(r).expect("a rating"),
            })
            .collect(),
        red_flags: Vec::new(),
        selected: false,
        notes: String::new(),
    }
}

/// Fit weighs three times volume.
fn criteria() -> Vec<Criterion> {
    vec![criterion("fit", 3), criterion("volume", 1)]
}

/// A 200-person software firm (launch 5–10) with a threshold of 60 and no candidates yet.
fn design(candidates: Vec<Candidate>) -> Design {
    let mut design = Template::Blank.design(NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date"));
    design.firm.kind = FirmKind::Software;
    design.firm.headcount = Headcount::of(200);
    design.candidates.criteria = criteria();
    design.candidates.pass_threshold = Score::of(60);
    design.candidates.candidates = candidates;
    design
}

fn names(design: &Design) -> Vec<String> {
    rank(design).ranked.into_iter().map(|c| c.name).collect()
}

#[test]
fn ratings_map_to_zero_to_one_hundred_weighted_by_the_criteria() {
    let criteria = criteria();
    assert_eq!(score(&criteria, &candidate("Top", &[5, 5])), d("100"));
    assert_eq!(
        score(&criteria, &candidate("Bottom", &[1, 1])),
        Decimal::ZERO
    );
    // (3 × 100 + 1 × 0) / 4.
    assert_eq!(score(&criteria, &candidate("Fit", &[5, 1])), d("75"));
    // (3 × 50 + 1 × 75) / 4 = 56.25.
    assert_eq!(score(&criteria, &candidate("Mid", &[3, 4])), d("56.25"));
    // (3 × 25 + 1 × 50) / 4 = 31.25.
    assert_eq!(score(&criteria, &candidate("Low", &[2, 3])), d("31.25"));
}

#[test]
fn scores_are_rounded_to_two_places() {
    let criteria = vec![
        criterion("fit", 1),
        criterion("volume", 1),
        criterion("other", 1),
    ];
    // (100 + 0 + 0) / 3 = 33.333…
    assert_eq!(score(&criteria, &candidate("Third", &[5, 1])), d("33.33"));
}

#[test]
fn a_missing_rating_counts_as_the_lowest() {
    let criteria = criteria();
    // Only "fit" is rated; "volume" counts as 1.
    assert_eq!(score(&criteria, &candidate("Half", &[5])), d("75"));
    assert_eq!(score(&criteria, &candidate("None", &[])), Decimal::ZERO);
}

#[test]
fn without_any_weight_every_score_is_zero() {
    let criteria = vec![criterion("fit", 0), criterion("volume", 0)];
    assert_eq!(score(&criteria, &candidate("Top", &[5, 5])), Decimal::ZERO);
    assert_eq!(score(&[], &candidate("Top", &[5, 5])), Decimal::ZERO);
}

#[test]
fn the_first_rating_of_a_criterion_counts_and_unknown_criteria_are_ignored() {
    let mut c = candidate("Twice", &[5, 5]);
    c.ratings.insert(
        0,
        CriterionRating {
            criterion: id("fit"),
            rating: Rating::MIN,
        },
    );
    c.ratings.push(CriterionRating {
        criterion: id("unknown"),
        rating: Rating::MAX,
    });
    // fit 1 (the first rating), volume 5: (0 + 100) / 4.
    assert_eq!(score(&criteria(), &c), d("25"));
}

#[test]
fn the_heaviest_weights_score_as_any_equal_weights() {
    let criteria = vec![
        criterion("fit", Weight::MAX),
        criterion("volume", Weight::MAX),
    ];
    assert_eq!(score(&criteria, &candidate("Top", &[5, 3])), d("75"));
}

#[test]
fn a_red_flag_fails_a_candidate_whatever_its_score() {
    let mut flagged = candidate("Flagged", &[5, 5]);
    flagged.red_flags = vec![RedFlag::VagueCommitments, RedFlag::OneSidedInterest];
    let ranking = rank(&design(vec![flagged, candidate("Clean", &[4, 4])]));
    let top = &ranking.ranked[0];
    assert_eq!(top.name, "Flagged");
    assert!(top.meets_threshold);
    assert!(!top.passes);
    // Listed once each, in the catalogue's order.
    assert_eq!(
        top.red_flags,
        [RedFlag::OneSidedInterest, RedFlag::VagueCommitments]
    );
    assert_eq!(ranking.launch_set, [id("clean")]);
    assert_eq!(ranking.passing, 1);
}

#[test]
fn a_score_equal_to_the_threshold_passes() {
    let mut d = design(vec![candidate("Edge", &[4, 3])]); // (3 × 75 + 50) / 4 = 68.75
    d.candidates.pass_threshold = Score::of(69);
    assert!(!rank(&d).ranked[0].passes);
    d.candidates.candidates = vec![candidate("Exact", &[5, 1])]; // 75
    d.candidates.pass_threshold = Score::of(75);
    assert!(rank(&d).ranked[0].passes);
}

#[test]
fn candidates_rank_by_score_then_by_name() {
    let d = design(vec![
        candidate("Zeta", &[4, 4]),
        candidate("Alpha", &[4, 4]),
        candidate("Best", &[5, 5]),
        candidate("Last", &[1, 1]),
    ]);
    assert_eq!(names(&d), ["Best", "Alpha", "Zeta", "Last"]);
    let positions: Vec<usize> = rank(&d).ranked.iter().map(|c| c.position).collect();
    assert_eq!(positions, [1, 2, 3, 4]);
}

#[test]
fn same_names_and_scores_fall_back_to_the_id() {
    let mut b = candidate("Same", &[4, 4]);
    b.id = id("b");
    let mut a = candidate("Same", &[4, 4]);
    a.id = id("a");
    let ranking = rank(&design(vec![b, a]));
    let ids: Vec<Id> = ranking.ranked.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, [id("a"), id("b")]);
}

#[test]
fn the_launch_set_takes_at_most_ten_passing_candidates_best_first() {
    // 14 passing candidates, one failing.
    let mut all: Vec<Candidate> = (0..14)
        .map(|i| candidate(&format!("P{i:02}"), &[if i % 2 == 0 { 5 } else { 4 }, 5]))
        .collect();
    all.push(candidate("Failing", &[1, 1]));
    let ranking = rank(&design(all));
    assert_eq!(ranking.bounds, LAUNCH_SET);
    assert_eq!(ranking.passing, 14);
    assert_eq!(ranking.launch_set.len(), 10);
    let recommended: Vec<Id> = ranking
        .ranked
        .iter()
        .filter(|c| c.recommended)
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(recommended, ranking.launch_set);
    assert!(ranking.ranked[..10].iter().all(|c| c.recommended));
    assert!(ranking.ranked[10..].iter().all(|c| !c.recommended));
}

#[test]
fn a_firm_under_fifty_people_launches_with_at_most_five_whatever_its_kind() {
    let passing: Vec<Candidate> = (0..8)
        .map(|i| candidate(&format!("P{i}"), &[5, 5]))
        .collect();
    let mut small = design(passing.clone());
    small.firm.headcount = Headcount::of(49);
    let ranking = rank(&small);
    assert_eq!(ranking.bounds, SMALL_FIRM_LAUNCH_SET);
    assert_eq!(ranking.launch_set.len(), 5);
    // Small is by headcount (000): a 2,000-person consultancy launches as any large firm.
    let mut consultancy = design(passing);
    consultancy.firm.kind = FirmKind::Services;
    consultancy.firm.headcount = Headcount::of(2000);
    assert_eq!(rank(&consultancy).bounds, LaunchBounds { min: 5, max: 10 });
    assert_eq!(rank(&consultancy).launch_set.len(), 8);
    assert_eq!(
        LaunchBounds::for_firm(&design(Vec::new()).firm),
        LaunchBounds { min: 5, max: 10 }
    );
}

#[test]
fn the_ranking_keeps_what_the_user_selected() {
    let mut chosen = candidate("Chosen", &[2, 2]);
    chosen.selected = true;
    let ranking = rank(&design(vec![chosen]));
    let entry = ranking.get(&id("chosen")).expect("ranked");
    assert!(entry.selected);
    assert!(!entry.passes);
    assert!(!entry.recommended);
}

#[test]
fn no_candidates_rank_to_an_empty_list() {
    let ranking = rank(&design(Vec::new()));
    assert!(ranking.ranked.is_empty());
    assert!(ranking.launch_set.is_empty());
    assert_eq!(ranking.passing, 0);
}

#[test]
fn the_series_b_template_recommends_a_launch_set_within_its_bounds() {
    let design = Template::SeriesBSaas.design(NaiveDate::from_ymd_opt(2026, 1, 5).expect("date"));
    let ranking = rank(&design);
    assert!(!ranking.launch_set.is_empty());
    assert!(ranking.launch_set.len() <= ranking.bounds.max);
    for id in &ranking.launch_set {
        let entry = ranking.get(id).expect("ranked");
        assert!(entry.passes && entry.red_flags.is_empty());
    }
}

proptest! {
    #[test]
    fn any_scorecard_ranks_in_order_with_a_launch_set_of_passing_candidates(
        weights in proptest::collection::vec(0u32..=100, 0..4),
        rows in proptest::collection::vec(
            (proptest::collection::vec(1u8..=5, 0..4), any::<bool>()), 0..40),
        threshold in 0u32..=110,
        headcount in 1u32..200,
    ) {
        let names = ["fit", "volume", "c", "e"];
        let mut d = design(Vec::new());
        d.firm.headcount = Headcount::of(headcount);
        d.candidates.pass_threshold = Score::of(threshold);
        d.candidates.criteria = weights
            .iter()
            .enumerate()
            .map(|(i, &w)| criterion(names[i], w))
            .collect();
        d.candidates.candidates = rows
            .iter()
            .enumerate()
            .map(|(i, (ratings, flagged))| {
                let mut c = candidate(&format!("C{i}"), &[]);
                c.ratings = ratings
                    .iter()
                    .enumerate()
                    .map(|(j, &r)| CriterionRating {
                        criterion: id(names[j]),
                        rating: Rating::new(r).expect("a rating"),
                    })
                    .collect();
                if *flagged {
                    c.red_flags = vec![RedFlag::UnrealisticDealFlow];
                }
                c
            })
            .collect();
        let ranking = rank(&d);
        prop_assert_eq!(ranking.ranked.len(), rows.len());
        prop_assert!(ranking.ranked.windows(2).all(|w| w[0].score >= w[1].score));
        prop_assert!(ranking
            .ranked
            .iter()
            .all(|c| c.score >= Decimal::ZERO && c.score <= Decimal::ONE_HUNDRED));
        prop_assert!(ranking.launch_set.len() <= ranking.bounds.max);
        prop_assert_eq!(
            ranking.launch_set.len(),
            ranking.passing.min(ranking.bounds.max)
        );
        for id in &ranking.launch_set {
            let entry = ranking.get(id).expect("ranked");
            prop_assert!(entry.passes);
        }
    }
}
