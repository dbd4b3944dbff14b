//! Choices: a select among labelled options, and a checkbox.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::path::DocPath;

use crate::ui::erase::{Value, flag, handler, text};

/// A labelled select. Options are `(value, label)`; the value is found by position, so any
/// `PartialEq` type works.
#[component]
pub fn Select<T>(
    /// The document path of the value; also the element id.
    path: DocPath,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    /// The options, in order.
    options: Vec<(T, String)>,
    /// The value in the design, read reactively; none shows the first option (the item is
    /// gone, and its select with it a moment later).
    #[prop(into)]
    value: Value<Option<T>>,
    on_change: Callback<T>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    // Only the typed edges are generic: the select itself is one component for every type.
    // Shared by plain reference counting, not a StoredValue: reading one compiles Leptos's
    // arena code once more for each type.
    let (values, labels): (Vec<T>, Vec<String>) = options.into_iter().unzip();
    let values = Arc::new(values);
    let selected = {
        let values = Arc::clone(&values);
        // A memo: setting a select's value, even to the same option, costs the browser a layout.
        Memo::new(move |_| {
            let current = value.get();
            values
                .iter()
                .position(|x| Some(x) == current.as_ref())
                .unwrap_or(0)
        })
    };
    let pick = Callback::new(move |index: usize| {
        if let Some(v) = values.get(index).cloned() {
            on_change.run(v);
        }
    });
    view! { <IndexSelect path label hint labels selected pick /> }
}

/// The select itself, by position.
#[component]
fn IndexSelect(
    path: DocPath,
    label: String,
    hint: Option<String>,
    labels: Vec<String>,
    /// The position of the design's value among the options.
    selected: Memo<usize>,
    /// Called with the position picked.
    pick: Callback<usize>,
) -> impl IntoView {
    let id = path.element_id();
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let change = move |ev| {
        if let Ok(index) = event_target_value(&ev).parse::<usize>() {
            pick.run(index);
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <select id=id aria-describedby=described
                prop:value=text(move || selected.get().to_string()) on:change=handler(change)>
                {labels
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| view! { <option value=i.to_string()>{text}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn Checkbox(
    /// The document path of the value; also the element id.
    path: DocPath,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let id = path.element_id();
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let checked = Memo::new(move |_| checked.get());
    view! {
        <div class="field field-check">
            <input id=id.clone() type="checkbox" aria-describedby=described
                prop:checked=flag(move || checked.get())
                on:change=handler(move |ev| on_change.run(event_target_checked(&ev)) )/>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
        </div>
    }
}
