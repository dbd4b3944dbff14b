//! The scorecard's criteria: each with a name and a weight, shown as its share of the total
//! weight; added, removed (with their ratings, undoably) and reordered.

use leptos::prelude::*;

use crate::browser::dom;
use crate::domain::Design;
use crate::domain::candidates::Criterion;
use crate::domain::format::limits::LIST_MAX;
use crate::domain::values::{Id, Weight, Whole};
use crate::ui::erase::{flag, handler, once, text};
use crate::ui::fields::{ParsedField, TextField, field_id};
use crate::ui::lists::{ItemControls, move_item};
use crate::ui::state::use_app;

/// Weight a new criterion starts with.
const NEW_WEIGHT: Weight = Weight::of(10);

fn position(design: &Design, id: &Id) -> Option<usize> {
    design.candidates.criteria.iter().position(|c| &c.id == id)
}

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
    let add = move |_: leptos::ev::MouseEvent| {
        let id = d.with_untracked(|d| {
            Id::fresh("criterion", d.candidates.criteria.iter().map(|c| &c.id))
        });
        let index = order.with_untracked(Vec::len);
        app.edit(&format!("add {id}"), |d| {
            d.candidates.criteria.push(Criterion {
                id,
                name: String::new(),
                weight: NEW_WEIGHT,
            });
        });
        dom::after_render(once(move || {
            dom::focus(&field_id(&format!("candidates.criteria.{index}.name")))
        }));
    };
    view! {
        <h3 class="candidates-subheading">"Criteria"</h3>
        <p class="hint">
            "Each candidate is rated 1–5 on every criterion. Weights are relative: a criterion counts for its share of the total weight (001 qualification; 004 weighted scorecard)."
        </p>
        <ol class="list candidates-criteria">
            <ForEnumerate
                each=move || order.get()
                key=|id: &Id| id.clone()
                children=move |index, id| {
                    let id = StoredValue::new(id);
                    move || {
                        let index = index.get();
                        view! { <CriterionItem id index len /> }
                    }
                }
            />
        </ol>
        <button type="button" class="primary" id=field_id("candidates.criteria")
            disabled=flag(move || len.get() >= LIST_MAX)
            on:click=handler(add)>
            "Add criterion"
        </button>
    }
}

#[component]
fn CriterionItem(id: StoredValue<Id>, index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let criterion = Memo::new(move |_| {
        d.with(|d| id.with_value(|id| d.candidates.criteria.iter().find(|c| &c.id == id).cloned()))
    });
    let share = Memo::new(move |_| {
        d.with(|d| id.with_value(|id| position(d, id).and_then(|i| d.candidates.weight_share(i))))
    });
    let name = Signal::derive(move || {
        criterion.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default())
    });
    let what = Signal::derive(move || {
        let name = name.get();
        if name.trim().is_empty() {
            format!("criterion {}", index + 1)
        } else {
            format!("criterion “{}”", name.trim())
        }
    });
    let name_path = format!("candidates.criteria.{index}.name");
    let weight_path = format!("candidates.criteria.{index}.weight");
    let edit = move |key: &str, change: &dyn Fn(&mut Criterion)| {
        app.edit(key, |d| {
            if let Some(c) =
                id.with_value(|id| d.candidates.criteria.iter_mut().find(|c| &c.id == id))
            {
                change(c);
            }
        });
    };
    let on_move = Callback::new(move |delta: isize| {
        app.edit(&format!("move {}", id.get_value()), |d| {
            if let Some(i) = id.with_value(|id| position(d, id)) {
                move_item(&mut d.candidates.criteria, i, delta);
            }
        });
    });
    let on_remove = Callback::new(move |()| {
        app.remove(&what.get_untracked(), |d| {
            if let Some(i) = id.with_value(|id| position(d, id)) {
                d.candidates.remove_criterion(i);
            }
        });
    });
    let name_key = name_path.clone();
    let weight_key = weight_path.clone();
    view! {
        <li class="list-item candidates-criterion" aria-label=text(move || {
            // The item's name, so its "Criterion" and "Weight" fields are announced as its own.
            let name = name.get();
            if name.trim().is_empty() {
                format!("Criterion {}", index + 1)
            } else {
                format!("Criterion “{}”", name.trim())
            }
        })>
            <div class="candidates-criterion-fields">
                <TextField path=name_path label="Criterion" value=name max_len=200
                    on_change=Callback::new(move |v: String| edit(&name_key, &|c| c.name = v.clone())) />
                <ParsedField path=weight_path label="Weight" suffix="points" inputmode="numeric"
                    value=move || criterion.with(|c| c.as_ref().map_or(Weight::default(), |c| c.weight))
                    parse=Weight::parse format=Weight::show
                    on_change=Callback::new(move |v: Weight| edit(&weight_key, &|c| c.weight = v)) />
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
