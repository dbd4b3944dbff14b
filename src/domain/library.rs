//! The designs a user keeps in the browser, as pure Rust: the storage protocol over any key-value
//! store (an index of designs, one key per design, revisions that stop an old tab writing over a
//! newer save, unreadable data set aside and never overwritten, a design's versions), the
//! share-link payload, the
//! Markdown export, file names and the backup reminder. The browser module supplies
//! localStorage as a [`KeyValueStore`]; everything here is tested natively against
//! [`MemoryStore`].

mod backup;
mod base64url;
mod checksum;
mod conflict;
mod id;
mod index;
pub mod keys;
mod markdown;
mod repository;
mod session;
mod share;
mod slug;
mod store;
mod versions;

pub use backup::{BackupState, DAYS_BEFORE_REMINDER, SAVES_BEFORE_REMINDER};
pub use conflict::{RemoteChange, WriteCheck, check_write, remote_change};
pub use id::DesignId;
pub use index::{Entry, INDEX_FORMAT, INDEX_VERSION, Index, IndexError};
pub use markdown::to_markdown;
pub use repository::{
    Deleted, Health, Listed, LoadError, Loaded, Repository, SaveError, Scan, SetAside, Taken,
    VersionError,
};
pub use session::Session;
pub use share::{
    LINK_FILE_ADVISED, LINK_SAFE_LENGTH, LinkAdvice, ShareError, decode_payload, encode_payload,
    link_advice, payload_from_hash, share_hash,
};
pub use slug::file_stem;
pub use store::{KeyValueStore, MemoryStore, StoreError, classify_error};
pub use versions::{
    CapError, MAX_VERSION_BYTES, MAX_VERSIONS, VERSIONS_FORMAT, Version, VersionKind, Versions,
};

/// A file too large to read, refused before reading a byte of it: the same words import uses.
pub fn file_too_large(bytes: u64) -> super::format::ImportError {
    let limit = super::format::MAX_IMPORT_BYTES as u64;
    super::format::ImportError::of_file(
        super::format::ImportErrorKind::TooLarge,
        format!(
            "this file is {} KB, more than the {} KB a design file may be",
            bytes.div_ceil(1024),
            limit / 1024
        ),
    )
}
