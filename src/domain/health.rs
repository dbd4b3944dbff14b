//! The health check: every rule of BLUEPRINT.md's table, and a few more the articles support,
//! run over a design. Each rule is a small function beside its metadata (id, severity,
//! mechanic, source) in a submodule grouped by mechanic; [`RULES`] lists them all in the table's
//! order. A finding names the offending item in plain words and carries the dot-separated path
//! of the field to fix, as in the JSON export (`operating.roles.2.owns_metric`).
//!
//! docs/HEALTH.md defines the words the rules rely on ("missing", "a slogan", "filled", "a small
//! firm") and lists every rule.

mod archetypes;
mod assumptions;
mod attribution;
mod candidates;
mod capacity;
mod economics;
mod filled;
mod forecast;
mod journey;
mod registry;
mod roles;
mod scoreboard;
mod sequence;
mod terms;
mod thesis;
mod timeline;
mod words;

use serde::Serialize;

use super::design::{Design, Mechanic};
use super::firm::FirmProfile;
use super::forecast::{Forecast, forecast};
use super::order;
use super::path::DocPath;
use super::ranking::{Ranking, SMALL_FIRM_HEADCOUNT, rank};

pub use archetypes::{MAX_ARCHETYPES, POOR_ICP_MATCH};
pub use filled::filled;
pub use journey::FIRST_DEAL_DAYS;
pub use registry::RULES;
pub use sequence::OUT_OF_ORDER;
pub use terms::tiers_supported;
pub use words::{
    COMMON_WORDS, GENERIC_WORDS, MIN_SPECIFIC_WORDS, MIN_STATEMENT_WORDS, is_generic, is_missing,
    is_slogan, specific_words, word_count,
};

/// How bad a finding is. Ordered with the worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The design will fail as written.
    Critical,
    /// A known pitfall.
    Warning,
    /// Advice.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Critical, Severity::Warning, Severity::Info];

    pub fn label(self) -> &'static str {
        match self {
            Severity::Critical => "Critical",
            Severity::Warning => "Warning",
            Severity::Info => "Info",
        }
    }
}

/// One thing the health check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's id, e.g. `archetypes.too-many`.
    pub rule: &'static str,
    pub severity: Severity,
    /// The mechanic the finding belongs to (for `sequence.out-of-order`, the mechanic filled
    /// too early).
    pub mechanic: Mechanic,
    /// One line in plain words, naming the offending item.
    pub message: String,
    /// The source the rule rests on, e.g. `002 "Three is the upper limit"`.
    pub source: &'static str,
    /// The field to fix, with the index of the offending item; the JSON export writes it
    /// dot-separated (`operating.roles.2.owns_metric`), and the field that edits it carries it as
    /// its element id.
    pub path: DocPath,
}

/// A health rule: its metadata and the function that checks it.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    /// The severity of its findings; a finding may be milder (`economics.low-return` says it
    /// cannot judge yet as info), never worse.
    pub severity: Severity,
    /// The mechanic its findings belong to.
    pub mechanic: Mechanic,
    pub source: &'static str,
    /// When it fires, in one line.
    pub summary: &'static str,
    pub check: Check,
}

/// How a rule checks a design.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// From the design, its forecast and its ranking.
    Design(fn(&Context) -> Vec<Finding>),
    /// From the findings of every rule that checks the design: run after them, over what they
    /// found (the order of the mechanics judges which mechanic is not done yet).
    Findings(fn(&Context, &[Finding]) -> Vec<Finding>),
}

impl Rule {
    /// A finding of this rule, in its own mechanic.
    pub fn finding(&self, message: impl Into<String>, path: DocPath) -> Finding {
        self.finding_in(self.mechanic, message, path)
    }

    /// A finding of this rule placed in another mechanic.
    pub fn finding_in(
        &self,
        mechanic: Mechanic,
        message: impl Into<String>,
        path: DocPath,
    ) -> Finding {
        Finding {
            rule: self.id,
            severity: self.severity,
            mechanic,
            message: message.into(),
            source: self.source,
            path,
        }
    }
}

/// What a rule reads: the design, and its forecast and ranking computed once.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub design: &'a Design,
    pub forecast: &'a Forecast,
    pub ranking: &'a Ranking,
}

/// Checks a design under its active scenario: computes its forecast and ranking once, then runs
/// every rule.
pub fn check(design: &Design) -> Vec<Finding> {
    let design = &*super::scenarios::effective(design);
    let forecast = forecast(design);
    let ranking = rank(design);
    check_with(&Context {
        design,
        forecast: &forecast,
        ranking: &ranking,
    })
}

/// Runs every rule over a context: first the rules that check the design, then the rules that
/// read their findings. Findings come worst first, then in the order of the mechanics, then in
/// the order of [`RULES`], then in the order of the offending items.
pub fn check_with(ctx: &Context) -> Vec<Finding> {
    let mut findings: Vec<Finding> = RULES
        .iter()
        .flat_map(|rule| match rule.check {
            Check::Design(check) => check(ctx),
            Check::Findings(_) => Vec::new(),
        })
        .collect();
    let second: Vec<Finding> = RULES
        .iter()
        .flat_map(|rule| match rule.check {
            Check::Findings(check) => check(ctx, &findings),
            Check::Design(_) => Vec::new(),
        })
        .collect();
    findings.extend(second);
    order::sort_by_key(&mut findings, |f| (f.severity, f.mechanic));
    findings
}

/// Whether `next` raises a finding that `shown` does not have, by rule and field. While a person
/// is typing, such a finding may be a half-typed value on its way elsewhere (1 % on the way to
/// 15 %); a finding that goes, or only changes its words, is never one.
pub fn raises_new(shown: &[Finding], next: &[Finding]) -> bool {
    next.iter()
        .any(|f| !shown.iter().any(|s| s.rule == f.rule && s.path == f.path))
}

/// Whether the rule with this id holds a value to its benchmark band: its findings are shown
/// beside the field as well as in the lists.
pub fn judges_a_band(rule: &str) -> bool {
    rule == assumptions::OUT_OF_BAND.id || rule == assumptions::IMPLAUSIBLE.id
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// A small firm: fewer than [`SMALL_FIRM_HEADCOUNT`] people, whatever its kind (000 contrasts
/// "a five-person agency" with "a 200-person firm"; the ranking uses the same line for its 3–5
/// launch set). A 2,000-person consultancy is not small.
pub fn is_small_firm(firm: &FirmProfile) -> bool {
    firm.headcount.get() < SMALL_FIRM_HEADCOUNT
}
