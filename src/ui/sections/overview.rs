//! The overview: overall readiness, the "ready to hire" verdict, and every finding grouped by
//! mechanic.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::ui::erase::{flag, text};
use crate::ui::health::{FindingsList, ReadinessBadge};
use crate::ui::section::Section;
use crate::ui::state::use_app;

/// The overview section.
#[component]
pub fn Overview() -> impl IntoView {
    let app = use_app();
    let overall = move || app.analysis.with(|a| a.readiness.overall);
    let ready = move || app.analysis.with(|a| a.readiness.ready_to_hire);
    let criticals = move || {
        app.analysis.with(|a| {
            a.findings
                .iter()
                .filter(|f| f.severity == crate::domain::health::Severity::Critical)
                .count()
        })
    };
    view! {
        <div class="verdict" class:ready=flag(ready)>
            <p class="overall">"Overall readiness: " <strong>{text(move || overall().to_string())} " / 100"</strong></p>
            <p class="verdict-text" role="status">
                {text(move || if ready() {
                    "Ready to hire: no critical finding in any mechanic. The partnerships hire walks into a system they can run on day one.".to_owned()
                } else {
                    format!("Not ready to hire: {} critical finding{} to resolve first.", criticals(), if criticals() == 1 { "" } else { "s" })
                })}
            </p>
        </div>
        <ol class="mechanic-summary">
            {Mechanic::ALL.into_iter().map(|m| {
                let section = Section::for_mechanic(m);
                view! {
                    <li>
                        <a href=section.href()>{m.label()}</a>
                        <ReadinessBadge mechanic=m />
                    </li>
                }
            }).collect_view()}
        </ol>
        <FindingsList />
    }
}
