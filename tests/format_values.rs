#![cfg(not(target_arch = "wasm32"))]
//! The values inside an imported design: each wrong type, out-of-range number, over-long text
//! or list, duplicate id and dangling reference is refused with the path of the value and a
//! message saying what was expected and what was found.

#[path = "format/support.rs"]
mod support;

use partner_blueprint::domain::format::{ImportErrorKind, import};
use serde_json::{Value, json};
use support::{example, import_with, invalid, repo_file};

#[test]
fn a_time_share_of_140_names_its_path_and_reads_as_documented() {
    let mut document = example();
    let mut third = document["design"]["operating"]["roles"][1].clone();
    third["id"] = json!("ops");
    third["owns_metric"] = json!(null);
    third["time_share"] = json!(140);
    document["design"]["operating"]["roles"]
        .as_array_mut()
        .expect("a list")
        .push(third);
    let error = import(&document.to_string()).expect_err("refused");
    assert_eq!(error.kind, ImportErrorKind::Invalid);
    assert_eq!(
        error.to_string(),
        "at design.operating.roles[2].time_share: expected a percentage from 0 to 100, found 140"
    );
    let doc = repo_file("docs/FORMAT.md");
    assert!(
        doc.contains(&error.to_string()),
        "docs/FORMAT.md shows another wording"
    );
}

#[test]
fn wrong_types_say_what_was_expected_and_what_was_found() {
    let error = invalid("/design/firm/headcount", json!("twelve"));
    assert_eq!(error.path.in_file(), "design.firm.headcount");
    assert_eq!(
        error.message,
        "expected a whole number from 0 to 4294967295, found the text \"twelve\""
    );
    let error = invalid("/design/firm/kickoff", json!("next tuesday"));
    assert_eq!(error.path.in_file(), "design.firm.kickoff");
    assert!(
        error
            .message
            .starts_with("expected a date written as YYYY-MM-DD"),
        "{error}"
    );
    let error = invalid("/design/thesis/purposes", json!("co-selling"));
    assert_eq!(
        error.message,
        "expected a list, found the text \"co-selling\""
    );
    let error = invalid("/design/operating/deal_registration/enabled", json!(null));
    assert_eq!(
        error.message,
        "expected true or false, found null (no value)"
    );
}

#[test]
fn an_unknown_choice_lists_the_choices() {
    let error = invalid("/design/firm/kind", json!("franchise"));
    assert_eq!(error.path.in_file(), "design.firm.kind");
    assert_eq!(
        error.message,
        "expected one of \"software\", \"services\", \"other\", found \"franchise\""
    );
}

#[test]
fn a_missing_field_is_named_at_its_parent() {
    let mut document = example();
    document["design"]["firm"]
        .as_object_mut()
        .expect("an object")
        .remove("kickoff");
    let error = import(&document.to_string()).expect_err("refused");
    assert_eq!(
        error.to_string(),
        "at design.firm: the field \"kickoff\" is missing"
    );
}

#[test]
fn out_of_range_values_of_the_value_types_name_their_paths() {
    let cases = [
        (
            "/design/archetypes/catalogue/5/icp_match",
            json!(6),
            "design.archetypes.catalogue[5].icp_match",
        ),
        (
            "/design/firm/currency",
            json!("euro"),
            "design.firm.currency",
        ),
        (
            "/design/firm/average_deal_size",
            json!("-1"),
            "design.firm.average_deal_size",
        ),
        (
            "/design/firm/annual_revenue",
            json!("10000000000000.01"),
            "design.firm.annual_revenue",
        ),
        (
            "/design/operating/roles/0/id",
            json!("Has Spaces"),
            "design.operating.roles[0].id",
        ),
        (
            "/design/candidates/candidates/0/ratings/1/rating",
            json!(0),
            "design.candidates.candidates[0].ratings[1].rating",
        ),
        (
            "/design/scoreboard/sourced_share_targets/2",
            json!("100.5"),
            "design.scoreboard.sourced_share_targets[2]",
        ),
    ];
    for (pointer, value, path) in cases {
        let error = invalid(pointer, value);
        assert_eq!(error.path.in_file(), path, "{error}");
        assert!(error.message.starts_with("expected "), "{error}");
    }
}

#[test]
fn numbers_out_of_the_accepted_ranges_are_refused_with_their_bounds() {
    let cases = [
        (
            "/design/firm/headcount",
            json!(0),
            "expected a number of people from 1 to 10000000, found 0",
        ),
        (
            "/design/firm/sales_cycle_days",
            json!(3651),
            "expected a number of days from 0 to 3650, found 3651",
        ),
        (
            "/design/assumptions/quarters",
            json!(13),
            "expected a number of quarters from 8 to 12, found 13",
        ),
        (
            "/design/assumptions/quarters",
            json!(7),
            "expected a number of quarters from 8 to 12, found 7",
        ),
        (
            "/design/candidates/criteria/0/weight",
            json!(101),
            "expected a weight from 0 to 100, found 101",
        ),
        (
            "/design/candidates/pass_threshold",
            json!(101),
            "expected a score from 0 to 100, found 101",
        ),
        (
            "/design/journey/stages/0/duration_days",
            json!(4000),
            "expected a number of days from 0 to 3650, found 4000",
        ),
        (
            "/design/operating/tooling/prm_from_quarter",
            json!(0),
            "expected a program quarter from 1 to 40, found 0",
        ),
        (
            "/design/assumptions/deals_per_active_partner",
            json!("-0.5"),
            "expected a number of deals from 0 to 1000, found -0.5",
        ),
        (
            "/design/scoreboard/metrics/1/quarterly_targets/0",
            json!("10000000000001"),
            "expected a target of at most 10000000000000, found 10000000000001",
        ),
    ];
    for (pointer, value, message) in cases {
        assert_eq!(invalid(pointer, value).message, message, "{pointer}");
    }
}

#[test]
fn dates_outside_the_years_2000_to_2100_are_refused() {
    let error = invalid(
        "/design/operating/timeline/partnerships_hire",
        json!("1999-12-31"),
    );
    assert_eq!(
        error.to_string(),
        "at design.operating.timeline.partnerships_hire: expected a date in the years 2000 to 2100, found 1999-12-31"
    );
    assert!(import_with("/design/firm/kickoff", json!("2100-12-31")).is_ok());
}

#[test]
fn over_long_texts_are_refused_counting_characters_not_bytes() {
    assert!(import_with("/design/title", json!("é".repeat(200))).is_ok());
    let error = invalid("/design/title", json!("é".repeat(201)));
    assert_eq!(
        error.to_string(),
        "at design.title: expected a text of at most 200 characters, found one of 201"
    );
    let error = invalid("/design/thesis/friction", json!("x".repeat(4001)));
    assert_eq!(error.path.in_file(), "design.thesis.friction");
}

#[test]
fn over_long_lists_are_refused() {
    let error = invalid(
        "/design/assumptions/recruits_per_quarter",
        json!(vec![1; 101]),
    );
    assert_eq!(
        error.to_string(),
        "at design.assumptions.recruits_per_quarter: expected a list of at most 100 items, found 101"
    );
}

#[test]
fn a_thousand_candidates_are_accepted_and_one_more_is_refused() {
    let candidate = example()["design"]["candidates"]["candidates"][1].clone();
    let many = |n: usize| -> Value {
        json!(
            (0..n)
                .map(|i| {
                    let mut c = candidate.clone();
                    c["id"] = json!(format!("c-{i}"));
                    c
                })
                .collect::<Vec<_>>()
        )
    };
    assert!(import_with("/design/candidates/candidates", many(1000)).is_ok());
    let error = invalid("/design/candidates/candidates", many(1001));
    assert_eq!(error.path.in_file(), "design.candidates.candidates");
}

#[test]
fn duplicate_ids_are_refused_at_the_second_one() {
    let lists = [
        ("/design/operating/roles", "design.operating.roles[2].id"),
        (
            "/design/scoreboard/metrics",
            "design.scoreboard.metrics[2].id",
        ),
        (
            "/design/candidates/criteria",
            "design.candidates.criteria[2].id",
        ),
        (
            "/design/candidates/candidates",
            "design.candidates.candidates[2].id",
        ),
    ];
    for (pointer, path) in lists {
        let mut items = example().pointer(pointer).expect("a list").clone();
        let items = items.as_array_mut().expect("a list");
        let copy = items[0].clone();
        let id = copy["id"].as_str().expect("an id").to_owned();
        items.push(copy);
        let error = invalid(pointer, json!(items));
        assert_eq!(error.path.in_file(), path);
        assert!(
            error.message.contains(&format!("\"{id}\" a second time")),
            "{error}"
        );
    }
}

#[test]
fn references_to_ids_that_do_not_exist_are_refused() {
    let cases = [
        (
            "/design/operating/roles/0/owns_metric",
            "design.operating.roles[0].owns_metric",
        ),
        (
            "/design/journey/stages/2/owner",
            "design.journey.stages[2].owner",
        ),
        (
            "/design/scoreboard/metrics/0/owner",
            "design.scoreboard.metrics[0].owner",
        ),
        (
            "/design/candidates/candidates/0/ratings/0/criterion",
            "design.candidates.candidates[0].ratings[0].criterion",
        ),
    ];
    for (pointer, path) in cases {
        let error = invalid(pointer, json!("ghost"));
        assert_eq!(error.path.in_file(), path);
        assert!(
            error
                .message
                .contains("found \"ghost\", which none of them has"),
            "{error}"
        );
    }
}

#[test]
fn a_criterion_rated_twice_for_one_candidate_is_refused() {
    let error = invalid(
        "/design/candidates/candidates/0/ratings/1/criterion",
        json!("icp-overlap"),
    );
    assert_eq!(
        error.path.in_file(),
        "design.candidates.candidates[0].ratings[1].criterion"
    );
}

#[test]
fn each_archetype_must_appear_in_the_catalogue_exactly_once() {
    let error = invalid("/design/archetypes/catalogue/1/kind", json!("reseller"));
    assert_eq!(
        error.to_string(),
        "at design.archetypes.catalogue[1]: expected each archetype at most once, found \"reseller\" a second time"
    );
    let mut document = example();
    document["design"]["archetypes"]["catalogue"]
        .as_array_mut()
        .expect("a list")
        .remove(1);
    let error = import(&document.to_string()).expect_err("refused");
    assert_eq!(
        error.to_string(),
        "at design.archetypes.catalogue: expected every archetype of the catalogue once, found no \"msp\""
    );
}

#[test]
fn a_stage_kind_twice_is_refused() {
    let error = invalid("/design/journey/stages/3/kind", json!("recruit"));
    assert_eq!(error.path.in_file(), "design.journey.stages[3]");
}

#[test]
fn a_purpose_accountability_or_red_flag_twice_is_refused() {
    let cases = [
        (
            "/design/thesis/purposes",
            json!(["market-reach", "market-reach"]),
            "design.thesis.purposes[1]",
        ),
        (
            "/design/operating/roles/0/accountabilities",
            json!(["system", "system"]),
            "design.operating.roles[0].accountabilities[1]",
        ),
        (
            "/design/candidates/candidates/1/red_flags",
            json!(["vague-commitments", "vague-commitments"]),
            "design.candidates.candidates[1].red_flags[1]",
        ),
    ];
    for (pointer, value, path) in cases {
        assert_eq!(invalid(pointer, value).path.in_file(), path);
    }
}

#[test]
fn volume_bands_must_ascend() {
    let model = json!({ "model": "tiered-by-volume", "bands": [
        { "from_referrals": 1, "rate": "10" },
        { "from_referrals": 4, "rate": "15" },
        { "from_referrals": 4, "rate": "20" }
    ]});
    let error = invalid("/design/operating/compensation/model", model);
    assert_eq!(
        error.path.in_file(),
        "design.operating.compensation.model.bands[2].from_referrals"
    );
}

#[test]
fn an_unknown_compensation_model_is_refused_at_its_tag() {
    let error = invalid(
        "/design/operating/compensation/model",
        json!({ "model": "equity" }),
    );
    assert_eq!(
        error.path.in_file(),
        "design.operating.compensation.model.model"
    );
    assert!(error.message.contains("\"flat-fee\""), "{error}");
}

#[test]
fn huge_values_where_money_is_expected_are_refused_not_wrapped() {
    for value in [
        json!("99999999999999999999999999999999"),
        json!("1e400"),
        json!("NaN"),
        json!("Infinity"),
        json!(1e300),
        json!(u64::MAX),
    ] {
        let error = invalid("/design/firm/annual_revenue", value.clone());
        assert_eq!(
            error.path.in_file(),
            "design.firm.annual_revenue",
            "{value}: {error}"
        );
    }
}

#[test]
fn an_error_message_quotes_a_long_found_value_only_in_part() {
    let error = invalid("/design/firm/currency", json!("x".repeat(5000)));
    assert!(error.message.len() < 300, "{}", error.message);
}

#[test]
fn a_number_with_a_fraction_reads_as_the_same_number_written_as_text() {
    for pointer in [
        "/design/firm/average_deal_size",
        "/design/assumptions/win_rate_lift",
    ] {
        for (number, text) in [
            (json!(60.5), "60.5"),
            (json!(0.0000001), "0.0000001"),
            (json!(1.5e1), "15"),
            (json!(12.25), "12.25"),
        ] {
            let from_number = import_with(pointer, number.clone())
                .unwrap_or_else(|e| panic!("{number} at {pointer} is read: {e}"));
            let from_text = import_with(pointer, json!(text)).expect("the text is read");
            assert_eq!(from_number, from_text, "{number} at {pointer}");
        }
    }
    let error = invalid("/design/firm/average_deal_size", json!(1.5e300));
    assert!(error.message.starts_with("expected"), "{error}");
}
