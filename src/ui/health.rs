//! Health findings and readiness as the user sees them: a live list of findings, each with its
//! rule id, message, source and a link that moves focus to the field to fix, and readiness badges.

use leptos::prelude::*;

use super::later::Later;
use super::section::Section;
use super::state::use_app;
use crate::browser::{dom, location};
use crate::domain::Mechanic;
use crate::domain::health::{Finding, OUT_OF_ORDER, Severity};
use crate::domain::path::DocPath;
use crate::ui::erase::{handler, once};

/// The words for a severity: colour is never the only signal.
pub fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "Critical",
        Severity::Warning => "Warning",
        Severity::Info => "Advice",
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "finding critical",
        Severity::Warning => "finding warning",
        Severity::Info => "finding info",
    }
}

/// Moves to the section that edits `path` and focuses its field: the field itself if it is on
/// the page, else the nearest enclosing item (a list, its Add button), else the section heading.
pub fn go_to_field(path: &DocPath) {
    let section = Section::for_path(path);
    location::set_hash(&section.href());
    let mut candidates: Vec<String> = path.and_above().map(|p| p.element_id()).collect();
    candidates.push("section-heading".to_owned());
    dom::after_render(once(move || dom::focus_first(&candidates)));
}

/// The findings of one mechanic, or of all (grouped by mechanic, worst first) when `mechanic` is
/// none. The list is a live region: findings appear and disappear as the user types.
#[component]
pub fn FindingsList(
    /// Only this mechanic's findings; all when none.
    #[prop(optional)]
    mechanic: Option<Mechanic>,
    /// The list's heading and accessible name, when a page shows more than one list.
    #[prop(optional, into)]
    heading: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let findings = Memo::new(move |_| {
        app.analysis.with(|a| {
            a.findings
                .iter()
                .filter(|f| mechanic.is_none_or(|m| f.mechanic == m))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let heading = heading.unwrap_or_else(|| {
        if mechanic.is_some() {
            "Health of this mechanic".to_owned()
        } else {
            "Health findings".to_owned()
        }
    });
    let label = heading.clone();
    view! {
        <section class="findings" aria-label=label>
            <h3>{heading}</h3>
            // The list comes a task after the section, and arrives whole: a live region
            // put on the page with its findings does not read them all out.
            <Later>
                <div aria-live="polite" aria-atomic="false">
                    {move || {
                        let list = findings.get();
                        if list.is_empty() {
                            view! { <p class="no-findings">"No findings: nothing here breaks a known rule."</p> }
                                .into_any()
                        } else if mechanic.is_some() {
                            view! { <FindingItems findings=list /> }.into_any()
                        } else {
                            grouped(list).into_any()
                        }
                    }}
                </div>
            </Later>
        </section>
    }
}

fn grouped(findings: Vec<Finding>) -> impl IntoView {
    Mechanic::ALL
        .into_iter()
        .filter_map(|mechanic| {
            let of_mechanic: Vec<Finding> = findings
                .iter()
                .filter(|f| f.mechanic == mechanic)
                .cloned()
                .collect();
            (!of_mechanic.is_empty()).then(|| {
                view! {
                    <div class="finding-group">
                        <h4>{mechanic.label()}</h4>
                        <FindingItems findings=of_mechanic />
                    </div>
                }
            })
        })
        .collect_view()
}

#[component]
fn FindingItems(findings: Vec<Finding>) -> impl IntoView {
    view! {
        <ul class="finding-list">
            {findings
                .into_iter()
                .map(|f| {
                    let path = f.path.clone();
                    let section = Section::for_path(&f.path);
                    view! {
                        <li class=severity_class(f.severity) data-rule=f.rule>
                            <span class="severity">{severity_label(f.severity)}</span>
                            <code class="rule-id">{f.rule}</code>
                            <span class="message">{f.message.clone()}</span>
                            <span class="source">"Source: " {f.source}</span>
                            <a class="fix-link" href=section.href()
                                on:click=handler(move |e: leptos::ev::MouseEvent| {
                                    e.prevent_default();
                                    go_to_field(&path);
                                })>
                                "Go to the field"
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A mechanic's readiness as a badge: score, and the count of critical findings and warnings.
#[component]
pub fn ReadinessBadge(mechanic: Mechanic) -> impl IntoView {
    let app = use_app();
    let entry = move || app.analysis.with(|a| a.readiness.of(mechanic).cloned());
    move || {
        entry().map(|r| {
            let text = format!("Readiness {} / 100", r.score);
            let counts = format!("{} critical · {} warnings", r.critical, r.warnings);
            let class = if r.critical > 0 {
                "badge badge-critical"
            } else if r.warnings > 0 {
                "badge badge-warning"
            } else {
                "badge badge-ok"
            };
            view! {
                <p class=class>
                    <strong>{text}</strong>
                    <span>{counts}</span>
                </p>
            }
        })
    }
}

/// Says so when this mechanic is being filled while an earlier one still has critical findings
/// (002: "Skipping any of the first three breaks the next two").
#[component]
pub fn SequenceNote(mechanic: Mechanic) -> impl IntoView {
    let app = use_app();
    let note = move || {
        app.analysis.with(|a| {
            a.findings
                .iter()
                .find(|f| f.rule == OUT_OF_ORDER.id && f.mechanic == mechanic)
                .cloned()
        })
    };
    move || {
        note().map(|f| {
            let path = f.path.clone();
            view! {
                <div class="sequence-warning" role="note">
                    <p>
                        <strong>"Earlier mechanics first. "</strong>
                        {f.message.clone()}
                    </p>
                    <a href=Section::for_path(&f.path).href() on:click=handler(move |e: leptos::ev::MouseEvent| {
                        e.prevent_default();
                        go_to_field(&path);
                    })>"Go to the earliest critical finding"</a>
                </div>
            }
        })
    }
}
