//! Choices: a select among labelled options, and a checkbox.

use leptos::prelude::*;

use super::field_id;

/// A labelled select. Options are `(value, label)`; the value is found by position, so any
/// `PartialEq` type works.
#[component]
pub fn Select<T>(
    /// The document path of the value; also the element id.
    #[prop(into)]
    path: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    /// The options, in order.
    options: Vec<(T, String)>,
    /// The value in the design.
    #[prop(into)]
    value: Signal<T>,
    on_change: Callback<T>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let id = field_id(&path);
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let options = StoredValue::new(options);
    let selected = move || {
        let current = value.get();
        options.with_value(|o| {
            o.iter()
                .position(|(v, _)| *v == current)
                .unwrap_or(0)
                .to_string()
        })
    };
    let change = move |ev| {
        let index: usize = event_target_value(&ev).parse().unwrap_or(0);
        if let Some((v, _)) = options.with_value(|o| o.get(index).cloned()) {
            on_change.run(v);
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <select id=id aria-describedby=described prop:value=selected on:change=change>
                {options.with_value(|o| {
                    o.iter()
                        .enumerate()
                        .map(|(i, (_, text))| view! { <option value=i.to_string()>{text.clone()}</option> })
                        .collect_view()
                })}
            </select>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn Checkbox(
    /// The document path of the value; also the element id.
    #[prop(into)]
    path: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let id = field_id(&path);
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field field-check">
            <input id=id.clone() type="checkbox" aria-describedby=described
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev)) />
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
        </div>
    }
}
