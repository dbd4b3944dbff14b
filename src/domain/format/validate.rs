//! The checks an imported design must pass beyond its JSON shape and its values' own bounds
//! (which the value types keep: `domain::values`): text and list lengths, unique ids and
//! references that resolve. The first problem found, in document order, is reported.

mod operating;
mod scorecards;

use std::collections::HashSet;

use super::error::ImportError;
use super::limits::{DECISIONS_MAX, LIST_MAX};
use crate::domain::Design;
use crate::domain::archetypes::{ArchetypeKind, Archetypes};
use crate::domain::assumptions::ForecastAssumptions;
use crate::domain::firm::FirmProfile;
use crate::domain::journey::Journey;
use crate::domain::path::DocPath;
use crate::domain::scenarios::Scenarios;
use crate::domain::thesis::Thesis;
use crate::domain::values::Id;
use crate::domain::workshop::Decision;

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
    let at = DocPath::design();
    at.member("title").name(&design.title)?;
    firm(&at.member("firm"), &design.firm)?;
    thesis(&at.member("thesis"), &design.thesis)?;
    archetypes(&at.member("archetypes"), &design.archetypes)?;
    operating::check(&at.member("operating"), &design.operating, &known)?;
    journey(&at.member("journey"), &design.journey, &known)?;
    scorecards::scoreboard(&at.member("scoreboard"), &design.scoreboard, &known)?;
    scorecards::candidates(&at.member("candidates"), &design.candidates, &known)?;
    assumptions(&at.member("assumptions"), &design.assumptions)?;
    scenarios(&at.member("scenarios"), &design.scenarios)?;
    decisions(&at.member("decisions"), &design.decisions)
}

fn firm(at: &DocPath, firm: &FirmProfile) -> Result<(), ImportError> {
    at.member("name").name(&firm.name)?;
    at.member("icp").long(&firm.icp)
}

fn thesis(at: &DocPath, thesis: &Thesis) -> Result<(), ImportError> {
    at.member("customer").long(&thesis.customer)?;
    at.member("friction").long(&thesis.friction)?;
    at.member("partner_reason").long(&thesis.partner_reason)?;
    let value = at.member("partner_value");
    value
        .member("financial")
        .long(&thesis.partner_value.financial)?;
    value
        .member("strategic")
        .long(&thesis.partner_value.strategic)?;
    value
        .member("reputational")
        .long(&thesis.partner_value.reputational)?;
    at.member("purposes").once(&thesis.purposes, "purpose")
}

fn archetypes(at: &DocPath, archetypes: &Archetypes) -> Result<(), ImportError> {
    let catalogue = at.member("catalogue");
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
        at.member("friction_removed")
            .long(&profile.friction_removed)?;
        at.member("economics")
            .member("note")
            .long(&profile.economics.note)?;
        at.member("enablement").long(&profile.enablement)?;
    }
    Ok(())
}

fn journey(at: &DocPath, journey: &Journey, known: &Known) -> Result<(), ImportError> {
    let stages = at.member("stages");
    let kinds: Vec<_> = journey.stages.iter().map(|s| s.kind).collect();
    stages.once(&kinds, "stage")?;
    for (index, stage) in journey.stages.iter().enumerate() {
        let at = stages.item(index);
        at.member("definition_of_done")
            .long(&stage.definition_of_done)?;
        at.member("criteria").long(&stage.criteria)?;
        if let Some(owner) = &stage.owner {
            at.member("owner").refers(owner, &known.roles, "roles")?;
        }
        at.member("exit_metric").long(&stage.exit_metric)?;
        let activities = at.member("activities");
        activities.list(&stage.activities, LIST_MAX)?;
        for (index, activity) in stage.activities.iter().enumerate() {
            activities.item(index).long(activity)?;
        }
    }
    Ok(())
}

fn assumptions(at: &DocPath, assumptions: &ForecastAssumptions) -> Result<(), ImportError> {
    at.member("recruits_per_quarter")
        .list(&assumptions.recruits_per_quarter, LIST_MAX)
}

/// Each scenario named and its id unique, each override a value its field takes, set once, and
/// naming an archetype exactly when it is a pool's own; the active scenario one of the list.
fn scenarios(at: &DocPath, scenarios: &Scenarios) -> Result<(), ImportError> {
    let list = at.member("list");
    list.list(&scenarios.list, LIST_MAX)?;
    let ids = list.unique_ids(scenarios.list.iter().map(|s| &s.id))?;
    for (index, scenario) in scenarios.list.iter().enumerate() {
        let at = list.item(index);
        at.member("name").name(&scenario.name)?;
        let overrides = at.member("overrides");
        overrides.list(&scenario.overrides, LIST_MAX)?;
        let mut seen = HashSet::new();
        for (index, o) in scenario.overrides.iter().enumerate() {
            let at = overrides.item(index);
            let Some(moved) = o.moved() else {
                return Err(at.member("archetype").fail(if o.assumption.is_per_pool() {
                    "expected the archetype whose pool this assumption sets, found none"
                } else {
                    "expected no archetype for an assumption of the whole program, found one"
                }));
            };
            if !seen.insert(moved) {
                return Err(at.fail(
                    "expected each assumption at most once in a scenario, found this one a second time",
                ));
            }
            if !o.accepts() {
                return Err(at.member("value").fail(format!(
                    "expected a value the field of {} takes, found {}",
                    moved.label(),
                    o.value
                )));
            }
        }
    }
    if let Some(active) = &scenarios.active {
        at.member("active").refers(active, &ids, "scenarios")?;
    }
    Ok(())
}

/// Each decision says what was decided, within the text limits, under an id of its own. (A
/// decision's date and step, and the agenda, are checked as they are read: their types hold
/// nothing else.)
fn decisions(at: &DocPath, decisions: &[Decision]) -> Result<(), ImportError> {
    at.list(decisions, DECISIONS_MAX)?;
    at.unique_ids(decisions.iter().map(|d| &d.id))?;
    for (index, decision) in decisions.iter().enumerate() {
        let at = at.item(index);
        let what = at.member("what");
        if decision.what.trim().is_empty() {
            return Err(what.fail("expected what was decided, found an empty text"));
        }
        what.long(&decision.what)?;
        at.member("options").long(&decision.options)?;
        at.member("owner").name(&decision.owner)?;
    }
    Ok(())
}
