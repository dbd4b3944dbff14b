//! Rules of mechanic 2, the archetypes (002 "Design the partner archetypes": "Three is the upper
//! limit at launch. Two is better.").

use super::super::archetypes::ArchetypeProfile;
use super::super::design::Mechanic;
use super::super::places::archetypes;
use super::words::is_missing;
use super::{Check, Context, Finding, Rule, Severity};

/// The most archetypes a program can launch with (002).
pub const MAX_ARCHETYPES: usize = 3;

/// An ICP match at or below this (on 1–5) means the archetype's buyers are not the firm's.
pub const POOR_ICP_MATCH: u8 = 2;

/// The chosen archetypes with their index in the catalogue.
fn chosen<'a>(ctx: &'a Context<'a>) -> impl Iterator<Item = (usize, &'a ArchetypeProfile)> {
    ctx.design
        .archetypes
        .catalogue
        .iter()
        .enumerate()
        .filter(|(_, a)| a.chosen)
}

fn names(ctx: &Context) -> String {
    chosen(ctx)
        .map(|(_, a)| a.kind.label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// No archetype is chosen.
pub(super) const NONE: Rule = Rule {
    id: "archetypes.none",
    severity: Severity::Critical,
    mechanic: Mechanic::Archetypes,
    source: "002",
    summary: "No archetype chosen",
    check: Check::Design(none),
};

fn none(ctx: &Context) -> Vec<Finding> {
    if chosen(ctx).next().is_some() {
        return Vec::new();
    }
    vec![NONE.finding(
        "No partner archetype is chosen: pick the two whose buyers match your ICP.",
        archetypes::CATALOGUE.path(),
    )]
}

/// More than [`MAX_ARCHETYPES`] are chosen; the path points at the first one past the limit.
pub(super) const TOO_MANY: Rule = Rule {
    id: "archetypes.too-many",
    severity: Severity::Critical,
    mechanic: Mechanic::Archetypes,
    source: "002 \"Three is the upper limit\"",
    summary: "More than three archetypes chosen",
    check: Check::Design(too_many),
};

fn too_many(ctx: &Context) -> Vec<Finding> {
    let count = chosen(ctx).count();
    match chosen(ctx).nth(MAX_ARCHETYPES) {
        Some((index, _)) => vec![TOO_MANY.finding(
            format!(
                "{count} archetypes are chosen ({}): three is the upper limit at launch.",
                names(ctx)
            ),
            archetypes::CHOSEN.at(&[index]),
        )],
        None => Vec::new(),
    }
}

/// Exactly three are chosen: allowed, but two is better.
pub(super) const THREE: Rule = Rule {
    id: "archetypes.three",
    severity: Severity::Info,
    mechanic: Mechanic::Archetypes,
    source: "002 \"Two is better\"",
    summary: "Exactly three archetypes chosen",
    check: Check::Design(three),
};

fn three(ctx: &Context) -> Vec<Finding> {
    if chosen(ctx).count() != MAX_ARCHETYPES {
        return Vec::new();
    }
    let Some((index, _)) = chosen(ctx).last() else {
        return Vec::new();
    };
    vec![THREE.finding(
        format!(
            "Three archetypes are chosen ({}): two is better; each carries its own enablement, \
             contracting and incentives.",
            names(ctx)
        ),
        archetypes::CHOSEN.at(&[index]),
    )]
}

/// A chosen archetype's ICP match is [`POOR_ICP_MATCH`] or less.
pub(super) const ICP_MISMATCH: Rule = Rule {
    id: "archetypes.icp-mismatch",
    severity: Severity::Warning,
    mechanic: Mechanic::Archetypes,
    source: "002 \"buyers match your ICP\"",
    summary: "A chosen archetype's ICP match is 2 or less",
    check: Check::Design(icp_mismatch),
};

fn icp_mismatch(ctx: &Context) -> Vec<Finding> {
    chosen(ctx)
        .filter(|(_, a)| a.icp_match.value() <= POOR_ICP_MATCH)
        .map(|(index, a)| {
            ICP_MISMATCH.finding(
                format!(
                    "{}'s buyers match the ICP only {} in 5: pick archetypes whose buyers are yours.",
                    a.kind.label(),
                    a.icp_match.value()
                ),
                archetypes::ICP_MATCH.at(&[index]),
            )
        })
        .collect()
}

/// A chosen archetype does not say which friction of the direct motion it removes.
pub(super) const NO_FRICTION: Rule = Rule {
    id: "archetypes.no-friction",
    severity: Severity::Warning,
    mechanic: Mechanic::Archetypes,
    source: "002 FAQ \"includes the friction your direct sales team hits\"",
    summary: "A chosen archetype does not say which friction it removes",
    check: Check::Design(no_friction),
};

fn no_friction(ctx: &Context) -> Vec<Finding> {
    chosen(ctx)
        .filter(|(_, a)| is_missing(&a.friction_removed))
        .map(|(index, a)| {
            NO_FRICTION.finding(
                format!(
                    "{} is chosen without saying which friction in the direct motion it removes.",
                    a.kind.label()
                ),
                archetypes::FRICTION_REMOVED.at(&[index]),
            )
        })
        .collect()
}
