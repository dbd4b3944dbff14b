//! The scoreboard metric a role owns (002: every named role owns a specific number), chosen
//! among the design's metrics by name.

use leptos::prelude::*;

use super::super::spec::position;
use super::{ROLES, role, role_mut};
use crate::domain::values::Id;
use crate::ui::fields::Select;
use crate::ui::state::use_app;

/// The metric role `index` owns.
#[component]
pub fn MetricSelect(
    /// The role's position among the roles.
    index: usize,
) -> impl IntoView {
    let app = use_app();
    let metrics = Memo::new(move |_| {
        app.design.with(|d| {
            d.scoreboard
                .metrics
                .iter()
                .map(|m| (m.id.clone(), m.name.trim().to_owned()))
                .collect::<Vec<_>>()
        })
    });
    let path = ROLES.field_path(index, "owns_metric");
    // Rebuilt when the scoreboard's metrics change, not when the choice does.
    move || {
        let metrics = metrics.get();
        let hint = if metrics.is_empty() {
            "The scoreboard has no metrics yet: add them in the Scoreboard section, then choose the number this role owns."
        } else {
            "002: every named role owns a specific number on the scoreboard."
        };
        // The choices by position: none, then each metric; a metric the role names that is no
        // longer on the scoreboard stays visible until another is chosen.
        let mut ids: Vec<Option<Id>> = vec![None];
        let mut labels = vec!["None yet".to_owned()];
        if let Some(id) = app
            .design
            .with_untracked(|d| role(d, index).and_then(|r| r.owns_metric.clone()))
            && !metrics.iter().any(|(m, _)| *m == id)
        {
            labels.push(format!("{id} (not on the scoreboard)"));
            ids.push(Some(id));
        }
        for (id, name) in metrics {
            labels.push(if name.is_empty() {
                id.to_string()
            } else {
                name
            });
            ids.push(Some(id));
        }
        let ids = StoredValue::new(ids);
        let options = labels.into_iter().enumerate().collect::<Vec<_>>();
        let value = move || {
            let current = app
                .design
                .with(|d| role(d, index).and_then(|r| r.owns_metric.clone()));
            ids.with_value(|ids| position(ids, &current))
        };
        let key = path.clone();
        let on_change = Callback::new(move |i: usize| {
            if let Some(id) = ids.with_value(|ids| ids.get(i).cloned()) {
                app.edit(&key, |d| {
                    if let Some(r) = role_mut(d, index) {
                        r.owns_metric = id;
                    }
                });
            }
        });
        view! {
            <Select path=path.clone() label="Scoreboard number it owns" hint=hint options value on_change />
        }
    }
}
