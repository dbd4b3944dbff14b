//! A value derived from the design that wakes its readers only when it changes.
//!
//! Every reader of a memo over the design is woken on every change of the design, to check
//! whether the memo changed. When hundreds of list items read the same few facts (how long the
//! list is, the scorecard's criteria), each keystroke would wake all of them to find nothing
//! new. A distinct value is recomputed by one effect and set only when it differs, so a
//! keystroke wakes that one effect alone.

use leptos::prelude::*;

/// `compute`'s value, kept up to date and announced only when it changes.
pub fn distinct<T>(compute: impl Fn() -> T + 'static) -> ReadSignal<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(untrack(&compute));
    Effect::new(move |_| {
        let next = compute();
        if value.try_with_untracked(|now| *now != next) == Some(true) {
            value.set(next);
        }
    });
    value.read_only()
}
