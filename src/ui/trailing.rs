//! Work that trails a change. A keystroke's own text is what the person watches; what is derived
//! from it (findings, scores, a candidate's title and summary) can follow in the next frame. Run
//! after the frame showing the change is painted, that work keeps each keystroke to one layout
//! and one paint, and a burst of changes within a frame is handled once. Other work (a save, a
//! finding raised by typing) waits for a quiet moment after the last change.

use std::time::Duration;

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

/// The clock, in milliseconds since the epoch.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Work that waits until `ms` have passed since the last [`Quiet::poke`], with one timer at a
/// time: a burst of pokes costs no timer each, the one timer waits again for the remainder.
#[derive(Clone, Copy)]
pub struct Quiet {
    ms: i64,
    last: StoredValue<i64>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl Quiet {
    pub fn new(ms: i64) -> Self {
        Quiet {
            ms,
            last: StoredValue::new(0),
            timer: StoredValue::new(None),
        }
    }

    /// Another wait on the same pokes, with a timer of its own: work that follows the same
    /// pause without taking the place of work already waiting on it.
    pub fn sibling(&self) -> Quiet {
        Quiet {
            ms: self.ms,
            last: self.last,
            timer: StoredValue::new(None),
        }
    }

    /// Something happened now.
    pub fn poke(&self) {
        self.last.set_value(now_ms());
    }

    /// Whether the last poke is less than `ms` old.
    pub fn is_busy(&self) -> bool {
        now_ms() - self.last.try_get_value().unwrap_or(0) < self.ms
    }

    /// Whether a run is waiting.
    pub fn is_waiting(&self) -> bool {
        self.timer.try_with_value(Option::is_some) == Some(true)
    }

    /// Runs `run` once the last poke is `ms` old, unless a run is already waiting.
    pub fn then(self, run: impl Fn() + Copy + 'static) {
        if !self.is_waiting() {
            self.arm(run);
        }
    }

    fn arm(self, run: impl Fn() + Copy + 'static) {
        let idle = now_ms() - self.last.get_value();
        let wait = Duration::from_millis((self.ms - idle).max(0) as u64);
        let fire = move || {
            // Gone with its owner (the app unmounted): nothing to do.
            if self.timer.try_set_value(None).is_some() {
                return;
            }
            if self.is_busy() {
                self.arm(run);
            } else {
                run();
            }
        };
        // A browser that refuses a timer leaves the run to the next change (a save still happens
        // when the tab is hidden or closed).
        if let Ok(handle) = set_timeout_with_handle(fire, wait) {
            self.timer.set_value(Some(handle));
        }
    }

    /// Drops the waiting run, if any.
    pub fn cancel(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}
