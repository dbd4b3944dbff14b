//! The thesis section.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::health::{FindingsList, ReadinessBadge};

/// The thesis section: its form and its findings.
#[component]
pub fn ThesisSection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::Thesis />
        <FindingsList mechanic=Mechanic::Thesis />
    }
}
