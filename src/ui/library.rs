//! The designs a user keeps, as the app shows them: which design is open and whether it is saved,
//! the designs panel, a design's versions and Compare, first start, import and export, share
//! links, and a banner for every fault.
//! The storage protocol itself is the domain's (`domain::library`); this module drives it from
//! the app's state and the browser's events.

mod actions;
mod banners;
mod boot;
mod clock;
mod compare;
mod faults;
mod first_start;
mod header;
mod intake;
mod panel;
mod saving;
mod share_panel;
mod shared;
mod versions;

use leptos::prelude::*;

use super::state::AppState;
use super::trailing::{Quiet, now_ms};
use crate::domain::Design;
use crate::domain::library::{Deleted, DesignId, Listed, Repository, SetAside, Version};

pub use banners::Banners;
pub use boot::{Boot, boot};
pub use faults::Fault;
pub use first_start::FirstStart;
pub use header::{LibraryBar, SaveStatus};
pub use intake::DropOverlay;
pub use panel::LibraryPanels;

/// Which design the app shows, and where it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// No design is saved yet (first start): the first change saves it as a new design.
    Fresh,
    /// A saved design.
    Saved(DesignId),
    /// A design opened from a share link: shown, never saved, until the user keeps a copy.
    Shared,
}

/// What the header says about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saving {
    /// Nothing to save yet.
    Idle,
    /// A change is waiting to be saved.
    Pending,
    Saved,
    /// Saved in this tab's memory only: the browser allows no storage.
    MemoryOnly,
    /// The last change is not saved, for this reason.
    NotSaved(String),
}

/// The header panel open, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Designs,
    /// The open design's versions, and Compare.
    Versions,
    Share,
}

/// What to go back to when a shared design is closed: exactly what was open before.
#[derive(Debug, Clone)]
struct BeforeShare {
    opened: Opened,
    design: Design,
    loaded_revision: u64,
    last_saved: Option<Design>,
}

/// The designs library, shared through context as one `Copy` value.
#[derive(Clone, Copy)]
pub struct Library {
    app: AppState,
    repo: StoredValue<Repository, LocalStorage>,
    /// The browser keeps what is saved (false: storage is unavailable, work stays in this tab).
    persistent: StoredValue<bool>,
    pub opened: RwSignal<Opened>,
    /// The revision of the open design this tab loaded or last saved.
    loaded_revision: StoredValue<u64>,
    /// The open design as stored; none when it has never been stored.
    last_saved: StoredValue<Option<Design>>,
    before_share: StoredValue<Option<BeforeShare>>,
    /// The save waiting for a quiet moment after the last change.
    pending: Quiet,
    /// A switch that would drop unsaved changes was asked for once; asking again proceeds.
    armed_discard: StoredValue<Option<String>>,
    pub saving: RwSignal<Saving>,
    /// Saved designs, the most recently saved first.
    pub listing: RwSignal<Vec<Listed>>,
    /// Data set aside because it could not be read.
    pub set_aside: RwSignal<Vec<SetAside>>,
    pub faults: RwSignal<Vec<Fault>>,
    /// Another tab saved this newer revision of the open design while this tab had changes.
    pub conflict: RwSignal<Option<u64>>,
    pub panel: RwSignal<Option<Panel>>,
    /// The last deletion, with the name it had, until undone or replaced.
    pub deleted: RwSignal<Option<(String, Deleted, bool)>>,
    /// The reminder to export a backup is due.
    pub reminder: RwSignal<bool>,
    /// The first-start choice is offered.
    pub first_start: RwSignal<bool>,
    /// A file is being dragged over the page.
    pub dragging: RwSignal<bool>,
    /// The open design's versions, oldest first, as last read; or why they cannot be read.
    pub versions: RwSignal<versions::Listing>,
    /// The version shown read-only, with its design.
    pub viewing: RwSignal<Option<(Version, Design)>>,
    /// The version last deleted, with its design's id, until put back or replaced.
    pub deleted_version: RwSignal<Option<(DesignId, Version)>>,
    /// The design and the day the once-a-day version was last looked at for.
    daily_checked: StoredValue<Option<(DesignId, i64)>>,
}

impl Library {
    /// The library for an app started from `boot`; installs autosave and the browser listeners.
    pub fn new(app: AppState, boot: Boot) -> Library {
        let first_start = boot.opened == Opened::Fresh;
        let library = Library {
            app,
            repo: StoredValue::new_local(boot.repo),
            persistent: StoredValue::new(boot.persistent),
            opened: RwSignal::new(boot.opened),
            loaded_revision: StoredValue::new(boot.loaded_revision),
            last_saved: StoredValue::new(boot.last_saved),
            before_share: StoredValue::new(boot.before_share),
            pending: Quiet::new(saving::DEBOUNCE_MS),
            armed_discard: StoredValue::new(None),
            saving: RwSignal::new(Saving::Idle),
            listing: RwSignal::new(boot.scan.designs),
            set_aside: RwSignal::new(boot.scan.set_aside),
            faults: RwSignal::new(boot.faults),
            conflict: RwSignal::new(None),
            panel: RwSignal::new(None),
            deleted: RwSignal::new(None),
            reminder: RwSignal::new(boot.reminder),
            first_start: RwSignal::new(first_start),
            dragging: RwSignal::new(false),
            versions: RwSignal::new(Ok(Vec::new())),
            viewing: RwSignal::new(None),
            deleted_version: RwSignal::new(None),
            daily_checked: StoredValue::new(None),
        };
        provide_context(library);
        if let Some(message) = boot.notice {
            library.notice(message);
        }
        library.install_autosave();
        library.install_intake();
        library
    }

    /// Whether the open design differs from what is stored for it.
    fn unsaved(&self) -> bool {
        let current = self.app.design.read_untracked();
        self.last_saved
            .with_value(|saved| saved.as_ref() != Some(&*current))
    }

    /// The open design's id, if it is saved.
    fn open_id(&self) -> Option<DesignId> {
        match self.opened.get_untracked() {
            Opened::Saved(id) => Some(id),
            _ => None,
        }
    }

    fn is_persistent(&self) -> bool {
        self.persistent.get_value()
    }
}

/// The library, from context.
pub fn use_library() -> Library {
    expect_context::<Library>()
}
