//! The Leptos application: the shell (header, section navigation, hash routing) and one module per
//! section. Components read the design and call the domain's functions; they compute nothing of
//! their own.

mod app;
mod charts;
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

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

pub use app::App;
pub use section::Section;

/// Mounts the app into the page's `#app` element (index.html), replacing its loading page once
/// that page has been on screen: starting the app is one long task, and what the workshop is
/// should be readable before it runs, however fast the files arrived. A hidden tab paints no
/// frames, so a timer mounts the app there. The app marks the page as started once its section
/// is on it.
pub fn mount() {
    let mounted = Rc::new(Cell::new(false));
    let once = move || {
        if !mounted.replace(true) {
            mount_now();
        }
    };
    let fallback = once.clone();
    set_timeout(fallback, UNPAINTED_MOUNT);
    // Two frames: the loading page is painted, and its paint reported, before the app replaces it.
    request_animation_frame(move || {
        request_animation_frame(move || set_timeout(once, Duration::ZERO));
    });
}

/// How long the app waits for the loading page to be painted before it mounts regardless.
const UNPAINTED_MOUNT: Duration = Duration::from_millis(250);

fn mount_now() {
    let Some(root) = crate::browser::dom::element_by_id("app") else {
        leptos::logging::error!("index.html has no #app element to mount into");
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
}
