//! The program's purposes (000 Step One): a checkbox per purpose, kept in the order chosen.

use leptos::prelude::*;

use crate::domain::places::thesis;
use crate::domain::thesis::ProgramPurpose;
use crate::ui::erase::text;
use crate::ui::form::{Access, Check, field, labelled};
use crate::ui::state::use_app;

/// A purpose's checkbox. The first carries the set's own place, so a finding about the
/// purposes (`thesis.purposes`) lands on the group's first box; the others add their key.
macro_rules! purpose {
    ($purpose:ident, $key:expr) => {
        Check {
            key: $key,
            ..labelled(thesis::PURPOSES, "")
                .label_made(|_, _| ProgramPurpose::$purpose.label().to_owned())
                .hint_made(|_, _| format!("To {}.", ProgramPurpose::$purpose.meaning()))
                .check(Access {
                    get: |d, _| Some(d.thesis.purposes.contains(&ProgramPurpose::$purpose)),
                    set: |d, _, on| d.thesis.set_purpose(ProgramPurpose::$purpose, on),
                })
        }
    };
}

/// The purposes' checkboxes, in the catalogue's order.
pub(super) static PURPOSES: [Check; 3] = [
    purpose!(ServiceExtension, None),
    purpose!(MarketReach, Some("market-reach")),
    purpose!(CoSelling, Some("co-selling")),
];

/// The purposes as a group of checkboxes, with the order they were chosen in.
#[component]
pub fn PurposeChoice() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let order = move || {
        d.with(|d| {
            d.thesis
                .purposes
                .iter()
                .map(|p| p.label())
                .collect::<Vec<_>>()
                .join(", then ")
        })
    };
    view! {
        <fieldset class="thesis-purposes">
            <legend>"What the program is for"</legend>
            <p class="thesis-guide">
                "000 Step One: “Are we looking for service extension, market reach, or co-selling \
                 opportunities?” A program without a defined purpose becomes a directory of names."
            </p>
            {PURPOSES.iter().map(|check| field(check, &[])).collect_view()}
            <p class="thesis-order">
                {text(move || {
                    let order = order();
                    if order.is_empty() {
                        "None chosen yet.".to_owned()
                    } else {
                        format!("In the order chosen: {order}.")
                    }
                })}
            </p>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_purpose_box_answers_to_the_sets_place_and_the_others_to_their_own() {
        let paths: Vec<String> = PURPOSES.iter().map(|c| c.path(&[]).dotted()).collect();
        assert_eq!(
            paths,
            [
                "thesis.purposes",
                "thesis.purposes.market-reach",
                "thesis.purposes.co-selling"
            ]
        );
    }
}
