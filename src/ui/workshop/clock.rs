//! The workshop's clock: the time spent on each step of the agenda, counted while that step is
//! the one in the room. Moving to another step stops the clock of the one left and starts the
//! one reached, so a step returned to carries on from where it stood. Pure arithmetic on
//! milliseconds the caller reads from the page's clock, so it is tested natively.

/// The time spent on each step, and the one whose clock runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Clock {
    /// Milliseconds spent on each step before the current run began.
    spent: Vec<f64>,
    /// The step whose clock runs, and when it started running; none while paused.
    running: Option<(usize, f64)>,
}

impl Clock {
    /// A clock for `steps` steps, none of them started.
    pub fn new(steps: usize) -> Self {
        Clock {
            spent: vec![0.0; steps],
            running: None,
        }
    }

    /// Whether a step's clock runs.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// The step whose clock runs, if one does.
    pub fn running_step(&self) -> Option<usize> {
        self.running.map(|(step, _)| step)
    }

    /// Starts the clock of `step` at `now`, stopping any other.
    pub fn start(&mut self, step: usize, now: f64) {
        self.pause(now);
        if step < self.spent.len() {
            self.running = Some((step, now));
        }
    }

    /// Stops the running clock at `now`, keeping what it counted.
    pub fn pause(&mut self, now: f64) {
        if let Some((step, since)) = self.running.take() {
            self.spent[step] += (now - since).max(0.0);
        }
    }

    /// Moves the room to `step`: a running clock moves with it; a paused one stays paused.
    pub fn go_to(&mut self, step: usize, now: f64) {
        if self.is_running() {
            self.start(step, now);
        }
    }

    /// Sets `step`'s clock back to nothing spent, running on if it ran.
    pub fn reset(&mut self, step: usize, now: f64) {
        if let Some(spent) = self.spent.get_mut(step) {
            *spent = 0.0;
        }
        if let Some((running, since)) = &mut self.running
            && *running == step
        {
            *since = now;
        }
    }

    /// Milliseconds spent on `step` by `now`.
    pub fn spent(&self, step: usize, now: f64) -> f64 {
        let before = self.spent.get(step).copied().unwrap_or(0.0);
        match self.running {
            Some((running, since)) if running == step => before + (now - since).max(0.0),
            _ => before,
        }
    }
}

/// Where a step stands against its time box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Seconds left in the time box.
    Within { left: u64 },
    /// Seconds past the time box.
    Over { by: u64 },
}

impl Standing {
    /// A step that has spent `spent_ms` of a time box of `minutes`.
    pub fn of(spent_ms: f64, minutes: u32) -> Self {
        let spent = (spent_ms.max(0.0) / 1000.0).floor() as u64;
        let time_box = u64::from(minutes) * 60;
        if spent > time_box {
            Standing::Over {
                by: spent - time_box,
            }
        } else {
            Standing::Within {
                left: time_box - spent,
            }
        }
    }

    /// Whether the step has run past its time box.
    pub fn is_over(self) -> bool {
        matches!(self, Standing::Over { .. })
    }

    /// In words, for the clock: "12:05 left" or "Over by 2:10".
    pub fn words(self) -> String {
        match self {
            Standing::Within { left } => format!("{} left", minutes_seconds(left)),
            Standing::Over { by } => format!("Over by {}", minutes_seconds(by)),
        }
    }
}

/// Seconds as minutes and seconds: `75` → `1:15`.
pub fn minutes_seconds(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const MINUTE: f64 = 60_000.0;

    #[test]
    fn a_step_counts_only_while_it_is_the_one_in_the_room() {
        let mut clock = Clock::new(3);
        clock.start(0, 0.0);
        clock.go_to(1, 5.0 * MINUTE);
        assert_eq!(clock.running_step(), Some(1));
        clock.go_to(0, 7.0 * MINUTE);
        assert_eq!(clock.spent(0, 8.0 * MINUTE), 6.0 * MINUTE);
        assert_eq!(clock.spent(1, 8.0 * MINUTE), 2.0 * MINUTE);
        assert_eq!(clock.spent(2, 8.0 * MINUTE), 0.0);
    }

    #[test]
    fn a_paused_clock_stands_still_and_stays_paused_across_steps() {
        let mut clock = Clock::new(2);
        clock.start(0, 0.0);
        clock.pause(MINUTE);
        clock.go_to(1, 2.0 * MINUTE);
        assert!(!clock.is_running());
        assert_eq!(clock.spent(0, 9.0 * MINUTE), MINUTE);
        assert_eq!(clock.spent(1, 9.0 * MINUTE), 0.0);
    }

    #[test]
    fn a_reset_step_starts_again_from_nothing() {
        let mut clock = Clock::new(1);
        clock.start(0, 0.0);
        clock.reset(0, 4.0 * MINUTE);
        assert_eq!(clock.spent(0, 5.0 * MINUTE), MINUTE);
    }

    #[test]
    fn a_step_is_over_only_past_its_time_box() {
        assert_eq!(
            Standing::of(20.0 * MINUTE, 20),
            Standing::Within { left: 0 }
        );
        assert_eq!(
            Standing::of(21.0 * MINUTE + 5_000.0, 20),
            Standing::Over { by: 65 }
        );
        assert_eq!(
            Standing::of(21.0 * MINUTE + 5_000.0, 20).words(),
            "Over by 1:05"
        );
        assert_eq!(Standing::of(30_000.0, 1).words(), "0:30 left");
    }

    #[test]
    fn a_step_past_the_agenda_counts_nothing() {
        let mut clock = Clock::new(1);
        clock.start(5, 0.0);
        assert!(!clock.is_running());
        assert_eq!(clock.spent(5, MINUTE), 0.0);
    }
}
