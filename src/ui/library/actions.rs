//! What the user does with designs: start one from a template, switch, rename, duplicate,
//! delete (with undo), import, and export as JSON or Markdown. An import always becomes a new
//! design; nothing here overwrites a saved design.

use leptos::prelude::*;

use super::saving::copy_title;
use super::{Fault, Library, Opened, Saving, now_ms};
use crate::browser::{files, storage};
use crate::domain::Design;
use crate::domain::format;
use crate::domain::health::check;
use crate::domain::library::{DesignId, Health, Loaded, file_stem, keys, to_markdown};
use crate::domain::places;
use crate::domain::templates::Template;
use crate::ui::state::Notice;

impl Library {
    pub(super) fn notice(&self, message: impl Into<String>) {
        self.app.notice.set(Some(Notice {
            message: message.into(),
            offers_undo: false,
        }));
    }

    /// Re-reads the list of saved designs and the data set aside.
    pub(super) fn refresh_listing(&self) {
        if let Some(Ok(scan)) = self.repo.try_update_value(|r| r.scan(now_ms())) {
            self.listing.set(scan.designs);
            self.set_aside.set(scan.set_aside);
        }
    }

    /// Updates the open design's line in the list after a save, without re-reading every design.
    pub(super) fn update_listed_entry(&self) {
        let Some(id) = self.open_id() else {
            return;
        };
        let title = self.app.design.with_untracked(|d| d.title.clone());
        let revision = self.loaded_revision.get_value();
        self.listing.update(|list| {
            if let Some(entry) = list.iter_mut().find(|l| l.id == id) {
                entry.title = title;
                entry.revision = revision;
                entry.updated_ms = now_ms();
            }
        });
    }

    /// Saves pending changes before leaving the open design. False when they could not be saved
    /// and the user has not yet confirmed leaving them (asking again for `target` confirms).
    fn leave_open_design(&self, target: &str) -> bool {
        self.flush();
        let shared = self.opened.get_untracked() == Opened::Shared;
        let untouched_fresh = self.opened.get_untracked() == Opened::Fresh && !self.unsaved();
        if shared || untouched_fresh || !self.unsaved() {
            self.armed_discard.set_value(None);
            return true;
        }
        if self.armed_discard.get_value().as_deref() == Some(target) {
            self.armed_discard.set_value(None);
            return true;
        }
        self.armed_discard.set_value(Some(target.to_owned()));
        self.notice(
            "This design's latest changes are not saved. Export it to keep them, or choose the same \
             action again to leave them behind.",
        );
        false
    }

    /// Shows a saved or new design in place of the open one.
    fn show(&self, opened: Opened, design: Design, revision: u64, stored: bool) {
        self.pending.cancel();
        self.conflict.set(None);
        self.before_share.set_value(None);
        self.loaded_revision.set_value(revision);
        self.last_saved.set_value(stored.then(|| design.clone()));
        self.opened.set(opened);
        self.app.replace(design);
        self.first_start.set(false);
        self.viewing.set(None);
        if self.panel.get_untracked() == Some(super::Panel::Versions) {
            self.refresh_versions();
        }
        if let Opened::Saved(id) = self.opened.get_untracked() {
            let session = crate::domain::library::Session {
                design: Some(id),
                section: self.app.section.get_untracked().slug().to_owned(),
            };
            let _ = self
                .repo
                .try_update_value(|r| r.set_session(&session, now_ms()));
        }
        if stored {
            self.saving.set(if self.is_persistent() {
                Saving::Saved
            } else {
                Saving::MemoryOnly
            });
        }
    }

    /// Saves `design` as a new design and opens it; when storage refuses, opens it unsaved (the
    /// next change tries again) and says why.
    pub(super) fn open_new(&self, design: Design, message: String) {
        let result = self
            .repo
            .try_update_value(|r| r.create(&design, &check(&design), now_ms(), storage::entropy()));
        match result {
            Some(Ok((id, revision))) => {
                self.show(Opened::Saved(id), design, revision, true);
                self.refresh_listing();
                self.notice(message);
            }
            Some(Err(e)) => {
                self.show(Opened::Fresh, design, 0, false);
                self.save_failed(e);
            }
            None => {}
        }
    }

    /// Starts a new design from a template.
    pub fn create_from(&self, template: Template) {
        if !self.leave_open_design(template.label()) {
            return;
        }
        let design = template.design(chrono::Local::now().date_naive());
        self.open_new(
            design,
            format!("Started a new design from “{}”.", template.label()),
        );
    }

    /// Opens a saved design.
    pub fn switch_to(&self, id: &DesignId) {
        if self.open_id().as_ref() == Some(id) || !self.leave_open_design(id.as_str()) {
            return;
        }
        match self.repo.try_update_value(|r| r.load(id, now_ms())) {
            Some(Ok(loaded)) => {
                let message = opened_words(&loaded);
                self.show(
                    Opened::Saved(id.clone()),
                    loaded.design,
                    loaded.revision,
                    true,
                );
                self.notice(message);
            }
            Some(Err(_)) => {
                self.refresh_listing();
                self.notice("That design could not be opened; it is kept as it is.");
            }
            None => {}
        }
    }

    /// Saves a copy of a design as a new one, without opening it.
    pub fn duplicate(&self, id: &DesignId) {
        let design = if self.open_id().as_ref() == Some(id) {
            Some(self.app.design.get_untracked())
        } else {
            self.repo
                .try_update_value(|r| r.load(id, now_ms()).ok().map(|l| l.design))
                .flatten()
        };
        let Some(mut design) = design else {
            return;
        };
        design.title = copy_title(&design.title);
        match self
            .repo
            .try_update_value(|r| r.create(&design, &check(&design), now_ms(), storage::entropy()))
        {
            Some(Ok(_)) => {
                self.refresh_listing();
                self.notice(format!("Saved a copy as “{}”.", design.title));
            }
            Some(Err(e)) => self.save_failed(e),
            None => {}
        }
    }

    /// Renames a design: the open one through an edit (undoable, autosaved), another in storage.
    pub fn rename(&self, id: &DesignId, title: String) {
        if self.open_id().as_ref() == Some(id) {
            self.app
                .type_into(&places::design::TITLE.path(), |d| d.title = title);
            return;
        }
        match self
            .repo
            .try_update_value(|r| r.rename(id, &title, now_ms()))
        {
            Some(Ok(_)) => self.refresh_listing(),
            Some(Err(e)) => self.save_failed(e),
            None => {}
        }
    }

    /// Deletes a saved design or data set aside, with Undo. Deleting the open design opens the
    /// most recent other one, or a fresh start.
    pub fn delete(&self, key: &str, name: &str) {
        let was_open = self.open_id().is_some_and(|id| keys::design(&id) == key);
        if was_open {
            self.pending.cancel();
        }
        match self.repo.try_update_value(|r| r.delete(key, now_ms())) {
            Some(Ok(deleted)) => {
                self.deleted.set(Some((name.to_owned(), deleted, was_open)));
                self.refresh_listing();
                if was_open {
                    self.open_after_delete();
                }
            }
            Some(Err(e)) => self.save_failed(e),
            None => {}
        }
    }

    fn open_after_delete(&self) {
        let next = self.listing.with_untracked(|l| {
            l.iter()
                .find(|d| d.health == Health::Ready)
                .map(|d| d.id.clone())
        });
        let loaded = next.and_then(|id| {
            self.repo
                .try_update_value(|r| r.load(&id, now_ms()).ok())
                .flatten()
                .map(|l| (id, l))
        });
        match loaded {
            Some((id, l)) => self.show(Opened::Saved(id), l.design, l.revision, true),
            None => {
                let blank = Template::Blank.design(chrono::Local::now().date_naive());
                self.show(Opened::Fresh, blank.clone(), 0, true);
                self.last_saved.set_value(Some(blank));
                self.saving.set(Saving::Idle);
                self.first_start.set(true);
            }
        }
    }

    /// Puts back the last deletion, byte for byte, and reopens it if it was open.
    pub fn undo_delete(&self) {
        let Some((name, deleted, was_open)) = self.deleted.get_untracked() else {
            return;
        };
        match self
            .repo
            .try_update_value(|r| r.restore(&deleted, now_ms()))
        {
            Some(Ok(())) => {
                self.deleted.set(None);
                self.refresh_listing();
                if was_open && let Some(id) = keys::design_id(&deleted.key) {
                    self.switch_to(&id);
                }
                self.notice(format!("Restored {name}."));
            }
            Some(Err(e)) => self.save_failed(e),
            None => {}
        }
    }

    /// Imports a design file's text as a new design, saying what was upgraded when the file
    /// is of an earlier schema version. Errors name the place in the file.
    pub fn import_text(&self, source: &str, text: &str) {
        match format::import_noting(text) {
            Ok((design, upgrade)) => {
                if !self.leave_open_design(source) {
                    return;
                }
                let title = design.title.clone();
                let mut message = format!("Imported “{title}” as a new design.");
                if let Some(upgrade) = upgrade {
                    message.push(' ');
                    message.push_str(&upgrade.words());
                }
                self.open_new(design, message);
                self.panel.set(None);
            }
            Err(e) => self.report(Fault::Import {
                source: source.to_owned(),
                message: e.to_string(),
            }),
        }
    }

    /// Downloads the open design as JSON, named after it.
    pub fn export_json(&self) {
        let design = self.app.design.get_untracked();
        let name = format!("{}.json", file_stem(&design.title));
        let text = format::export(&design, &self.app.findings_now());
        self.downloaded(files::download(&name, "application/json", &text));
    }

    /// Downloads the open design as a Markdown document.
    pub fn export_markdown(&self) {
        let design = self.app.design.get_untracked();
        let name = format!("{}.md", file_stem(&design.title));
        let text = self
            .app
            .analysis
            .with_untracked(|a| to_markdown(&design, a));
        self.downloaded(files::download(&name, "text/markdown", &text));
    }

    fn downloaded(&self, result: Result<(), String>) {
        match result {
            Ok(()) => {
                let now = now_ms();
                let mut backup = self.repo.with_value(|r| r.backup());
                backup.exported(now);
                let _ = self.repo.try_update_value(|r| r.set_backup(&backup, now));
                self.reminder.set(false);
            }
            Err(why) => self.notice(format!("The file could not be saved: {why}.")),
        }
    }

    /// Downloads a stored value exactly as it is: a design that cannot be opened, or data set
    /// aside.
    pub fn download_raw(&self, key: &str) {
        let Some(Ok(Some(raw))) = self.repo.try_with_value(|r| r.raw(key)) else {
            self.notice("That data is no longer stored.");
            return;
        };
        let name = key
            .strip_prefix(keys::PREFIX)
            .unwrap_or(key)
            .replace('/', "-");
        let name = format!("partner-blueprint-{}.json", file_stem(&name));
        if let Err(why) = files::download(&name, "application/json", &raw) {
            self.notice(format!("The file could not be saved: {why}."));
        }
    }

    /// Puts the backup reminder off.
    pub fn snooze_reminder(&self) {
        let now = now_ms();
        let mut backup = self.repo.with_value(|r| r.backup());
        backup.snooze(now);
        let _ = self.repo.try_update_value(|r| r.set_backup(&backup, now));
        self.reminder.set(false);
    }
}

/// What the app says when it opens a saved design: its title, and that it was upgraded when it
/// was saved by an earlier version (it is saved in the current format at the next change).
pub(super) fn opened_words(loaded: &Loaded) -> String {
    let mut words = format!("Opened “{}”.", loaded.design.title);
    if let Some(upgrade) = &loaded.upgrade {
        words.push(' ');
        words.push_str(&upgrade.words());
    }
    words
}
