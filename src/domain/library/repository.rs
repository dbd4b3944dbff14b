//! The storage protocol over any [`KeyValueStore`]: what users trust never to lose their work.
//!
//! - Every design is one key holding its exported JSON; the index lists them with a revision.
//! - Writes are whole-key and verified: each value is read back and compared.
//! - A key whose value cannot be read is never written over: its value is first copied to a
//!   `…/quarantine/…` key (and the copy verified), or, for a design, left exactly as it is and
//!   offered for download. Unreadable data is never treated as empty.
//! - A save re-reads the stored revision first and does not write over a newer one.
//! - A design's versions sit under a key of their own beside it; the design's key is the live
//!   copy, and a version is never the only copy of anything.

mod designs;
mod meta;
mod scan;
mod versions;

use std::collections::BTreeMap;

use super::checksum::crc32;
use super::index::{Index, IndexError};
use super::keys;
use super::store::{KeyValueStore, StoreError};
use super::{DesignId, Entry};
use crate::domain::Design;
use crate::domain::format::{self, ImportError, ImportErrorKind, Upgrade};

pub use designs::{Deleted, Loaded};
pub use scan::{Health, Listed, Scan, SetAside};
pub use versions::{Taken, VersionError};

/// Why a design could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Nothing is stored under its key.
    Missing,
    /// It was saved by a newer version of the app: kept as is, not opened for editing.
    Newer {
        found: u32,
        message: String,
    },
    /// Its stored JSON cannot be read: kept as is, offered for download.
    Damaged {
        message: String,
    },
    Store(StoreError),
}

/// Why a write did not happen. In every case the stored data is as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved a newer revision of this design.
    Conflict { stored: u64 },
    /// The store refused (full, unavailable, or did not keep the value).
    Store(StoreError),
    /// The value in the way cannot be read and could not be set aside first; it is kept.
    Unreadable { key: String, message: String },
    /// The design holds a value a saved file could not hold, here and for this reason: it was
    /// not written, and the last good save is kept.
    Invalid(ImportError),
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

/// The saved designs in a store.
pub struct Repository {
    store: Box<dyn KeyValueStore>,
    /// The checksum of each design value this repository read as valid or wrote, by key: a
    /// save finds the stored value unchanged without reading it through import again.
    known: BTreeMap<String, u32>,
}

impl Repository {
    pub fn new(store: Box<dyn KeyValueStore>) -> Self {
        Repository {
            store,
            known: BTreeMap::new(),
        }
    }

    /// Remembers a design value as readable.
    fn know(&mut self, key: &str, value: &str) {
        self.known.insert(key.to_owned(), crc32(value.as_bytes()));
    }

    /// Whether a stored design value is one this repository read as valid or wrote.
    fn is_known(&self, key: &str, value: &str) -> bool {
        self.known.get(key) == Some(&crc32(value.as_bytes()))
    }

    /// The raw value of a key, for downloading data the app cannot read.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.store.get(key)
    }

    /// Writes `value` under `key` and reads it back.
    fn set_verified(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.store.set(key, value)?;
        match self.store.get(key)? {
            Some(stored) if stored == value => Ok(()),
            _ => Err(StoreError::Unverified),
        }
    }

    /// Copies an unreadable value aside under a quarantine key and verifies the copy; only then
    /// may its own key be written. Returns the quarantine key.
    fn set_aside(&mut self, key: &str, raw: &str, now_ms: i64) -> Result<String, StoreError> {
        let mut aside = keys::quarantine(key, now_ms);
        let mut n = 1;
        while self.store.get(&aside)?.is_some_and(|v| v != raw) {
            aside = format!("{}-{n}", keys::quarantine(key, now_ms));
            n += 1;
        }
        self.set_verified(&aside, raw)?;
        Ok(aside)
    }

    /// Writes `value` under `key` unless the value there cannot be read by `readable`, in which
    /// case it is set aside first. `set_aside` collects the quarantine keys written.
    fn write_over(
        &mut self,
        key: &str,
        value: &str,
        readable: fn(&str) -> bool,
        now_ms: i64,
        set_aside: &mut Vec<String>,
    ) -> Result<(), SaveError> {
        if let Some(current) = self.store.get(key)?
            && current != value
            && !readable(&current)
        {
            let aside =
                self.set_aside(key, &current, now_ms)
                    .map_err(|e| SaveError::Unreadable {
                        key: key.to_owned(),
                        message: format!("it could not be set aside first: {e}"),
                    })?;
            set_aside.push(aside);
        }
        self.set_verified(key, value)?;
        Ok(())
    }

    /// The index as stored now (never cached: other tabs write it). An unreadable index is set
    /// aside and rebuilt from the design keys; designs stored but not listed are listed again.
    fn load_index(&mut self, now_ms: i64, set_aside: &mut Vec<String>) -> Result<Index, SaveError> {
        let mut changed = false;
        let mut index = match self.store.get(keys::INDEX)? {
            None => Index::default(),
            Some(text) => match Index::parse(&text) {
                Ok(index) => index,
                Err(why) => {
                    let aside = self.set_aside(keys::INDEX, &text, now_ms).map_err(|e| {
                        SaveError::Unreadable {
                            key: keys::INDEX.to_owned(),
                            message: format!(
                                "the list of designs cannot be read ({}) and could not be set \
                                 aside: {e}",
                                index_problem(&why)
                            ),
                        }
                    })?;
                    set_aside.push(aside);
                    changed = true;
                    Index::default()
                }
            },
        };
        for key in self.store.keys()? {
            let Some(id) = keys::design_id(&key) else {
                continue;
            };
            if index.get(&id).is_some() {
                continue;
            }
            let title = self
                .store
                .get(&key)?
                .map(|raw| listed_title(&raw))
                .unwrap_or_default();
            index.put(Entry {
                id,
                title,
                updated_ms: 0,
                revision: 0,
            });
            changed = true;
        }
        if changed {
            self.set_verified(keys::INDEX, &index.to_text())?;
        }
        Ok(index)
    }

    /// Writes the index, re-read just before so other tabs' entries are kept: only `change`
    /// is applied to what is stored now.
    fn update_index(
        &mut self,
        now_ms: i64,
        change: impl FnOnce(&mut Index),
    ) -> Result<(), SaveError> {
        let mut set_aside = Vec::new();
        let mut index = self.load_index(now_ms, &mut set_aside)?;
        change(&mut index);
        self.set_verified(keys::INDEX, &index.to_text())?;
        Ok(())
    }
}

/// The title to list for a stored design, read or not: a design the app cannot open still
/// shows the title it carries, when its JSON has one.
fn listed_title(raw: &str) -> String {
    match format::import(raw) {
        Ok(design) => design.title,
        Err(e) => {
            let carried = serde_json::from_str::<serde_json::Value>(raw)
                .ok()
                .and_then(|v| v.pointer("/design/title")?.as_str().map(str::to_owned))
                .map(|t| t.trim().chars().take(200).collect::<String>())
                .filter(|t| !t.is_empty());
            carried.unwrap_or_else(|| match e.kind {
                ImportErrorKind::NewerSchema { .. } => "Design saved by a newer version".to_owned(),
                _ => "Design that cannot be read".to_owned(),
            })
        }
    }
}

fn index_problem(why: &IndexError) -> String {
    match why {
        IndexError::Unreadable(e) => e.clone(),
        IndexError::Newer(v) => format!("it was written by a newer version, index version {v}"),
    }
}

/// Whether a stored text is a design this app can open.
fn classify(raw: &str) -> Result<Design, LoadError> {
    classify_noting(raw).map(|(design, _)| design)
}

/// [`classify`], and what bringing the design up to date changed, if an earlier version saved
/// it.
fn classify_noting(raw: &str) -> Result<(Design, Option<Upgrade>), LoadError> {
    format::import_noting(raw).map_err(|e| match e.kind {
        ImportErrorKind::NewerSchema { found } => LoadError::Newer {
            found,
            message: e.to_string(),
        },
        _ => LoadError::Damaged {
            message: e.to_string(),
        },
    })
}

/// The id a design key names, for the quarantine and listing code.
fn design_key(id: &DesignId) -> String {
    keys::design(id)
}
