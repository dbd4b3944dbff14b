//! The candidates as keyed lists of twenty: each item keyed by the candidate's id, so a keystroke
//! in one candidate re-renders none of the others, and each run of twenty laid out only near the
//! screen — the list stays responsive with hundreds of candidates.

use leptos::prelude::*;

use super::fields::{CANDIDATES, CriteriaNames};
use super::item::CandidateItem;
use super::slots::Slots;
use crate::domain::candidates::Candidate;
use crate::domain::places::candidates;
use crate::domain::values::Id;
use crate::ui::distinct::distinct;
use crate::ui::erase::text;
use crate::ui::form::AddButton;
use crate::ui::state::use_app;

/// How many candidates one list element holds. The browser lays out a run of them it cannot
/// see as one box (`content-visibility`), so a keystroke's layout walks a few runs and the
/// candidates of one, not every candidate of a long list.
const CHUNK: usize = 20;

/// The list of candidates and its Add button.
#[component]
pub fn CandidateList() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let slots = Slots::new(app);
    let order = distinct(move || {
        d.with(|d| {
            d.candidates
                .candidates
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<Id>>()
        })
    });
    let len = distinct(move || order.with(Vec::len));
    let chunks = distinct(move || len.get().div_ceil(CHUNK));
    let criteria: CriteriaNames = distinct(move || {
        d.with(|d| {
            d.candidates
                .criteria
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let name = c.name.trim();
                    let name = if name.is_empty() {
                        format!("Criterion {}", i + 1)
                    } else {
                        name.to_owned()
                    };
                    (c.id.clone(), name)
                })
                .collect()
        })
    });
    // The candidate the user just added opens its ratings: they are what to fill next.
    let just_added: StoredValue<Option<Id>> = StoredValue::new(None);
    let add = Callback::new(move |()| {
        let id = d.with_untracked(|d| {
            Id::fresh("candidate", d.candidates.candidates.iter().map(|c| &c.id))
        });
        just_added.set_value(Some(id.clone()));
        CANDIDATES.add(app, &[], Candidate::new(id), Some(candidates::NAME));
    });
    view! {
        <fieldset class="candidates-list">
            <legend>{text(move || format!("Candidates ({})", len.get()))}</legend>
            <p class="hint">
                "Rate each prospective partner 1 (poor) to 5 (excellent) on every criterion; a criterion left unrated counts as 1. Red flags fail a candidate whatever its score (001). Select the ones to launch with."
            </p>
            <div class="candidates-items">
                <For
                    each=move || 0..chunks.get()
                    key=|chunk: &usize| *chunk
                    children=move |chunk| {
                        let ids = distinct(move || {
                            order.with(|o| o.iter().skip(chunk * CHUNK).take(CHUNK).cloned().collect::<Vec<Id>>())
                        });
                        view! {
                            <ol class="list candidates-chunk" start=chunk * CHUNK + 1>
                                <For
                                    each=move || ids.get()
                                    key=|id: &Id| id.clone()
                                    children=move |id| {
                                        let opened = just_added.with_value(|added| added.as_ref() == Some(&id));
                                        let parts = slots.slot(&id);
                                        view! { <CandidateItem id parts len criteria opened /> }
                                    }
                                />
                            </ol>
                        }
                    }
                />
            </div>
            <AddButton path=CANDIDATES.path(&[]) label="Add candidate" full=CANDIDATES.full(app, &[])
                max=CANDIDATES.max on_add=add />
        </fieldset>
    }
}
