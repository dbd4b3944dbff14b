//! Why an import was refused: a kind the app can act on, the place in the file, and a message in
//! plain words that says what was expected and what was found.

use std::fmt;

use crate::domain::path::DocPath;

/// The broad reason a file was refused; the UI picks its wording and its advice from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportErrorKind {
    /// The file is larger than `MAX_IMPORT_BYTES`; it was not read.
    TooLarge,
    /// The file is empty or is not JSON at all.
    NotJson,
    /// The file is JSON, but not a Partner Blueprint design.
    NotADesign,
    /// The design was made by a newer version of the app, with this schema version.
    NewerSchema { found: u32 },
    /// The design is damaged or holds a value outside what the app accepts.
    Invalid,
}

/// An import refused. `path` names the offending value, as a file names it
/// (`design.operating.roles[2].time_share`); it is the whole file when the file itself is at
/// fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub kind: ImportErrorKind,
    pub path: DocPath,
    pub message: String,
}

impl ImportError {
    pub fn new(kind: ImportErrorKind, path: DocPath, message: impl Into<String>) -> Self {
        ImportError {
            kind,
            path,
            message: message.into(),
        }
    }

    /// The whole file is at fault: it is too large, not JSON, or not a design.
    pub fn of_file(kind: ImportErrorKind, message: impl Into<String>) -> Self {
        ImportError::new(kind, DocPath::file(), message)
    }

    /// A value inside the document that the app does not accept.
    pub fn invalid(path: DocPath, message: impl Into<String>) -> Self {
        ImportError::new(ImportErrorKind::Invalid, path, message)
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_whole_file() {
            f.write_str(&self.message)
        } else {
            write!(f, "at {}: {}", self.path.in_file(), self.message)
        }
    }
}

impl std::error::Error for ImportError {}
