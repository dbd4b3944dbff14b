//! The gentle reminder to export a backup now and then: designs live in this browser only, and
//! clearing its data erases them. Also remembers whether the browser was asked to keep storage
//! persistent, so it is asked once.

use serde::Serialize;
use serde_json::Value;

use crate::domain::format::{Object, Read};
use crate::domain::path::DocPath;

/// Saves since the last export after which the reminder shows.
pub const SAVES_BEFORE_REMINDER: u32 = 100;
/// Days since the last export (or the first save, if never exported) after which it shows.
pub const DAYS_BEFORE_REMINDER: i64 = 7;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// What the reminder needs to know, stored under `partner-blueprint/backup`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BackupState {
    /// When a design was last exported (JSON or Markdown).
    pub last_export_ms: Option<i64>,
    /// When the first save since the last export happened.
    pub first_unexported_save_ms: Option<i64>,
    /// Saves since the last export.
    pub saves_since_export: u32,
    /// The reminder was put off until this many saves …
    pub snoozed_until_saves: u32,
    /// … or until this time.
    pub snoozed_until_ms: i64,
    /// The browser was asked to keep this site's storage persistent.
    pub persist_asked: bool,
}

impl BackupState {
    /// The state a stored text holds; a member left out, or `null`, reads as its default.
    pub fn parse(text: &str) -> Option<BackupState> {
        let value: Value = serde_json::from_str(text).ok()?;
        let at = DocPath::named("backup");
        let object = Object::new(&value, &at).ok()?;
        fn or_default<T: Read + Default>(object: &Object, name: &'static str) -> Option<T> {
            object
                .read::<Option<T>>(name)
                .ok()
                .map(Option::unwrap_or_default)
        }
        Some(BackupState {
            last_export_ms: or_default(&object, "last_export_ms")?,
            first_unexported_save_ms: or_default(&object, "first_unexported_save_ms")?,
            saves_since_export: or_default(&object, "saves_since_export")?,
            snoozed_until_saves: or_default(&object, "snoozed_until_saves")?,
            snoozed_until_ms: or_default(&object, "snoozed_until_ms")?,
            persist_asked: or_default(&object, "persist_asked")?,
        })
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Counts a save.
    pub fn saved(&mut self, now_ms: i64) {
        self.saves_since_export = self.saves_since_export.saturating_add(1);
        self.first_unexported_save_ms.get_or_insert(now_ms);
    }

    /// Counts an export: the reminder starts over.
    pub fn exported(&mut self, now_ms: i64) {
        self.last_export_ms = Some(now_ms);
        self.first_unexported_save_ms = None;
        self.saves_since_export = 0;
        self.snoozed_until_saves = 0;
        self.snoozed_until_ms = 0;
    }

    /// Puts the reminder off for another round of saves and a day.
    pub fn snooze(&mut self, now_ms: i64) {
        self.snoozed_until_saves = self
            .saves_since_export
            .saturating_add(SAVES_BEFORE_REMINDER);
        self.snoozed_until_ms = now_ms.saturating_add(DAY_MS);
    }

    /// Whether to remind the user now: unexported work, and either many saves or many days
    /// since the last export, and not put off.
    pub fn reminder_due(&self, now_ms: i64) -> bool {
        if self.saves_since_export == 0 {
            return false;
        }
        let many_saves = self.saves_since_export >= SAVES_BEFORE_REMINDER
            && self.saves_since_export >= self.snoozed_until_saves;
        let since = self.last_export_ms.or(self.first_unexported_save_ms);
        let many_days = since
            .is_some_and(|t| now_ms.saturating_sub(t) >= DAYS_BEFORE_REMINDER * DAY_MS)
            && now_ms >= self.snoozed_until_ms;
        many_saves || many_days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_reminder_without_unexported_work() {
        let state = BackupState::default();
        assert!(!state.reminder_due(100 * DAY_MS));
    }

    #[test]
    fn many_saves_or_a_week_since_the_last_export_bring_the_reminder() {
        let mut state = BackupState::default();
        for _ in 0..SAVES_BEFORE_REMINDER - 1 {
            state.saved(0);
        }
        assert!(!state.reminder_due(DAY_MS));
        state.saved(0);
        assert!(state.reminder_due(DAY_MS));

        let mut state = BackupState::default();
        state.exported(0);
        state.saved(DAY_MS);
        assert!(!state.reminder_due(6 * DAY_MS));
        assert!(state.reminder_due(7 * DAY_MS));
    }

    #[test]
    fn later_puts_it_off_and_an_export_starts_over() {
        let mut state = BackupState::default();
        for _ in 0..SAVES_BEFORE_REMINDER {
            state.saved(0);
        }
        state.snooze(0);
        assert!(!state.reminder_due(DAY_MS / 2));
        state.exported(DAY_MS);
        assert!(!state.reminder_due(DAY_MS));
        assert_eq!(state.saves_since_export, 0);
    }

    #[test]
    fn an_older_or_partial_state_still_reads() {
        assert_eq!(
            BackupState::parse(r#"{"persist_asked":true}"#).map(|s| s.persist_asked),
            Some(true)
        );
    }
}
