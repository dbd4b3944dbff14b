//! The start-up look at the store: every saved design, whether it can be opened, and the data
//! set aside because it could not be read.

use super::{LoadError, Repository, SaveError, classify};
use crate::domain::library::{DesignId, keys};
use crate::domain::order;

/// Whether a saved design can be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    Ready,
    /// Saved by a newer version of the app: kept, offered for download, not opened.
    Newer {
        found: u32,
    },
    /// Its JSON cannot be read: kept exactly as it is, offered for download.
    Damaged {
        message: String,
    },
}

/// A saved design as the designs list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: DesignId,
    pub title: String,
    pub updated_ms: i64,
    pub revision: u64,
    pub health: Health,
}

/// Data set aside because it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub key: String,
    pub bytes: usize,
}

/// What the store holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// Saved designs, the most recently saved first.
    pub designs: Vec<Listed>,
    /// Every value set aside, now or before.
    pub set_aside: Vec<SetAside>,
    /// The values set aside by this scan.
    pub newly_set_aside: Vec<String>,
}

impl Repository {
    /// Lists the saved designs and the data set aside, setting aside an unreadable index first.
    pub fn scan(&mut self, now_ms: i64) -> Result<Scan, SaveError> {
        let mut newly_set_aside = Vec::new();
        let index = self.load_index(now_ms, &mut newly_set_aside)?;
        let mut designs = Vec::new();
        for entry in &index.designs {
            let Some(raw) = self.store.get(&keys::design(&entry.id))? else {
                // Listed but gone (deleted in another tab a moment ago): nothing to show.
                continue;
            };
            let (title, health) = match classify(&raw) {
                Ok(design) => (design.title, Health::Ready),
                Err(LoadError::Newer { found, .. }) => {
                    (entry.title.clone(), Health::Newer { found })
                }
                Err(LoadError::Damaged { message }) => {
                    (entry.title.clone(), Health::Damaged { message })
                }
                Err(_) => continue,
            };
            designs.push(Listed {
                id: entry.id.clone(),
                title,
                updated_ms: entry.updated_ms,
                revision: entry.revision,
                health,
            });
        }
        order::sort_by(&mut designs, |a, b| {
            b.updated_ms.cmp(&a.updated_ms).then(a.title.cmp(&b.title))
        });
        let mut set_aside = Vec::new();
        for key in self.store.keys()? {
            if keys::is_quarantine(&key) {
                let bytes = self.store.get(&key)?.map_or(0, |v| v.len());
                set_aside.push(SetAside { key, bytes });
            }
        }
        order::sort_by(&mut set_aside, |a, b| a.key.cmp(&b.key));
        Ok(Scan {
            designs,
            set_aside,
            newly_set_aside,
        })
    }
}
