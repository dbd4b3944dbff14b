//! The ranking: how many candidates pass, the recommended launch set and its size for this firm
//! (003: 5–10; 000: 3–5 for a small firm; 001: 2–3 to prove the model), and every candidate
//! ranked by score in a table. Rows are keyed by what they show, so a change re-renders only
//! the rows it moves.

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::export::ExportCandidates;
use crate::domain::ranking::{LAUNCH_SET, SMALL_FIRM_LAUNCH_SET};
use crate::domain::values::Id;
use crate::ui::erase::text;
use crate::ui::state::use_app;

/// One row of the table, as shown.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    position: usize,
    id: Id,
    name: String,
    score: Decimal,
    passes: bool,
    selected: bool,
    recommended: bool,
}

fn named(name: &str, position: usize) -> String {
    if name.trim().is_empty() {
        format!("Unnamed candidate ({position})")
    } else {
        name.trim().to_owned()
    }
}

/// The ranking and the launch set.
#[component]
pub fn Ranking() -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        app.analysis.with(|a| {
            a.ranking
                .ranked
                .iter()
                .map(|r| Row {
                    position: r.position,
                    id: r.id.clone(),
                    name: named(&r.name, r.position),
                    score: r.score.normalize(),
                    passes: r.passes,
                    selected: r.selected,
                    recommended: r.recommended,
                })
                .collect::<Vec<_>>()
        })
    });
    let counts = Memo::new(move |_| {
        app.analysis.with(|a| {
            let r = &a.ranking;
            let selected = r.ranked.iter().filter(|c| c.selected).count();
            (
                r.ranked.len(),
                r.passing,
                selected,
                r.pass_threshold,
                r.bounds,
            )
        })
    });
    let launch_set = Memo::new(move |_| {
        rows.with(|rows| {
            rows.iter()
                .filter(|r| r.recommended)
                .map(|r| r.name.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="candidates-ranking" aria-labelledby="candidates-ranking-heading">
            <h3 id="candidates-ranking-heading">"Ranking and launch set"</h3>
            <ExportCandidates />
            <p aria-live="polite">
                {text(move || {
                    let (total, passing, selected, threshold, _) = counts.get();
                    format!(
                        "{passing} of {total} candidates pass (a score of {threshold} or more and no red flag); {selected} selected for launch. 004: of 30 scored, 8 passed and made 90 % of first-year partner revenue."
                    )
                })}
            </p>
            <p>
                {text(move || {
                    let bounds = counts.get().4;
                    let why = if bounds == SMALL_FIRM_LAUNCH_SET {
                        "000: a small firm does best with three to five"
                    } else {
                        "003: start with five to ten highly qualified partners"
                    };
                    format!("Launch with {} to {} partners for this firm ({why}).", bounds.min, bounds.max)
                })}
                {format!(
                    " Elsewhere: {}–{} for a larger firm (003), {}–{} for a small one (000), and 2–3 are enough to prove the model (001).",
                    LAUNCH_SET.min, LAUNCH_SET.max, SMALL_FIRM_LAUNCH_SET.min, SMALL_FIRM_LAUNCH_SET.max
                )}
            </p>
            <h4 id="candidates-launch-set-heading">"Recommended launch set"</h4>
            {move || {
                let set = launch_set.get();
                if set.is_empty() {
                    view! { <p>"No candidate passes yet, so there is nothing to recommend."</p> }.into_any()
                } else {
                    view! {
                        <ol class="candidates-launch-set" aria-labelledby="candidates-launch-set-heading">
                            {set.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
            <div class="candidates-table-wrap" role="region" aria-label="Ranked candidates" tabindex="0">
                <table class="candidates-table">
                    <caption>"Candidates ranked by weighted score"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Rank"</th>
                            <th scope="col">"Candidate"</th>
                            <th scope="col">"Score"</th>
                            <th scope="col">"Passes"</th>
                            <th scope="col">"Selected"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || rows.get()
                            key=|row: &Row| row.clone()
                            children=|row: Row| view! {
                                <tr>
                                    <td>{row.position}</td>
                                    <th scope="row">{row.name}</th>
                                    <td>{row.score.to_string()}</td>
                                    <td>{if row.passes { "Passes" } else { "Fails" }}</td>
                                    <td>{if row.selected { "Yes" } else { "No" }}</td>
                                </tr>
                            }
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}
