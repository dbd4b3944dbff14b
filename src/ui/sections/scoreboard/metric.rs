//! One scoreboard metric: its name, family, kind, owner role, unit and a target per forecast
//! quarter, with the buttons that move and remove it. The item is keyed by the metric's id; it
//! re-renders only when its place in the list changes (its fields' places carry the index).

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::format::limits::LIST_MAX;
use crate::domain::part::Part;
use crate::domain::places::scoreboard;
use crate::domain::scoreboard::{Metric, MetricFamily, MetricKind};
use crate::domain::values::{Id, Target};
use crate::ui::erase::text;
use crate::ui::form::{
    Access, Choice, ItemControls, ListOf, Options, Size, Text, Typed, field, labelled, list_of,
    member,
};
use crate::ui::state::use_app;

/// The scoreboard's metrics.
pub(super) static METRICS: ListOf<Metric> =
    list_of!(scoreboard::METRICS, LIST_MAX, scoreboard.metrics);

static NAME: Text<Metric> =
    labelled(scoreboard::METRIC_NAME, "Metric name").text(Size::Name, member!(name));

static FAMILY: Choice<MetricFamily, Metric> =
    labelled(scoreboard::FAMILY, "Family").choice(Options::Listed(family_options), member!(family));

static KIND: Choice<MetricKind, Metric> = labelled(scoreboard::KIND, "Kind").choice(
    Options::Listed(|| {
        MetricKind::ALL
            .into_iter()
            .map(|k| (k, k.label().to_owned()))
            .collect()
    }),
    member!(kind),
);

static OWNER: Choice<Option<Id>, Metric> = labelled(scoreboard::OWNER, "Owner role")
    .hint("The role that answers for this number (002).")
    .choice(Options::Made(owner_options), member!(owner));

static UNIT: Text<Metric> = labelled(scoreboard::UNIT, "Unit")
    .hint("What the number counts: partners, reps, USD, %.")
    .text(Size::Name, member!(unit));

/// A quarter's target. Set in a list shorter than the horizon, it first fills the list with
/// zeros to the horizon, so the targets never skip a quarter.
static TARGET: Typed<Option<Target>> = labelled(scoreboard::TARGET, "Q{n} target").typed(Access {
    get: |d, at| {
        let metric = Metric::find(d, at)?;
        Some(metric.quarterly_targets.get(*at.get(1)?).copied())
    },
    set: |d, at, v| {
        let quarters = d.assumptions.quarters.get() as usize;
        if let (Some(metric), Some(&quarter), Some(v)) = (Metric::find_mut(d, at), at.get(1), v) {
            metric.set_target(quarter, v, quarters);
        }
    },
});

/// Every field of a metric, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] =
    &[&NAME, &FAMILY, &KIND, &OWNER, &UNIT, &TARGET];

/// The options of the family select, saying which families lead and which lag.
fn family_options() -> Vec<(MetricFamily, String)> {
    MetricFamily::ALL
        .into_iter()
        .map(|family| {
            let role = if family.is_leading() {
                " (leading)"
            } else if family.is_lagging() {
                " (lagging)"
            } else {
                ""
            };
            (family, format!("{}{role}", family.label()))
        })
        .collect()
}

/// The owner options: no owner, the design's roles, and the owner the metric names when it is
/// not a role on the plan (so the select never shows a role the metric does not have).
fn owner_options(design: &Design, at: &[usize]) -> Vec<(Option<Id>, String)> {
    let mut options = vec![(None, "No owner".to_owned())];
    for (i, role) in design.operating.roles.iter().enumerate() {
        let title = role.title.trim();
        let title = if title.is_empty() {
            format!("Role {}", i + 1)
        } else {
            title.to_owned()
        };
        options.push((Some(role.id.clone()), title));
    }
    let owner = Metric::find(design, at).and_then(|m| m.owner.clone());
    if let Some(dangling) = owner.filter(|o| !options.iter().any(|(v, _)| v.as_ref() == Some(o))) {
        options.push((
            Some(dangling.clone()),
            format!("“{dangling}” (not a role on the plan)"),
        ));
    }
    options
}

/// One metric of the list, at `index`.
#[component]
pub fn MetricItem(
    /// The metric's id: the list's key.
    id: Id,
    /// The metric's place in the list, kept up to date by the list.
    index: ReadSignal<usize>,
    /// How many metrics the list has.
    len: Memo<usize>,
) -> impl IntoView {
    let _ = id;
    move || {
        let index = index.get();
        view! { <MetricFields index len /> }
    }
}

#[component]
fn MetricFields(index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let name = METRICS.value(app, &[], index, |m| m.name.clone());
    let what = Signal::derive(move || {
        let name = name.get();
        if name.trim().is_empty() {
            format!("metric {}", index + 1)
        } else {
            format!("metric “{}”", name.trim())
        }
    });
    let quarters = Memo::new(move |_| d.with(|d| d.assumptions.quarters.get() as usize));
    let on_move = Callback::new(move |delta: isize| METRICS.move_by(app, &[], index, delta));
    let on_remove = Callback::new(move |()| {
        METRICS.remove_with(app, &[], index, &what.get_untracked(), |d, metric| {
            d.disown_metric(&metric.id)
        })
    });
    // Named by its heading, so its fields are announced as this metric's.
    let item = METRICS.item_path(&[], index).element_id();
    let heading_id = format!("{item}-heading");
    let labelled_by = heading_id.clone();
    let at = [index];
    view! {
        <li class="list-item scoreboard-metric" id=item tabindex="-1" aria-labelledby=labelled_by>
            <h4 class="scoreboard-item-title" id=heading_id>
                {text(move || format!("{}. {}", index + 1, {
                    let n = name.get();
                    if n.trim().is_empty() { "Unnamed metric".to_owned() } else { n.trim().to_owned() }
                }))}
            </h4>
            <div class="field-grid">
                {field(&NAME, &at)}
                {field(&FAMILY, &at)}
                {field(&KIND, &at)}
                {field(&OWNER, &at)}
                {field(&UNIT, &at)}
            </div>
            <fieldset class="scoreboard-targets" id=scoreboard::TARGETS.at(&at).element_id() tabindex="-1">
                <legend>{text(move || format!("Quarterly targets of {}", what.get()))}</legend>
                <div class="scoreboard-quarters">
                    {move || (0..quarters.get()).map(|quarter| field(&TARGET, &[index, quarter])).collect_view()}
                </div>
            </fieldset>
            <ItemControls what index len on_move on_remove />
        </li>
    }
}
