//! The operating section.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::health::{FindingsList, ReadinessBadge};

/// The operating section: its form and its findings.
#[component]
pub fn OperatingSection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::OperatingModel />
        <FindingsList mechanic=Mechanic::OperatingModel />
    }
}
