//! Designs in the repository: open, create, save (with the revision check), delete and restore.

use super::{LoadError, Repository, SaveError, classify, classify_noting, design_key};
use crate::domain::Design;
use crate::domain::format::{self, Upgrade};
use crate::domain::health::{self, Finding};
use crate::domain::library::conflict::{WriteCheck, check_write};
use crate::domain::library::{DesignId, Entry, keys};

/// A design opened from the store, at the revision it was saved as.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub design: Design,
    pub revision: u64,
    /// What bringing it up to date changed, when an earlier version saved it.
    pub upgrade: Option<Upgrade>,
}

/// What a deletion removed, so it can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    /// The key removed.
    pub key: String,
    /// Its value, exactly as it was.
    pub raw: Option<String>,
    /// Its index entry, for a design.
    pub entry: Option<Entry>,
    /// The design's versions, exactly as they were: deleting a design deletes its versions,
    /// and undoing the deletion puts them back.
    pub versions: Option<String>,
}

impl Repository {
    /// Opens a saved design. One saved by a newer version, or that cannot be read, is refused
    /// and left exactly as it is.
    pub fn load(&mut self, id: &DesignId, now_ms: i64) -> Result<Loaded, LoadError> {
        let raw = self
            .store
            .get(&design_key(id))
            .map_err(LoadError::Store)?
            .ok_or(LoadError::Missing)?;
        let (design, upgrade) = classify_noting(&raw)?;
        self.know(&design_key(id), &raw);
        let revision = self
            .load_index(now_ms, &mut Vec::new())
            .ok()
            .and_then(|index| index.get(id).map(|e| e.revision))
            .unwrap_or(0);
        Ok(Loaded {
            design,
            revision,
            upgrade,
        })
    }

    /// The revision the index holds for a design now; none when it is not listed.
    pub fn stored_revision(
        &mut self,
        id: &DesignId,
        now_ms: i64,
    ) -> Result<Option<u64>, SaveError> {
        let index = self.load_index(now_ms, &mut Vec::new())?;
        Ok(index.get(id).map(|e| e.revision))
    }

    /// Saves a design as a new one, with the findings computed for it; returns its id and
    /// revision.
    pub fn create(
        &mut self,
        design: &Design,
        findings: &[Finding],
        now_ms: i64,
        entropy: u32,
    ) -> Result<(DesignId, u64), SaveError> {
        let index = self.load_index(now_ms, &mut Vec::new())?;
        let stored = self.store.keys()?;
        let id = DesignId::generate(now_ms, entropy, |id| {
            index.get(id).is_some() || stored.contains(&design_key(id))
        });
        let text = format::checked(design, findings).map_err(SaveError::Invalid)?;
        self.set_verified(&design_key(&id), &text)?;
        self.know(&design_key(&id), &text);
        let entry = Entry {
            id: id.clone(),
            title: design.title.clone(),
            updated_ms: now_ms,
            revision: 1,
        };
        self.update_index(now_ms, |index| index.put(entry))?;
        Ok((id, 1))
    }

    /// Saves a design over its stored version, which this tab loaded at revision `loaded`.
    /// Refuses when another tab saved a newer revision since, or when the stored value cannot be
    /// read (it is kept). Returns the new revision.
    pub fn save(
        &mut self,
        id: &DesignId,
        design: &Design,
        findings: &[Finding],
        loaded: u64,
        now_ms: i64,
    ) -> Result<u64, SaveError> {
        let index = self.load_index(now_ms, &mut Vec::new())?;
        let stored = index.get(id).map(|e| e.revision);
        let revision = match check_write(loaded, stored) {
            WriteCheck::Newer { stored } => return Err(SaveError::Conflict { stored }),
            WriteCheck::Write { revision } => revision,
        };
        let key = design_key(id);
        if let Some(current) = self.store.get(&key)?
            && !self.is_known(&key, &current)
            && let Err(e) = classify(&current)
        {
            return Err(SaveError::Unreadable {
                key,
                message: match e {
                    LoadError::Newer { message, .. } | LoadError::Damaged { message } => message,
                    _ => String::new(),
                },
            });
        }
        let text = format::checked(design, findings).map_err(SaveError::Invalid)?;
        self.set_verified(&key, &text)?;
        self.know(&key, &text);
        let entry = Entry {
            id: id.clone(),
            title: design.title.clone(),
            updated_ms: now_ms,
            revision,
        };
        self.update_index(now_ms, |index| index.put(entry))?;
        Ok(revision)
    }

    /// Deletes a design, or data set aside: its index entry first, then its key, then its
    /// versions. Returns what was removed, for [`Repository::restore`].
    pub fn delete(&mut self, key: &str, now_ms: i64) -> Result<Deleted, SaveError> {
        let raw = self.store.get(key)?;
        let mut entry = None;
        let versions_key = keys::design_id(key).map(|id| keys::versions(&id));
        let versions = match &versions_key {
            Some(k) => self.store.get(k)?,
            None => None,
        };
        if let Some(id) = keys::design_id(key) {
            self.update_index(now_ms, |index| entry = index.take(&id))?;
        }
        self.store.remove(key)?;
        if let Some(k) = versions_key
            && versions.is_some()
        {
            self.store.remove(&k)?;
        }
        Ok(Deleted {
            key: key.to_owned(),
            raw,
            entry,
            versions,
        })
    }

    /// Puts back what a deletion removed, byte for byte.
    pub fn restore(&mut self, deleted: &Deleted, now_ms: i64) -> Result<(), SaveError> {
        if let Some(raw) = &deleted.raw {
            self.set_verified(&deleted.key, raw)?;
        }
        if let (Some(id), Some(versions)) = (keys::design_id(&deleted.key), &deleted.versions) {
            self.set_verified(&keys::versions(&id), versions)?;
        }
        if let Some(entry) = deleted.entry.clone() {
            self.update_index(now_ms, |index| index.put(entry))?;
        }
        Ok(())
    }

    /// Renames a saved design: opens it, changes its title, saves it at its stored revision. Its
    /// id stays, so its versions follow it.
    pub fn rename(&mut self, id: &DesignId, title: &str, now_ms: i64) -> Result<u64, SaveError> {
        let loaded = self.load(id, now_ms).map_err(|e| match e {
            LoadError::Store(e) => SaveError::Store(e),
            other => SaveError::Unreadable {
                key: design_key(id),
                message: format!("{other:?}"),
            },
        })?;
        let mut design = loaded.design;
        design.title = title.to_owned();
        self.save(
            id,
            &design,
            &health::check(&design),
            loaded.revision,
            now_ms,
        )
    }
}
