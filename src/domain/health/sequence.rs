//! The order of the five mechanics (002: "The sequence matters. Skipping any of the first three
//! breaks the next two."; "Do these five in order").

use super::super::design::Mechanic;
use super::filled::filled;
use super::roles;
use super::{Check, Context, Finding, Rule, Severity};

/// The five mechanics in the order they are designed.
const ORDER: [Mechanic; 5] = [
    Mechanic::Thesis,
    Mechanic::Archetypes,
    Mechanic::OperatingModel,
    Mechanic::Journey,
    Mechanic::Scoreboard,
];

/// A later mechanic is filled while an earlier one still has a critical finding: one finding
/// per mechanic filled too early, placed in that mechanic, naming the earliest mechanic with a
/// critical finding and pointing at that finding's field. Listed under the thesis, where the
/// order starts.
pub const OUT_OF_ORDER: Rule = Rule {
    id: "sequence.out-of-order",
    severity: Severity::Warning,
    mechanic: Mechanic::Thesis,
    source: "002 \"Skipping any of the first three breaks the next two\"",
    summary: "A later mechanic is filled while an earlier one has critical findings",
    check: Check::Findings(out_of_order),
};

fn out_of_order(ctx: &Context, found: &[Finding]) -> Vec<Finding> {
    let critical = critical_findings(ctx, found);
    let first_broken = ORDER.iter().enumerate().find_map(|(position, &mechanic)| {
        critical
            .iter()
            .find(|f| f.mechanic == mechanic)
            .map(|f| (position, f))
    });
    let Some((broken_at, broken)) = first_broken else {
        return Vec::new();
    };
    ORDER[broken_at + 1..]
        .iter()
        .filter(|&&later| filled(ctx.design, later))
        .map(|&later| OUT_OF_ORDER.finding_in(later, message(later, broken), broken.path.clone()))
        .collect()
}

fn message(later: Mechanic, broken: &Finding) -> String {
    format!(
        "{} is filled in while {} still has a critical finding ({}): fix that first, or {} \
         will be built on it.",
        later.label(),
        broken.mechanic.label().to_ascii_lowercase(),
        broken.rule,
        later.label().to_ascii_lowercase()
    )
}

/// The critical findings that can be fixed in order. A role cannot own a number while the
/// scoreboard, designed after it, has none: that finding waits for the scoreboard rather than
/// holding back the mechanics between them.
fn critical_findings<'f>(ctx: &Context, found: &'f [Finding]) -> Vec<&'f Finding> {
    found
        .iter()
        .filter(|f| f.severity == Severity::Critical)
        .filter(|f| !(f.rule == roles::NO_NUMBER.id && roles::waits_for_scoreboard(ctx)))
        .collect()
}
