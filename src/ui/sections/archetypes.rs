//! The archetypes section.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::health::{FindingsList, ReadinessBadge};

/// The archetypes section: its form and its findings.
#[component]
pub fn ArchetypesSection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::Archetypes />
        <FindingsList mechanic=Mechanic::Archetypes />
    }
}
