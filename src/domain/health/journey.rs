//! Rules of mechanic 4, the journey (002 "Design the partner journey", "No off-boarding plan",
//! "first-90-days motion").

use super::super::design::Mechanic;
use super::super::journey::{Stage, StageKind};
use super::super::places::journey;
use super::words::is_missing;
use super::{Check, Context, Finding, Rule, Severity};

/// The most days onboarding and activation together should take (002: "A program with a written
/// first-90-days motion produces partners who close their first deal in the first quarter").
pub const FIRST_DEAL_DAYS: u32 = 90;

fn stages<'a>(ctx: &'a Context<'a>) -> impl Iterator<Item = (usize, &'a Stage)> {
    ctx.design.journey.stages.iter().enumerate()
}

fn find<'a>(ctx: &'a Context<'a>, kind: StageKind) -> Option<(usize, &'a Stage)> {
    stages(ctx).find(|(_, s)| s.kind == kind)
}

/// A stage has no definition of done: one finding per stage.
pub(super) const NO_DONE: Rule = Rule {
    id: "journey.no-done",
    severity: Severity::Critical,
    mechanic: Mechanic::Journey,
    source: "002 \"Every stage gets a definition of done\"",
    summary: "A stage has no definition of done",
    check: Check::Design(no_done),
};

fn no_done(ctx: &Context) -> Vec<Finding> {
    stages(ctx)
        .filter(|(_, s)| is_missing(&s.definition_of_done))
        .map(|(index, s)| {
            NO_DONE.finding(
                format!("The {} stage has no definition of done.", s.kind.label()),
                journey::DONE.at(&[index]),
            )
        })
        .collect()
}

/// A stage other than off-board is absent from the journey (off-board has its own rule).
pub(super) const MISSING_STAGE: Rule = Rule {
    id: "journey.missing-stage",
    severity: Severity::Critical,
    mechanic: Mechanic::Journey,
    source: "002 \"Map the full lifecycle, recruit through off-board\"",
    summary: "A stage of the journey is missing",
    check: Check::Design(missing_stage),
};

fn missing_stage(ctx: &Context) -> Vec<Finding> {
    StageKind::ALL
        .into_iter()
        .filter(|&kind| kind != StageKind::Offboard && find(ctx, kind).is_none())
        .map(|kind| {
            MISSING_STAGE.finding(
                format!("The journey has no {} stage.", kind.label()),
                journey::STAGES.path(),
            )
        })
        .collect()
}

/// There is no off-board stage, or it does not say the bar below which a partner leaves.
pub(super) const NO_OFFBOARDING: Rule = Rule {
    id: "journey.no-offboarding",
    severity: Severity::Critical,
    mechanic: Mechanic::Journey,
    source: "002 \"No off-boarding plan\"",
    summary: "No off-board stage, or it has no bar",
    check: Check::Design(no_offboarding),
};

fn no_offboarding(ctx: &Context) -> Vec<Finding> {
    match find(ctx, StageKind::Offboard) {
        None => vec![NO_OFFBOARDING.finding(
            "The journey has no off-board stage: partners below the bar will pile up.",
            journey::STAGES.path(),
        )],
        Some((index, stage)) if is_missing(&stage.criteria) => vec![NO_OFFBOARDING.finding(
            "The off-board stage sets no bar: say when a partner leaves (003: no results after \
             two quarters of active enablement).",
            journey::CRITERIA.at(&[index]),
        )],
        Some(_) => Vec::new(),
    }
}

/// Onboard and activate together take more than [`FIRST_DEAL_DAYS`] days.
pub(super) const SLOW_FIRST_DEAL: Rule = Rule {
    id: "journey.slow-first-deal",
    severity: Severity::Warning,
    mechanic: Mechanic::Journey,
    source: "002 \"first-90-days motion\"",
    summary: "Onboard and activate take over 90 days",
    check: Check::Design(slow_first_deal),
};

fn slow_first_deal(ctx: &Context) -> Vec<Finding> {
    let total = ctx.design.journey.first_deal_days();
    if total <= FIRST_DEAL_DAYS {
        return Vec::new();
    }
    let activate = find(ctx, StageKind::Activate);
    let path = match (activate, find(ctx, StageKind::Onboard)) {
        (Some((index, _)), _) | (None, Some((index, _))) => journey::DURATION.at(&[index]),
        (None, None) => journey::STAGES.path(),
    };
    vec![SLOW_FIRST_DEAL.finding(
        format!(
            "Onboarding and activation take {total} days: a partner should reach a first joint \
             opportunity within {FIRST_DEAL_DAYS}."
        ),
        path,
    )]
}

/// A stage has no owner, or its owner is not a role on the plan: one finding per stage.
pub(super) const NO_OWNER: Rule = Rule {
    id: "journey.no-owner",
    severity: Severity::Warning,
    mechanic: Mechanic::Journey,
    source: "002",
    summary: "A stage has no owner role",
    check: Check::Design(no_owner),
};

fn no_owner(ctx: &Context) -> Vec<Finding> {
    let roles = &ctx.design.operating.roles;
    stages(ctx)
        .filter_map(|(index, s)| {
            let message = match &s.owner {
                None => format!("The {} stage has no owner.", s.kind.label()),
                Some(id) if !roles.iter().any(|r| &r.id == id) => format!(
                    "The {} stage is owned by \"{id}\", which is not a role on the plan.",
                    s.kind.label()
                ),
                Some(_) => return None,
            };
            Some(NO_OWNER.finding(message, journey::OWNER.at(&[index])))
        })
        .collect()
}
