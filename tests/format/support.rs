//! The example design of tests/fixtures/format/valid.json and ways to import it with one value
//! changed, shared by the format's test files.
// Each test file uses part of this module.
#![allow(dead_code)]

use std::fs;
use std::path::PathBuf;

use partner_blueprint::domain::Design;
use partner_blueprint::domain::format::{ImportError, ImportErrorKind, import};
use serde_json::Value;

pub fn repo_file(path: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A fixture of tests/fixtures/format/.
pub fn fixture(name: &str) -> String {
    repo_file(&format!("tests/fixtures/format/{name}"))
}

/// The example design, as JSON to change.
pub fn example() -> Value {
    serde_json::from_str(&fixture("valid.json")).expect("the example is JSON")
}

pub fn example_design() -> Design {
    import(&fixture("valid.json")).expect("the example design imports")
}

/// Imports the example with the value at `pointer` replaced.
pub fn import_with(pointer: &str, value: Value) -> Result<Design, ImportError> {
    let mut document = example();
    *document.pointer_mut(pointer).expect("the pointer exists") = value;
    import(&document.to_string())
}

/// The error importing the changed example gives; it must be an `Invalid` one.
pub fn invalid(pointer: &str, value: Value) -> ImportError {
    let error = import_with(pointer, value).expect_err("the change is refused");
    assert_eq!(error.kind, ImportErrorKind::Invalid, "{error}");
    error
}
