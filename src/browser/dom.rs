//! The document: looking elements up, the page title, and telling index.html the app started.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element with this id, if the page has it.
pub fn element_by_id(id: &str) -> Option<HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Sets the browser tab's title.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves keyboard focus to the element with this id, if there is one.
pub fn focus(id: &str) {
    if let Some(el) = element_by_id(id) {
        let _ = el.focus();
    }
}

/// Marks the page as started: index.html's start-up check stops waiting for the app, tests know
/// the app is interactive, and the benchmark reads the `app-ready` performance mark.
pub fn mark_started() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("app-ready");
    }
}

/// Focuses the first element of `ids` that is on the page.
pub fn focus_first(ids: &[String]) {
    if let Some(el) = ids.iter().find_map(|id| element_by_id(id)) {
        let _ = el.focus();
        el.scroll_into_view_with_bool(false);
    }
}

/// Runs `f` after the browser has rendered the next frame: for focusing an element a change of
/// section is about to put on the page.
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(f);
    });
}

/// Whether the browser has recorded the page's first paint in its paint timing.
pub fn first_paint_recorded() -> bool {
    web_sys::window()
        .and_then(|w| w.performance())
        .is_some_and(|p| p.get_entries_by_type("paint").length() > 0)
}

/// Whether the page is in a hidden tab, which paints nothing until it is shown.
pub fn page_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

/// Runs `f` in a task of its own, after the one running now: for work that can wait for what is
/// being built to be on the page. A timer, not a frame, so it runs in a hidden tab too.
pub fn next_task(f: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
}

/// Runs `f` once the browser has painted the next frame: for work that may trail a keystroke
/// by a frame, so the typed text is on screen first.
pub fn after_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    });
}

/// Focuses the first element that matches one of `selectors`, tried in order: for keeping focus
/// on a control that has no id of its own, such as a list item's Move button after the move.
pub fn focus_first_matching(selectors: &[String]) {
    let Some(doc) = document() else {
        return;
    };
    let found = selectors.iter().find_map(|selector| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    });
    if let Some(el) = found {
        let _ = el.focus();
    }
}

/// Opens the browser's print dialog for the page as it is now.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
