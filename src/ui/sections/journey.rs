//! The journey section (002 "Design the partner journey"): the six stages in order, recruit
//! through off-board, each with its definition of done, criteria, owner, duration, exit metric and
//! activities; a removed stage can be added back; onboard and activate are shown against the
//! 90-day first-deal target.

mod activities;
mod stage;

use leptos::prelude::*;

use crate::browser::dom;
use crate::domain::Mechanic;
use crate::domain::health::FIRST_DEAL_DAYS;
use crate::domain::journey::StageKind;
use crate::domain::places::journey;
use crate::ui::erase::{flag, handler, once, text};
use crate::ui::health::{FindingsList, ReadinessBadge};
use crate::ui::state::{AppState, use_app};

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) use stage::FIELDS;

/// The journey section: the first-deal figure, the stages, the stages to add back, the findings.
#[component]
pub fn JourneySection() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let kinds =
        Memo::new(move |_| d.with(|d| d.journey.stages.iter().map(|s| s.kind).collect::<Vec<_>>()));
    view! {
        <ReadinessBadge mechanic=Mechanic::Journey />
        <FirstDeal />
        <form class="form journey-form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <p class="journey-guide">
                "Map the full lifecycle, recruit through off-board. “Every stage gets a definition of \
                 done” (002)."
            </p>
            <ol class="list journey-stages" aria-label="Stages">
                {move || {
                    kinds
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, kind)| view! { <stage::StageCard index kind /> })
                        .collect_view()
                }}
            </ol>
            <MissingStages />
        </form>
        <FindingsList mechanic=Mechanic::Journey />
    }
}

/// Onboard plus activate against 002's first-90-days motion, in words and as a bar.
#[component]
fn FirstDeal() -> impl IntoView {
    let app = use_app();
    let days = Memo::new(move |_| app.design.with(|d| d.journey.first_deal_days()));
    let over = move || days.get() > FIRST_DEAL_DAYS;
    // The bar spans twice the target, so the target sits in its middle. Set through the CSS
    // object model (`style:`), which the Content-Security-Policy allows, not a style attribute.
    let width = move || {
        let share = (u64::from(days.get()) * 50 / u64::from(FIRST_DEAL_DAYS)).min(100);
        format!("{share}%")
    };
    view! {
        <div class="journey-first-deal" class:journey-over=flag(over)>
            <p>
                "Onboard + activate: " <strong>{text(move || days.get().to_string())} " days"</strong>
                {text(move || first_deal_verdict(days.get()))}
            </p>
            <div class="journey-bar" aria-hidden="true">
                <div class="journey-bar-fill" style:width=width></div>
                <div class="journey-bar-target"></div>
            </div>
            <p class="journey-source">
                "002: “A program with a written first-90-days motion produces partners who close their \
                 first deal in the first quarter.” Practitioners aim under 90 days; the median quoted \
                 is about 4.7 months (TSIA)."
            </p>
        </div>
    }
}

/// The words after the first-deal days: within the target, or by how much it is missed.
fn first_deal_verdict(days: u32) -> String {
    if days <= FIRST_DEAL_DAYS {
        format!(" of the {FIRST_DEAL_DAYS}-day first-deal target: within it.")
    } else {
        format!(
            " against the {FIRST_DEAL_DAYS}-day first-deal target: {} days over.",
            days - FIRST_DEAL_DAYS
        )
    }
}

/// A button per stage the journey lacks, putting it back at its place. The first carries the
/// stages list's path, where findings about a missing stage lead.
#[component]
fn MissingStages() -> impl IntoView {
    let app = use_app();
    let missing = Memo::new(move |_| app.design.with(|d| d.journey.missing_stages()));
    move || {
        let missing = missing.get();
        (!missing.is_empty()).then(|| {
            view! {
                <div class="journey-missing">
                    <p>"Missing from the journey:"</p>
                    {missing
                        .into_iter()
                        .enumerate()
                        .map(|(n, kind)| {
                            let id = (n == 0).then(|| journey::STAGES.path().element_id());
                            view! {
                                <button type="button" id=id on:click=handler(move |_| add_stage(app, kind))>
                                    {format!("Add the {} stage", kind.label().to_ascii_lowercase())}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
    }
}

/// Puts a stage back and moves focus to its definition of done.
fn add_stage(app: AppState, kind: StageKind) {
    let mut at = 0;
    app.change(|d| at = d.journey.add_stage(kind));
    let id = journey::DONE.at(&[at]).element_id();
    dom::after_render(once(move || dom::focus(&id)));
}

#[cfg(test)]
mod tests {
    use super::first_deal_verdict;

    #[test]
    fn the_first_deal_verdict_says_within_or_how_far_over() {
        assert!(first_deal_verdict(90).ends_with("within it."));
        assert!(first_deal_verdict(105).ends_with("15 days over."));
    }
}
