//! The designs the chart tests and the chart benchmark draw: the templates, and the Series B
//! template grown to 200 candidates and 12 quarters.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::templates::Template;

#[path = "../../examples/support/large_design.rs"]
mod large_design;

/// The kickoff every test design starts on.
pub fn kickoff() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default()
}

/// A Series B design frozen as a file, so the charts' expected figures do not move when the
/// template's own figures are retuned.
pub fn series_b() -> Design {
    let text = include_str!("../fixtures/charts/series-b.json");
    partner_blueprint::domain::format::import(text).unwrap_or_else(|e| panic!("fixture: {e}"))
}

/// A template's design from [`kickoff`].
pub fn template(template: Template) -> Design {
    template.design(kickoff())
}

/// The benchmarks' large design: the Series B template with 200 candidates on 8 criteria, 12
/// quarters, every ninth candidate red-flagged — the size a heavy user reaches.
pub fn large() -> Design {
    large_design::large_design()
}
