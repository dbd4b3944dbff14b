//! A text field: one line or several. Any text is valid, up to its length limit.

use leptos::prelude::*;

use crate::domain::path::DocPath;

use crate::ui::erase::{handler, text};
use crate::ui::state::use_app;

/// A labelled text input or text area.
#[component]
pub fn TextField(
    /// The document path of the value (`thesis.customer`); also the element id and undo key.
    path: DocPath,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A short hint under the label, drawn from the source articles.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The value in the design.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_change: Callback<String>,
    /// A text area rather than a single line.
    #[prop(optional)]
    multiline: bool,
    /// The longest text accepted.
    #[prop(default = 4000)]
    max_len: usize,
) -> impl IntoView {
    let id = path.element_id();
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    // A memo, so an edit elsewhere in the design does not set this field's DOM value again.
    let value = Memo::new(move |_| value.get());
    let app = use_app();
    let input = move |ev| {
        app.note_typing();
        on_change.run(event_target_value(&ev));
    };
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" maxlength=max_len aria-describedby=described.clone()
                prop:value=text(move || value.get()) on:input=handler(input)></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" maxlength=max_len aria-describedby=described.clone()
                prop:value=text(move || value.get()) on:input=handler(input) />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {control}
        </div>
    }
}
