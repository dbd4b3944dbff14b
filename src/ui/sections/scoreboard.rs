//! The scoreboard section.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::health::{FindingsList, ReadinessBadge};

/// The scoreboard section: its form and its findings.
#[component]
pub fn ScoreboardSection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::Scoreboard />
        <FindingsList mechanic=Mechanic::Scoreboard />
    }
}
