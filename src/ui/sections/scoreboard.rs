//! The scoreboard (002 "Build the measurement scoreboard"; 001 metrics; 004 balanced scorecard):
//! leading and lagging metrics, each owned, with a target per forecast quarter; the
//! partner-sourced share of new pipeline by program year beside the forecast's; and the
//! forecast's assumptions, whose economics are judged here too.

mod assumptions;
mod metric;
mod metrics;
mod share;

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::erase::handler;
use crate::ui::health::{FindingsList, ReadinessBadge};

/// Every field of the section, part by part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: [&[&dyn crate::ui::form::Declared]; 3] =
    [metric::FIELDS, share::FIELDS, assumptions::FIELDS];

/// The scoreboard section: its findings, the metrics, the share targets and the forecast
/// assumptions with the economics' findings.
#[component]
pub fn ScoreboardSection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::Scoreboard />
        <FindingsList mechanic=Mechanic::Scoreboard heading="Health of the scoreboard" />
        <form class="form scoreboard-form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <metrics::MetricList />
            <share::ShareTargets />
            <assumptions::Assumptions />
        </form>
        <div class="scoreboard-economics">
            <h3>"Economics"</h3>
            <ReadinessBadge mechanic=Mechanic::Economics />
            <FindingsList mechanic=Mechanic::Economics heading="Health of the economics" />
        </div>
    }
}
