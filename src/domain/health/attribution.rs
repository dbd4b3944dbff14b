//! Rules of attribution and deal registration (002 "No attribution model" and FAQ; 001
//! "Attribution and credit assignment", "Qualification and response protocols"; 003 Step 5).

use super::super::design::Mechanic;
use super::super::operating::{AttributionRule, ConflictRule};
use super::super::path::Place;
use super::super::places::operating;
use super::words::is_missing;
use super::{Check, Context, Finding, Rule, Severity};

/// The slowest answer to a registration 001 names: "24 hours? 48 hours?".
pub const MAX_RESPONSE_HOURS: u32 = 48;

/// The three categories with their JSON field and plain name.
/// Each category: the places of its definition and incentive, its name and its rule.
fn categories<'a>(ctx: &Context<'a>) -> [(Place, Place, &'static str, &'a AttributionRule); 3] {
    let a = &ctx.design.operating.attribution;
    [
        (
            operating::SOURCED_DEFINITION,
            operating::SOURCED_INCENTIVE,
            "Sourced",
            &a.sourced,
        ),
        (
            operating::INFLUENCED_DEFINITION,
            operating::INFLUENCED_INCENTIVE,
            "Influenced",
            &a.influenced,
        ),
        (
            operating::CO_SOLD_DEFINITION,
            operating::CO_SOLD_INCENTIVE,
            "Co-sold",
            &a.co_sold,
        ),
    ]
}

/// No category has a definition: there is no attribution model.
fn model_missing(ctx: &Context) -> bool {
    categories(ctx)
        .iter()
        .all(|(_, _, _, rule)| is_missing(&rule.definition))
}

/// None of sourced, influenced and co-sold is defined.
pub(super) const MISSING: Rule = Rule {
    id: "attribution.missing",
    severity: Severity::Critical,
    mechanic: Mechanic::OperatingModel,
    source: "002 \"No attribution model\"",
    summary: "No attribution model",
    check: Check::Design(missing),
};

fn missing(ctx: &Context) -> Vec<Finding> {
    if !model_missing(ctx) {
        return Vec::new();
    }
    vec![MISSING.finding(
        "There is no attribution model: define sourced, influenced and co-sold before the first \
         quarterly review.",
        operating::SOURCED_DEFINITION.path(),
    )]
}

/// Once a model exists, a category lacks its definition or its incentive: one finding each.
pub(super) const INCOMPLETE: Rule = Rule {
    id: "attribution.incomplete",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "002 FAQ",
    summary: "Sourced, influenced or co-sold lacks a definition or incentive",
    check: Check::Design(incomplete),
};

fn incomplete(ctx: &Context) -> Vec<Finding> {
    if model_missing(ctx) {
        return Vec::new();
    }
    let mut findings = Vec::new();
    for (definition, incentive, name, rule) in categories(ctx) {
        if is_missing(&rule.definition) {
            findings
                .push(INCOMPLETE.finding(format!("{name} has no definition."), definition.path()));
        }
        if is_missing(&rule.incentive) {
            findings
                .push(INCOMPLETE.finding(format!("{name} has no incentive."), incentive.path()));
        }
    }
    findings
}

/// Once a model exists, nothing says how a deal moves between the categories.
pub(super) const NO_MOVEMENT: Rule = Rule {
    id: "attribution.no-movement",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "002 \"write down how a deal moves between them\"",
    summary: "The model does not say how a deal moves between sourced, influenced and co-sold",
    check: Check::Design(no_movement),
};

fn no_movement(ctx: &Context) -> Vec<Finding> {
    if model_missing(ctx) || !is_missing(&ctx.design.operating.attribution.movement) {
        return Vec::new();
    }
    vec![NO_MOVEMENT.finding(
        "The attribution model does not say how a deal moves between sourced, influenced and \
         co-sold.",
        operating::MOVEMENT.path(),
    )]
}

/// No rule settles competing claims, or a custom rule is not described.
pub(super) const NO_CONFLICT_RULE: Rule = Rule {
    id: "attribution.no-conflict-rule",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "001, 003",
    summary: "No rule for competing claims",
    check: Check::Design(no_conflict_rule),
};

fn no_conflict_rule(ctx: &Context) -> Vec<Finding> {
    let a = &ctx.design.operating.attribution;
    match a.conflict_rule {
        None => vec![NO_CONFLICT_RULE.finding(
            "No rule says who gets credit when two partners, or a partner and the direct team, \
             claim one deal.",
            operating::CONFLICT_RULE.path(),
        )],
        Some(ConflictRule::Custom) if is_missing(&a.conflict_note) => {
            vec![NO_CONFLICT_RULE.finding(
                "The custom rule for competing claims is not described.",
                operating::CONFLICT_NOTE.path(),
            )]
        }
        Some(_) => Vec::new(),
    }
}

/// Deal registration is off, or on without its process: required fields, a protection period,
/// a response time and a conflict process (one finding per missing part). No minimum deal size
/// is a choice (any deal may be registered), not a gap.
pub(super) const DEALREG_MISSING: Rule = Rule {
    id: "dealreg.missing",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "002, 003",
    summary: "No deal-registration threshold or process",
    check: Check::Design(dealreg_missing),
};

fn dealreg_missing(ctx: &Context) -> Vec<Finding> {
    let d = &ctx.design.operating.deal_registration;
    if !d.enabled {
        return vec![DEALREG_MISSING.finding(
            "There is no deal registration: partners cannot claim an opportunity before \
             working it.",
            operating::DEALREG_ENABLED.path(),
        )];
    }
    let gaps = [
        (
            d.required_fields.is_empty(),
            operating::REQUIRED_FIELDS,
            "no required fields",
        ),
        (
            d.protection_days.get() == 0,
            operating::PROTECTION_DAYS,
            "no protection period",
        ),
        (
            d.response_hours.get() == 0,
            operating::RESPONSE_HOURS,
            "no response time",
        ),
        (
            is_missing(&d.conflict_process),
            operating::CONFLICT_PROCESS,
            "no conflict process",
        ),
    ];
    gaps.into_iter()
        .filter(|(gap, _, _)| *gap)
        .map(|(_, place, what)| {
            DEALREG_MISSING.finding(format!("Deal registration has {what}."), place.path())
        })
        .collect()
}

/// Registration protects a claim for less time than the direct sales cycle: the partner loses
/// the deal before it can close (protection of 90–180 days is common, sized to the cycle).
pub(super) const DEALREG_SHORT_PROTECTION: Rule = Rule {
    id: "dealreg.short-protection",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "003 Step 5 \"preventing channel conflict\"",
    summary: "Registration protection is shorter than the sales cycle",
    check: Check::Design(dealreg_short_protection),
};

fn dealreg_short_protection(ctx: &Context) -> Vec<Finding> {
    let d = &ctx.design.operating.deal_registration;
    let cycle = ctx.design.firm.sales_cycle_days;
    if !d.enabled || d.protection_days.get() == 0 || d.protection_days >= cycle {
        return Vec::new();
    }
    vec![DEALREG_SHORT_PROTECTION.finding(
        format!(
            "A registration protects the partner for {} days, shorter than the {cycle}-day sales \
             cycle.",
            d.protection_days
        ),
        operating::PROTECTION_DAYS.path(),
    )]
}

/// The firm answers a registration more slowly than [`MAX_RESPONSE_HOURS`].
pub(super) const DEALREG_SLOW_RESPONSE: Rule = Rule {
    id: "dealreg.slow-response",
    severity: Severity::Info,
    mechanic: Mechanic::OperatingModel,
    source: "001 \"24 hours? 48 hours?\"",
    summary: "Registrations are answered in more than 48 hours",
    check: Check::Design(dealreg_slow_response),
};

fn dealreg_slow_response(ctx: &Context) -> Vec<Finding> {
    let d = &ctx.design.operating.deal_registration;
    if !d.enabled || d.response_hours.get() <= MAX_RESPONSE_HOURS {
        return Vec::new();
    }
    vec![DEALREG_SLOW_RESPONSE.finding(
        format!(
            "Registrations are answered within {} hours; partners expect 24 to 48.",
            d.response_hours
        ),
        operating::RESPONSE_HOURS.path(),
    )]
}
