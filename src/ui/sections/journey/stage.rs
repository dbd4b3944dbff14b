//! One stage of the journey: definition of done (required), its criteria under the stage's own
//! label, owner role, target duration, exit metric and activities, and a button to remove it.

use leptos::prelude::*;

use super::activities::ActivityList;
use crate::browser::dom;
use crate::domain::Design;
use crate::domain::bands;
use crate::domain::journey::{Stage, StageKind};
use crate::domain::operating::Role;
use crate::domain::part::Part;
use crate::domain::places::journey;
use crate::domain::values::{Days, Id};
use crate::ui::erase::{handler, once};
use crate::ui::form::{Choice, Options, Size, Text, Typed, field, labelled, member};
use crate::ui::state::use_app;

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
fn duration_hint(kind: StageKind) -> String {
    let first_deal = || {
        format!(
            "Onboard and activate together are the days from signing a partner to its first \
             registered deal: {}",
            bands::DAYS_TO_FIRST_DEAL.words()
        )
    };
    match kind {
        StageKind::Onboard => format!(
            "002: the first 30 days; onboard + activate within 90. {}",
            first_deal()
        ),
        StageKind::Activate => format!("Onboard + activate within 90 days (002). {}", first_deal()),
        StageKind::Offboard => "004: a 90-day transition keeps the relationship.".to_owned(),
        _ => "Days a partner should spend in this stage.".to_owned(),
    }
}

/// The stage's kind at `at`.
fn kind_at(design: &Design, at: &[usize]) -> Option<StageKind> {
    Stage::find(design, at).map(|s| s.kind)
}

static DONE: Text<Stage> = labelled(journey::DONE, "Definition of done (required)")
    .hint(
        "What must be true for a partner to leave this stage (002: “Every stage gets a definition \
         of done”).",
    )
    .text(Size::Paragraph, member!(definition_of_done));

static CRITERIA: Text<Stage> = labelled(journey::CRITERIA, "")
    .label_made(|d, at| {
        kind_at(d, at)
            .map_or("", |k| criteria_label(k).0)
            .to_owned()
    })
    .hint_made(|d, at| {
        kind_at(d, at)
            .map_or("", |k| criteria_label(k).1)
            .to_owned()
    })
    .text(Size::Paragraph, member!(criteria));

static OWNER: Choice<Option<Id>, Stage> = labelled(journey::OWNER, "Owner role")
    .hint_made(|d, at| {
        let stage = kind_at(d, at).map_or("", StageKind::label);
        format!(
            "Accountable for the {} stage (002); roles come from the operating model.",
            stage.to_ascii_lowercase()
        )
    })
    .choice(
        Options::Made(|d, at| {
            let owner = Stage::find(d, at).and_then(|s| s.owner.as_ref());
            owner_options(&d.operating.roles, owner)
        }),
        member!(owner),
    );

static DURATION: Typed<Days, Stage> = labelled(journey::DURATION, "Target duration")
    .hint_made(|d, at| kind_at(d, at).map(duration_hint).unwrap_or_default())
    .judged()
    .typed(member!(duration_days));

static EXIT_METRIC: Text<Stage> = labelled(journey::EXIT_METRIC, "Exit metric")
    .hint("The number that says a partner is done here.")
    .text(Size::Name, member!(exit_metric));

/// Every field of a stage, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &DONE,
    &CRITERIA,
    &OWNER,
    &DURATION,
    &EXIT_METRIC,
    &super::activities::ACTIVITY,
];

/// One stage, as a card in the journey's list.
#[component]
pub fn StageCard(
    /// The stage's position in the journey (the index in its places).
    index: usize,
    /// The stage at that position.
    kind: StageKind,
) -> impl IntoView {
    let app = use_app();
    let name = kind.label();
    let heading_id = format!("journey-stage-{index}");
    let labelled_by = heading_id.clone();
    let at = [index];
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
                        let id = journey::STAGES.path().element_id();
                        dom::after_render(once(move || dom::focus(&id)));
                    })>
                    {format!("Remove the {} stage", name.to_ascii_lowercase())}
                </button>
            </div>
            {field(&DONE, &at)}
            {field(&CRITERIA, &at)}
            <div class="field-grid">
                {field(&OWNER, &at)}
                {field(&DURATION, &at)}
                {field(&EXIT_METRIC, &at)}
            </div>
            <ActivityList index stage_name=name />
        </li>
    }
}

/// The owner options: "No owner", each role by title, and an owner that is no role on the plan
/// (from an imported design) named as such, so the select never shows a value the design does
/// not hold.
pub fn owner_options(roles: &[Role], current: Option<&Id>) -> Vec<(Option<Id>, String)> {
    let mut options = vec![(None, "No owner".to_owned())];
    options.extend(roles.iter().map(|role| {
        let title = role.title.trim();
        let text = if title.is_empty() {
            format!("Untitled role ({})", role.id)
        } else {
            title.to_owned()
        };
        (Some(role.id.clone()), text)
    }));
    if let Some(id) = current.filter(|id| !roles.iter().any(|r| &r.id == *id)) {
        options.push((Some(id.clone()), format!("“{id}” (not a role on the plan)")));
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::operating::RoleKind;
    use crate::domain::values::{Money, Percent};

    fn role(id: &str, title: &str) -> Role {
        Role {
            id: Id::new(id).unwrap_or_else(|_| Id::fresh("role", std::iter::empty())),
            title: title.to_owned(),
            kind: RoleKind::PartnerManager,
            person: String::new(),
            time_share: Percent::ZERO,
            annual_cost: Money::ZERO,
            starts: None,
            owns_metric: None,
            accountabilities: Vec::new(),
        }
    }

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

    #[test]
    fn owners_are_the_roles_by_title_after_no_owner() {
        let roles = [role("pm", "Partner manager"), role("ops", "  ")];
        let options = owner_options(&roles, None);
        let texts: Vec<&str> = options.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["No owner", "Partner manager", "Untitled role (ops)"]
        );
    }

    #[test]
    fn an_owner_that_is_no_role_is_shown_as_such() {
        let roles = [role("pm", "Partner manager")];
        let gone = Id::new("cro").ok();
        let options = owner_options(&roles, gone.as_ref());
        assert_eq!(options.len(), 3);
        assert_eq!(options[2].1, "“cro” (not a role on the plan)");
        assert_eq!(owner_options(&roles, roles.first().map(|r| &r.id)).len(), 2);
    }
}
