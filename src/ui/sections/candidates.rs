//! The candidates section.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::health::{FindingsList, ReadinessBadge};

/// The candidates section: its form and its findings.
#[component]
pub fn CandidatesSection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::Candidates />
        <FindingsList mechanic=Mechanic::Candidates />
    }
}
