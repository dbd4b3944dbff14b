//! The bare page: mounts one labelled field with Leptos and marks the page ready, as the app
//! does. The benchmark times its load, and keystrokes in its field: the floor the browser and
//! the stack set before the app does any work of its own.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let text = RwSignal::new(String::new());
        view! {
            <p>"Bare page"</p>
            <label for="field">"A field"</label>
            <input id="field" type="text" prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev)) />
        }
    });
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("app-ready");
    }
}
