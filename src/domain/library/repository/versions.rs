//! A design's versions in the repository: list, take, open, delete. They live under their own key
//! (`keys::versions`), written with the same verified writes as the design; a versions key that
//! cannot be read is set aside under a quarantine key before a new list is written in its
//! place, and is never listed as empty.
//!
//! The design's own key is always the live copy: taking a version never writes the design, and
//! a version that cannot be kept (storage full, no room under the cap) leaves the design as it
//! was saved. A design's versions are keyed by its id, so they follow a rename; a duplicate is a
//! new id and starts with no versions.

use super::{Repository, SaveError};
use crate::domain::Design;
use crate::domain::format;
use crate::domain::library::versions::{CapError, Version, VersionKind, Versions};
use crate::domain::library::{DesignId, StoreError, keys};

/// Why a version could not be listed, kept or opened. The design itself is untouched in every
/// case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionError {
    /// The store refused (full, unavailable, or did not keep the value).
    Store(StoreError),
    /// The stored versions cannot be read: kept as they are (or set aside before a new list).
    Unreadable { key: String, message: String },
    /// The versions saved by name leave no room under the cap.
    Cap(CapError),
    /// No such version.
    Missing,
    /// The version's document does not read back as a design.
    Damaged(String),
}

impl From<StoreError> for VersionError {
    fn from(e: StoreError) -> Self {
        VersionError::Store(e)
    }
}

impl From<SaveError> for VersionError {
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Store(e) => VersionError::Store(e),
            SaveError::Unreadable { key, message } => VersionError::Unreadable { key, message },
            SaveError::Conflict { .. } => VersionError::Store(StoreError::Unverified),
            SaveError::Invalid(e) => VersionError::Damaged(e.to_string()),
        }
    }
}

impl std::fmt::Display for VersionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VersionError::Store(e) => write!(f, "{e}"),
            VersionError::Unreadable { message, .. } => {
                write!(f, "the stored versions cannot be read ({message})")
            }
            VersionError::Cap(e) => write!(f, "{e}"),
            VersionError::Missing => f.write_str("that version is no longer stored"),
            VersionError::Damaged(why) => write!(f, "that version cannot be read ({why})"),
        }
    }
}

/// A version kept, and the automatic versions dropped to make room for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taken {
    pub version: Version,
    pub dropped: Vec<Version>,
}

impl Repository {
    /// A design's versions, oldest first; none stored is an empty list. Unreadable versions are
    /// an error, never an empty list, and are left as they are.
    pub fn versions(&self, id: &DesignId) -> Result<Versions, VersionError> {
        let key = keys::versions(id);
        match self.store.get(&key)? {
            None => Ok(Versions::default()),
            Some(text) => {
                Versions::parse(&text).map_err(|message| VersionError::Unreadable { key, message })
            }
        }
    }

    /// Keeps `design` as a new version of the design `id`, named `name`, dropping the oldest
    /// automatic versions when the cap needs room. Writes only the versions key, verified; an
    /// unreadable versions key is set aside first.
    pub fn take_version(
        &mut self,
        id: &DesignId,
        design: &Design,
        kind: VersionKind,
        name: &str,
        now_ms: i64,
    ) -> Result<Taken, VersionError> {
        let text = format::document(design);
        match format::import(&text) {
            Ok(read) if read == *design => {}
            Ok(_) => {
                return Err(VersionError::Damaged(
                    "the design would read back changed".to_owned(),
                ));
            }
            Err(e) => return Err(VersionError::Damaged(e.to_string())),
        }
        let key = keys::versions(id);
        let mut versions = match self.versions(id) {
            Ok(versions) => versions,
            Err(VersionError::Unreadable { .. }) => Versions::default(),
            Err(e) => return Err(e),
        };
        let version = Version {
            id: versions.next_id(),
            taken_ms: now_ms,
            name: name.to_owned(),
            kind,
            document: text,
        };
        let dropped = versions.add(version.clone()).map_err(VersionError::Cap)?;
        let readable = |t: &str| Versions::parse(t).is_ok();
        self.write_over(&key, &versions.to_text(), readable, now_ms, &mut Vec::new())?;
        Ok(Taken { version, dropped })
    }

    /// Takes the once-a-day version of `design` (the design as last saved) unless a version of
    /// this design was taken since `day_start_ms`, the start of the local calendar day. None
    /// when one was.
    pub fn take_daily(
        &mut self,
        id: &DesignId,
        design: &Design,
        name: &str,
        now_ms: i64,
        day_start_ms: i64,
    ) -> Result<Option<Taken>, VersionError> {
        let due = match self.versions(id) {
            Ok(versions) => versions.daily_due(day_start_ms),
            // Unreadable versions are set aside by the take, never counted as none.
            Err(VersionError::Unreadable { .. }) => true,
            Err(e) => return Err(e),
        };
        if !due {
            return Ok(None);
        }
        self.take_version(id, design, VersionKind::Daily, name, now_ms)
            .map(Some)
    }

    /// The design a version holds.
    pub fn version_design(&self, id: &DesignId, version: u64) -> Result<Design, VersionError> {
        let versions = self.versions(id)?;
        let version = versions.get(version).ok_or(VersionError::Missing)?;
        format::import(&version.document).map_err(|e| VersionError::Damaged(e.to_string()))
    }

    /// Puts a deleted version of the design `id` back (the Undo of a delete), making room as a
    /// new version does. Returns the automatic versions dropped for it.
    pub fn put_back_version(
        &mut self,
        id: &DesignId,
        version: Version,
        now_ms: i64,
    ) -> Result<Vec<Version>, VersionError> {
        let mut versions = self.versions(id)?;
        let dropped = versions.put_back(version).map_err(VersionError::Cap)?;
        let readable = |t: &str| Versions::parse(t).is_ok();
        self.write_over(
            &keys::versions(id),
            &versions.to_text(),
            readable,
            now_ms,
            &mut Vec::new(),
        )?;
        Ok(dropped)
    }

    /// Deletes one version, at the user's word (the only way a version saved by name goes).
    pub fn delete_version(&mut self, id: &DesignId, version: u64) -> Result<Version, VersionError> {
        let mut versions = self.versions(id)?;
        let removed = versions.remove(version).ok_or(VersionError::Missing)?;
        let key = keys::versions(id);
        if versions.list.is_empty() {
            self.store.remove(&key)?;
        } else {
            self.set_verified(&key, &versions.to_text())?;
        }
        Ok(removed)
    }
}
