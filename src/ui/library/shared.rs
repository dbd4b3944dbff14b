//! A design opened from a share link: shown in place of the user's own, never saved, until they
//! keep a copy. Their own designs are not touched; closing it brings back exactly what was open.

use leptos::prelude::*;

use super::{BeforeShare, Fault, Library, Opened, Saving};
use crate::browser::share as link;
use crate::domain::library::{decode_payload, payload_from_hash};
use crate::ui::section::Section;
use crate::ui::state::Notice;

impl Library {
    /// Handles a URL hash that is a share link, before section routing sees it. False when the
    /// hash is not a share link.
    pub fn follow_hash(&self, hash: &str) -> bool {
        let Some(payload) = payload_from_hash(hash) else {
            return false;
        };
        match decode_payload(payload) {
            Ok(design) => {
                self.flush();
                if self.opened.get_untracked() != Opened::Shared {
                    self.before_share.set_value(Some(BeforeShare {
                        opened: self.opened.get_untracked(),
                        design: self.app.design.get_untracked(),
                        loaded_revision: self.loaded_revision.get_value(),
                        last_saved: self.last_saved.get_value(),
                    }));
                }
                self.pending.cancel();
                self.opened.set(Opened::Shared);
                self.conflict.set(None);
                self.panel.set(None);
                self.faults
                    .update(|f| f.retain(|f| !matches!(f, Fault::Share { .. })));
                self.first_start.set(false);
                self.app.replace(design);
                self.saving.set(Saving::Idle);
            }
            Err(e) => self.report(Fault::Share {
                message: e.to_string(),
            }),
        }
        self.app.section.set(Section::Overview);
        true
    }

    /// Keeps the shared design (with any changes made to it) as a new design of the user's own.
    pub fn keep_shared(&self) {
        let design = self.app.design.get_untracked();
        let title = design.title.clone();
        self.open_new(design, format!("Kept a copy of “{title}” in your designs."));
        if self.opened.get_untracked() != Opened::Shared {
            link::forget_hash(&Section::Overview.href());
        }
    }

    /// Closes the shared design and shows again what was open before it.
    pub fn close_shared(&self) {
        let Some(before) = self.before_share.get_value() else {
            return;
        };
        self.before_share.set_value(None);
        self.loaded_revision.set_value(before.loaded_revision);
        self.last_saved.set_value(before.last_saved);
        self.opened.set(before.opened);
        self.app.replace(before.design);
        self.saving.set(Saving::Idle);
        self.first_start
            .set(self.opened.get_untracked() == Opened::Fresh);
        link::forget_hash(&Section::Overview.href());
        self.app.section.set(Section::Overview);
        self.app.notice.set(Some(Notice {
            message: "Closed the shared design.".to_owned(),
            offers_undo: false,
        }));
        self.flush();
    }
}
