#![cfg(not(target_arch = "wasm32"))]
//! The JSON design format: what export writes, what import accepts, and how it refuses the
//! rest — each error kind, the path it names, and the size cap checked before parsing.

use std::fs;
use std::path::PathBuf;

use partner_blueprint::domain::Design;
use partner_blueprint::domain::format::{
    self, FORMAT, ImportError, ImportErrorKind, MAX_IMPORT_BYTES, SCHEMA_VERSION, export, import,
    validate,
};
use serde_json::{Value, json};

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format")
        .join(name)
}

fn fixture(name: &str) -> String {
    fs::read_to_string(fixture_path(name)).expect("the fixture exists")
}

/// The example design of tests/fixtures/format/valid.json, as JSON to change.
fn example() -> Value {
    serde_json::from_str(&fixture("valid.json")).expect("the example is JSON")
}

fn example_design() -> Design {
    import(&fixture("valid.json")).expect("the example design imports")
}

/// Imports the document with the value at `pointer` replaced.
fn import_with(pointer: &str, value: Value) -> Result<Design, ImportError> {
    let mut document = example();
    *document.pointer_mut(pointer).expect("the pointer exists") = value;
    import(&document.to_string())
}

/// The error importing the changed document gives; it must be an `Invalid` one.
fn invalid(pointer: &str, value: Value) -> ImportError {
    let error = import_with(pointer, value).expect_err("the change is refused");
    assert_eq!(error.kind, ImportErrorKind::Invalid, "{error}");
    error
}

#[test]
fn the_example_design_survives_export_and_import_unchanged() {
    let design = example_design();
    let again = import(&export(&design)).expect("an export imports");
    assert_eq!(again, design);
}

#[test]
fn export_writes_the_envelope_and_is_deterministic() {
    let design = example_design();
    let text = export(&design);
    assert_eq!(text, export(&design));
    let document: Value = serde_json::from_str(&text).expect("export is JSON");
    assert_eq!(document["format"], FORMAT);
    assert_eq!(document["schema_version"], SCHEMA_VERSION);
    assert_eq!(document["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        document["design"]["title"],
        "Northwind Studio partner program"
    );
    assert!(document.get("exported_at").is_none());
    assert!(text.contains("\n  \"design\""), "export is pretty-printed");
}

#[test]
fn export_carries_the_health_findings_with_their_rule_ids() {
    use partner_blueprint::domain::health;
    let design = example_design();
    let document: Value = serde_json::from_str(&export(&design)).expect("export is JSON");
    let findings = document["findings"].as_array().expect("a list of findings");
    let expected = health::check(&design);
    assert_eq!(findings.len(), expected.len());
    for (written, finding) in findings.iter().zip(&expected) {
        assert_eq!(written["rule"], finding.rule);
        assert_eq!(written["path"], finding.path.as_str());
        for field in ["severity", "mechanic", "message", "source"] {
            assert!(written[field].is_string(), "{field} in {written}");
        }
    }
}

#[test]
fn money_and_percentages_are_written_as_exact_decimal_strings() {
    let document: Value = serde_json::from_str(&export(&example_design())).expect("JSON");
    assert_eq!(document["design"]["firm"]["annual_revenue"], "1800000");
    assert_eq!(
        document["design"]["assumptions"]["deals_per_active_partner"],
        "0.5"
    );
}

#[test]
fn numbers_are_accepted_where_decimal_strings_are_expected() {
    let design = import_with("/design/firm/annual_revenue", json!(1_800_000.25)).expect("imports");
    assert_eq!(
        design.firm.annual_revenue.amount().to_string(),
        "1800000.25"
    );
}

#[test]
fn the_example_design_passes_validation() {
    assert_eq!(validate(&example_design()), Ok(()));
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_it_is_parsed() {
    let junk = "x".repeat(MAX_IMPORT_BYTES + 1);
    let error = import(&junk).expect_err("too large");
    assert_eq!(
        error.kind,
        ImportErrorKind::TooLarge,
        "junk was parsed: {error}"
    );
    assert!(error.message.contains("4096 KB"), "{error}");
}

#[test]
fn the_cap_counts_bytes_not_characters() {
    // 'é' is two bytes: half as many characters as the cap, one byte over it.
    let text = "é".repeat(MAX_IMPORT_BYTES / 2) + " ";
    assert_eq!(
        import(&text).map_err(|e| e.kind),
        Err(ImportErrorKind::TooLarge)
    );
}

#[test]
fn a_design_exactly_at_the_size_cap_is_read() {
    let text = fixture("valid.json");
    let padded = format!("{text}{}", " ".repeat(MAX_IMPORT_BYTES - text.len()));
    assert_eq!(padded.len(), MAX_IMPORT_BYTES);
    assert!(import(&padded).is_ok());
}

#[test]
fn a_design_of_two_hundred_candidates_fits_easily_under_the_cap() {
    let mut document = example();
    let candidate = document["design"]["candidates"]["candidates"][0].clone();
    let candidates: Vec<Value> = (0..200)
        .map(|n| {
            let mut c = candidate.clone();
            c["id"] = json!(format!("candidate-{n}"));
            c["name"] = json!(format!(
                "Candidate agency number {n} of the launch long list"
            ));
            c["notes"] =
                json!("Met at the retail summit; strong overlap with our clients. ".repeat(4));
            c
        })
        .collect();
    document["design"]["candidates"]["candidates"] = json!(candidates);
    let design = import(&document.to_string()).expect("imports");
    let exported = export(&design);
    assert!(
        exported.len() < MAX_IMPORT_BYTES / 10,
        "{} bytes",
        exported.len()
    );
    assert_eq!(import(&exported), Ok(design));
}

#[test]
fn a_byte_order_mark_before_a_design_is_ignored() {
    let text = format!("\u{feff}{}", fixture("valid.json"));
    assert_eq!(import(&text), Ok(example_design()));
}

#[test]
fn a_byte_order_mark_alone_is_an_empty_file() {
    let error = import("\u{feff}").expect_err("refused");
    assert_eq!(error.kind, ImportErrorKind::NotJson);
    assert_eq!(error.message, "this file is empty");
}

#[test]
fn fixtures_of_broken_files_are_refused_with_the_right_kind_and_place() {
    let cases = [
        ("empty.json", ImportErrorKind::NotJson, ""),
        ("junk.json", ImportErrorKind::NotJson, ""),
        ("nan.json", ImportErrorKind::NotJson, ""),
        ("infinity.json", ImportErrorKind::NotJson, ""),
        ("huge_exponent.json", ImportErrorKind::NotJson, ""),
        ("deep_nesting.json", ImportErrorKind::NotJson, ""),
        ("array.json", ImportErrorKind::NotADesign, ""),
        ("not_a_design.json", ImportErrorKind::NotADesign, ""),
        (
            "newer_schema.json",
            ImportErrorKind::NewerSchema { found: 2 },
            "schema_version",
        ),
        (
            "big_integer.json",
            ImportErrorKind::Invalid,
            "design.firm.annual_revenue",
        ),
        (
            "wrong_types.json",
            ImportErrorKind::Invalid,
            "design.firm.annual_revenue",
        ),
    ];
    for (name, kind, path) in cases {
        let error = import(&fixture(name)).expect_err(name);
        assert_eq!(
            (error.kind, error.path.as_str()),
            (kind, path),
            "{name}: {error}"
        );
        assert!(!error.message.is_empty(), "{name}");
    }
}

#[test]
fn nesting_deeper_than_the_parser_allows_is_refused_as_not_json() {
    let deep = format!(
        "{{\"format\": \"{FORMAT}\", \"schema_version\": 1, \"design\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let error = import(&deep).expect_err("too deep");
    assert_eq!(error.kind, ImportErrorKind::NotJson);
    assert!(error.message.contains("levels deep"), "{error}");
}

#[test]
fn a_file_without_the_format_marker_is_not_a_design() {
    let error = import(&fixture("not_a_design.json")).expect_err("refused");
    assert_eq!(error.kind, ImportErrorKind::NotADesign);
    assert!(
        error.message.contains("not a Partner Blueprint design"),
        "{error}"
    );
}

#[test]
fn a_file_of_another_format_is_not_a_design_and_says_which_it_is() {
    let mut document = example();
    document["format"] = json!("acme/crm-export");
    let error = import(&document.to_string()).expect_err("refused");
    assert_eq!(error.kind, ImportErrorKind::NotADesign);
    assert!(error.message.contains("\"acme/crm-export\""), "{error}");
}

#[test]
fn a_newer_schema_is_refused_with_a_message_saying_to_open_it_in_the_newer_app() {
    let error = import(&fixture("newer_schema.json")).expect_err("refused");
    assert_eq!(error.kind, ImportErrorKind::NewerSchema { found: 2 });
    assert!(error.message.contains("newer version"), "{error}");
    assert!(error.message.contains("open it in"), "{error}");
}

#[test]
fn a_schema_version_beyond_u32_is_still_a_newer_schema() {
    let mut document = example();
    document["schema_version"] = json!(u64::MAX);
    let error = import(&document.to_string()).expect_err("refused");
    assert_eq!(error.kind, ImportErrorKind::NewerSchema { found: u32::MAX });
}

#[test]
fn a_missing_zero_or_fractional_schema_version_is_invalid() {
    for version in [
        None,
        Some(json!(0)),
        Some(json!(1.5)),
        Some(json!("1")),
        Some(json!(-1)),
    ] {
        let mut document = example();
        match version {
            Some(v) => document["schema_version"] = v,
            None => {
                document
                    .as_object_mut()
                    .expect("an object")
                    .remove("schema_version");
            }
        }
        let error = import(&document.to_string()).expect_err("refused");
        assert_eq!(
            (error.kind, error.path.as_str()),
            (ImportErrorKind::Invalid, "schema_version")
        );
    }
}

#[test]
fn a_document_without_a_design_names_the_missing_field() {
    let mut document = example();
    document
        .as_object_mut()
        .expect("an object")
        .remove("design");
    let error = import(&document.to_string()).expect_err("refused");
    assert_eq!(
        error.to_string(),
        "at design: the field \"design\" is missing"
    );
}

#[test]
fn a_document_of_the_current_version_passes_through_migration_unchanged() {
    let document = example();
    assert_eq!(
        format::migrate(document.clone(), SCHEMA_VERSION),
        Ok(document)
    );
}

#[test]
fn findings_and_unknown_envelope_fields_are_ignored_on_import() {
    let mut document = example();
    document["findings"] = json!([{ "rule": "made.up", "severity": "critical" }, 42]);
    document["exported_at"] = json!("2025-01-01T00:00:00Z");
    assert_eq!(import(&document.to_string()), Ok(example_design()));
}

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
    let doc = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/FORMAT.md"))
        .expect("docs/FORMAT.md exists");
    assert!(
        doc.contains(&error.to_string()),
        "docs/FORMAT.md shows another wording"
    );
}

#[test]
fn wrong_types_say_what_was_expected_and_what_was_found() {
    let error = invalid("/design/firm/headcount", json!("twelve"));
    assert_eq!(error.path, "design.firm.headcount");
    assert_eq!(
        error.message,
        "expected a whole number from 0 to 4294967295, found the text \"twelve\""
    );
    let error = invalid("/design/firm/kickoff", json!("next tuesday"));
    assert_eq!(error.path, "design.firm.kickoff");
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
    assert_eq!(error.path, "design.firm.kind");
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
        assert_eq!(error.path, path, "{error}");
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
            "expected a target from 0 to 10000000000000, found 10000000000001",
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
    assert_eq!(error.path, "design.thesis.friction");
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
    assert_eq!(error.path, "design.candidates.candidates");
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
        assert_eq!(error.path, path);
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
        assert_eq!(error.path, path);
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
        error.path,
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
    assert_eq!(error.path, "design.journey.stages[3]");
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
        assert_eq!(invalid(pointer, value).path, path);
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
        error.path,
        "design.operating.compensation.model.bands[2].from_referrals"
    );
}

#[test]
fn an_unknown_compensation_model_is_refused_at_its_tag() {
    let error = invalid(
        "/design/operating/compensation/model",
        json!({ "model": "equity" }),
    );
    assert_eq!(error.path, "design.operating.compensation.model.model");
    assert!(error.message.contains("\"flat-fee\""), "{error}");
}

#[test]
fn stages_and_archetypes_listed_out_of_order_are_put_in_order() {
    let mut document = example();
    document["design"]["journey"]["stages"]
        .as_array_mut()
        .expect("a list")
        .reverse();
    document["design"]["archetypes"]["catalogue"]
        .as_array_mut()
        .expect("a list")
        .reverse();
    assert_eq!(import(&document.to_string()), Ok(example_design()));
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
        assert_eq!(error.path, "design.firm.annual_revenue", "{value}: {error}");
    }
}

#[test]
fn an_error_message_quotes_a_long_found_value_only_in_part() {
    let error = invalid("/design/firm/currency", json!("x".repeat(5000)));
    assert!(error.message.len() < 300, "{}", error.message);
}

#[test]
fn every_template_survives_export_and_import_unchanged() {
    use partner_blueprint::domain::templates::Template;
    let kickoff = chrono::NaiveDate::from_ymd_opt(2025, 3, 3).expect("a date");
    for template in Template::ALL {
        let design = template.design(kickoff);
        assert_eq!(validate(&design), Ok(()), "{template:?}");
        assert_eq!(import(&export(&design)), Ok(design), "{template:?}");
    }
}

#[test]
fn an_optional_field_left_out_reads_as_none() {
    let mut document = example();
    document["design"]["thesis"]
        .as_object_mut()
        .expect("an object")
        .remove("owning_archetype");
    let design = import(&document.to_string()).expect("imports");
    assert_eq!(design.thesis.owning_archetype, None);
}
