//! The order of the five mechanics (002: "The sequence matters. Skipping any of the first three
//! breaks the next two."; "Do these five in order").

use super::super::design::Mechanic;
use super::filled::filled;
use super::{Check, Context, Finding, Rule, Severity};
use super::{archetypes, attribution, journey, roles, thesis};

/// The five mechanics in the order they are designed.
const ORDER: [Mechanic; 5] = [
    Mechanic::Thesis,
    Mechanic::Archetypes,
    Mechanic::OperatingModel,
    Mechanic::Journey,
    Mechanic::Scoreboard,
];

/// The findings that say a mechanic is not done: its content is missing or a slogan. A wrong
/// date (`timeline.hire-before-design`), an inverted tier (`tiers.not-monotonic`), too many
/// archetypes or activity-only metrics are mistakes in a mechanic that is done, not a skipped
/// step, and hold nothing back.
const NOT_DONE: [&str; 7] = [
    thesis::INCOMPLETE.id,
    archetypes::NONE.id,
    roles::NO_NUMBER.id,
    attribution::MISSING.id,
    journey::NO_DONE.id,
    journey::MISSING_STAGE.id,
    journey::NO_OFFBOARDING.id,
];

/// A later mechanic is filled while an earlier one is not done: one finding per mechanic
/// filled too early, placed in that mechanic, naming the earliest mechanic not done and
/// pointing at the finding that says so. Listed under the thesis, where the order starts.
pub const OUT_OF_ORDER: Rule = Rule {
    id: "sequence.out-of-order",
    severity: Severity::Warning,
    mechanic: Mechanic::Thesis,
    source: "002 \"Skipping any of the first three breaks the next two\"",
    summary: "A later mechanic is filled while an earlier one is not done",
    check: Check::Findings(out_of_order),
};

fn out_of_order(ctx: &Context, found: &[Finding]) -> Vec<Finding> {
    let not_done = not_done(ctx, found);
    let first_broken = ORDER.iter().enumerate().find_map(|(position, &mechanic)| {
        not_done
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
        "{} is filled in while {} is not done yet ({}): finish it first, or {} will be built \
         on it.",
        later.label(),
        broken.mechanic.label().to_ascii_lowercase(),
        broken.rule,
        later.label().to_ascii_lowercase()
    )
}

/// The findings that say a mechanic is not done, as far as it can be done in order. A role
/// cannot own a number while the scoreboard, designed after it, has none: that finding waits
/// for the scoreboard rather than holding back the mechanics between them.
fn not_done<'f>(ctx: &Context, found: &'f [Finding]) -> Vec<&'f Finding> {
    found
        .iter()
        .filter(|f| NOT_DONE.contains(&f.rule))
        .filter(|f| !(f.rule == roles::NO_NUMBER.id && roles::waits_for_scoreboard(ctx)))
        .collect()
}
