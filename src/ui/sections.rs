//! One module per section of the workshop. Each is a form over the design (or, for the
//! overview, a summary of it) and shows its own health findings and readiness.

mod archetypes;
mod candidates;
mod firm;
mod forecast;
mod journey;
mod operating;
mod overview;
mod scoreboard;
mod thesis;

use leptos::prelude::*;

use crate::domain::values::Cadence;

use super::decisions::DecisionLog;
use super::health::SequenceNote;
use super::later::Later;
use super::section::Section;

/// The cadences by their own names: the options of every cadence choice.
fn cadences() -> Vec<(Cadence, String)> {
    Cadence::ALL
        .into_iter()
        .map(|c| (c, c.label().to_owned()))
        .collect()
}

/// Every field the sections declare, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn declared() -> Vec<&'static dyn crate::ui::form::Declared> {
    let parts: Vec<&[&dyn crate::ui::form::Declared]> = [
        firm::FIELDS,
        thesis::FIELDS,
        archetypes::FIELDS,
        journey::FIELDS,
    ]
    .into_iter()
    .chain(operating::FIELDS)
    .chain(scoreboard::FIELDS)
    .chain(candidates::FIELDS)
    .chain([forecast::FIELDS, super::workshop::FIELDS])
    .collect();
    parts.into_iter().flatten().copied().collect()
}

/// The content of a section, below its heading: its form, its charts, then the decisions taken
/// at its step.
pub fn section_body(section: Section) -> AnyView {
    if section == Section::BoardPack {
        // A document, not a form: no notes about editing, no charts to redraw.
        return view! { <super::board_pack::BoardPack /> }.into_any();
    }
    view! {
        {(section != Section::Forecast).then(|| view! { <forecast::ActiveNote /> })}
        {section.mechanic().map(|mechanic| view! { <SequenceNote mechanic /> })}
        {form(section)}
        <Later>{super::charts::charts_for(section)}</Later>
        {section.logs().map(|mechanic| view! { <DecisionLog mechanic /> })}
    }
    .into_any()
}

fn form(section: Section) -> AnyView {
    match section {
        Section::Overview => view! { <overview::Overview /> }.into_any(),
        Section::Firm => view! { <firm::FirmSection /> }.into_any(),
        Section::Thesis => view! { <thesis::ThesisSection /> }.into_any(),
        Section::Archetypes => view! { <archetypes::ArchetypesSection /> }.into_any(),
        Section::OperatingModel => view! { <operating::OperatingSection /> }.into_any(),
        Section::Journey => view! { <journey::JourneySection /> }.into_any(),
        Section::Scoreboard => view! { <scoreboard::ScoreboardSection /> }.into_any(),
        Section::Forecast => view! { <forecast::ForecastSection /> }.into_any(),
        Section::Candidates => view! { <candidates::CandidatesSection /> }.into_any(),
        Section::BoardPack => view! { <super::board_pack::BoardPack /> }.into_any(),
    }
}
