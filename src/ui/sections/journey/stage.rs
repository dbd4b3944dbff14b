//! One stage of the journey: definition of done (required), its criteria under the stage's own
//! label, owner role, target duration, exit metric and activities, and a button to remove it.

use leptos::prelude::*;

use super::activities::ActivityList;
use super::owner::OwnerSelect;
use crate::browser::dom;
use crate::domain::Design;
use crate::domain::journey::{Stage, StageKind};
use crate::domain::values::{Days, Whole};
use crate::ui::erase::{handler, once};
use crate::ui::fields::{ParsedField, TextField, field_id};
use crate::ui::state::{AppState, use_app};

/// What a stage's criteria are about, and a hint from the sources.
pub fn criteria_label(kind: StageKind) -> (&'static str, &'static str) {
    match kind {
        StageKind::Recruit => (
            "Who, where, and with what pitch",
            "The partners you recruit, where you find them, and the pitch that signs them (002).",
        ),
        StageKind::Onboard => (
            "First 30 days: certification path and first joint motion",
            "What a new partner learns and does in its first 30 days (002).",
        ),
        StageKind::Activate => (
            "What counts as the first joint opportunity",
            "The first joint opportunity in pipeline (002): which account, registered how.",
        ),
        StageKind::Manage => (
            "Cadence, QBR and escalation path",
            "How often you meet, what a quarterly business review covers, and where problems go (002).",
        ),
        StageKind::Expand => (
            "Tier upgrade criteria",
            "What a partner must show to move up a tier (002).",
        ),
        StageKind::Offboard => (
            "The bar: when a partner leaves",
            "A graceful exit for partners below the bar (002). 003: no results after two quarters of \
             active enablement; 004: a 90-day transition.",
        ),
    }
}

/// The hint under a stage's duration.
fn duration_hint(kind: StageKind) -> &'static str {
    match kind {
        StageKind::Onboard => "002: the first 30 days; onboard + activate within 90.",
        StageKind::Activate => "Onboard + activate within 90 days (002).",
        StageKind::Offboard => "004: a 90-day transition keeps the relationship.",
        _ => "Days a partner should spend in this stage.",
    }
}

/// A value of the stage at `index`, or `fallback` if the journey has no such stage.
pub fn read<T>(
    d: RwSignal<Design>,
    index: usize,
    fallback: T,
    get: impl Fn(&Stage) -> T + Clone + Send + Sync + 'static,
) -> impl Fn() -> T + Clone + Send + Sync + 'static
where
    T: Clone + Send + Sync + 'static,
{
    move || {
        d.with(|d| d.journey.stages.get(index).map(&get))
            .unwrap_or_else(|| fallback.clone())
    }
}

/// Changes the stage at `index` as one undoable edit of the field at `path`.
pub fn edit(app: AppState, index: usize, path: &str, change: impl FnOnce(&mut Stage)) {
    app.edit(path, |d| {
        if let Some(stage) = d.journey.stages.get_mut(index) {
            change(stage);
        }
    });
}

/// One stage, as a card in the journey's list.
#[component]
pub fn StageCard(
    /// The stage's position in the journey (the index in its document paths).
    index: usize,
    /// The stage at that position.
    kind: StageKind,
) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let at = move |field: &str| format!("journey.stages.{index}.{field}");
    let name = kind.label();
    let (criteria, criteria_hint) = criteria_label(kind);
    let path_done = at("definition_of_done");
    let path_criteria = at("criteria");
    let path_duration = at("duration_days");
    let path_metric = at("exit_metric");
    let heading_id = format!("journey-stage-{index}");
    let labelled_by = heading_id.clone();
    view! {
        <li class="list-item journey-stage" aria-labelledby=labelled_by>
            <div class="journey-stage-head">
                <h3 id=heading_id>
                    <span class="journey-step">{index + 1} ". "</span>{name}
                </h3>
                <button type="button" class="remove"
                    on:click=handler(move |_| {
                        app.remove(&format!("the {} stage", name.to_ascii_lowercase()), |d| {
                            d.journey.stages.retain(|s| s.kind != kind)
                        });
                        // The button is gone: focus the first "Add the … stage" button instead.
                        let id = field_id("journey.stages");
                        dom::after_render(once(move || dom::focus(&id)));
                    })>
                    {format!("Remove the {} stage", name.to_ascii_lowercase())}
                </button>
            </div>
            <TextField path=path_done.clone() label="Definition of done (required)" multiline=true
                hint="What must be true for a partner to leave this stage (002: “Every stage gets a definition of done”)."
                value=Signal::derive(read(d, index, String::new(), |s| s.definition_of_done.clone()))
                on_change=Callback::new(move |v: String| edit(app, index, &path_done, |s| s.definition_of_done = v)) />
            <TextField path=path_criteria.clone() label=criteria multiline=true hint=criteria_hint
                value=Signal::derive(read(d, index, String::new(), |s| s.criteria.clone()))
                on_change=Callback::new(move |v: String| edit(app, index, &path_criteria, |s| s.criteria = v)) />
            <div class="field-grid">
                <OwnerSelect index stage_name=name />
                <ParsedField path=path_duration.clone() label="Target duration" suffix="days"
                    inputmode="numeric" hint=duration_hint(kind)
                    value=read(d, index, Days::default(), |s| s.duration_days)
                    parse=Days::parse format=Days::show
                    on_change=Callback::new(move |v| edit(app, index, &path_duration, |s| s.duration_days = v)) />
                <TextField path=path_metric.clone() label="Exit metric"
                    hint="The number that says a partner is done here."
                    value=Signal::derive(read(d, index, String::new(), |s| s.exit_metric.clone()))
                    on_change=Callback::new(move |v: String| edit(app, index, &path_metric, |s| s.exit_metric = v))
                    max_len=200 />
            </div>
            <ActivityList index stage_name=name />
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_stage_names_its_criteria_in_its_own_words() {
        assert_eq!(
            criteria_label(StageKind::Recruit).0,
            "Who, where, and with what pitch"
        );
        assert_eq!(criteria_label(StageKind::Expand).0, "Tier upgrade criteria");
        assert!(criteria_label(StageKind::Offboard).0.contains("bar"));
        let labels: std::collections::HashSet<_> = StageKind::ALL
            .into_iter()
            .map(|k| criteria_label(k).0)
            .collect();
        assert_eq!(labels.len(), StageKind::ALL.len());
    }
}
