//! The checks an imported design must pass beyond its JSON shape and its values' own bounds
//! (which the value types keep: `domain::values`): text and list lengths, unique ids and
//! references that resolve. The first problem found, in document order, is reported.

mod operating;
mod scorecards;

use std::collections::HashSet;

use super::checks::At;
use super::error::ImportError;
use super::limits::LIST_MAX;
use crate::domain::Design;
use crate::domain::archetypes::{ArchetypeKind, Archetypes};
use crate::domain::assumptions::ForecastAssumptions;
use crate::domain::firm::FirmProfile;
use crate::domain::journey::Journey;
use crate::domain::thesis::Thesis;
use crate::domain::values::Id;

/// The ids other parts of the design may refer to.
struct Known<'a> {
    roles: HashSet<&'a Id>,
    metrics: HashSet<&'a Id>,
    criteria: HashSet<&'a Id>,
}

/// Checks everything the types alone do not: the first problem, with its path, or `Ok`.
pub fn validate(design: &Design) -> Result<(), ImportError> {
    let known = Known {
        roles: design.operating.roles.iter().map(|r| &r.id).collect(),
        metrics: design.scoreboard.metrics.iter().map(|m| &m.id).collect(),
        criteria: design.candidates.criteria.iter().map(|c| &c.id).collect(),
    };
    let at = At::design();
    at.field("title").name(&design.title)?;
    firm(&at.field("firm"), &design.firm)?;
    thesis(&at.field("thesis"), &design.thesis)?;
    archetypes(&at.field("archetypes"), &design.archetypes)?;
    operating::check(&at.field("operating"), &design.operating, &known)?;
    journey(&at.field("journey"), &design.journey, &known)?;
    scorecards::scoreboard(&at.field("scoreboard"), &design.scoreboard, &known)?;
    scorecards::candidates(&at.field("candidates"), &design.candidates, &known)?;
    assumptions(&at.field("assumptions"), &design.assumptions)
}

fn firm(at: &At, firm: &FirmProfile) -> Result<(), ImportError> {
    at.field("name").name(&firm.name)?;
    at.field("icp").long(&firm.icp)
}

fn thesis(at: &At, thesis: &Thesis) -> Result<(), ImportError> {
    at.field("customer").long(&thesis.customer)?;
    at.field("friction").long(&thesis.friction)?;
    at.field("partner_reason").long(&thesis.partner_reason)?;
    let value = at.field("partner_value");
    value
        .field("financial")
        .long(&thesis.partner_value.financial)?;
    value
        .field("strategic")
        .long(&thesis.partner_value.strategic)?;
    value
        .field("reputational")
        .long(&thesis.partner_value.reputational)?;
    at.field("purposes").once(&thesis.purposes, "purpose")
}

fn archetypes(at: &At, archetypes: &Archetypes) -> Result<(), ImportError> {
    let catalogue = at.field("catalogue");
    let kinds: Vec<ArchetypeKind> = archetypes.catalogue.iter().map(|a| a.kind).collect();
    catalogue.once(&kinds, "archetype")?;
    if let Some(missing) = ArchetypeKind::ALL.iter().find(|k| !kinds.contains(k)) {
        return Err(catalogue.fail(format!(
            "expected every archetype of the catalogue once, found no \"{}\"",
            super::checks::json_name(missing)
        )));
    }
    for (index, profile) in archetypes.catalogue.iter().enumerate() {
        let at = catalogue.item(index);
        at.field("friction_removed")
            .long(&profile.friction_removed)?;
        at.field("economics")
            .field("note")
            .long(&profile.economics.note)?;
        at.field("enablement").long(&profile.enablement)?;
    }
    Ok(())
}

fn journey(at: &At, journey: &Journey, known: &Known) -> Result<(), ImportError> {
    let stages = at.field("stages");
    let kinds: Vec<_> = journey.stages.iter().map(|s| s.kind).collect();
    stages.once(&kinds, "stage")?;
    for (index, stage) in journey.stages.iter().enumerate() {
        let at = stages.item(index);
        at.field("definition_of_done")
            .long(&stage.definition_of_done)?;
        at.field("criteria").long(&stage.criteria)?;
        if let Some(owner) = &stage.owner {
            at.field("owner").refers(owner, &known.roles, "roles")?;
        }
        at.field("exit_metric").long(&stage.exit_metric)?;
        let activities = at.field("activities");
        activities.list(&stage.activities, LIST_MAX)?;
        for (index, activity) in stage.activities.iter().enumerate() {
            activities.item(index).long(activity)?;
        }
    }
    Ok(())
}

fn assumptions(at: &At, assumptions: &ForecastAssumptions) -> Result<(), ImportError> {
    at.field("recruits_per_quarter")
        .list(&assumptions.recruits_per_quarter, LIST_MAX)
}
