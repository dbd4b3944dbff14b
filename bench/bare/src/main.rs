//! The bare page: mounts one paragraph with Leptos and marks the page ready, as the app does.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <p>"Bare page"</p> });
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("app-ready");
    }
}
