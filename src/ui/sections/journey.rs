//! The journey section.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::health::{FindingsList, ReadinessBadge};

/// The journey section: its form and its findings.
#[component]
pub fn JourneySection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::Journey />
        <FindingsList mechanic=Mechanic::Journey />
    }
}
