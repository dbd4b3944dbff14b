//! A field whose text must parse into a typed value: numbers, money, percentages, dates. While
//! the text does not parse it stays in the field with the reason under it, and the design keeps
//! its last valid value. The field knows text alone: the value's type stays with its
//! declaration (`render::typed_view`), so every type shares this one field.

use leptos::prelude::*;

use crate::domain::health::{Severity, judges_a_band};
use crate::domain::path::DocPath;

use crate::ui::erase::{flag, handler, text};
use crate::ui::state::use_app;

/// The field itself: the text typed, the value's text when nothing is being typed, and the
/// reason under it while the text is not a value.
#[component]
pub(super) fn TextInput(
    path: DocPath,
    label: String,
    hint: Option<String>,
    /// The value is held to a benchmark band: under the field, what the health check says of it.
    judged: bool,
    /// The design's value as text.
    shown: Memo<String>,
    /// Takes typed text: the design changes when it is a value.
    accept: Callback<String>,
    /// Why a text is not a value, without changing the design.
    reason: Callback<String, Option<String>>,
    prefix: Option<Signal<String>>,
    suffix: Option<String>,
    input_type: &'static str,
    inputmode: &'static str,
) -> impl IntoView {
    let app = use_app();
    let id = path.element_id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let note_id = format!("{id}-note");
    // Text typed since the design last changed from outside (undo, another design opened).
    let draft: RwSignal<Option<(u64, String)>> = RwSignal::new(None);
    let current_draft = move || {
        draft
            .get()
            .filter(|(revision, _)| *revision == app.revision.get())
            .map(|(_, text)| text)
    };
    let error = move || current_draft().and_then(|text| reason.run(text));
    let typed = move || current_draft().unwrap_or_else(|| shown.get());
    let input = move |ev| {
        let text = event_target_value(&ev);
        app.note_typing();
        draft.set(Some((app.revision.get_untracked(), text.clone())));
        accept.run(text);
    };
    // Once the text is valid and the field is left, show the value as the design holds it.
    // Chromium also fires blur when a focused field leaves the page (its section closed, its
    // list item re-rendered by an undo), after the field's signals are disposed: then there is
    // nothing left to tidy, and reading them would panic.
    let blur = move |_| {
        if draft.is_disposed() {
            return;
        }
        if error().is_none() {
            draft.set(None);
        }
    };
    // What the shown findings say of this value against its band, worst first.
    let note = {
        let path = path.clone();
        move || {
            judged
                .then(|| {
                    app.analysis.with(|a| {
                        a.findings
                            .iter()
                            .find(|f| judges_a_band(f.rule) && f.path == path)
                            .map(|f| (f.severity, f.message.clone()))
                    })
                })
                .flatten()
        }
    };
    let note = Memo::new(move |_| note());
    let has_hint = hint.is_some();
    let hint = hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> });
    let note_shown = note_id.clone();
    let described = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if error().is_some() {
            ids.push(error_id.clone());
        }
        if note.with(Option::is_some) {
            ids.push(note_shown.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <div class="field" class:invalid=flag(move || error().is_some())>
            <label for=id.clone()>{label}</label>
            {hint}
            <div class="input-row">
                {prefix.map(|p| view! { <span class="affix" aria-hidden="true">{p}</span> })}
                <input id=id.clone() type=input_type inputmode=inputmode
                    aria-invalid=move || error().is_some().then(|| "true".to_owned())
                    aria-describedby=described
                    prop:value=text(typed) on:input=handler(input) on:blur=handler(blur) />
                {suffix.map(|s| view! { <span class="affix" aria-hidden="true">{s}</span> })}
            </div>
            <p class="error" id=format!("{id}-error") aria-live="polite">{error}</p>
            {judged.then(|| view! {
                <p class="field-note" id=note_id.clone()
                    class:critical=flag(move || note.with(|n| n.as_ref().is_some_and(|(s, _)| *s == Severity::Critical)))
                    hidden=flag(move || note.with(Option::is_none))>
                    {text(move || note.with(|n| n.as_ref().map(|(_, m)| m.clone()).unwrap_or_default()))}
                </p>
            })}
        </div>
    }
}
