//! The scoreboard's metrics as a list: which families are measured and which are missing, each
//! metric as a keyed item (a keystroke re-renders nothing but the field typed in), and the Add
//! button, which starts a metric as the first family not yet measured.

use leptos::prelude::*;

use super::metric::{METRICS, MetricItem};
use crate::domain::places::scoreboard;
use crate::domain::scoreboard::{Metric, MetricFamily};
use crate::domain::values::Id;
use crate::ui::erase::text;
use crate::ui::form::AddButton;
use crate::ui::state::use_app;

/// A family as the lists of families name it: "capability (certified partners by archetype)".
fn family_phrase(family: MetricFamily) -> String {
    match family.measures() {
        Some(what) => format!("{} ({what})", family.label().to_ascii_lowercase()),
        None => family.label().to_ascii_lowercase(),
    }
}

/// Names in a sentence: "a, b and c".
pub(super) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The metrics fieldset.
#[component]
pub fn MetricList() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let order = Memo::new(move |_| {
        d.with(|d| {
            d.scoreboard
                .metrics
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<Id>>()
        })
    });
    let len = Memo::new(move |_| order.with(Vec::len));
    let missing = Memo::new(move |_| d.with(|d| d.scoreboard.missing_leading()));
    let has_lagging = Memo::new(move |_| d.with(|d| d.scoreboard.has_lagging()));
    let leading = and_list(
        &MetricFamily::LEADING
            .into_iter()
            .map(family_phrase)
            .collect::<Vec<_>>(),
    );
    let lagging = and_list(
        &MetricFamily::LAGGING
            .into_iter()
            .map(family_phrase)
            .collect::<Vec<_>>(),
    );
    let add = Callback::new(move |()| {
        let metric = d.with_untracked(|d| {
            let id = Id::fresh("metric", d.scoreboard.metrics.iter().map(|m| &m.id));
            let quarters = d.assumptions.quarters.get() as usize;
            Metric::new(id, d.scoreboard.next_family(), quarters)
        });
        METRICS.add(app, &[], metric, Some(scoreboard::METRIC_NAME));
    });
    view! {
        <fieldset class="scoreboard-metrics">
            <legend>"Metrics"</legend>
            <p class="hint">
                "Leading metrics move first: " {leading} ". Lagging metrics are the results that keep the program funded: "
                {lagging} " (002). Each metric needs an owner role and a target per quarter."
            </p>
            <p class="scoreboard-coverage" aria-live="polite">
                {text(move || {
                    let missing = missing.get();
                    if missing.is_empty() {
                        "Every leading family has a metric.".to_owned()
                    } else {
                        let names: Vec<String> = missing.iter().map(|f| f.label().to_ascii_lowercase()).collect();
                        format!("Leading families still missing: {}.", and_list(&names))
                    }
                })}
                " "
                {text(move || if has_lagging.get() {
                    "A lagging (output) metric is measured.".to_owned()
                } else {
                    "No lagging (output) metric yet: add partner-sourced pipeline and partner-sourced closed-won.".to_owned()
                })}
            </p>
            <ol class="list scoreboard-metric-list">
                <ForEnumerate
                    each=move || order.get()
                    key=|id: &Id| id.clone()
                    children=move |index, id| view! { <MetricItem id index len /> }
                />
            </ol>
            <AddButton path=METRICS.path(&[]) label="Add metric" full=METRICS.full(app, &[])
                max=METRICS.max on_add=add />
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_join_as_a_sentence() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&names(&[])), "");
        assert_eq!(and_list(&names(&["motion"])), "motion");
        assert_eq!(
            and_list(&names(&["capability", "motion", "conversion"])),
            "capability, motion and conversion"
        );
    }

    #[test]
    fn a_leading_family_says_what_it_counts() {
        assert_eq!(
            family_phrase(MetricFamily::Capacity),
            "capacity (partner reps active in the last 60 days)"
        );
        assert_eq!(
            family_phrase(MetricFamily::SourcedClosedWon),
            "partner-sourced closed-won"
        );
    }
}
