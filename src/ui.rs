//! The Leptos application: the shell (header, section navigation, hash routing) and one module per
//! section. Components read the design and call the domain's functions; they compute nothing of
//! their own.

mod app;
mod charts;
mod distinct;
mod erase;
pub mod fields;
pub mod health;
pub mod history;
pub mod library;
pub mod lists;
mod print;
mod section;
mod sections;
mod shortcuts;
pub mod state;
mod theme;
mod trailing;

pub use app::App;
pub use section::Section;

/// Mounts the app into the page's `#app` element (index.html), replacing its loading state.
pub fn mount() {
    let Some(root) = crate::browser::dom::element_by_id("app") else {
        leptos::logging::error!("index.html has no #app element to mount into");
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
    crate::browser::dom::mark_started();
}
