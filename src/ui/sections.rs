//! One module per section of the workshop. Each is a form over the design (or, for the
//! overview, a summary of it) and shows its own health findings and readiness.

mod archetypes;
mod candidates;
mod firm;
mod journey;
mod operating;
mod overview;
mod scoreboard;
mod thesis;

use leptos::prelude::*;

use super::health::SequenceNote;
use super::section::Section;

/// The content of a section, below its heading: its form, then its charts.
pub fn section_body(section: Section) -> AnyView {
    view! {
        {section.mechanic().map(|mechanic| view! { <SequenceNote mechanic /> })}
        {form(section)}
        {super::charts::charts_for(section)}
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
        Section::Candidates => view! { <candidates::CandidatesSection /> }.into_any(),
    }
}
