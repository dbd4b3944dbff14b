//! The scorecard's criteria: each with a name and a weight, shown as its share of the total
//! weight; added, removed (with their ratings, undoably) and reordered.

use leptos::prelude::*;

use crate::domain::candidates::Criterion;
use crate::domain::format::limits::LIST_MAX;
use crate::domain::places::candidates;
use crate::domain::values::{Id, Weight};
use crate::ui::erase::text;
use crate::ui::form::{
    AddButton, ItemControls, ListOf, Size, Text, Typed, field, labelled, list_of, member,
};
use crate::ui::state::use_app;

/// Weight a new criterion starts with.
const NEW_WEIGHT: Weight = Weight::of(10);

/// The scorecard's criteria.
static CRITERIA: ListOf<Criterion> = list_of!(candidates::CRITERIA, LIST_MAX, candidates.criteria);

static NAME: Text<Criterion> =
    labelled(candidates::CRITERION_NAME, "Criterion").text(Size::Name, member!(name));

static WEIGHT: Typed<Weight, Criterion> =
    labelled(candidates::CRITERION_WEIGHT, "Weight").typed(member!(weight));

/// Every field of a criterion, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[&NAME, &WEIGHT];

/// The criteria list and its Add button.
#[component]
pub fn Criteria() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let order = Memo::new(move |_| {
        d.with(|d| {
            d.candidates
                .criteria
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<Id>>()
        })
    });
    let len = Memo::new(move |_| order.with(Vec::len));
    let add = Callback::new(move |()| {
        let criterion = d.with_untracked(|d| Criterion {
            id: Id::fresh("criterion", d.candidates.criteria.iter().map(|c| &c.id)),
            name: String::new(),
            weight: NEW_WEIGHT,
        });
        CRITERIA.add(app, &[], criterion, Some(candidates::CRITERION_NAME));
    });
    view! {
        <h3 class="candidates-subheading">"Criteria"</h3>
        <p class="hint">
            "Each candidate is rated 1–5 on every criterion. Weights are relative: a criterion counts for its share of the total weight (001 qualification; 004 weighted scorecard)."
        </p>
        <ol class="list candidates-criteria">
            <ForEnumerate
                each=move || order.get()
                key=|id: &Id| id.clone()
                children=move |index, _| {
                    move || {
                        let index = index.get();
                        view! { <CriterionItem index len /> }
                    }
                }
            />
        </ol>
        <AddButton path=CRITERIA.path(&[]) label="Add criterion" full=CRITERIA.full(app, &[])
            max=CRITERIA.max on_add=add />
    }
}

#[component]
fn CriterionItem(index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let share = Memo::new(move |_| d.with(|d| d.candidates.weight_share(index)));
    let name = CRITERIA.value(app, &[], index, |c| c.name.clone());
    let what = Signal::derive(move || {
        let name = name.get();
        if name.trim().is_empty() {
            format!("criterion {}", index + 1)
        } else {
            format!("criterion “{}”", name.trim())
        }
    });
    let on_move = Callback::new(move |delta: isize| CRITERIA.move_by(app, &[], index, delta));
    // A criterion goes with every candidate's rating of it.
    let on_remove = Callback::new(move |()| {
        CRITERIA.remove_with(app, &[], index, &what.get_untracked(), |d, criterion| {
            d.candidates.forget_ratings(&criterion.id)
        })
    });
    let at = [index];
    view! {
        <li class="list-item candidates-criterion" id=CRITERIA.item_path(&[], index).element_id()
            tabindex="-1" aria-label=text(move || {
            // The item's name, so its "Criterion" and "Weight" fields are announced as its own.
            let name = name.get();
            if name.trim().is_empty() {
                format!("Criterion {}", index + 1)
            } else {
                format!("Criterion “{}”", name.trim())
            }
        })>
            <div class="candidates-criterion-fields">
                {field(&NAME, &at)}
                {field(&WEIGHT, &at)}
                <p class="candidates-share">
                    {text(move || match share.get() {
                        Some(share) => format!("{share} % of the total weight"),
                        None => "No weight at all yet: every score is 0.".to_owned(),
                    })}
                </p>
            </div>
            <ItemControls what index len on_move on_remove />
        </li>
    }
}
