//! A design's named versions: copies of the whole design taken by the user ("Save a version") or
//! automatically (before an import, before a scenario is applied, before a restore, and once a
//! day while editing), kept under a key of their own beside the design (`keys::versions`).
//!
//! The cap: at most [`MAX_VERSIONS`] versions or [`MAX_VERSION_BYTES`] of version text per
//! design, whichever is reached first. A new version that goes over it drops the oldest
//! automatic versions first; it never drops the version being added (the newest), and never a
//! version the user saved by name: those go only when the user deletes them. When the versions
//! saved by name leave no room, the new version is refused with [`CapError`] and nothing is
//! dropped. A version is always a copy: the design's own key is the live copy, and pruning
//! touches only the versions key.

use serde::Serialize;
use serde_json::Value;

use crate::domain::format::{ImportError, Object, Read, object};
use crate::domain::path::DocPath;

/// The marker that says a stored value is a design's versions.
pub const VERSIONS_FORMAT: &str = "partner-blueprint/versions";
/// The versions format this app writes and reads.
pub const VERSIONS_VERSION: u32 = 1;
/// The most versions a design keeps.
pub const MAX_VERSIONS: usize = 20;
/// The most bytes of version text (the designs' documents) a design keeps: 1 MB.
pub const MAX_VERSION_BYTES: usize = 1_000_000;

/// Why a version was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionKind {
    /// Saved by the user, with a name.
    Saved,
    /// Taken automatically before an import (of candidates, say) changed the design.
    BeforeImport,
    /// Taken automatically before a scenario from decision support was applied.
    BeforeScenario,
    /// Taken automatically before another version was restored.
    BeforeRestore,
    /// Taken automatically once a day while the design is edited.
    Daily,
}

impl VersionKind {
    pub const ALL: [VersionKind; 5] = [
        VersionKind::Saved,
        VersionKind::BeforeImport,
        VersionKind::BeforeScenario,
        VersionKind::BeforeRestore,
        VersionKind::Daily,
    ];

    /// The name the stored list gives it.
    pub fn key(self) -> &'static str {
        match self {
            VersionKind::Saved => "saved",
            VersionKind::BeforeImport => "before-import",
            VersionKind::BeforeScenario => "before-scenario",
            VersionKind::BeforeRestore => "before-restore",
            VersionKind::Daily => "daily",
        }
    }

    /// How the versions list names it.
    pub fn label(self) -> &'static str {
        match self {
            VersionKind::Saved => "saved by you",
            VersionKind::BeforeImport => "automatic: before import",
            VersionKind::BeforeScenario => "automatic: before scenario",
            VersionKind::BeforeRestore => "automatic: before restore",
            VersionKind::Daily => "automatic: daily",
        }
    }

    /// Whether the app took it on its own, and may drop it to make room.
    pub fn is_automatic(self) -> bool {
        self != VersionKind::Saved
    }
}

/// One version of a design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// Unique within the design's versions, increasing in the order they were taken.
    pub id: u64,
    /// When it was taken, in milliseconds since 1970.
    pub taken_ms: i64,
    /// The name shown: the user's, or one made from the date.
    pub name: String,
    pub kind: VersionKind,
    /// The design as a document (`format::document`), which import reads.
    pub document: String,
}

impl Version {
    /// The bytes it counts against the cap.
    pub fn bytes(&self) -> usize {
        self.document.len()
    }
}

/// A design's versions, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Versions {
    pub list: Vec<Version>,
}

/// Why a new version could not be kept: the versions saved by name fill the cap on their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapError {
    /// How many versions the user saved by name.
    pub named: usize,
    /// Their bytes.
    pub bytes: usize,
}

impl std::fmt::Display for CapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the {} versions you saved by name fill this design's room for versions ({} versions or {} KB); delete one to keep another",
            self.named,
            MAX_VERSIONS,
            MAX_VERSION_BYTES / 1000
        )
    }
}

#[derive(Serialize)]
struct Stored {
    format: String,
    version: u32,
    versions: Vec<StoredVersion>,
}

#[derive(Serialize)]
struct StoredVersion {
    id: u64,
    taken_ms: i64,
    name: String,
    kind: String,
    document: String,
}

object!(Stored {
    format,
    version,
    versions,
});

object!(StoredVersion {
    id,
    taken_ms,
    name,
    kind,
    document,
});

impl Versions {
    /// The versions a stored text holds, or why it cannot be read (damaged, foreign, or written
    /// by a newer app).
    pub fn parse(text: &str) -> Result<Versions, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let stored: Stored = Read::read(&value, &DocPath::named("versions"))
            .map_err(|e: ImportError| e.to_string())?;
        if stored.format != VERSIONS_FORMAT {
            return Err("it is not a list of versions".to_owned());
        }
        if stored.version > VERSIONS_VERSION {
            return Err(format!(
                "it was written by a newer version (versions format {})",
                stored.version
            ));
        }
        let mut list = Vec::with_capacity(stored.versions.len());
        for v in stored.versions {
            let kind = VersionKind::ALL
                .into_iter()
                .find(|k| k.key() == v.kind)
                .ok_or_else(|| format!("a version is of an unknown kind \"{}\"", v.kind))?;
            if list.iter().any(|o: &Version| o.id == v.id) {
                return Err(format!("the version {} is listed twice", v.id));
            }
            list.push(Version {
                id: v.id,
                taken_ms: v.taken_ms,
                name: v.name,
                kind,
                document: v.document,
            });
        }
        Ok(Versions { list })
    }

    /// The versions as stored text.
    pub fn to_text(&self) -> String {
        let stored = Stored {
            format: VERSIONS_FORMAT.to_owned(),
            version: VERSIONS_VERSION,
            versions: self
                .list
                .iter()
                .map(|v| StoredVersion {
                    id: v.id,
                    taken_ms: v.taken_ms,
                    name: v.name.clone(),
                    kind: v.kind.key().to_owned(),
                    document: v.document.clone(),
                })
                .collect(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// The bytes the versions count against the cap.
    pub fn bytes(&self) -> usize {
        self.list.iter().map(Version::bytes).sum()
    }

    /// The newest version, if any.
    pub fn newest(&self) -> Option<&Version> {
        self.list.last()
    }

    pub fn get(&self, id: u64) -> Option<&Version> {
        self.list.iter().find(|v| v.id == id)
    }

    /// The id the next version takes.
    pub fn next_id(&self) -> u64 {
        self.list.iter().map(|v| v.id).max().unwrap_or(0) + 1
    }

    /// Whether the once-a-day version is due: none was taken since `day_start_ms`, the start of
    /// the local calendar day.
    pub fn daily_due(&self, day_start_ms: i64) -> bool {
        self.newest().is_none_or(|v| v.taken_ms < day_start_ms)
    }

    /// Adds `version` as the newest, dropping the oldest automatic versions while the cap is
    /// exceeded. Returns the versions dropped; refuses, changing nothing, when the versions
    /// saved by name leave no room.
    pub fn add(&mut self, version: Version) -> Result<Vec<Version>, CapError> {
        let mut list = self.list.clone();
        let keep = version.id;
        list.push(version);
        let dropped = make_room(&mut list, keep)?;
        self.list = list;
        Ok(dropped)
    }

    /// Puts a deleted version back in its place by when it was taken (the Undo of a delete),
    /// under a fresh id if a version taken since has its own. Makes room as a new version does,
    /// never dropping the newest; refuses, changing nothing, when there is none to make.
    pub fn put_back(&mut self, mut version: Version) -> Result<Vec<Version>, CapError> {
        if self.get(version.id).is_some() {
            version.id = self.next_id();
        }
        let keep = version.id;
        let mut list = self.list.clone();
        let at = list
            .iter()
            .position(|v| v.taken_ms > version.taken_ms)
            .unwrap_or(list.len());
        list.insert(at, version);
        let dropped = make_room(&mut list, keep)?;
        self.list = list;
        Ok(dropped)
    }

    /// Removes a version; returns it.
    pub fn remove(&mut self, id: u64) -> Option<Version> {
        let at = self.list.iter().position(|v| v.id == id)?;
        Some(self.list.remove(at))
    }
}

/// Drops the oldest automatic versions of `list` while it is over the cap, never the newest (the
/// last) nor the version `keep`; returns those dropped. Refuses when only versions saved by name
/// are left to drop.
fn make_room(list: &mut Vec<Version>, keep: u64) -> Result<Vec<Version>, CapError> {
    let over = |list: &[Version]| {
        list.len() > MAX_VERSIONS
            || list.iter().map(Version::bytes).sum::<usize>() > MAX_VERSION_BYTES
    };
    let mut dropped = Vec::new();
    while over(list) {
        let newest = list.len() - 1;
        let Some(oldest_automatic) = list[..newest]
            .iter()
            .position(|v| v.kind.is_automatic() && v.id != keep)
        else {
            let named: Vec<&Version> = list.iter().filter(|v| !v.kind.is_automatic()).collect();
            return Err(CapError {
                named: named.len(),
                bytes: named.iter().map(|v| v.bytes()).sum(),
            });
        };
        dropped.push(list.remove(oldest_automatic));
    }
    Ok(dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(id: u64, kind: VersionKind, bytes: usize) -> Version {
        Version {
            id,
            taken_ms: id as i64,
            name: format!("v{id}"),
            kind,
            document: "x".repeat(bytes),
        }
    }

    #[test]
    fn versions_round_trip_through_their_text() {
        let versions = Versions {
            list: VersionKind::ALL
                .into_iter()
                .enumerate()
                .map(|(i, k)| version(i as u64 + 1, k, 3))
                .collect(),
        };
        assert_eq!(Versions::parse(&versions.to_text()), Ok(versions));
    }

    #[test]
    fn damaged_foreign_or_newer_versions_are_refused() {
        assert!(Versions::parse("{nope").is_err());
        assert!(Versions::parse(r#"{"format":"x","version":1,"versions":[]}"#).is_err());
        assert!(
            Versions::parse(r#"{"format":"partner-blueprint/versions","version":2,"versions":[]}"#)
                .is_err()
        );
        assert!(Versions::parse(
            r#"{"format":"partner-blueprint/versions","version":1,"versions":[{"id":1,"taken_ms":1,"name":"a","kind":"weekly","document":""}]}"#
        )
        .is_err());
    }

    #[test]
    fn a_version_bigger_than_the_cap_alone_is_refused() {
        let mut versions = Versions::default();
        let refused = versions.add(version(1, VersionKind::Saved, MAX_VERSION_BYTES + 1));
        assert!(refused.is_err());
        assert!(versions.list.is_empty());
    }
}
