//! The Rust files under a folder, for the tests that read the app's own source.

use std::fs;
use std::path::{Path, PathBuf};

/// Adds every `.rs` file under `dir`, at any depth, to `found`.
pub fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}
