//! The index of saved designs: for each, its id, title, when it was last saved and its revision.
//! Stored as JSON under `partner-blueprint/index`, with a format marker and a version so a newer
//! app's index is recognised and never misread.

use serde::Serialize;
use serde_json::Value;

use super::DesignId;
use crate::domain::format::{ImportError, Object, Read, object};
use crate::domain::order;
use crate::domain::path::DocPath;

/// The marker that says a stored value is the designs index.
pub const INDEX_FORMAT: &str = "partner-blueprint/index";
/// The index version this app writes and reads.
pub const INDEX_VERSION: u32 = 1;

/// One saved design as the index lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub id: DesignId,
    pub title: String,
    /// When it was last saved, in milliseconds since 1970.
    pub updated_ms: i64,
    /// Counts the saves of this design; a tab that loaded an older revision must not write.
    pub revision: u64,
}

/// The saved designs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    pub designs: Vec<Entry>,
}

/// Why a stored index cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexError {
    /// Not an index this app understands: damaged, or not JSON.
    Unreadable(String),
    /// Written by a newer app, with this version.
    Newer(u32),
}

#[derive(Serialize)]
struct Stored {
    format: String,
    version: u32,
    designs: Vec<Entry>,
}

object!(Entry {
    id,
    title,
    updated_ms,
    revision,
});

object!(Stored {
    format,
    version,
    designs,
});

impl Index {
    /// The index a stored text holds.
    pub fn parse(text: &str) -> Result<Index, IndexError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| IndexError::Unreadable(e.to_string()))?;
        let stored = Stored::read(&value, &DocPath::named("index"))
            .map_err(|e| IndexError::Unreadable(e.to_string()))?;
        if stored.format != INDEX_FORMAT {
            return Err(IndexError::Unreadable(format!(
                "its format is \"{}\"",
                stored.format.chars().take(60).collect::<String>()
            )));
        }
        if stored.version > INDEX_VERSION {
            return Err(IndexError::Newer(stored.version));
        }
        let mut seen = std::collections::BTreeSet::new();
        if let Some(twice) = stored.designs.iter().find(|e| !seen.insert(&e.id)) {
            return Err(IndexError::Unreadable(format!(
                "the design {} is listed twice",
                twice.id
            )));
        }
        let mut designs = stored.designs;
        order::sort_by(&mut designs, |a, b| a.id.cmp(&b.id));
        Ok(Index { designs })
    }

    /// The index as stored text.
    pub fn to_text(&self) -> String {
        let stored = Stored {
            format: INDEX_FORMAT.to_owned(),
            version: INDEX_VERSION,
            designs: self.designs.clone(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    pub fn get(&self, id: &DesignId) -> Option<&Entry> {
        self.designs.iter().find(|e| &e.id == id)
    }

    /// Adds the entry, or replaces the one with its id. Entries are kept in id order, so the
    /// stored text depends only on what is listed, and an undone deletion restores it exactly.
    pub fn put(&mut self, entry: Entry) {
        match self.designs.binary_search_by(|e| e.id.cmp(&entry.id)) {
            Ok(at) => self.designs[at] = entry,
            Err(at) => self.designs.insert(at, entry),
        }
    }

    /// Removes and returns the entry with this id.
    pub fn take(&mut self, id: &DesignId) -> Option<Entry> {
        let at = self.designs.iter().position(|e| &e.id == id)?;
        Some(self.designs.remove(at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, revision: u64) -> Entry {
        Entry {
            id: DesignId::parse(id).unwrap(),
            title: format!("Design {id}"),
            updated_ms: 1,
            revision,
        }
    }

    #[test]
    fn an_index_round_trips_through_its_text() {
        let index = Index {
            designs: vec![entry("a", 1), entry("b", 7)],
        };
        assert_eq!(Index::parse(&index.to_text()), Ok(index));
    }

    #[test]
    fn damaged_foreign_or_newer_indexes_are_told_apart() {
        assert!(matches!(
            Index::parse("{not json"),
            Err(IndexError::Unreadable(_))
        ));
        assert!(matches!(
            Index::parse(r#"{"format":"other","version":1,"designs":[]}"#),
            Err(IndexError::Unreadable(_))
        ));
        assert!(matches!(
            Index::parse(
                r#"{"format":"partner-blueprint/index","version":1,"designs":[{"id":"BAD","title":"","updated_ms":0,"revision":0}]}"#
            ),
            Err(IndexError::Unreadable(_))
        ));
        assert_eq!(
            Index::parse(r#"{"format":"partner-blueprint/index","version":9,"designs":[]}"#),
            Err(IndexError::Newer(9))
        );
    }

    #[test]
    fn a_design_listed_twice_makes_the_index_unreadable() {
        let index = Index {
            designs: vec![entry("a", 1), entry("a", 2)],
        };
        assert!(matches!(
            Index::parse(&index.to_text()),
            Err(IndexError::Unreadable(_))
        ));
    }

    #[test]
    fn put_replaces_by_id_and_take_removes() {
        let mut index = Index::default();
        index.put(entry("a", 1));
        index.put(entry("a", 2));
        assert_eq!(index.designs.len(), 1);
        assert_eq!(
            index.get(&DesignId::parse("a").unwrap()).unwrap().revision,
            2
        );
        assert!(index.take(&DesignId::parse("a").unwrap()).is_some());
        assert!(index.designs.is_empty());
    }
}
