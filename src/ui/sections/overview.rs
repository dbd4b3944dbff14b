//! The overview: overall readiness, the "ready to hire" verdict, and every finding grouped by
//! mechanic.

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::domain::health::Severity;
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
                .filter(|f| f.severity == Severity::Critical)
                .count()
        })
    };
    // What blocks the verdict: each mechanic with a critical finding, and the rules that
    // raised them, in the order of the mechanics.
    let blockers = move || {
        app.analysis.with(|a| {
            Mechanic::ALL
                .into_iter()
                .filter_map(|m| {
                    let mut rules: Vec<&str> = a
                        .findings
                        .iter()
                        .filter(|f| f.mechanic == m && f.severity == Severity::Critical)
                        .map(|f| f.rule)
                        .collect();
                    rules.dedup();
                    (!rules.is_empty()).then(|| (m, rules.join(", ")))
                })
                .collect::<Vec<_>>()
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
            {move || (!ready()).then(|| view! {
                <p class="verdict-why">
                    "What blocks it: "
                    {blockers().into_iter().enumerate().map(|(i, (m, rules))| view! {
                        {(i > 0).then_some("; ")}
                        <a href=Section::for_mechanic(m).href()>{m.label()}</a>
                        " (" {rules} ")"
                    }).collect_view()}
                    "."
                </p>
            })}
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
