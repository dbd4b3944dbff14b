//! Start-up: open the browser's storage (or memory, when there is none), look at what it holds,
//! set aside what cannot be read, and choose what to show — a share link, the design and section
//! last open, the most recent design, or the first-start choice.

use chrono::NaiveDate;

use super::actions::opened_words;
use super::{BeforeShare, Fault, Opened};
use crate::browser::storage::LocalStore;
use crate::domain::Design;
use crate::domain::library::{
    Health, KeyValueStore, LoadError, MemoryStore, Repository, SaveError, Scan, StoreError,
    decode_payload, keys, payload_from_hash,
};
use crate::domain::templates::Template;
use crate::ui::section::Section;

/// What the app starts with.
pub struct Boot {
    pub design: Design,
    pub section: Section,
    pub opened: Opened,
    pub repo: Repository,
    pub persistent: bool,
    pub loaded_revision: u64,
    pub last_saved: Option<Design>,
    pub scan: Scan,
    pub faults: Vec<Fault>,
    pub reminder: bool,
    /// What to tell the person once the app is open: that the design was upgraded.
    pub notice: Option<String>,
    pub(super) before_share: Option<BeforeShare>,
}

/// Opens storage and decides what the app shows first. Never fails: whatever goes wrong becomes
/// a fault to show, and the app starts in memory if it must.
pub fn boot(today: NaiveDate, hash: &str, now_ms: i64) -> Boot {
    let mut faults = Vec::new();
    let (mut repo, mut persistent) = match LocalStore::open() {
        Ok(store) => (Repository::new(Box::new(store)), true),
        Err(_) => {
            faults.push(Fault::StorageUnavailable);
            (memory(), false)
        }
    };
    let scan = match repo.scan(now_ms) {
        Ok(scan) => scan,
        Err(e) => {
            if persistent {
                faults.push(scan_fault(&e));
            }
            repo = memory();
            persistent = false;
            Scan::default()
        }
    };
    for key in &scan.newly_set_aside {
        faults.push(Fault::Unreadable {
            key: key.clone(),
            what: "The list of your designs".to_owned(),
            detail: "it was damaged; the designs themselves are listed again from what is stored"
                .to_owned(),
        });
    }
    for listed in &scan.designs {
        let key = keys::design(&listed.id);
        match &listed.health {
            Health::Ready => {}
            Health::Newer { .. } => faults.push(Fault::Newer {
                key,
                title: listed.title.clone(),
            }),
            Health::Damaged { message } => faults.push(Fault::Unreadable {
                key,
                what: format!("The saved design “{}”", listed.title),
                detail: message.clone(),
            }),
        }
    }

    let session = repo.session().unwrap_or_default();
    let ready = |id: &crate::domain::library::DesignId| {
        scan.designs
            .iter()
            .any(|l| &l.id == id && l.health == Health::Ready)
    };
    let choice = session.design.clone().filter(|id| ready(id)).or_else(|| {
        scan.designs
            .iter()
            .find(|l| l.health == Health::Ready)
            .map(|l| l.id.clone())
    });
    let restored_session = choice.is_some() && choice == session.design;
    let mut notice = None;
    let (mut opened, mut design, loaded_revision, last_saved) =
        match choice.map(|id| (repo.load(&id, now_ms), id)) {
            Some((Ok(loaded), id)) => {
                notice = loaded.upgrade.is_some().then(|| opened_words(&loaded));
                (
                    Opened::Saved(id),
                    loaded.design.clone(),
                    loaded.revision,
                    Some(loaded.design),
                )
            }
            other => {
                if let Some((Err(e), _)) = other
                    && !matches!(e, LoadError::Missing)
                {
                    faults.push(Fault::Other {
                        message: "The design last open could not be opened; it is kept as it is."
                            .to_owned(),
                    });
                }
                let blank = Template::Blank.design(today);
                (Opened::Fresh, blank.clone(), 0, Some(blank))
            }
        };

    let mut section = if !hash.trim_start_matches('#').is_empty() {
        Section::from_hash(hash)
    } else if restored_session {
        Section::from_hash(&session.section)
    } else {
        Section::Overview
    };

    let mut before_share = None;
    if let Some(payload) = payload_from_hash(hash) {
        match decode_payload(payload) {
            Ok(shared) => {
                before_share = Some(BeforeShare {
                    opened: opened.clone(),
                    design: design.clone(),
                    loaded_revision,
                    last_saved: last_saved.clone(),
                });
                opened = Opened::Shared;
                design = shared;
                notice = None;
                section = Section::Overview;
            }
            Err(e) => faults.push(Fault::Share {
                message: e.to_string(),
            }),
        }
    }

    let reminder = persistent && repo.backup().reminder_due(now_ms);
    Boot {
        design,
        section,
        opened,
        repo,
        persistent,
        loaded_revision,
        last_saved,
        scan,
        faults,
        reminder,
        notice,
        before_share,
    }
}

fn memory() -> Repository {
    Repository::new(Box::new(MemoryStore::new()) as Box<dyn KeyValueStore>)
}

/// The fault for a store that could not even be looked at.
fn scan_fault(error: &SaveError) -> Fault {
    match error {
        SaveError::Store(StoreError::Unavailable) => Fault::StorageUnavailable,
        SaveError::Unreadable { key, message } => Fault::Unreadable {
            key: key.clone(),
            what: "The list of your designs".to_owned(),
            detail: format!("{message}; the app works in memory until there is room"),
        },
        SaveError::Store(e) => Fault::Other {
            message: format!(
                "Your saved designs could not be read: {e}. They are kept as they are; the app works in memory."
            ),
        },
        SaveError::Conflict { .. } | SaveError::Invalid(_) => Fault::Other {
            message: "Your saved designs could not be read.".to_owned(),
        },
    }
}
