//! Rules of mechanic 1, the thesis (002 "Define the partner-led growth thesis"; 003 Step 1;
//! 000 Step One).

use super::super::design::Mechanic;
use super::super::places::{archetypes, thesis};
use super::words::{MIN_STATEMENT_WORDS, is_generic, is_missing, is_slogan};
use super::{Check, Context, Finding, Rule, Severity};

/// A thesis statement (buyer, owning archetype, friction) is missing or a slogan: fewer than
/// [`MIN_STATEMENT_WORDS`] words.
pub(super) const INCOMPLETE: Rule = Rule {
    id: "thesis.incomplete",
    severity: Severity::Critical,
    mechanic: Mechanic::Thesis,
    source: "002 \"you have a slogan\"",
    summary: "A thesis statement (buyer, owning archetype, friction) is missing or a slogan",
    check: Check::Design(incomplete),
};

fn incomplete(ctx: &Context) -> Vec<Finding> {
    let thesis = &ctx.design.thesis;
    let mut findings = Vec::new();
    let statements = [
        (
            thesis::CUSTOMER,
            "The customer who buys faster with a partner",
            &thesis.customer,
        ),
        (
            thesis::FRICTION,
            "The friction partners remove",
            &thesis.friction,
        ),
    ];
    for (place, name, text) in statements {
        let path = place.path();
        if is_missing(text) {
            findings.push(INCOMPLETE.finding(format!("{name} is not written."), path));
        } else if is_slogan(text) {
            findings.push(INCOMPLETE.finding(
                format!(
                    "{name} is a slogan, not a statement: \"{}\" needs at least \
                     {MIN_STATEMENT_WORDS} words to say who, which and what.",
                    text.trim()
                ),
                path,
            ));
        } else if is_generic(text) {
            findings.push(INCOMPLETE.finding(
                format!(
                    "{name} is a slogan, not a statement: \"{}\" names no customer, segment, \
                     market or motion, and could be said of any firm.",
                    text.trim()
                ),
                path,
            ));
        }
    }
    if thesis.owning_archetype.is_none() {
        findings.push(INCOMPLETE.finding(
            "The thesis names no partner archetype that owns the customer relationship.",
            thesis::OWNING_ARCHETYPE.path(),
        ));
    }
    findings
}

/// What the partner gets in return (financial, strategic, reputational) is not stated at all.
pub(super) const NO_PARTNER_VALUE: Rule = Rule {
    id: "thesis.no-partner-value",
    severity: Severity::Warning,
    mechanic: Mechanic::Thesis,
    source: "003 Step 1",
    summary: "What the partner gets in return is not stated",
    check: Check::Design(no_partner_value),
};

fn no_partner_value(ctx: &Context) -> Vec<Finding> {
    let value = &ctx.design.thesis.partner_value;
    let stated = [&value.financial, &value.strategic, &value.reputational]
        .into_iter()
        .any(|text| !is_missing(text));
    if stated {
        return Vec::new();
    }
    vec![NO_PARTNER_VALUE.finding(
        "The thesis does not say what the partner gets in return: financial, strategic or \
         reputational.",
        thesis::VALUE_FINANCIAL.path(),
    )]
}

/// Why a partner would recommend the firm to its own clients is not written.
pub(super) const NO_PARTNER_REASON: Rule = Rule {
    id: "thesis.no-partner-reason",
    severity: Severity::Warning,
    mechanic: Mechanic::Thesis,
    source: "003 Step 1 \"Why would a partner recommend you\"",
    summary: "Why a partner would recommend the firm to its clients is not written",
    check: Check::Design(no_partner_reason),
};

fn no_partner_reason(ctx: &Context) -> Vec<Finding> {
    if !is_missing(&ctx.design.thesis.partner_reason) {
        return Vec::new();
    }
    vec![NO_PARTNER_REASON.finding(
        "The thesis does not say why a partner would recommend the firm to its own clients.",
        thesis::PARTNER_REASON.path(),
    )]
}

/// No program purpose is chosen.
pub(super) const NO_PURPOSE: Rule = Rule {
    id: "thesis.no-purpose",
    severity: Severity::Warning,
    mechanic: Mechanic::Thesis,
    source: "000 Step One",
    summary: "No program purpose chosen",
    check: Check::Design(no_purpose),
};

fn no_purpose(ctx: &Context) -> Vec<Finding> {
    if !ctx.design.thesis.purposes.is_empty() {
        return Vec::new();
    }
    vec![NO_PURPOSE.finding(
        "No program purpose is chosen: service extension, market reach or co-selling.",
        thesis::PURPOSES.path(),
    )]
}

/// The archetype the thesis names is not among the chosen archetypes.
pub(super) const ARCHETYPE_NOT_CHOSEN: Rule = Rule {
    id: "thesis.archetype-not-chosen",
    severity: Severity::Warning,
    mechanic: Mechanic::Thesis,
    source: "002",
    summary: "The archetype named in the thesis is not among the chosen archetypes",
    check: Check::Design(archetype_not_chosen),
};

fn archetype_not_chosen(ctx: &Context) -> Vec<Finding> {
    let Some(kind) = ctx.design.thesis.owning_archetype else {
        return Vec::new();
    };
    let catalogue = &ctx.design.archetypes.catalogue;
    let entry = catalogue.iter().enumerate().find(|(_, a)| a.kind == kind);
    match entry {
        Some((_, profile)) if profile.chosen => Vec::new(),
        Some((index, _)) => vec![ARCHETYPE_NOT_CHOSEN.finding(
            format!(
                "The thesis names {} as the owning archetype, but it is not chosen.",
                kind.label()
            ),
            archetypes::CHOSEN.at(&[index]),
        )],
        None => vec![ARCHETYPE_NOT_CHOSEN.finding(
            format!(
                "The thesis names {}, which is not in the archetype catalogue.",
                kind.label()
            ),
            thesis::OWNING_ARCHETYPE.path(),
        )],
    }
}
