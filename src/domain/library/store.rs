//! A key-value store of strings, as localStorage is, and the ways writing to one fails. The
//! browser module implements [`KeyValueStore`] over localStorage; [`MemoryStore`] keeps data in
//! memory, for a browser that allows no storage and for tests (it can be made full or broken).

use std::collections::BTreeMap;
use std::fmt;

/// Why the store refused a read or a write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The store is full: the write was refused and the old value kept.
    Full,
    /// The store cannot be used at all (disabled, private mode, blocked site data).
    Unavailable,
    /// The write seemed to succeed but reading it back gave something else.
    Unverified,
    /// Any other failure, with the browser's words.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Full => f.write_str("the browser's storage for this site is full"),
            StoreError::Unavailable => f.write_str("this browser does not allow storing data here"),
            StoreError::Unverified => f.write_str("the browser did not keep what was written"),
            StoreError::Other(why) => write!(f, "the browser refused to store it ({why})"),
        }
    }
}

/// Which failure a browser's storage exception is, from its `name` and `code`. Every browser's
/// spelling of "full" counts: `QuotaExceededError` (code 22) and Firefox's
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
pub fn classify_error(name: Option<&str>, code: Option<f64>, message: Option<&str>) -> StoreError {
    const FULL_NAMES: [&str; 2] = ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"];
    const FULL_CODES: [f64; 2] = [22.0, 1014.0];
    const UNAVAILABLE_NAMES: [&str; 3] = [
        "SecurityError",
        "InvalidAccessError",
        "NS_ERROR_FILE_ACCESS_DENIED",
    ];
    if name.is_some_and(|n| FULL_NAMES.contains(&n))
        || code.is_some_and(|c| FULL_CODES.contains(&c))
    {
        return StoreError::Full;
    }
    if name.is_some_and(|n| UNAVAILABLE_NAMES.contains(&n)) || code == Some(18.0) {
        return StoreError::Unavailable;
    }
    let words = [name, message]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(": ");
    StoreError::Other(if words.is_empty() {
        "no reason given".to_owned()
    } else {
        words.chars().take(200).collect()
    })
}

/// A store of string values by string key.
pub trait KeyValueStore {
    /// The value of `key`, or none.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Replaces the value of `key` whole; on error the old value stays.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// A store in memory. `capacity` bounds the bytes of keys and values held, as a browser's quota
/// does; `broken` makes every call fail as a blocked store does.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    values: BTreeMap<String, String>,
    /// Bytes (keys plus values) the store holds at most; none is unbounded.
    pub capacity: Option<usize>,
    /// Every call fails with [`StoreError::Unavailable`].
    pub broken: bool,
}

impl MemoryStore {
    pub fn new() -> Self {
        MemoryStore::default()
    }

    /// A store holding these pairs.
    pub fn with(pairs: &[(&str, &str)]) -> Self {
        MemoryStore {
            values: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            ..MemoryStore::default()
        }
    }

    fn used(&self) -> usize {
        self.values.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// Every pair, for tests to compare before and after.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.values.clone()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.broken {
            return Err(StoreError::Unavailable);
        }
        Ok(self.values.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.broken {
            return Err(StoreError::Unavailable);
        }
        if let Some(capacity) = self.capacity {
            let old = self.values.get(key).map_or(0, |v| key.len() + v.len());
            if self.used() - old + key.len() + value.len() > capacity {
                return Err(StoreError::Full);
            }
        }
        self.values.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if self.broken {
            return Err(StoreError::Unavailable);
        }
        self.values.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        if self.broken {
            return Err(StoreError::Unavailable);
        }
        Ok(self.values.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_the_quota_error_means_full() {
        assert_eq!(
            classify_error(Some("QuotaExceededError"), Some(22.0), None),
            StoreError::Full
        );
        assert_eq!(
            classify_error(Some("NS_ERROR_DOM_QUOTA_REACHED"), Some(1014.0), None),
            StoreError::Full
        );
        assert_eq!(
            classify_error(Some("Error"), Some(22.0), None),
            StoreError::Full
        );
        assert_eq!(classify_error(None, Some(1014.0), None), StoreError::Full);
    }

    #[test]
    fn a_blocked_store_is_unavailable_and_anything_else_is_named() {
        assert_eq!(
            classify_error(Some("SecurityError"), Some(18.0), None),
            StoreError::Unavailable
        );
        assert_eq!(
            classify_error(Some("TypeError"), None, Some("boom")),
            StoreError::Other("TypeError: boom".to_owned())
        );
    }

    #[test]
    fn a_full_memory_store_refuses_and_keeps_the_old_value() {
        let mut store = MemoryStore::with(&[("k", "old")]);
        store.capacity = Some(10);
        assert_eq!(store.set("k", "a value too long"), Err(StoreError::Full));
        assert_eq!(store.get("k"), Ok(Some("old".to_owned())));
        assert_eq!(store.set("k", "new"), Ok(()));
    }
}
