//! The Leptos application: the shell (header, section navigation, hash routing) and one module per
//! section. Components read the design and call the domain's functions; they compute nothing of
//! their own.

mod app;
mod board_pack;
mod charts;
pub mod decisions;
mod distinct;
mod erase;
mod form;
mod health;
mod history;
mod later;
mod library;
mod print;
mod section;
mod sections;
mod shortcuts;
mod state;
mod theme;
mod trailing;
mod workshop;

use std::time::Duration;

use leptos::prelude::*;

pub use app::{App, starting_point};
pub use section::Section;

/// Mounts the app into the page's `#app` element (index.html), replacing its loading page once
/// that page has been painted: starting the app is a run of tasks, and what the workshop is
/// should be readable before they run, however fast the files arrived. The paint is the one the
/// browser's paint timing records (a frame requested is not yet a frame shown: some browsers
/// hold the first paint for a while after the page is laid out). A hidden tab paints nothing, so
/// the app mounts there at once; a browser that records no paint mounts it after a while all
/// the same. The app marks the page as started once its section is on it.
pub fn mount() {
    // In a task of its own, after the one that loaded the code.
    set_timeout(|| wait_for_paint(Duration::ZERO), Duration::ZERO);
}

/// How often the app looks for the loading page's paint, and the longest it waits for it.
const PAINT_POLL: Duration = Duration::from_millis(20);
const UNPAINTED_MOUNT: Duration = Duration::from_millis(2500);

fn wait_for_paint(waited: Duration) {
    use crate::browser::dom;
    if dom::page_hidden() || dom::first_paint_recorded() || waited >= UNPAINTED_MOUNT {
        mount_now();
    } else {
        set_timeout(move || wait_for_paint(waited + PAINT_POLL), PAINT_POLL);
    }
}

/// Reads what the app opens with (storage, a share link), then, a task later, builds the app
/// in place of the loading page.
fn mount_now() {
    let Some(root) = crate::browser::dom::element_by_id("app") else {
        leptos::logging::error!("index.html has no #app element to mount into");
        return;
    };
    let start = app::starting_point();
    crate::browser::dom::next_task(move || {
        root.set_inner_html("");
        leptos::mount::mount_to(root, move || view! { <App start /> }).forget();
    });
}
