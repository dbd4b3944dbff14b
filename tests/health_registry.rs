#![cfg(not(target_arch = "wasm32"))]
//! The rule registry: every rule of BLUEPRINT.md's table is there with its id, severity and
//! source, in the table's order; ids are unique; findings come worst first.

use std::collections::HashSet;

use chrono::NaiveDate;
use partner_blueprint::domain::Mechanic;
use partner_blueprint::domain::health::{RULES, Severity, check, raises_new, rule};
use partner_blueprint::domain::places;
use partner_blueprint::domain::templates::Template;

use Severity::{Critical, Info, Warning};

/// BLUEPRINT.md's health-rule table: id, severity, source.
const TABLE: [(&str, Severity, &str); 34] = [
    ("thesis.incomplete", Critical, "002 \"you have a slogan\""),
    ("thesis.no-partner-value", Warning, "003 Step 1"),
    ("thesis.no-purpose", Warning, "000 Step One"),
    ("thesis.archetype-not-chosen", Warning, "002"),
    ("archetypes.none", Critical, "002"),
    (
        "archetypes.too-many",
        Critical,
        "002 \"Three is the upper limit\"",
    ),
    ("archetypes.three", Info, "002 \"Two is better\""),
    (
        "archetypes.icp-mismatch",
        Warning,
        "002 \"buyers match your ICP\"",
    ),
    (
        "roles.no-number",
        Critical,
        "002 \"every named role … a specific number\"",
    ),
    ("roles.no-sponsor", Warning, "002, 001, 004"),
    ("roles.no-owners", Warning, "002 FAQ"),
    ("roles.leadership-time", Warning, "000 Step Two"),
    (
        "attribution.missing",
        Critical,
        "002 \"No attribution model\"",
    ),
    ("attribution.incomplete", Warning, "002 FAQ"),
    ("attribution.no-conflict-rule", Warning, "001, 003"),
    ("dealreg.missing", Warning, "002, 003"),
    ("tiers.not-monotonic", Critical, "003, 001"),
    ("tiers.too-many-for-partners", Info, "elinkages.com"),
    ("compensation.no-trigger", Warning, "003 Step 3, 001"),
    ("tooling.prm-too-early", Warning, "002 \"Do I need a PRM\""),
    (
        "timeline.hire-before-design",
        Critical,
        "002 \"Hiring first\"",
    ),
    (
        "journey.no-done",
        Critical,
        "002 \"Every stage gets a definition of done\"",
    ),
    (
        "journey.no-offboarding",
        Critical,
        "002 \"No off-boarding plan\"",
    ),
    (
        "journey.slow-first-deal",
        Warning,
        "002 \"first-90-days motion\"",
    ),
    ("journey.no-owner", Warning, "002"),
    (
        "scoreboard.activity-only",
        Critical,
        "002 \"Activity metrics replace output metrics\"",
    ),
    ("scoreboard.missing-leading", Warning, "002"),
    ("scoreboard.no-owner", Warning, "002"),
    ("scoreboard.below-floor", Warning, "002 FAQ"),
    ("scoreboard.flat-share", Warning, "002 FAQ"),
    ("economics.low-return", Warning, "001"),
    (
        "sequence.out-of-order",
        Warning,
        "002 \"Skipping any of the first three breaks the next two\"",
    ),
    ("candidates.too-many", Warning, "003, 000"),
    ("candidates.below-bar", Warning, "001, 004"),
];

/// The second edition's new rules: id, severity, source. (`tiers.too-many-for-partners`
/// replaces `tiers.premature` in the first table.)
const SECOND_EDITION: [(&str, Severity, &str); 8] = [
    (
        "forecast.no-early-pipeline",
        Critical,
        "002 \"forecastable partner-sourced pipeline within two quarters of launch\"",
    ),
    ("forecast.below-floor", Warning, "002 FAQ"),
    ("forecast.target-unbacked", Warning, "002 \"forecastable\""),
    ("capacity.manager-overload", Warning, "track360.io"),
    (
        "candidates.archetype-not-chosen",
        Warning,
        "002 \"pick 2–3 archetypes\"",
    ),
    ("candidates.too-few-passing", Warning, "003, 000, 001"),
    ("assumptions.out-of-band", Warning, "the band's source"),
    ("assumptions.implausible", Critical, "the band's source"),
];

fn kickoff() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).expect("a valid date")
}

#[test]
fn every_rule_id_is_unique() {
    let mut seen = HashSet::new();
    for r in RULES {
        assert!(seen.insert(r.id), "{} is registered twice", r.id);
    }
}

#[test]
fn every_rule_of_the_blueprint_table_is_registered_with_its_severity_and_source() {
    for (id, severity, source) in TABLE.into_iter().chain(SECOND_EDITION) {
        let r = rule(id).unwrap_or_else(|| panic!("{id} is not registered"));
        assert_eq!(r.severity, severity, "{id}");
        assert_eq!(r.source, source, "{id}");
    }
}

#[test]
fn the_table_rules_keep_the_table_order() {
    let order: Vec<&str> = RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| TABLE.iter().any(|(t, _, _)| t == id))
        .collect();
    let table: Vec<&str> = TABLE.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(order, table);
}

#[test]
fn every_rule_has_a_source_a_summary_and_a_dotted_id() {
    for r in RULES {
        assert!(!r.source.trim().is_empty(), "{}", r.id);
        assert!(!r.summary.trim().is_empty(), "{}", r.id);
        let (topic, name) = r.id.split_once('.').expect("a dotted id");
        assert!(!topic.is_empty() && !name.is_empty(), "{}", r.id);
        assert!(
            r.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'-'),
            "{}",
            r.id
        );
    }
}

#[test]
fn an_unknown_rule_id_is_not_found() {
    assert!(rule("thesis.unknown").is_none());
}

#[test]
fn severities_order_critical_first() {
    assert!(Critical < Warning && Warning < Info);
    assert_eq!(
        serde_json::to_value(Critical).expect("serialises"),
        serde_json::json!("critical")
    );
}

#[test]
fn findings_come_worst_first_then_in_mechanic_order() {
    let findings = check(&Template::Blank.design(kickoff()));
    let keys: Vec<(Severity, Mechanic)> =
        findings.iter().map(|f| (f.severity, f.mechanic)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn a_finding_serialises_with_its_rule_id_and_path() {
    let findings = check(&Template::Blank.design(kickoff()));
    let json = serde_json::to_value(&findings[0]).expect("serialises");
    assert_eq!(json["rule"], "thesis.incomplete");
    assert_eq!(json["severity"], "critical");
    assert_eq!(json["mechanic"], "thesis");
    assert_eq!(json["path"], "thesis.customer");
}

#[test]
fn a_finding_is_new_only_when_its_rule_and_field_were_not_shown() {
    let shown = check(&Template::Blank.design(kickoff()));
    assert!(shown.len() > 2);
    assert!(!raises_new(&shown, &shown));
    // Findings that go, or only change their words, raise nothing new.
    assert!(!raises_new(&shown, &shown[1..]));
    let mut reworded = shown.clone();
    reworded[0].message = "Other words".to_owned();
    assert!(!raises_new(&shown, &reworded));
    // The same rule on another field, or another rule, is new.
    let mut moved = shown.clone();
    moved[0].path = places::firm::NAME.path();
    assert!(raises_new(&shown, &moved));
    assert!(raises_new(&shown[1..], &shown));
}

#[test]
fn every_rule_is_documented_in_the_health_guide() {
    let guide = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/HEALTH.md"),
    )
    .expect("docs/HEALTH.md exists");
    for r in RULES {
        assert!(
            guide.contains(&format!("`{}`", r.id)),
            "{} is not documented",
            r.id
        );
    }
}
