//! The colour theme: the system's by default, or a saved light or dark override.

use leptos::prelude::*;

use crate::browser::prefs;
use crate::ui::erase::{handler, text};

/// A select in the header: System, Light or Dark.
#[component]
pub fn ThemeSelect() -> impl IntoView {
    let theme = RwSignal::new(prefs::saved_theme());
    let change = move |ev| {
        let value = event_target_value(&ev);
        let chosen = match value.as_str() {
            "light" => Some("light"),
            "dark" => Some("dark"),
            _ => None,
        };
        prefs::save_theme(chosen);
        prefs::apply_theme(chosen);
        theme.set(chosen.map(str::to_owned));
    };
    view! {
        <label class="theme-select">
            "Theme "
            <select on:change=handler(change) prop:value=text(move || theme.get().unwrap_or_else(|| "system".into()))>
                <option value="system">"System"</option>
                <option value="light">"Light"</option>
                <option value="dark">"Dark"</option>
            </select>
        </label>
    }
}
