//! The primitive checks of `validate` and the reader, each reporting at the place it checks:
//! `design.operating.roles[2].time_share` in an import error.

use std::collections::HashSet;
use std::hash::Hash;

use serde::Serialize;

use super::error::ImportError;
use super::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::domain::path::DocPath;
use crate::domain::values::Id;

/// The checks that report at a place in the document.
impl DocPath {
    /// An error at this place.
    pub(crate) fn fail(&self, message: impl Into<String>) -> ImportError {
        ImportError::invalid(self.clone(), message)
    }

    /// A name or title: at most `NAME_MAX_CHARS` characters.
    pub(crate) fn name(&self, value: &str) -> Result<(), ImportError> {
        self.text(value, NAME_MAX_CHARS)
    }

    /// A longer text: at most `TEXT_MAX_CHARS` characters.
    pub(crate) fn long(&self, value: &str) -> Result<(), ImportError> {
        self.text(value, TEXT_MAX_CHARS)
    }

    fn text(&self, value: &str, max: usize) -> Result<(), ImportError> {
        let length = value.chars().count();
        if length > max {
            return Err(self.fail(format!(
                "expected a text of at most {max} characters, found one of {length}"
            )));
        }
        Ok(())
    }

    /// A list of at most `max` items.
    pub(crate) fn list<T>(&self, items: &[T], max: usize) -> Result<(), ImportError> {
        if items.len() > max {
            return Err(self.fail(format!(
                "expected a list of at most {max} items, found {}",
                items.len()
            )));
        }
        Ok(())
    }

    /// This list's ids, each different, gathered for reference checks.
    pub(crate) fn unique_ids<'a>(
        &self,
        ids: impl Iterator<Item = &'a Id>,
    ) -> Result<HashSet<&'a Id>, ImportError> {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                return Err(self.item(index).member("id").fail(format!(
                    "expected every id in this list to be different, found \"{id}\" a second time"
                )));
            }
        }
        Ok(seen)
    }

    /// An id that one of `known` must hold; `what` names the list ("roles").
    pub(crate) fn refers(
        &self,
        id: &Id,
        known: &HashSet<&Id>,
        what: &str,
    ) -> Result<(), ImportError> {
        if !known.contains(id) {
            return Err(self.fail(format!(
                "expected the id of one of this design's {what}, found \"{id}\", which none of them has"
            )));
        }
        Ok(())
    }

    /// A list in which no item appears twice; `what` names an item ("purpose").
    pub(crate) fn once<T: Eq + Hash + Serialize>(
        &self,
        items: &[T],
        what: &str,
    ) -> Result<(), ImportError> {
        let mut seen = HashSet::new();
        for (index, item) in items.iter().enumerate() {
            if !seen.insert(item) {
                return Err(self.item(index).fail(format!(
                    "expected each {what} at most once, found \"{}\" a second time",
                    json_name(item)
                )));
            }
        }
        Ok(())
    }
}

/// How the file spells a value, such as an enum's kebab-case name. Written by the serializer
/// `export` uses: each other serializer would be another copy of the design's writing code.
pub(crate) fn json_name<T: Serialize>(value: &T) -> String {
    let written = serde_json::to_string_pretty(value).unwrap_or_default();
    match serde_json::from_str(&written) {
        Ok(serde_json::Value::String(name)) => name,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}
