#![cfg(not(target_arch = "wasm32"))]
//! The workshop's decision log and agenda: decisions added, removed and listed per step, both
//! kept whole through a file and a share link, a version-3 file given an empty log and the
//! two-hour agenda, and every malformed decision or agenda refused at its place.

use chrono::NaiveDate;
use partner_blueprint::domain::format::{self, ImportErrorKind, document, import};
use partner_blueprint::domain::library::{decode_payload, encode_payload};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Id, Minutes, PlanDate};
use partner_blueprint::domain::workshop::Agenda;
use partner_blueprint::domain::{Design, Mechanic};
use serde_json::{Value, json};

fn day(d: u32) -> PlanDate {
    PlanDate::new(NaiveDate::from_ymd_opt(2027, 1, d).expect("a real date")).expect("in range")
}

fn series_b() -> Design {
    Template::SeriesBSaas.design(day(4).date())
}

/// Series B with three decisions at two steps and an agenda of its own.
fn logged() -> Design {
    let mut design = series_b();
    for (mechanic, what) in [
        (
            Mechanic::Thesis,
            "Mid-market buyers buy faster with a reseller",
        ),
        (
            Mechanic::Journey,
            "Onboarding ends at the first registered deal",
        ),
        (Mechanic::Thesis, "Resellers own the relationship"),
    ] {
        design
            .add_decision(mechanic, what, "Resellers or referral", "CRO", day(5))
            .expect("added");
    }
    design.agenda.set(Mechanic::Thesis, Minutes::of(45));
    design.agenda.set(Mechanic::Economics, Minutes::of(5));
    design
}

#[test]
fn a_decision_is_added_under_a_fresh_id_and_listed_at_its_step_in_order() {
    let design = logged();
    let ids: Vec<&str> = design.decisions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["decision-1", "decision-2", "decision-3"]);
    let thesis: Vec<&str> = design
        .decisions_of(Mechanic::Thesis)
        .map(|d| d.what.as_str())
        .collect();
    assert_eq!(
        thesis,
        [
            "Mid-market buyers buy faster with a reseller",
            "Resellers own the relationship"
        ]
    );
    assert_eq!(design.decisions_of(Mechanic::Candidates).count(), 0);
}

#[test]
fn an_empty_decision_is_refused_and_adds_nothing() {
    let mut design = series_b();
    let refused = design.add_decision(Mechanic::Thesis, "   ", "", "", day(5));
    assert_eq!(refused, Err("Enter what was decided.".to_owned()));
    assert!(design.decisions.is_empty());
}

#[test]
fn a_removed_decision_leaves_the_others_and_its_id_is_given_again() {
    let mut design = logged();
    let id = Id::new("decision-2").expect("an id");
    let removed = design.remove_decision(&id).expect("removed");
    assert_eq!(removed.mechanic, Mechanic::Journey);
    assert_eq!(design.decisions.len(), 2);
    assert_eq!(design.remove_decision(&id), None);
    let again = design
        .add_decision(
            Mechanic::Scoreboard,
            "Track sourced pipeline",
            "",
            "",
            day(6),
        )
        .expect("added");
    assert_eq!(again, id);
}

#[test]
fn the_default_agenda_is_two_hours_in_the_blueprint_order() {
    let agenda = Agenda::default();
    assert_eq!(agenda.total_minutes(), 120);
    let steps: Vec<Mechanic> = agenda.steps().map(|s| s.step).collect();
    assert_eq!(steps, Mechanic::ALL);
    assert_eq!(series_b().agenda, agenda);
    assert!(series_b().decisions.is_empty());
}

#[test]
fn decisions_and_the_agenda_survive_a_file_and_a_share_link() {
    let design = logged();
    assert_eq!(design.agenda.total_minutes(), 120 + 25 - 5);
    assert_eq!(import(&document(&design)), Ok(design.clone()));
    assert_eq!(decode_payload(&encode_payload(&design)), Ok(design));
}

#[test]
fn a_version_three_file_gains_an_empty_log_and_the_two_hour_agenda_and_says_so() {
    let mut file: Value = serde_json::from_str(&document(&series_b())).expect("JSON");
    file["schema_version"] = json!(3);
    let design = file["design"].as_object_mut().expect("an object");
    design.remove("decisions");
    design.remove("agenda");
    let (design, upgrade) = format::import_noting(&file.to_string()).expect("imports");
    assert_eq!(design, series_b());
    let upgrade = upgrade.expect("an upgrade");
    assert_eq!(upgrade.from, 3);
    assert_eq!(upgrade.notes.len(), 1, "{upgrade:?}");
    assert!(upgrade.notes[0].contains("decision log"), "{upgrade:?}");
}

/// The file of the logged design with `change` made to its design, imported: the refusal's
/// place and message.
fn refused(change: impl FnOnce(&mut Value)) -> (String, String) {
    let mut file: Value = serde_json::from_str(&document(&logged())).expect("JSON");
    change(&mut file["design"]);
    let error = import(&file.to_string()).expect_err("refused");
    assert_eq!(error.kind, ImportErrorKind::Invalid, "{error}");
    (error.path.in_file(), error.message)
}

#[test]
fn a_decision_text_past_its_limit_is_refused_at_its_place() {
    let (at, message) = refused(|d| d["decisions"][1]["owner"] = json!("x".repeat(201)));
    assert_eq!(at, "design.decisions[1].owner");
    assert!(message.contains("at most 200 characters"), "{message}");
    let (at, _) = refused(|d| d["decisions"][0]["options"] = json!("x".repeat(4001)));
    assert_eq!(at, "design.decisions[0].options");
}

#[test]
fn a_decision_that_decides_nothing_is_refused() {
    let (at, message) = refused(|d| d["decisions"][2]["what"] = json!("  "));
    assert_eq!(at, "design.decisions[2].what");
    assert!(message.contains("what was decided"), "{message}");
}

#[test]
fn a_decision_dated_outside_the_plan_years_is_refused() {
    let (at, message) = refused(|d| d["decisions"][0]["date"] = json!("1999-12-31"));
    assert_eq!(at, "design.decisions[0].date");
    assert!(message.contains("2000 to 2100"), "{message}");
}

#[test]
fn two_decisions_of_one_id_are_refused() {
    let (at, message) = refused(|d| d["decisions"][2]["id"] = json!("decision-1"));
    assert_eq!(at, "design.decisions[2].id");
    assert!(message.contains("decision-1"), "{message}");
}

#[test]
fn a_decision_at_a_step_the_blueprint_lacks_is_refused() {
    let (at, message) = refused(|d| d["decisions"][0]["mechanic"] = json!("astrology"));
    assert_eq!(at, "design.decisions[0].mechanic");
    assert!(message.contains("astrology"), "{message}");
    assert!(message.contains("operating-model"), "{message}");
}

#[test]
fn an_agenda_minute_out_of_range_is_refused_at_its_step() {
    for minutes in [0, 241] {
        let (at, message) = refused(|d| d["agenda"]["steps"][3]["minutes"] = json!(minutes));
        assert_eq!(at, "design.agenda.steps[3].minutes");
        assert!(message.contains("minutes from 1 to 240"), "{message}");
    }
}

#[test]
fn an_agenda_missing_a_step_or_naming_one_twice_is_refused() {
    let (at, message) = refused(|d| {
        d["agenda"]["steps"]
            .as_array_mut()
            .expect("a list")
            .remove(6);
    });
    assert_eq!(at, "design.agenda.steps");
    assert!(message.contains("none for \"economics\""), "{message}");

    let (at, message) = refused(|d| d["agenda"]["steps"][4]["step"] = json!("thesis"));
    assert_eq!(at, "design.agenda.steps[4].step");
    assert!(message.contains("\"thesis\" a second time"), "{message}");
}

#[test]
fn an_agenda_in_another_order_reads_as_the_same_agenda() {
    let mut file: Value = serde_json::from_str(&document(&logged())).expect("JSON");
    file["design"]["agenda"]["steps"]
        .as_array_mut()
        .expect("a list")
        .reverse();
    assert_eq!(import(&file.to_string()), Ok(logged()));
}
