#![cfg(not(target_arch = "wasm32"))]
//! The JSON design format: what export writes, what import accepts, and how it refuses a file
//! as a whole — the size cap checked before parsing, broken JSON, a file that is no design, a
//! newer schema. tests/format_values.rs covers the values inside a design.

#[path = "format/support.rs"]
mod support;

use partner_blueprint::domain::format::{
    self, FORMAT, ImportErrorKind, MAX_IMPORT_BYTES, SCHEMA_VERSION, export, import, validate,
};
use partner_blueprint::domain::health::check;
use serde_json::{Value, json};
use support::{example, example_design, fixture, import_with};

#[test]
fn the_example_design_survives_export_and_import_unchanged() {
    let design = example_design();
    let again = import(&export(&design, &check(&design))).expect("an export imports");
    assert_eq!(again, design);
}

#[test]
fn export_writes_the_envelope_and_is_deterministic() {
    let design = example_design();
    let text = export(&design, &check(&design));
    assert_eq!(text, export(&design, &check(&design)));
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
    let document: Value =
        serde_json::from_str(&export(&design, &check(&design))).expect("export is JSON");
    let findings = document["findings"].as_array().expect("a list of findings");
    let expected = health::check(&design);
    assert_eq!(findings.len(), expected.len());
    for (written, finding) in findings.iter().zip(&expected) {
        assert_eq!(written["rule"], finding.rule);
        assert_eq!(written["path"], finding.path.dotted());
        for field in ["severity", "mechanic", "message", "source"] {
            assert!(written[field].is_string(), "{field} in {written}");
        }
    }
}

#[test]
fn money_and_percentages_are_written_as_exact_decimal_strings() {
    let document: Value =
        serde_json::from_str(&export(&example_design(), &check(&example_design()))).expect("JSON");
    assert_eq!(document["design"]["firm"]["annual_revenue"], "1800000");
    assert_eq!(
        document["design"]["archetypes"]["catalogue"][0]["pool"]["deals_per_partner"],
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
    let exported = export(&design, &check(&design));
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
            ImportErrorKind::NewerSchema { found: 6 },
            "schema_version",
        ),
        (
            "big_integer.json",
            ImportErrorKind::Invalid,
            "design.firm.annual_revenue",
        ),
        ("wrong_types.json", ImportErrorKind::Invalid, "design.title"),
    ];
    for (name, kind, path) in cases {
        let error = import(&fixture(name)).expect_err(name);
        assert_eq!(
            (error.kind, error.path.in_file().as_str()),
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
    assert_eq!(error.kind, ImportErrorKind::NewerSchema { found: 6 });
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
            (error.kind, error.path.in_file().as_str()),
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
        Ok((document, None))
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
fn every_template_survives_export_and_import_unchanged() {
    use partner_blueprint::domain::templates::Template;
    let kickoff = chrono::NaiveDate::from_ymd_opt(2025, 3, 3).expect("a date");
    for template in Template::ALL {
        let design = template.design(kickoff);
        assert_eq!(validate(&design), Ok(()), "{template:?}");
        assert_eq!(
            import(&export(&design, &check(&design))),
            Ok(design),
            "{template:?}"
        );
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

/// Every version-1 file in the repository: the example, the Series B design the charts drew
/// under version 1, and the health scenarios (a design alone, put in a version-1 envelope).
fn version_one_files() -> Vec<(String, String)> {
    let mut files = vec![
        ("valid.json".to_owned(), fixture("valid.json")),
        ("v1_series_b.json".to_owned(), fixture("v1_series_b.json")),
    ];
    for name in [
        "activity_only",
        "hire_first",
        "no_offboarding",
        "six_archetypes",
    ] {
        let design = support::repo_file(&format!("tests/fixtures/health/{name}.json"));
        files.push((
            format!("health/{name}.json"),
            format!("{{\"format\": \"{FORMAT}\", \"schema_version\": 1, \"design\": {design}}}"),
        ));
    }
    files
}

#[test]
fn every_version_one_file_is_upgraded_says_so_and_round_trips() {
    for (name, text) in version_one_files() {
        let document: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(document["schema_version"], 1, "{name}");
        let (design, upgrade) = format::import_noting(&text).expect(&name);
        let upgrade = upgrade.expect("an upgrade is reported");
        assert_eq!(upgrade.from, 1, "{name}");
        assert_eq!(upgrade.notes.len(), 7, "{name}: {:?}", upgrade.notes);
        // The partner cycle starts equal to the direct cycle, as the version-1 forecast had it.
        let cycle = &document["design"]["firm"]["sales_cycle_days"];
        assert_eq!(
            json!(design.firm.partner_sales_cycle_days.get()),
            *cycle,
            "{name}"
        );
        assert!(
            upgrade.notes[0].contains(&format!("({cycle} days)")),
            "{name}"
        );
        assert!(!design.firm.sells_subscriptions, "{name}");
        let quarters = &document["design"]["assumptions"]["quarters_to_activate"];
        assert!(
            upgrade.notes[2].contains(&format!("({quarters})")),
            "{name}"
        );
        // The activation rate and deals a partner move into every archetype's pool.
        let assumptions = &document["design"]["assumptions"];
        for profile in &design.archetypes.catalogue {
            assert_eq!(
                json!(profile.pool.activation_rate),
                assumptions["activation_rate"],
                "{name}"
            );
            assert_eq!(
                json!(profile.pool.deals_per_partner),
                assumptions["deals_per_active_partner"],
                "{name}"
            );
        }
        // Everything else in the file is kept: the design written back out holds every value
        // the version-1 file held, but for the one figure the journey now decides and the two
        // that moved into the pools.
        let mut old = document["design"].clone();
        let old_assumptions = old["assumptions"].as_object_mut().expect("assumptions");
        for moved in [
            "quarters_to_activate",
            "activation_rate",
            "deals_per_active_partner",
        ] {
            old_assumptions.remove(moved);
        }
        let written: Value = serde_json::from_str(&format::document(&design)).expect("JSON");
        assert_eq!(written["schema_version"], SCHEMA_VERSION);
        assert!(contains(&written["design"], &old), "{name} lost a value");
        // And the upgraded design exports to a file that imports unchanged, with no notice.
        let again = format::import_noting(&export(&design, &check(&design))).expect(&name);
        assert_eq!(again, (design, None), "{name}");
    }
}

/// `whole` holds every member `part` has, with the same value (lists element by element);
/// stages and the catalogue may be reordered on import, so lists of objects are matched by
/// their "kind" where they have one.
fn contains(whole: &Value, part: &Value) -> bool {
    match (whole, part) {
        (Value::Object(w), Value::Object(p)) => p
            .iter()
            .all(|(k, v)| w.get(k).is_some_and(|wv| contains(wv, v))),
        (Value::Array(w), Value::Array(p)) => {
            w.len() == p.len()
                && p.iter().all(|pv| match pv.get("kind") {
                    Some(kind) => w
                        .iter()
                        .any(|wv| wv.get("kind") == Some(kind) && contains(wv, pv)),
                    None => w.iter().any(|wv| contains(wv, pv)),
                })
        }
        (Value::Number(w), Value::Number(p)) => w.to_string() == p.to_string(),
        _ => whole == part,
    }
}

#[test]
fn a_current_file_reports_no_upgrade() {
    let design = example_design();
    let (_, upgrade) = format::import_noting(&export(&design, &check(&design))).expect("imports");
    assert_eq!(upgrade, None);
}
