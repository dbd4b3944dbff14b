//! Compare: two labelled choices — this design now, its versions, the other saved designs — and
//! what differs between them, as `domain::compare` finds it: the fields that changed old → new,
//! the findings that appeared or went, and the headline figures with their differences.

use leptos::prelude::*;

use super::versions::when;
use super::{Library, use_library};
use crate::domain::Design;
use crate::domain::compare::{ChangeKind, Comparison, compare};
use crate::domain::library::{DesignId, Health};
use crate::ui::erase::{handler, text};
use crate::ui::trailing::now_ms;

/// What can be compared, as its select option's value: `now`, `v:<version id>`, `d:<design id>`.
const NOW: &str = "now";

impl Library {
    /// The choices of both selects: (value, label).
    fn compare_choices(&self) -> Vec<(String, String)> {
        let mut choices = vec![(NOW.to_owned(), "This design now".to_owned())];
        if let Ok(list) = self.versions.get() {
            choices.extend(list.iter().rev().map(|v| {
                (
                    format!("v:{}", v.id),
                    format!("Version “{}” of {}", v.name, when(v.taken_ms)),
                )
            }));
        }
        let open = self.open_id();
        choices.extend(
            self.listing
                .get()
                .into_iter()
                .filter(|d| d.health == Health::Ready && Some(&d.id) != open.as_ref())
                .map(|d| {
                    let title = if d.title.trim().is_empty() {
                        "Untitled design".to_owned()
                    } else {
                        d.title
                    };
                    (format!("d:{}", d.id), format!("Saved design “{title}”"))
                }),
        );
        choices
    }

    /// The design a choice names.
    fn chosen_design(&self, choice: &str) -> Option<Design> {
        if choice == NOW {
            return Some(self.app.design.get_untracked());
        }
        if let Some(version) = choice.strip_prefix("v:") {
            let id = self.open_id()?;
            let version = version.parse().ok()?;
            return self
                .repo
                .with_value(|r| r.version_design(&id, version))
                .ok();
        }
        let id = DesignId::parse(choice.strip_prefix("d:")?)?;
        self.repo
            .try_update_value(|r| r.load(&id, now_ms()).ok())
            .flatten()
            .map(|l| l.design)
    }
}

/// The compare form and its result.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let library = use_library();
    let first = library.versions.with_untracked(|v| {
        v.as_ref()
            .ok()
            .and_then(|l| l.last())
            .map(|v| format!("v:{}", v.id))
    });
    let from = RwSignal::new(first.unwrap_or_else(|| NOW.to_owned()));
    let with = RwSignal::new(NOW.to_owned());
    let result = RwSignal::new(None::<Result<(String, String, Comparison), String>>);
    let label_of = move |value: &str| {
        library
            .compare_choices()
            .into_iter()
            .find(|(v, _)| v == value)
            .map_or_else(String::new, |(_, l)| l)
    };
    let run = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let (a, b) = (from.get_untracked(), with.get_untracked());
        let outcome = match (library.chosen_design(&a), library.chosen_design(&b)) {
            (Some(old), Some(new)) => Ok((label_of(&a), label_of(&b), compare(&old, &new))),
            _ => Err("One of the two could not be read.".to_owned()),
        };
        result.set(Some(outcome));
    };
    let options = move |chosen: RwSignal<String>| {
        move || {
            library
                .compare_choices()
                .into_iter()
                .map(|(value, label)| {
                    let selected = chosen.get_untracked() == value;
                    view! { <option value=value selected=selected>{label}</option> }
                })
                .collect_view()
        }
    };
    view! {
        <div class="panel-group compare">
            <h3 id="compare-heading">"Compare"</h3>
            <form class="compare-form" on:submit=handler(run)>
                <div class="field">
                    <label for="compare-from">"Compare"</label>
                    <select id="compare-from" prop:value=text(move || from.get())
                        on:change=handler(move |e| from.set(event_target_value(&e)))>
                        {options(from)}
                    </select>
                </div>
                <div class="field">
                    <label for="compare-with">"with"</label>
                    <select id="compare-with" prop:value=text(move || with.get())
                        on:change=handler(move |e| with.set(event_target_value(&e)))>
                        {options(with)}
                    </select>
                </div>
                <button type="submit">"Show the differences"</button>
            </form>
            {move || result.get().map(|r| match r {
                Err(why) => view! { <p class="design-state">{why}</p> }.into_any(),
                Ok((a, b, c)) => view! { <Differences a b comparison=c /> }.into_any(),
            })}
        </div>
    }
}

/// What differs between `a` and `b`.
#[component]
fn Differences(
    /// The first design's name.
    a: String,
    /// The second design's name.
    b: String,
    /// What differs.
    comparison: Comparison,
) -> impl IntoView {
    let Comparison {
        changes,
        appeared,
        gone,
        figures,
    } = comparison;
    let same = changes.is_empty();
    let changed = changes.len();
    let (a2, b2) = (a.clone(), b.clone());
    view! {
        <section class="compare-result" aria-labelledby="differences-heading">
            <h4 id="differences-heading">{format!("{a} → {b}")}</h4>
            {if same {
                view! { <p>"The two are the same in every field."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" role="region" aria-label="Fields that changed" tabindex="0">
                        <table class="compare-table">
                            <caption>{format!("Fields that changed ({changed})")}</caption>
                            <thead><tr><th scope="col">"Field"</th><th scope="col">{a.clone()}</th><th scope="col">{b.clone()}</th></tr></thead>
                            <tbody>
                                {changes.into_iter().map(|c| {
                                    let kind = match c.kind {
                                        ChangeKind::Changed => "",
                                        ChangeKind::Added => " (added)",
                                        ChangeKind::Removed => " (removed)",
                                    };
                                    view! {
                                        <tr data-path=c.path>
                                            <th scope="row">{c.place}{kind}</th>
                                            <td class="old">{c.old.unwrap_or_else(|| "—".to_owned())}</td>
                                            <td class="new">{c.new.unwrap_or_else(|| "—".to_owned())}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <FindingList heading="Findings that appeared" none="No finding appeared." findings=appeared />
            <FindingList heading="Findings that went" none="No finding went." findings=gone />
            <div class="table-scroll" role="region" aria-label="Headline figures" tabindex="0">
                <table class="compare-table">
                    <caption>"Headline figures"</caption>
                    <thead><tr><th scope="col">"Figure"</th><th scope="col">{a2}</th><th scope="col">{b2}</th><th scope="col">"Difference"</th></tr></thead>
                    <tbody>
                        {figures.into_iter().map(|f| view! {
                            <tr>
                                <th scope="row">{f.label}</th>
                                <td>{f.old}</td>
                                <td>{f.new}</td>
                                <td>{f.difference}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Findings that appeared, or went.
#[component]
fn FindingList(
    /// The list's heading.
    heading: &'static str,
    /// What it says when there are none.
    none: &'static str,
    /// The findings.
    findings: Vec<crate::domain::compare::FindingChange>,
) -> impl IntoView {
    let count = findings.len();
    view! {
        <h5>{format!("{heading} ({count})")}</h5>
        {if findings.is_empty() {
            view! { <p class="hint">{none}</p> }.into_any()
        } else {
            view! {
                <ul class="compare-findings">
                    {findings.into_iter().map(|f| view! {
                        <li data-rule=f.rule><code>{f.rule}</code> " " {f.message} <span class="hint">{format!(" (at {})", f.path)}</span></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
