//! A stage's activities: what happens in it, in order. Each can be edited, moved up or down and
//! removed (with Undo); focus follows the item moved, and lands on the new item when one is added.

use leptos::prelude::*;

use super::stage::read;
use crate::browser::dom;
use crate::ui::erase::{handler, once};
use crate::ui::fields::{TextField, field_id};
use crate::ui::lists::{ItemControls, move_item};
use crate::ui::state::{AppState, use_app};

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

/// The element id of an activity's row.
fn row_id(stage: usize, item: usize) -> String {
    format!(
        "{}-row",
        field_id(&format!("journey.stages.{stage}.activities.{item}"))
    )
}

/// The activities of the stage at `index`, with the button that adds one.
#[component]
pub fn ActivityList(
    /// The stage's position in the journey.
    index: usize,
    /// The stage's name, for labels.
    stage_name: &'static str,
) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let list_path = format!("journey.stages.{index}.activities");
    let count = Memo::new(move |_| {
        d.with(|d| {
            d.journey
                .stages
                .get(index)
                .map_or(0, |s| s.activities.len())
        })
    });
    let add = move |_| {
        let at = count.get_untracked();
        // The new item's own path: typing into it right away joins the same undo step.
        app.edit(&format!("journey.stages.{index}.activities.{at}"), |d| {
            if let Some(stage) = d.journey.stages.get_mut(index) {
                stage.activities.push(String::new());
            }
        });
        let id = field_id(&format!("journey.stages.{index}.activities.{at}"));
        dom::after_render(once(move || dom::focus(&id)));
    };
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
            <button type="button" id=field_id(&list_path) on:click=handler(add)>
                {format!("Add an activity to the {} stage", stage_name.to_ascii_lowercase())}
            </button>
        </fieldset>
    }
}

/// One activity: its text and its Move up / Move down / Remove buttons.
#[component]
fn ActivityRow(
    stage: usize,
    item: usize,
    stage_name: &'static str,
    #[prop(into)] count: Signal<usize>,
) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let path = format!("journey.stages.{stage}.activities.{item}");
    let text = Signal::derive(read(d, stage, String::new(), move |s| {
        s.activities.get(item).cloned().unwrap_or_default()
    }));
    let what = Signal::derive(move || activity_name(&text.get(), item + 1, stage_name));
    let key = path.clone();
    view! {
        <li class="list-item journey-activity" id=row_id(stage, item)>
            <TextField path=path.clone() label=format!("Activity {}", item + 1) value=text max_len=300
                on_change=Callback::new(move |v: String| {
                    app.edit(&key, |d| {
                        if let Some(slot) = d.journey.stages.get_mut(stage).and_then(|s| s.activities.get_mut(item)) {
                            *slot = v;
                        }
                    })
                }) />
            <ItemControls what index=item len=count
                on_move=Callback::new(move |delta| move_activity(app, stage, item, delta))
                on_remove=Callback::new(move |()| remove_activity(app, stage, item, what.get_untracked())) />
        </li>
    }
}

/// Moves an activity and keeps focus on the same button of the row it moved to (or its other
/// Move button when that one is now disabled at the end of the list).
fn move_activity(app: AppState, stage: usize, item: usize, delta: isize) {
    let Some(target) = item.checked_add_signed(delta) else {
        return;
    };
    // Its own undo step: a key naming the item and the direction never joins the move before.
    app.edit(
        &format!("journey.stages.{stage}.activities.{item}.move{delta:+}"),
        |d| {
            if let Some(s) = d.journey.stages.get_mut(stage) {
                move_item(&mut s.activities, item, delta);
            }
        },
    );
    let row = row_id(stage, target);
    let (same, other) = if delta < 0 { (1, 2) } else { (2, 1) };
    let selectors = [
        format!("#{row} .item-controls button:nth-child({same}):not(:disabled)"),
        format!("#{row} .item-controls button:nth-child({other})"),
    ];
    dom::after_render(once(move || dom::focus_first_matching(&selectors)));
}

/// Removes an activity with an Undo notice, and moves focus to the activity that took its place,
/// or the one before, or the Add button.
fn remove_activity(app: AppState, stage: usize, item: usize, what: String) {
    app.remove(&what, |d| {
        if let Some(s) = d.journey.stages.get_mut(stage)
            && item < s.activities.len()
        {
            s.activities.remove(item);
        }
    });
    let left = app.design.with_untracked(|d| {
        d.journey
            .stages
            .get(stage)
            .map_or(0, |s| s.activities.len())
    });
    let path = if left == 0 {
        format!("journey.stages.{stage}.activities")
    } else {
        format!("journey.stages.{stage}.activities.{}", item.min(left - 1))
    };
    let id = field_id(&path);
    dom::after_render(once(move || dom::focus(&id)));
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
