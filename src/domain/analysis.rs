//! The one full recompute the app runs on every change: forecast and ranking once, the health
//! check over them, and readiness from its findings.

use serde::Serialize;

use super::design::Design;
use super::forecast::{Forecast, forecast};
use super::health::{Context, Finding, check_with};
use super::ranking::{Ranking, rank};
use super::readiness::{Readiness, readiness};
use super::scenarios::effective;

/// Everything computed from a design.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Analysis {
    /// The health check's findings, worst first.
    pub findings: Vec<Finding>,
    pub readiness: Readiness,
    pub forecast: Forecast,
    pub ranking: Ranking,
}

/// Analyses a design under its active scenario: computes the forecast and the ranking once and
/// everything else from them.
pub fn analyse(design: &Design) -> Analysis {
    let design = &*effective(design);
    let forecast = forecast(design);
    let ranking = rank(design);
    let findings = check_with(&Context {
        design,
        forecast: &forecast,
        ranking: &ranking,
    });
    let readiness = readiness(design, &findings);
    Analysis {
        findings,
        readiness,
        forecast,
        ranking,
    }
}
