#![cfg(not(target_arch = "wasm32"))]
//! Every health rule, made to fire and kept quiet. Each scenario starts from a filled template
//! (which raises no finding) and changes one thing; some scenarios are JSON fixtures under
//! tests/fixtures/health/. Every finding's path is checked to lead to a field of the design's
//! JSON.

#[path = "health_rules/archetypes.rs"]
mod archetypes;
#[path = "health_rules/assumptions.rs"]
mod assumptions;
#[path = "health_rules/candidates.rs"]
mod candidates;
#[path = "health_rules/capacity.rs"]
mod capacity;
#[path = "health_rules/economics.rs"]
mod economics;
#[path = "health_rules/forecast.rs"]
mod forecast;
#[path = "health_rules/journey.rs"]
mod journey;
#[path = "health_rules/operating.rs"]
mod operating;
#[path = "health_rules/scoreboard.rs"]
mod scoreboard;
#[path = "health_rules/sequence.rs"]
mod sequence;
#[path = "health_rules/terms.rs"]
mod terms;
#[path = "health_rules/thesis.rs"]
mod thesis;

use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::bands;
use partner_blueprint::domain::health::{Finding, check, rule};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::Id;
use serde_json::Value;

/// The kickoff every scenario uses.
pub fn kickoff() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).expect("a valid date")
}

/// The Series B template: no finding at all.
pub fn series_b() -> Design {
    Template::SeriesBSaas.design(kickoff())
}

/// The services-firm template: no finding at all.
pub fn services() -> Design {
    Template::ServicesFirm.design(kickoff())
}

/// A scenario from tests/fixtures/health/: a design as schema version 1 wrote it, imported as a
/// file of that version would be (brought up to date, then read and validated).
pub fn fixture(name: &str) -> Design {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/health")
        .join(format!("{name}.json"));
    let text = fs::read_to_string(&path).expect("the fixture exists");
    let document = format!(
        "{{\"format\": \"{}\", \"schema_version\": 1, \"design\": {text}}}",
        partner_blueprint::domain::format::FORMAT
    );
    partner_blueprint::domain::format::import(&document).expect("the fixture imports")
}

/// A design file under tests/fixtures/health/, in the current schema, imported as a person would
/// open it.
pub fn design_file(name: &str) -> Design {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/health")
        .join(format!("{name}.json"));
    let text = fs::read_to_string(&path).expect("the fixture exists");
    partner_blueprint::domain::format::import(&text).expect("the fixture imports")
}

pub fn id(text: &str) -> Id {
    Id::new(text).expect("a valid id")
}

/// The findings of one rule, after checking that the rule exists and that every finding's path
/// leads to a field of the design's JSON.
pub fn findings_of(design: &Design, rule_id: &str) -> Vec<Finding> {
    let rule = rule(rule_id).unwrap_or_else(|| panic!("no rule {rule_id}"));
    let json = serde_json::to_value(design).expect("a design serialises");
    let findings: Vec<Finding> = check(design)
        .into_iter()
        .filter(|f| f.rule == rule_id)
        .collect();
    for finding in &findings {
        assert!(
            resolves(&json, &finding.path.dotted()),
            "{rule_id}: path {} is not a field of the design",
            finding.path
        );
        // A rule's severity is the worst it raises: economics.low-return says "cannot judge
        // yet" as info.
        assert!(
            finding.severity >= rule.severity,
            "{rule_id} raised {:?}",
            finding.severity
        );
        // A band's rules cite the band's own sources.
        if rule.source == "the band's source" {
            assert!(
                bands::ALL.iter().any(|b| b.cite == finding.source),
                "{rule_id} cites {}",
                finding.source
            );
        } else {
            assert_eq!(finding.source, rule.source);
        }
        assert!(!finding.message.trim().is_empty());
    }
    findings
}

/// Asserts the rule fires, and returns its findings.
pub fn fires(design: &Design, rule_id: &str) -> Vec<Finding> {
    let findings = findings_of(design, rule_id);
    assert!(!findings.is_empty(), "{rule_id} did not fire");
    findings
}

/// Asserts the rule stays quiet.
pub fn quiet(design: &Design, rule_id: &str) {
    let findings = findings_of(design, rule_id);
    assert!(findings.is_empty(), "{rule_id} fired: {findings:#?}");
}

/// The paths of some findings.
pub fn paths(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| f.path.dotted()).collect()
}

/// Whether a dot-separated path leads to a value in `json` (array items by index).
pub fn resolves(json: &Value, path: &str) -> bool {
    let mut value = json;
    for part in path.split('.') {
        let next = match value {
            Value::Object(map) => map.get(part),
            Value::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
        match next {
            Some(v) => value = v,
            None => return false,
        }
    }
    true
}
