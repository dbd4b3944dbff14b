//! A candidate's ratings, one select per criterion labelled "<criterion> rating for
//! <candidate>", and its red flags as checkboxes.

use leptos::prelude::*;

use super::item::edit_candidate;
use super::list::CriteriaNames;
use crate::domain::candidates::{Candidate, RedFlag};
use crate::domain::values::{Id, Rating};
use crate::ui::erase::{handler, text};
use crate::ui::fields::{Checkbox, field_id};
use crate::ui::state::use_app;

/// The words beside each step of the 1–5 scale.
const SCALE: [&str; 5] = [
    "1 – poor",
    "2 – weak",
    "3 – fair",
    "4 – strong",
    "5 – excellent",
];

/// The candidate's ratings, one per criterion.
#[component]
pub fn Ratings(
    /// The candidate's id.
    id: StoredValue<Id>,
    /// The candidate's place in the list.
    index: usize,
    /// The candidate as the design holds it.
    candidate: Signal<Option<Candidate>>,
    /// The scorecard's criteria.
    criteria: CriteriaNames,
    /// The candidate's name as the labels say it.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    view! {
        <fieldset class="candidates-ratings" id=field_id(&format!("candidates.candidates.{index}.ratings")) tabindex="-1">
            <legend>"Ratings, 1 (poor) to 5 (excellent); not rated counts as 1"</legend>
            <div class="candidates-rating-grid">
                <For
                    each=move || criteria.get()
                    key=|(criterion, _): &(Id, String)| criterion.clone()
                    children=move |(criterion, _)| view! { <RatingSelect id index candidate criteria criterion name /> }
                />
            </div>
        </fieldset>
    }
}

#[component]
fn RatingSelect(
    id: StoredValue<Id>,
    index: usize,
    candidate: Signal<Option<Candidate>>,
    criteria: CriteriaNames,
    criterion: Id,
    name: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let path = format!("candidates.candidates.{index}.ratings.{criterion}");
    let element = field_id(&path);
    let criterion = StoredValue::new(criterion);
    let label = move || {
        criterion.with_value(|c| {
            criteria.with(|all| all.iter().find(|(id, _)| id == c).map(|(_, n)| n.clone()))
        })
    };
    // A memo: typing the candidate's name must not set every rating's select again (each set
    // costs the browser a layout).
    let value = Memo::new(move |_| {
        candidate.with(|c| {
            c.as_ref()
                .and_then(|c| criterion.with_value(|id| c.rating(id)))
                .map_or(0, |r| r.value())
                .to_string()
        })
    });
    let change = move |ev| {
        let rating = event_target_value(&ev)
            .parse::<u8>()
            .ok()
            .and_then(|v| Rating::new(v).ok());
        edit_candidate(app, id, &path, |c| {
            criterion.with_value(|k| c.set_rating(k, rating))
        });
    };
    view! {
        <div class="field">
            <label for=element.clone()>
                {label}
                <span class="candidates-hidden-text">{text(move || format!(" rating for {}", name.get()))}</span>
            </label>
            <select id=element prop:value=text(move || value.get()) on:change=handler(change)>
                <option value="0">"Not rated"</option>
                {SCALE.iter().enumerate().map(|(i, text)| view! {
                    <option value=(i + 1).to_string()>{*text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The candidate's red flags: any one fails it whatever its score (001).
#[component]
pub fn RedFlags(
    /// The candidate's id.
    id: StoredValue<Id>,
    /// The candidate's place in the list.
    index: usize,
    /// The candidate as the design holds it.
    candidate: Signal<Option<Candidate>>,
) -> impl IntoView {
    let app = use_app();
    let base = format!("candidates.candidates.{index}.red_flags");
    view! {
        <fieldset class="candidates-flags" id=field_id(&base) tabindex="-1">
            <legend>"Red flags: any one fails the candidate (001)"</legend>
            <div class="candidates-flag-row">
                {RedFlag::ALL.into_iter().map(|flag| {
                    let path = format!("{base}.{}", flag.slug());
                    let key = path.clone();
                    view! {
                        <Checkbox path label=flag.label()
                            checked=Signal::derive(move || candidate.with(|c| c.as_ref().is_some_and(|c| c.red_flags.contains(&flag))))
                            on_change=Callback::new(move |raised| edit_candidate(app, id, &key, |c| c.set_red_flag(flag, raised))) />
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
