//! The faults the library reports, each with a clear message and a way out that loses nothing.

use crate::domain::library::StoreError;
use crate::domain::path::DocPath;
use crate::ui::Section;

/// Something the user needs to know about their saved work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Storage is full: the latest changes are kept in this tab only.
    StorageFull,
    /// The browser allows no storage: everything stays in this tab.
    StorageUnavailable,
    /// Saved data that cannot be read, kept untouched under `key`.
    Unreadable {
        key: String,
        what: String,
        detail: String,
    },
    /// A design saved by a newer version of the app, kept under `key`.
    Newer { key: String, title: String },
    /// A file or pasted text that could not be imported.
    Import { source: String, message: String },
    /// A share link that could not be opened.
    Share { message: String },
    /// The design holds a value a saved file could not hold: the last good save is kept.
    Invalid { path: DocPath, message: String },
    /// Any other failure to save, in words.
    Other { message: String },
}

impl Fault {
    /// The fault a storage error is.
    pub fn from_store(error: &StoreError) -> Fault {
        match error {
            StoreError::Full => Fault::StorageFull,
            StoreError::Unavailable => Fault::StorageUnavailable,
            other => Fault::Other {
                message: format!(
                    "Your latest changes are not saved: {other}. They are kept in this tab; export the design to keep a copy."
                ),
            },
        }
    }

    /// The banner's heading.
    pub fn heading(&self) -> &'static str {
        match self {
            Fault::StorageFull => "Storage is full",
            Fault::StorageUnavailable => "Storage is unavailable",
            Fault::Unreadable { .. } => "Saved data could not be read",
            Fault::Newer { .. } => "Saved by a newer version",
            Fault::Import { .. } => "Import refused",
            Fault::Share { .. } => "Share link could not be opened",
            Fault::Invalid { .. } | Fault::Other { .. } => "Not saved",
        }
    }

    /// The banner's message.
    pub fn message(&self) -> String {
        match self {
            Fault::StorageFull => "This browser's storage for the app is full, so your latest changes are not saved. They are kept in this tab: export the design as JSON to keep them, then free space by deleting designs you no longer need.".to_owned(),
            Fault::StorageUnavailable => "This browser does not let the app store anything (private browsing, or site data turned off). The app works, but your work stays in this tab only and is gone when it closes: export it as JSON to keep it.".to_owned(),
            Fault::Unreadable { what, detail, .. } => format!("{what} could not be read ({detail}). It is kept exactly as it was and nothing was written over it: download it to keep a copy or to repair it."),
            Fault::Newer { title, .. } => format!("“{title}” was saved by a newer version of Partner Blueprint. It is kept as it is and cannot be edited here: open it in the newer version, or download it."),
            Fault::Import { source, message } => format!("{source} was not imported: {message}. Nothing was changed."),
            Fault::Share { message } => format!("{message} Your own designs are untouched."),
            Fault::Invalid { path, message } => format!(
                "A value in {} cannot be saved as it is ({}: {message}). Your last good save is \
                 kept and your edit stays on screen: change the value and the design saves again.",
                Section::for_path(path).label(),
                path.in_file()
            ),
            Fault::Other { message } => message.clone(),
        }
    }

    /// The stored key this fault offers to download, if any.
    pub fn download_key(&self) -> Option<&str> {
        match self {
            Fault::Unreadable { key, .. } | Fault::Newer { key, .. } => Some(key),
            _ => None,
        }
    }

    /// The field this fault is about, which the banner offers to go to.
    pub fn field(&self) -> Option<&DocPath> {
        match self {
            Fault::Invalid { path, .. } if !path.is_whole_file() => Some(path),
            _ => None,
        }
    }

    /// Whether the banner offers to export the open design.
    pub fn offers_export(&self) -> bool {
        matches!(
            self,
            Fault::StorageFull | Fault::StorageUnavailable | Fault::Other { .. }
        )
    }
}
