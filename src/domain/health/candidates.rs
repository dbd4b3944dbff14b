//! Rules of the candidate scorecard and the launch set (003 "Start with five to ten highly
//! qualified partners"; 000 "three to five strategic partners"; 001 red flags; 004 weighted
//! scorecard).

use super::super::archetypes::ArchetypeKind;
use super::super::candidates::Candidate;
use super::super::design::Mechanic;
use super::super::places::candidates;
use super::super::ranking::{LAUNCH_SET, SMALL_FIRM_LAUNCH_SET};
use super::{Check, Context, Finding, Rule, Severity, is_small_firm};

/// The selected candidates with their index.
fn selected<'a>(ctx: &'a Context<'a>) -> impl Iterator<Item = (usize, &'a Candidate)> {
    ctx.design
        .candidates
        .candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.selected)
}

fn candidate_name(candidate: &Candidate) -> String {
    if candidate.name.trim().is_empty() {
        format!("Candidate {}", candidate.id)
    } else {
        candidate.name.trim().to_owned()
    }
}

/// A finding at the first selected candidate past `limit`, if there is one.
fn past_limit(ctx: &Context, rule: &Rule, limit: usize, advice: &str) -> Vec<Finding> {
    let count = selected(ctx).count();
    match selected(ctx).nth(limit) {
        Some((index, _)) => vec![rule.finding(
            format!("{count} candidates are selected for launch; {advice}"),
            candidates::SELECTED.at(&[index]),
        )],
        None => Vec::new(),
    }
}

/// More than 10 candidates are selected for launch (003: five to ten).
pub(super) const TOO_MANY: Rule = Rule {
    id: "candidates.too-many",
    severity: Severity::Warning,
    mechanic: Mechanic::Candidates,
    source: "003, 000",
    summary: "More than 10 candidates selected for launch",
    check: Check::Design(too_many),
};

fn too_many(ctx: &Context) -> Vec<Finding> {
    let advice = format!(
        "launch with {} to {}: depth matters more than breadth at the start.",
        LAUNCH_SET.min, LAUNCH_SET.max
    );
    past_limit(ctx, &TOO_MANY, LAUNCH_SET.max, &advice)
}

/// A small firm selects more than five candidates (000: three to five). Above ten,
/// `candidates.too-many` speaks instead.
pub(super) const TOO_MANY_FOR_SMALL_FIRM: Rule = Rule {
    id: "candidates.too-many-for-small-firm",
    severity: Severity::Warning,
    mechanic: Mechanic::Candidates,
    source: "000 \"three to five strategic partners\"",
    summary: "A small firm selects more than 5 candidates for launch",
    check: Check::Design(too_many_for_small_firm),
};

fn too_many_for_small_firm(ctx: &Context) -> Vec<Finding> {
    if !is_small_firm(&ctx.design.firm) || selected(ctx).count() > LAUNCH_SET.max {
        return Vec::new();
    }
    let advice = format!(
        "a small firm does best with {} to {} closely aligned partners.",
        SMALL_FIRM_LAUNCH_SET.min, SMALL_FIRM_LAUNCH_SET.max
    );
    past_limit(
        ctx,
        &TOO_MANY_FOR_SMALL_FIRM,
        SMALL_FIRM_LAUNCH_SET.max,
        &advice,
    )
}

/// No candidate is selected for launch.
pub(super) const NONE_SELECTED: Rule = Rule {
    id: "candidates.none-selected",
    severity: Severity::Warning,
    mechanic: Mechanic::Candidates,
    source: "003 Step 2",
    summary: "No candidate selected for launch",
    check: Check::Design(none_selected),
};

fn none_selected(ctx: &Context) -> Vec<Finding> {
    if selected(ctx).next().is_some() {
        return Vec::new();
    }
    let message = if ctx.design.candidates.candidates.is_empty() {
        "No partner candidates are listed yet: score the firms you would launch with."
    } else {
        "No candidate is selected for launch: pick the best that pass the bar."
    };
    vec![NONE_SELECTED.finding(message, candidates::CANDIDATES.path())]
}

/// A selected candidate scores under the pass threshold or has a red flag: one finding per
/// candidate, at its red flags when it has any, otherwise at its ratings.
pub(super) const BELOW_BAR: Rule = Rule {
    id: "candidates.below-bar",
    severity: Severity::Warning,
    mechanic: Mechanic::Candidates,
    source: "001, 004",
    summary: "A selected candidate scores under the threshold or has a red flag",
    check: Check::Design(below_bar),
};

fn below_bar(ctx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, candidate) in selected(ctx) {
        let Some(entry) = ctx.ranking.get(&candidate.id) else {
            continue;
        };
        let name = candidate_name(candidate);
        if !entry.red_flags.is_empty() {
            let flags: Vec<&str> = entry.red_flags.iter().map(|f| f.label()).collect();
            findings.push(BELOW_BAR.finding(
                format!(
                    "{name} is selected despite a red flag: {}.",
                    flags.join(", ").to_ascii_lowercase()
                ),
                candidates::RED_FLAGS.at(&[index]),
            ));
        } else if !entry.meets_threshold {
            findings.push(BELOW_BAR.finding(
                format!(
                    "{name} is selected with a score of {}, under the pass threshold of {}.",
                    entry.score, ctx.ranking.pass_threshold
                ),
                candidates::RATINGS.at(&[index]),
            ));
        }
    }
    findings
}

/// A selected candidate's archetype is not among the chosen archetypes: one finding per
/// candidate, at its archetype.
pub(super) const ARCHETYPE_NOT_CHOSEN: Rule = Rule {
    id: "candidates.archetype-not-chosen",
    severity: Severity::Warning,
    mechanic: Mechanic::Candidates,
    source: "002 \"pick 2–3 archetypes\"",
    summary: "A selected candidate is of an archetype the design did not choose",
    check: Check::Design(archetype_not_chosen),
};

fn archetype_not_chosen(ctx: &Context) -> Vec<Finding> {
    let chosen: Vec<ArchetypeKind> = ctx.design.archetypes.chosen().map(|p| p.kind).collect();
    selected(ctx)
        .filter_map(|(index, c)| {
            let kind = c.archetype.filter(|k| !chosen.contains(k))?;
            Some((index, c, kind))
        })
        .map(|(index, c, kind)| {
            ARCHETYPE_NOT_CHOSEN.finding(
                format!(
                    "{} is selected for launch but is a {}, an archetype the design did not \
                     choose: recruit within the chosen archetypes, or choose this one.",
                    candidate_name(c),
                    kind.label()
                ),
                candidates::ARCHETYPE.at(&[index]),
            )
        })
        .collect()
}

/// Fewer candidates pass the threshold than the launch set needs at least (5 for most firms,
/// 3 for a small one). Quiet while no candidate is scored: `candidates.none-selected` speaks.
pub(super) const TOO_FEW_PASSING: Rule = Rule {
    id: "candidates.too-few-passing",
    severity: Severity::Warning,
    mechanic: Mechanic::Candidates,
    source: "003, 000, 001",
    summary: "Fewer candidates pass the threshold than the launch set's minimum",
    check: Check::Design(too_few_passing),
};

fn too_few_passing(ctx: &Context) -> Vec<Finding> {
    let ranking = ctx.ranking;
    if ctx.design.candidates.candidates.is_empty() || ranking.passing >= ranking.bounds.min {
        return Vec::new();
    }
    vec![TOO_FEW_PASSING.finding(
        format!(
            "{} of {} candidates pass the threshold of {}; a launch set needs {} at least: \
             score more firms, or look again at the bar.",
            ranking.passing,
            ctx.design.candidates.candidates.len(),
            ranking.pass_threshold,
            ranking.bounds.min
        ),
        candidates::CANDIDATES.path(),
    )]
}
