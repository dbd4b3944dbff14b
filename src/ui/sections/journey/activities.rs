//! A stage's activities: what happens in it, in order, each a short text; added, moved and
//! removed like every list of the design.

use leptos::prelude::*;

use crate::domain::format::limits::LIST_MAX;
use crate::domain::journey::Stage;
use crate::domain::places::journey;
use crate::ui::form::{
    Access, AddButton, ItemControls, ListOf, Size, Text, field, labelled, list_of,
};
use crate::ui::state::use_app;

/// The longest stretch of an activity's text quoted on its buttons.
const QUOTE_CHARS: usize = 40;

/// An activity as the buttons name it: `activity “Joint call plan” of the onboard stage`, or by
/// its number while it has no text.
pub fn activity_name(text: &str, number: usize, stage_name: &str) -> String {
    let text = text.trim();
    let stage = stage_name.to_ascii_lowercase();
    if text.is_empty() {
        return format!("activity {number} of the {stage} stage");
    }
    let quoted: String = if text.chars().count() > QUOTE_CHARS {
        let cut: String = text.chars().take(QUOTE_CHARS).collect();
        format!("{}…", cut.trim_end())
    } else {
        text.to_owned()
    };
    format!("activity “{quoted}” of the {stage} stage")
}

/// A stage's activities.
static ACTIVITIES: ListOf<String, Stage> = list_of!(journey::ACTIVITIES, LIST_MAX, activities);

pub(super) static ACTIVITY: Text<Stage> = labelled(journey::ACTIVITY, "Activity {n}")
    // One line, held to the longer texts' limit as the format holds it.
    .text(
        Size::Line,
        Access {
            get: |s, at| s.activities.get(*at.get(1)?).cloned(),
            set: |s, at, v| {
                if let Some(slot) = at.get(1).and_then(|&i| s.activities.get_mut(i)) {
                    *slot = v;
                }
            },
        },
    );

/// The activities of the stage at `index`, with the button that adds one.
#[component]
pub fn ActivityList(
    /// The stage's position in the journey.
    index: usize,
    /// The stage's name, for labels.
    stage_name: &'static str,
) -> impl IntoView {
    let app = use_app();
    let count = ACTIVITIES.len(app, &[index]);
    let add = Callback::new(move |()| ACTIVITIES.add(app, &[index], String::new(), None));
    let legend = format!(
        "Activities of the {} stage",
        stage_name.to_ascii_lowercase()
    );
    view! {
        <fieldset class="journey-activities">
            <legend>{legend}</legend>
            <ol class="list">
                {move || {
                    (0..count.get())
                        .map(|item| view! { <ActivityRow stage=index item stage_name count /> })
                        .collect_view()
                }}
            </ol>
            <AddButton path=ACTIVITIES.path(&[index])
                label=format!("Add an activity to the {} stage", stage_name.to_ascii_lowercase())
                full=ACTIVITIES.full(app, &[index]) max=ACTIVITIES.max on_add=add />
        </fieldset>
    }
}

/// One activity: its text and its Move up / Move down / Remove buttons.
#[component]
fn ActivityRow(
    stage: usize,
    item: usize,
    stage_name: &'static str,
    count: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let text = ACTIVITIES.value(app, &[stage], item, String::clone);
    let what = Signal::derive(move || activity_name(&text.get(), item + 1, stage_name));
    let row_id = format!("{}-row", ACTIVITIES.item_path(&[stage], item).element_id());
    view! {
        <li class="list-item journey-activity" id=row_id>
            {field(&ACTIVITY, &[stage, item])}
            <ItemControls what index=item len=count
                on_move=Callback::new(move |delta| ACTIVITIES.move_by(app, &[stage], item, delta))
                on_remove=Callback::new(move |()| ACTIVITIES.remove(app, &[stage], item, &what.get_untracked())) />
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::activity_name;

    #[test]
    fn an_activity_is_named_by_its_text_or_else_its_number() {
        assert_eq!(
            activity_name(" Joint call plan ", 1, "Onboard"),
            "activity “Joint call plan” of the onboard stage"
        );
        assert_eq!(
            activity_name("", 3, "Off-board"),
            "activity 3 of the off-board stage"
        );
        let long = "a".repeat(60);
        let name = activity_name(&long, 1, "Recruit");
        assert!(name.contains(&format!("{}…", "a".repeat(40))), "{name}");
    }
}
