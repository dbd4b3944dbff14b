#![cfg(not(target_arch = "wasm32"))]
//! Scenarios: the presets made from the bands, the design read under the active one, and the
//! scenarios kept whole through a file, a share link and the Markdown, with every malformed
//! scenario refused at its place.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::analysis::analyse;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::decision::{Lever, LeverKind, Moved, SHARE_YEAR};
use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::format::{self, ImportErrorKind, document, import};
use partner_blueprint::domain::library::{decode_payload, encode_payload, to_markdown};
use partner_blueprint::domain::scenarios::{
    AS_DESIGNED, Assumption, Override, Scenario, compare, presets,
};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::Id;
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn series_b() -> Design {
    let kickoff = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    Template::SeriesBSaas.design(kickoff)
}

/// Series B with its three presets, Ambitious active.
fn with_presets() -> Design {
    let mut design = series_b();
    let made = presets(&design, &forecast(&design));
    design.scenarios.active = Some(made[2].id.clone());
    design.scenarios.list = made;
    design
}

fn share(design: &Design) -> Decimal {
    analyse(design)
        .forecast
        .year(SHARE_YEAR)
        .expect("a year two")
        .sourced_share
}

#[test]
fn the_presets_are_cautious_middling_and_bold_in_that_order() {
    let design = series_b();
    let made = presets(&design, &forecast(&design));
    let names: Vec<&str> = made.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Conservative", "Base", "Ambitious"]);
    for scenario in &made {
        assert!(!scenario.overrides.is_empty(), "{}", scenario.name);
        assert!(scenario.overrides.iter().all(Override::accepts));
    }
    let shares: Vec<Decimal> = compare(&Design {
        scenarios: partner_blueprint::domain::scenarios::Scenarios {
            list: made,
            active: None,
        },
        ..design
    })
    .iter()
    .map(|h| h.shares[1].1)
    .collect();
    // As designed, Conservative, Base, Ambitious.
    assert!(shares[1] < shares[2], "{shares:?}");
    assert!(shares[2] < shares[3], "{shares:?}");
    assert!(
        shares[1] <= shares[0] && shares[0] <= shares[3],
        "{shares:?}"
    );
}

#[test]
fn the_active_scenario_is_what_the_analysis_reads_and_none_reads_the_design() {
    let mut design = with_presets();
    let ambitious = share(&design);
    design.scenarios.active = None;
    let designed = share(&design);
    assert_eq!(
        designed,
        forecast(&series_b()).year(2).expect("y2").sourced_share
    );
    assert!(ambitious > designed, "{ambitious} against {designed}");
    // The forms keep the design's own values: the scenario only overrides what is read.
    assert_eq!(design.archetypes, series_b().archetypes);
}

#[test]
fn an_override_moves_exactly_its_assumption() {
    let mut design = series_b();
    let lift = Moved::Lever(Lever {
        kind: LeverKind::Lift,
        pool: None,
    });
    let mut scenario = Scenario {
        id: Id::new("scenario-1").expect("an id"),
        name: "Lift at 30".to_owned(),
        overrides: Vec::new(),
    };
    scenario.set(lift, Decimal::from(30));
    scenario.set(lift, Decimal::from(31));
    assert_eq!(scenario.overrides.len(), 1, "set twice is one override");
    assert_eq!(scenario.value_of(lift), Some(Decimal::from(31)));
    let mut by_hand = design.clone();
    lift.set(&mut by_hand, Decimal::from(31));
    design.scenarios.active = Some(scenario.id.clone());
    design.scenarios.list.push(scenario);
    assert_eq!(analyse(&design).forecast, forecast(&by_hand));
}

#[test]
fn scenarios_survive_a_file_a_share_link_and_reach_the_markdown() {
    let design = with_presets();
    let text = document(&design);
    assert_eq!(import(&text).expect("imports"), design);
    assert_eq!(decode_payload(&encode_payload(&design)), Ok(design.clone()));
    let md = to_markdown(&design, &analyse(&design));
    assert!(md.contains("## Scenarios"));
    assert!(md.contains("Ambitious (active)"));
    assert!(md.contains(AS_DESIGNED));
    assert!(md.contains("### Conservative"));
    assert!(md.contains("Sourced share, year 2"));
}

#[test]
fn a_version_two_file_opens_with_no_scenario_and_says_so() {
    let mut file: Value = serde_json::from_str(&document(&series_b())).expect("JSON");
    file["schema_version"] = json!(2);
    file["design"]
        .as_object_mut()
        .expect("an object")
        .remove("scenarios");
    let (design, upgrade) = format::import_noting(&file.to_string()).expect("imports");
    assert_eq!(design, series_b());
    let upgrade = upgrade.expect("an upgrade");
    assert_eq!(upgrade.from, 2);
    assert!(
        upgrade.notes[0].contains("Scenarios are new"),
        "{upgrade:?}"
    );
}

/// The file of `design` with `change` made to its first scenario, imported.
fn refused(change: impl FnOnce(&mut Value)) -> (ImportErrorKind, String, String) {
    let mut file: Value = serde_json::from_str(&document(&with_presets())).expect("JSON");
    change(&mut file["design"]["scenarios"]);
    let error = import(&file.to_string()).expect_err("refused");
    (error.kind, error.path.in_file(), error.message)
}

#[test]
fn a_malformed_scenario_is_refused_at_its_place() {
    let (kind, at, message) = refused(|s| s["list"][0]["overrides"][0]["value"] = json!("250"));
    assert_eq!(kind, ImportErrorKind::Invalid);
    assert_eq!(at, "design.scenarios.list[0].overrides[0].value");
    assert!(message.contains("250"), "{message}");

    let (_, at, message) = refused(|s| s["active"] = json!("scenario-99"));
    assert_eq!(at, "design.scenarios.active");
    assert!(message.contains("scenario-99"), "{message}");

    let (_, at, _) = refused(|s| {
        let first = s["list"][0]["overrides"][0].clone();
        s["list"][0]["overrides"]
            .as_array_mut()
            .expect("a list")
            .push(first);
    });
    assert!(
        at.starts_with("design.scenarios.list[0].overrides["),
        "{at}"
    );

    let (_, at, message) = refused(|s| s["list"][0]["overrides"][0]["archetype"] = json!(null));
    assert_eq!(at, "design.scenarios.list[0].overrides[0].archetype");
    assert!(message.contains("archetype"), "{message}");

    let (_, at, _) = refused(|s| s["list"][1]["id"] = s["list"][0]["id"].clone());
    assert_eq!(at, "design.scenarios.list[1].id");

    let (_, at, message) = refused(|s| s["list"][0]["overrides"][0]["assumption"] = json!("luck"));
    assert_eq!(at, "design.scenarios.list[0].overrides[0].assumption");
    assert!(message.contains("luck"), "{message}");
}

#[test]
fn an_override_names_its_pool_only_when_it_has_one() {
    let pool = Override {
        assumption: Assumption::Activation,
        archetype: Some(ArchetypeKind::Referral),
        value: Decimal::from(30),
    };
    assert!(pool.accepts());
    assert!(
        !Override {
            archetype: None,
            ..pool
        }
        .accepts()
    );
    assert!(
        !Override {
            assumption: Assumption::Lift,
            ..pool
        }
        .accepts()
    );
    assert!(
        !Override {
            value: Decimal::from(101),
            ..pool
        }
        .accepts()
    );
}
