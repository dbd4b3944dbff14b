//! Work that trails a change by one frame. A keystroke's own text is what the person watches;
//! what is derived from it (findings, scores, a candidate's title and summary) can follow in the
//! next frame. Run after the frame showing the change is painted, that work keeps each keystroke
//! to one layout and one paint, and a burst of changes within a frame is handled once.

use leptos::prelude::*;

use crate::browser::dom;

/// Runs `run` once the frame after each change of what `track` reads has been painted; several
/// changes before then make one run. Stops with the owner it was created under.
pub fn after_changes_painted(track: impl Fn() + 'static, run: impl Fn() + Copy + 'static) {
    let pending = StoredValue::new(false);
    let trailing = move || {
        // The owner may have gone in the meantime (a section closed, a test unmounted the app).
        if pending.try_set_value(false).is_some() {
            return;
        }
        run();
    };
    Effect::watch(
        track,
        move |_, _, _| {
            if !pending.get_value() {
                pending.set_value(true);
                dom::after_paint(trailing);
            }
        },
        false,
    );
}
