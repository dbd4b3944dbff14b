//! One in-memory store seen by several repositories, as localStorage is by several tabs: the
//! storage tests' way to open a second tab, look at what is stored, and make the store full.
// Each test file uses the part of this it needs.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use partner_blueprint::domain::library::{
    KeyValueStore, MemoryStore, Repository, StoreError, keys,
};

#[derive(Clone, Default)]
pub struct Shared(Rc<RefCell<MemoryStore>>);

impl Shared {
    pub fn with(pairs: &[(&str, &str)]) -> Self {
        Shared(Rc::new(RefCell::new(MemoryStore::with(pairs))))
    }
    /// A repository over this store: one tab.
    pub fn tab(&self) -> Repository {
        Repository::new(Box::new(self.clone()))
    }
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.0.borrow().snapshot()
    }
    pub fn get(&self, key: &str) -> Option<String> {
        self.snapshot().get(key).cloned()
    }
    /// Writes behind the repositories' backs, as another program might.
    pub fn put(&self, key: &str, value: &str) {
        let _ = self.0.borrow_mut().set(key, value);
    }
    /// The characters stored, keys and values.
    pub fn used(&self) -> usize {
        self.snapshot().iter().map(|(k, v)| k.len() + v.len()).sum()
    }
    /// Makes the store hold at most `bytes` (none: no limit); a write past it is refused as full.
    pub fn set_capacity(&self, bytes: Option<usize>) {
        self.0.borrow_mut().capacity = bytes;
    }
    /// The values set aside because they could not be read.
    pub fn quarantined(&self) -> Vec<(String, String)> {
        self.snapshot()
            .into_iter()
            .filter(|(k, _)| keys::is_quarantine(k))
            .collect()
    }
}

impl KeyValueStore for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
}
