//! The program's purposes (000 Step One): a checkbox per purpose, kept in the order chosen.

use leptos::prelude::*;

use crate::domain::thesis::ProgramPurpose;
use crate::ui::erase::text;
use crate::ui::fields::Checkbox;
use crate::ui::state::use_app;

/// The document path of a purpose's checkbox. The first one carries the list's own path, so a
/// finding about the purposes (`thesis.purposes`) lands on the group's first box.
fn purpose_path(index: usize, purpose: ProgramPurpose) -> String {
    if index == 0 {
        "thesis.purposes".to_owned()
    } else {
        format!("thesis.purposes.{}", slug(purpose))
    }
}

fn slug(purpose: ProgramPurpose) -> &'static str {
    match purpose {
        ProgramPurpose::ServiceExtension => "service-extension",
        ProgramPurpose::MarketReach => "market-reach",
        ProgramPurpose::CoSelling => "co-selling",
    }
}

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
            {ProgramPurpose::ALL
                .into_iter()
                .enumerate()
                .map(|(index, purpose)| {
                    view! {
                        <Checkbox path=purpose_path(index, purpose) label=purpose.label()
                            hint=format!("To {}.", purpose.meaning())
                            checked=Signal::derive(move || d.read().thesis.purposes.contains(&purpose))
                            on_change=Callback::new(move |chosen: bool| {
                                app.edit("thesis.purposes", |d| d.thesis.set_purpose(purpose, chosen))
                            }) />
                    }
                })
                .collect_view()}
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
    fn the_first_purpose_box_answers_to_the_list_path_and_the_others_to_their_own() {
        let paths: Vec<String> = ProgramPurpose::ALL
            .into_iter()
            .enumerate()
            .map(|(i, p)| purpose_path(i, p))
            .collect();
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
