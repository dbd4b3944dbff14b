//! Compare: two labelled choices — this design now, its versions, the other saved designs — and
//! what differs between them, as `domain::compare` finds it: the fields that changed old → new,
//! the findings that appeared or went, and the headline figures with their differences.

use leptos::prelude::*;

use super::clock::when;
use super::{Library, use_library};
use crate::domain::Design;
use crate::domain::compare::{ChangeKind, Comparison, FindingChange, compare};
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
                let at = when(v.taken_ms);
                let label = if v.name.contains(&at) {
                    v.name.clone()
                } else {
                    format!("Version “{}” of {at}", v.name)
                };
                (format!("v:{}", v.id), label)
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
    // Until the person chooses, "Compare" is the newest version (or the design now, with none),
    // following the list as versions are taken.
    let chosen_from = RwSignal::new(None::<String>);
    let from = Signal::derive(move || {
        chosen_from.get().unwrap_or_else(|| {
            library
                .versions
                .with(|v| {
                    v.as_ref()
                        .ok()
                        .and_then(|l| l.last())
                        .map(|v| format!("v:{}", v.id))
                })
                .unwrap_or_else(|| NOW.to_owned())
        })
    });
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
    let options = move |chosen: Signal<String>| {
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
                        on:change=handler(move |e| chosen_from.set(Some(event_target_value(&e))))>
                        {options(from)}
                    </select>
                </div>
                <div class="field">
                    <label for="compare-with">"with"</label>
                    <select id="compare-with" prop:value=text(move || with.get())
                        on:change=handler(move |e| with.set(event_target_value(&e)))>
                        {options(with.into())}
                    </select>
                </div>
                <button type="submit">"Show the differences"</button>
            </form>
            {move || result.get().map(|r| match r {
                Err(why) => view! { <p class="design-state">{why}</p> }.into_any(),
                Ok((a, b, c)) => differences(a, b, c),
            })}
        </div>
    }
}

/// What differs between `a` and `b`.
fn differences(a: String, b: String, comparison: Comparison) -> AnyView {
    let Comparison {
        changes,
        appeared,
        gone,
        figures,
    } = comparison;
    let changed = if changes.is_empty() {
        view! { <p>"The two are the same in every field."</p> }.into_any()
    } else {
        let rows = changes
            .into_iter()
            .map(|c| {
                let kind = match c.kind {
                    ChangeKind::Changed => "",
                    ChangeKind::Added => " (added)",
                    ChangeKind::Removed => " (removed)",
                };
                let none = || "—".to_owned();
                (
                    format!("{}{kind}", c.place),
                    vec![c.old.unwrap_or_else(none), c.new.unwrap_or_else(none)],
                )
            })
            .collect::<Vec<_>>();
        table(
            "Fields that changed",
            format!("Fields that changed ({})", rows.len()),
            vec!["Field".to_owned(), a.clone(), b.clone()],
            rows,
        )
    };
    let figures = table(
        "Headline figures",
        "Headline figures".to_owned(),
        vec![
            "Figure".to_owned(),
            a.clone(),
            b.clone(),
            "Difference".to_owned(),
        ],
        figures
            .into_iter()
            .map(|f| (f.label, vec![f.old, f.new, f.difference]))
            .collect(),
    );
    view! {
        <section class="compare-result" aria-labelledby="differences-heading">
            <h4 id="differences-heading">{format!("{a} → {b}")}</h4>
            {changed}
            {finding_list("Findings that appeared", "No finding appeared.", appeared)}
            {finding_list("Findings that went", "No finding went.", gone)}
            {figures}
        </section>
    }
    .into_any()
}

/// A table that scrolls sideways on a narrow screen: a caption, column headings, and rows each
/// headed by their first cell.
fn table(
    region: &'static str,
    caption: String,
    headings: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
) -> AnyView {
    view! {
        <div class="table-scroll" role="region" aria-label=region tabindex="0">
            <table class="compare-table">
                <caption>{caption}</caption>
                <thead><tr>{headings.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.into_iter().map(|(head, cells)| view! {
                        <tr>
                            <th scope="row">{head}</th>
                            {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Findings that appeared, or went.
fn finding_list(
    heading: &'static str,
    none: &'static str,
    findings: Vec<FindingChange>,
) -> AnyView {
    let count = findings.len();
    let list = if findings.is_empty() {
        view! { <p class="hint">{none}</p> }.into_any()
    } else {
        view! {
            <ul class="compare-findings">
                {findings.into_iter().map(|f| view! {
                    <li><code>{f.rule}</code> " " {f.message} <span class="hint">{format!(" (at {})", f.path)}</span></li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <h5>{format!("{heading} ({count})")}</h5>
        {list}
    }
    .into_any()
}
