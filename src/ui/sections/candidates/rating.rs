//! A candidate's ratings, one select per criterion labelled "<criterion> rating for
//! <candidate>", and its red flags as checkboxes.

use leptos::prelude::*;

use super::fields::{CriteriaNames, RATING, RED_FLAGS};
use crate::domain::candidates::Candidate;
use crate::domain::places::candidates;
use crate::domain::values::{Id, Rating};
use crate::ui::erase::{handler, text};
use crate::ui::form::field_in;
use crate::ui::state::use_app;

/// The candidate's ratings, one per criterion.
#[component]
pub fn Ratings(
    /// The candidate's place in the list.
    index: usize,
    /// The scorecard's criteria.
    criteria: CriteriaNames,
    /// The candidate's name as the labels say it.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    view! {
        <fieldset class="candidates-ratings" id=candidates::RATINGS.at(&[index]).element_id() tabindex="-1">
            <legend>"Ratings, 1 (poor) to 5 (excellent); not rated counts as 1"</legend>
            <div class="candidates-rating-grid">
                <For
                    each=move || criteria.get().into_iter().enumerate()
                    key=|(k, (criterion, name)): &(usize, (Id, String))| (*k, criterion.clone(), name.clone())
                    children=move |(k, _)| view! { <RatingSelect index criterion=k name /> }
                />
            </div>
        </fieldset>
    }
}

/// The rating of one criterion, its label saying whose: "<criterion> rating for <candidate>".
#[component]
fn RatingSelect(index: usize, criterion: usize, name: Signal<String>) -> impl IntoView {
    let app = use_app();
    let at = [index, criterion];
    let path = RATING.head.place.at(&at);
    let element = path.element_id();
    let label = app.design.with_untracked(|d| RATING.head.label.say(d, &at));
    let options = app.design.with_untracked(|d| RATING.options.list(d, &at));
    // A memo: typing the candidate's name must not set every rating's select again (each set
    // costs the browser a layout).
    let value = Memo::new(move |_| {
        let rating = app.design.with(|d| (RATING.access.get)(d, &at)).flatten();
        options_index(rating)
    });
    let change = move |ev| {
        let picked = event_target_value(&ev).parse::<usize>().ok();
        if let Some(picked) = picked {
            let rating = picked
                .checked_sub(1)
                .and_then(|r| Rating::new(r as u8 + 1).ok());
            app.type_into(&path, |d| (RATING.access.set)(d, &at, rating));
        }
    };
    view! {
        <div class="field">
            <label for=element.clone()>
                {label}
                <span class="candidates-hidden-text">{text(move || format!(" rating for {}", name.get()))}</span>
            </label>
            <select id=element prop:value=text(move || value.get().to_string()) on:change=handler(change)>
                {options.into_iter().enumerate().map(|(i, (_, text))| view! {
                    <option value=i.to_string()>{text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The position of a rating among the select's options: "Not rated" first.
fn options_index(rating: Option<Rating>) -> usize {
    rating.map_or(0, |r| usize::from(r.value()))
}

/// The candidate's red flags: any one fails it whatever its score (001).
#[component]
pub fn RedFlags(
    /// The candidate's place in the list.
    index: usize,
    /// The candidate as the design holds it.
    candidate: Signal<Option<Candidate>>,
) -> impl IntoView {
    view! {
        <fieldset class="candidates-flags" id=candidates::RED_FLAGS.at(&[index]).element_id() tabindex="-1">
            <legend>"Red flags: any one fails the candidate (001)"</legend>
            <div class="candidates-flag-row">
                {RED_FLAGS.iter().map(|check| field_in(check, &[index], candidate)).collect_view()}
            </div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rating_has_its_option_not_rated_first() {
        assert_eq!(options_index(None), 0);
        assert_eq!(options_index(Rating::new(4).ok()), 4);
    }
}
