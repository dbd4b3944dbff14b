//! Autosave: within 300 ms of a change, and at once when the tab is hidden or closed. A save that
//! finds a newer revision from another tab does not write; the user chooses. Another tab's save
//! is learnt of early through the `storage` event.

use leptos::ev;
use leptos::prelude::*;

use super::{Fault, Library, Opened, Saving, now_ms};
use crate::browser::storage;
use crate::domain::health::check;
use crate::domain::library::{RemoteChange, SaveError, Session, keys, remote_change};
use crate::domain::places;
use crate::ui::erase::effect;
use crate::ui::state::Notice;

/// How long after the last change the design is saved (ms).
pub(super) const DEBOUNCE_MS: i64 = 250;

impl Library {
    pub(super) fn install_autosave(self) {
        Effect::new(effect(move |_| {
            self.app.design.track();
            self.schedule();
        }));
        Effect::new(effect(move |_| {
            let section = self.app.section.get();
            self.remember_session(section.slug());
        }));
        // Hidden or closing: save now, the timer may never fire.
        let hidden = window_event_listener_untyped("visibilitychange", move |_| self.flush());
        let closing = window_event_listener_untyped("pagehide", move |_| self.flush());
        let storage = window_event_listener(ev::storage, move |e| {
            let key = e.key();
            if key.is_none() || key.as_deref() == Some(keys::INDEX) {
                self.on_remote_change();
            }
        });
        on_cleanup(move || {
            hidden.remove();
            closing.remove();
            storage.remove();
        });
    }

    /// A change was made: save it shortly. While a save is already waiting, a change only
    /// moves the quiet moment it waits for: a keystroke costs no timer and no comparison of the
    /// whole design.
    fn schedule(&self) {
        if self.opened.get_untracked() == Opened::Shared {
            return;
        }
        self.pending.poke();
        if self.pending.is_waiting() || !self.unsaved() {
            return;
        }
        self.saving.set(Saving::Pending);
        let library = *self;
        self.pending.then(move || library.flush());
    }

    /// Saves the open design now, if it has changes.
    pub(super) fn flush(&self) {
        self.pending.cancel();
        if !self.unsaved() {
            if self.saving.get_untracked() == Saving::Pending {
                self.saving.set(self.saved_state());
            }
            return;
        }
        match self.opened.get_untracked() {
            Opened::Shared => {}
            Opened::Fresh => self.save_as_new(),
            Opened::Saved(id) => {
                if self.conflict.get_untracked().is_some() {
                    self.saving.set(Saving::NotSaved(
                        "a newer version was saved in another tab".to_owned(),
                    ));
                    return;
                }
                let design = self.app.design.get_untracked();
                let findings = self.app.findings_now();
                let loaded = self.loaded_revision.get_value();
                let result = self
                    .repo
                    .try_update_value(|r| r.save(&id, &design, &findings, loaded, now_ms()));
                match result {
                    Some(Ok(revision)) => {
                        self.loaded_revision.set_value(revision);
                        // The design as last saved, taken out as this one goes in: no copy.
                        let mut previous = None;
                        self.last_saved
                            .update_value(|saved| previous = saved.replace(design));
                        self.after_save();
                        // The design is saved: only now the day's version of what it was.
                        self.daily_version(previous);
                    }
                    Some(Err(e)) => self.save_failed(e),
                    None => {}
                }
            }
        }
    }

    /// Saves the open, never-stored design as a new one and opens it as saved.
    fn save_as_new(&self) {
        let design = self.app.design.get_untracked();
        let findings = self.app.findings_now();
        let result = self
            .repo
            .try_update_value(|r| r.create(&design, &findings, now_ms(), storage::entropy()));
        match result {
            Some(Ok((id, revision))) => {
                self.opened.set(Opened::Saved(id));
                self.loaded_revision.set_value(revision);
                self.last_saved.set_value(Some(design));
                self.remember_session(self.app.section.get_untracked().slug());
                self.after_save();
                self.refresh_listing();
            }
            Some(Err(e)) => self.save_failed(e),
            None => {}
        }
    }

    /// What the header says once everything is saved.
    fn saved_state(&self) -> Saving {
        match self.opened.get_untracked() {
            Opened::Shared | Opened::Fresh if !self.unsaved() => Saving::Idle,
            _ if self.is_persistent() => Saving::Saved,
            _ => Saving::MemoryOnly,
        }
    }

    fn after_save(&self) {
        self.saving.set(self.saved_state());
        self.faults.update(|f| {
            f.retain(|f| {
                !matches!(
                    f,
                    Fault::StorageFull | Fault::Other { .. } | Fault::Invalid { .. }
                )
            });
        });
        if !self.is_persistent() {
            return;
        }
        let now = now_ms();
        let mut backup = self.repo.with_value(|r| r.backup());
        backup.saved(now);
        if !backup.persist_asked {
            storage::ask_persistent();
            backup.persist_asked = true;
        }
        let _ = self.repo.try_update_value(|r| r.set_backup(&backup, now));
        self.reminder.set(backup.reminder_due(now));
        self.update_listed_entry();
    }

    pub(super) fn save_failed(&self, error: SaveError) {
        match error {
            SaveError::Conflict { stored } => {
                self.conflict.set(Some(stored));
                self.saving.set(Saving::NotSaved(
                    "a newer version was saved in another tab".to_owned(),
                ));
            }
            SaveError::Store(e) => {
                self.saving.set(Saving::NotSaved(e.to_string()));
                self.report(Fault::from_store(&e));
            }
            SaveError::Invalid(error) => {
                self.saving.set(Saving::NotSaved(format!(
                    "a value cannot be saved as it is ({})",
                    error.path.in_file()
                )));
                self.report(Fault::Invalid {
                    path: error.path,
                    message: error.message,
                });
            }
            SaveError::Unreadable { key, message } => {
                self.saving.set(Saving::NotSaved(
                    "the saved copy cannot be read, so it was not written over".to_owned(),
                ));
                self.report(Fault::Unreadable {
                    key,
                    what: "The saved copy of this design".to_owned(),
                    detail: message,
                });
            }
        }
    }

    /// Adds a banner, once.
    pub(super) fn report(&self, fault: Fault) {
        self.faults.update(|f| {
            if !f.contains(&fault) {
                f.push(fault);
            }
        });
    }

    /// Stores the open design and section, so a reload comes back to them.
    fn remember_session(&self, section: &str) {
        let Some(id) = self.open_id() else {
            return;
        };
        let session = Session {
            design: Some(id),
            section: section.to_owned(),
        };
        let _ = self
            .repo
            .try_update_value(|r| r.set_session(&session, now_ms()));
    }

    /// Another tab changed the index: reload a clean tab, ask a tab with changes.
    fn on_remote_change(&self) {
        if self.panel.get_untracked().is_some() {
            self.refresh_listing();
        }
        let Some(id) = self.open_id() else {
            return;
        };
        let stored = self
            .repo
            .try_update_value(|r| r.stored_revision(&id, now_ms()));
        let Some(Ok(stored)) = stored else {
            return;
        };
        let loaded = self.loaded_revision.get_value();
        match remote_change(loaded, stored, self.unsaved()) {
            RemoteChange::Nothing => {}
            RemoteChange::Reload { .. } => {
                if self.show_stored(&id) {
                    self.app.notice.set(Some(Notice {
                        message: "This design was changed in another tab: showing the newer version."
                            .to_owned(),
                        offers_undo: false,
                    }));
                }
            }
            RemoteChange::Conflict { stored } => {
                self.conflict.set(Some(stored));
                self.saving.set(Saving::NotSaved(
                    "a newer version was saved in another tab".to_owned(),
                ));
            }
            RemoteChange::Deleted => self.app.notice.set(Some(Notice {
                message: "This design was deleted in another tab. It stays open here; a change saves it again.".to_owned(),
                offers_undo: false,
            })),
        }
    }

    /// Replaces the open design with its stored version. False when it could not be read.
    fn show_stored(&self, id: &crate::domain::library::DesignId) -> bool {
        match self.repo.try_update_value(|r| r.load(id, now_ms())) {
            Some(Ok(loaded)) => {
                self.loaded_revision.set_value(loaded.revision);
                self.last_saved.set_value(Some(loaded.design.clone()));
                self.app.replace(loaded.design);
                self.saving.set(self.saved_state());
                true
            }
            _ => false,
        }
    }

    /// The conflict banner's first choice: show the newer version, dropping this tab's changes.
    pub fn load_newer(&self) {
        let Some(id) = self.open_id() else {
            return;
        };
        if self.show_stored(&id) {
            self.conflict.set(None);
        }
    }

    /// The conflict banner's second choice: keep this tab's version as a new design, leaving the
    /// newer save as it is.
    pub fn keep_mine_as_copy(&self) {
        let mut mine = self.app.design.get_untracked();
        mine.title = copy_title(&mine.title);
        let result = self
            .repo
            .try_update_value(|r| r.create(&mine, &check(&mine), now_ms(), storage::entropy()));
        match result {
            Some(Ok((id, revision))) => {
                self.conflict.set(None);
                self.opened.set(Opened::Saved(id));
                self.loaded_revision.set_value(revision);
                self.last_saved.set_value(Some(mine.clone()));
                let title = mine.title.clone();
                self.app
                    .type_into(&places::design::TITLE.path(), |d| d.title = title);
                self.remember_session(self.app.section.get_untracked().slug());
                self.after_save();
                self.refresh_listing();
                self.app.notice.set(Some(Notice {
                    message: format!("Your version is kept as “{}”.", mine.title),
                    offers_undo: false,
                }));
            }
            Some(Err(e)) => self.save_failed(e),
            None => {}
        }
    }
}

/// The title of a copy: `Plan` → `Plan (copy)`.
pub(super) fn copy_title(title: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        "Untitled design (copy)".to_owned()
    } else {
        format!("{title} (copy)")
    }
}
