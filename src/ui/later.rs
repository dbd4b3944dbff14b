//! Views that come a task later, after what is above them: opening the app, or a section, is
//! then a run of short tasks rather than one long one that holds the page's response back (a
//! click, a keystroke, the first paint), and what a person sees first is built first.

use leptos::prelude::*;

use crate::browser::dom;
use crate::ui::erase::once;

/// Its children, built in the task after the one it was made in.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    // The view may be gone by then (a section left at once): then there is nothing to show.
    dom::next_task(once(move || {
        shown.try_set(true);
    }));
    move || shown.get().then(|| children())
}
