//! One scoreboard metric: its name, family, kind, owner role, unit and a target per forecast
//! quarter, with the buttons that move and remove it. The item is keyed by the metric's id; it
//! re-renders only when its place in the list changes (its fields' ids carry the index).

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::scoreboard::{Metric, MetricFamily, MetricKind, remove_metric};
use crate::domain::values::{Amount, Id, Target};
use crate::ui::erase::text;
use crate::ui::fields::{ParsedField, Select, TextField, field_id};
use crate::ui::lists::{ItemControls, move_item};
use crate::ui::state::{AppState, use_app};

fn position(design: &Design, id: &Id) -> Option<usize> {
    design.scoreboard.metrics.iter().position(|m| &m.id == id)
}

/// Changes the metric `id` as one edit to the field at `key`.
fn edit_metric(app: AppState, id: StoredValue<Id>, key: &str, change: impl FnOnce(&mut Metric)) {
    app.edit(key, |d| {
        let found = id.with_value(|id| d.scoreboard.metrics.iter_mut().find(|m| &m.id == id));
        if let Some(metric) = found {
            change(metric);
        }
    });
}

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
    let id = StoredValue::new(id);
    move || {
        let index = index.get();
        view! { <MetricFields id index len /> }
    }
}

#[component]
fn MetricFields(id: StoredValue<Id>, index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let metric = Memo::new(move |_| {
        d.with(|d| {
            id.with_value(|id| {
                d.scoreboard
                    .metrics
                    .get(index)
                    .filter(|m| &m.id == id)
                    .or_else(|| d.scoreboard.metrics.iter().find(|m| &m.id == id))
                    .cloned()
            })
        })
    });
    let field = move |name: &str| format!("scoreboard.metrics.{index}.{name}");
    let read = move |f: fn(&Metric) -> String| {
        Signal::derive(move || metric.with(|m| m.as_ref().map(f).unwrap_or_default()))
    };
    let name = read(|m| m.name.clone());
    let what = Signal::derive(move || {
        let name = name.get();
        if name.trim().is_empty() {
            format!("metric {}", index + 1)
        } else {
            format!("metric “{}”", name.trim())
        }
    });
    let quarters = Memo::new(move |_| d.with(|d| d.assumptions.quarters.get() as usize));

    let (name_path, family_path, kind_path, unit_path) =
        (field("name"), field("family"), field("kind"), field("unit"));
    let on_move = Callback::new(move |delta: isize| {
        app.edit(&format!("move {}", id.get_value()), |d| {
            if let Some(i) = id.with_value(|id| position(d, id)) {
                move_item(&mut d.scoreboard.metrics, i, delta);
            }
        });
    });
    let on_remove = Callback::new(move |()| {
        app.remove(&what.get_untracked(), |d| {
            if let Some(i) = id.with_value(|id| position(d, id)) {
                remove_metric(d, i);
            }
        });
    });
    // Named by its heading, so its fields are announced as this metric's.
    let heading_id = format!(
        "{}-heading",
        field_id(&format!("scoreboard.metrics.{index}"))
    );
    let labelled_by = heading_id.clone();
    view! {
        <li class="list-item scoreboard-metric" aria-labelledby=labelled_by>
            <h4 class="scoreboard-item-title" id=heading_id>
                {text(move || format!("{}. {}", index + 1, {
                    let n = name.get();
                    if n.trim().is_empty() { "Unnamed metric".to_owned() } else { n.trim().to_owned() }
                }))}
            </h4>
            <div class="field-grid">
                <TextField path=name_path.clone() label="Metric name" value=name max_len=200
                    on_change=Callback::new(move |v: String| edit_metric(app, id, &name_path, |m| m.name = v)) />
                <Select path=family_path.clone() label="Family" options=family_options()
                    value=move || metric.with(|m| m.as_ref().map_or(MetricFamily::Other, |m| m.family))
                    on_change=Callback::new(move |v| edit_metric(app, id, &family_path, |m| m.family = v)) />
                <Select path=kind_path.clone() label="Kind"
                    options=MetricKind::ALL.into_iter().map(|k| (k, k.label().to_owned())).collect()
                    value=move || metric.with(|m| m.as_ref().map_or(MetricKind::Activity, |m| m.kind))
                    on_change=Callback::new(move |v| edit_metric(app, id, &kind_path, |m| m.kind = v)) />
                <OwnerSelect id index metric />
                <TextField path=unit_path.clone() label="Unit" value=read(|m| m.unit.clone()) max_len=200
                    hint="What the number counts: partners, reps, USD, %."
                    on_change=Callback::new(move |v: String| edit_metric(app, id, &unit_path, |m| m.unit = v)) />
            </div>
            <fieldset class="scoreboard-targets" id=field_id(&field("quarterly_targets")) tabindex="-1">
                <legend>{text(move || format!("Quarterly targets of {}", what.get()))}</legend>
                <div class="scoreboard-quarters">
                    {move || (0..quarters.get()).map(|quarter| {
                        let path = field(&format!("quarterly_targets.{quarter}"));
                        let key = path.clone();
                        view! {
                            <ParsedField path label=format!("Q{} target", quarter + 1)
                                value=move || metric.with(|m| m.as_ref().and_then(|m| m.quarterly_targets.get(quarter).copied()))
                                parse=parse_target format=show_target
                                on_change=Callback::new(move |v: Option<Target>| {
                                    let quarters = quarters.get_untracked();
                                    if let Some(v) = v {
                                        edit_metric(app, id, &key, |m| m.set_target(quarter, v, quarters));
                                    }
                                }) />
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <ItemControls what index len on_move on_remove />
        </li>
    }
}

/// The owner select: no owner, the design's roles, and the owner the metric names when it is
/// not a role on the plan (so the select never shows a role the metric does not have).
#[component]
fn OwnerSelect(id: StoredValue<Id>, index: usize, metric: Memo<Option<Metric>>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let owner = Signal::derive(move || metric.with(|m| m.as_ref().and_then(|m| m.owner.clone())));
    let options = Memo::new(move |_| {
        let mut options = vec![(None, "No owner".to_owned())];
        d.with(|d| {
            for (i, role) in d.operating.roles.iter().enumerate() {
                let title = role.title.trim();
                let title = if title.is_empty() {
                    format!("Role {}", i + 1)
                } else {
                    title.to_owned()
                };
                options.push((Some(role.id.clone()), title));
            }
        });
        if let Some(dangling) = owner
            .get()
            .filter(|o| !options.iter().any(|(v, _)| v.as_ref() == Some(o)))
        {
            options.push((
                Some(dangling.clone()),
                format!("“{dangling}” (not a role on the plan)"),
            ));
        }
        options
    });
    let path = format!("scoreboard.metrics.{index}.owner");
    move || {
        let path = path.clone();
        let key = path.clone();
        view! {
            <Select path label="Owner role" options=options.get()
                hint="The role that answers for this number (002)."
                value=move || owner.get()
                on_change=Callback::new(move |v: Option<Id>| edit_metric(app, id, &key, |m| m.owner = v)) />
        }
    }
}

/// A quarter's target: always a number, even where the list ends before the quarter.
fn parse_target(text: &str) -> Result<Option<Target>, String> {
    Target::parse(text).map(Some)
}

/// Shows a quarter's target; empty where the list has none.
fn show_target(target: &Option<Target>) -> String {
    target.as_ref().map(Target::show).unwrap_or_default()
}
