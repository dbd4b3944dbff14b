//! Undo and redo over whole snapshots of a value (the design). Plain Rust, no UI: the state
//! module drives it. Typing in one field coalesces into one step, so Ctrl+Z undoes a word typed,
//! not a keystroke.

use std::collections::VecDeque;

/// How many steps back undo can go.
pub const DEPTH: usize = 200;

/// Edits to the same field within this many milliseconds of each other make one undo step.
pub const COALESCE_MS: f64 = 1200.0;

/// The past and future of a value, around the present one the caller holds.
#[derive(Debug, Clone)]
pub struct History<T> {
    past: VecDeque<T>,
    future: Vec<T>,
    /// The field and time of the last recorded edit, for coalescing.
    last: Option<(String, f64)>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: VecDeque::new(),
            future: Vec::new(),
            last: None,
        }
    }
}

impl<T> History<T> {
    /// Records that `before` is about to be replaced by an edit to field `key` at time `now_ms`.
    /// An edit to the same field soon after the last one joins its step.
    pub fn record(&mut self, before: T, key: &str, now_ms: f64) {
        if !self.joins(key, now_ms) {
            self.past.push_back(before);
            if self.past.len() > DEPTH {
                self.past.pop_front();
            }
        }
        self.future.clear();
        self.last = Some((key.to_owned(), now_ms));
    }

    /// Whether an edit to field `key` at `now_ms` would join the current step: then the value
    /// before it need not be kept, and [`History::extend`] records it.
    pub fn joins(&self, key: &str, now_ms: f64) -> bool {
        matches!(&self.last, Some((k, t)) if k == key && now_ms - t < COALESCE_MS)
    }

    /// Records an edit that [`History::joins`] the current step.
    pub fn extend(&mut self, now_ms: f64) {
        self.future.clear();
        if let Some((_, t)) = &mut self.last {
            *t = now_ms;
        }
    }

    /// Ends the current step, so the next edit starts a new one even to the same field.
    pub fn seal(&mut self) {
        self.last = None;
    }

    /// Steps back: takes the present, returns the value to show instead.
    pub fn undo(&mut self, present: T) -> Result<T, T> {
        match self.past.pop_back() {
            Some(previous) => {
                self.future.push(present);
                self.last = None;
                Ok(previous)
            }
            None => Err(present),
        }
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, present: T) -> Result<T, T> {
        match self.future.pop() {
            Some(next) => {
                self.past.push_back(present);
                self.last = None;
                Ok(next)
            }
            None => Err(present),
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Forgets everything: another design was opened.
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_then_redo_returns_to_each_value() {
        let mut h = History::default();
        h.record(1, "a", 0.0);
        h.record(2, "b", 5000.0);
        let present = 3;
        let present = h.undo(present).unwrap();
        assert_eq!(present, 2);
        let present = h.undo(present).unwrap();
        assert_eq!(present, 1);
        assert!(h.undo(present).is_err());
        let present = h.redo(1).unwrap();
        assert_eq!(present, 2);
        assert_eq!(h.redo(present).unwrap(), 3);
    }

    #[test]
    fn keystrokes_in_one_field_make_one_step() {
        let mut h = History::default();
        h.record("", "title", 0.0);
        h.record("A", "title", 100.0);
        h.record("Ac", "title", 200.0);
        assert_eq!(h.undo("Acm").unwrap(), "");
        assert!(!h.can_undo());
    }

    #[test]
    fn a_keystroke_joining_the_step_extends_it_without_a_copy() {
        let mut h = History::default();
        h.record("", "title", 0.0);
        assert!(h.joins("title", 1000.0));
        h.extend(1000.0);
        // Each joining keystroke moves the step's end: a pause counts from the last one.
        assert!(h.joins("title", 2100.0));
        assert!(!h.joins("firm.name", 1100.0));
        assert!(!h.joins("title", 3400.0));
        assert_eq!(h.undo("Acme").unwrap(), "");
        assert!(!h.joins("title", 3500.0), "undo ends the step");
    }

    #[test]
    fn a_pause_or_another_field_starts_a_new_step() {
        let mut h = History::default();
        h.record(0, "x", 0.0);
        h.record(1, "x", 5000.0);
        h.record(2, "y", 5100.0);
        assert_eq!(h.undo(3).unwrap(), 2);
        assert_eq!(h.undo(2).unwrap(), 1);
        assert_eq!(h.undo(1).unwrap(), 0);
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_steps() {
        let mut h = History::default();
        h.record(0, "x", 0.0);
        let present = h.undo(1).unwrap();
        h.record(present, "y", 10_000.0);
        assert!(!h.can_redo());
    }

    #[test]
    fn history_keeps_at_least_a_hundred_steps() {
        let mut h = History::default();
        for i in 0..150 {
            h.record(i, "k", f64::from(i) * 10_000.0);
        }
        let mut present = 150;
        let mut steps = 0;
        while let Ok(previous) = h.undo(present) {
            present = previous;
            steps += 1;
        }
        assert_eq!(steps, 150);
        assert_eq!(present, 0);
    }
}
