#![cfg(not(target_arch = "wasm32"))]
//! Code every type would otherwise copy into the app stays one copy: each `sort_by` of another
//! element type or closure compiles the whole standard sort again (8.9 KB gzip of the release
//! .wasm, measured 2026-12-02 by letting `domain::order` call the standard sort directly), and
//! each serde reader compiles a visitor per type, per field name and per kind of JSON value
//! (the format's own reader replaced them for 26.3 KB). So lists are sorted through
//! `domain::order`, and JSON text is read only by `serde_json::from_str`, every type from the
//! value it gives by the format's own reader (no derived `Deserialize`).
//!
//! Writing is free: a second writer for the design (the compact one beside the pretty one)
//! measured 0.6 KB smaller, not larger, so writers are not restricted.

use std::fs;
use std::path::Path;

#[path = "support/source_files.rs"]
mod source_files;
use source_files::rust_files;

/// Calls that compile another copy of the sort; only src/domain/order.rs may make them.
const SORTS: [&str; 6] = [
    ".sort()",
    ".sort_by(",
    ".sort_by_key(",
    ".sort_by_cached_key(",
    ".sort_unstable",
    ".select_nth_unstable",
];

/// serde_json's other readers, and the crate that wrapped the reader.
const OTHER_SERDE: [&str; 5] = [
    "serde_json::from_value",
    "serde_json::from_slice",
    "serde_json::from_reader",
    "serde_json::Deserializer",
    "serde_path_to_error",
];

/// Every offence in a file, as "file:line: what".
fn offences(file: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut flag = |what: &str| found.push(format!("{file}:{}: {what}", number + 1));
        if file != "src/domain/order.rs" {
            SORTS
                .iter()
                .filter(|call| code.contains(*call))
                .for_each(|call| flag(&format!("sorts with {call}")));
        }
        OTHER_SERDE
            .iter()
            .filter(|call| code.contains(*call))
            .for_each(|call| flag(&format!("uses {call}")));
        if code.contains("Deserialize") {
            flag("uses serde's Deserialize, where the format's reader reads every type");
        }
    }
    found
}

#[test]
fn the_app_sorts_reads_and_writes_through_one_copy_of_each() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&manifest.join("src"), &mut files);
    assert!(files.len() > 50, "the source files were not found");
    let all: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let text = fs::read_to_string(file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let name = file
                .strip_prefix(manifest)
                .unwrap_or(file)
                .to_string_lossy()
                .replace('\\', "/");
            offences(&name, &text)
        })
        .collect();
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn the_check_names_each_kind_of_offence() {
    let text = "fn f(v: &mut Vec<u8>) {\n    v.sort_unstable();\n    \
                let x: Vec<u8> = serde_json::from_value(v);\n    #[derive(Deserialize)]\n}\n";
    assert_eq!(
        offences("src/ui/x.rs", text),
        vec![
            "src/ui/x.rs:2: sorts with .sort_unstable".to_owned(),
            "src/ui/x.rs:3: uses serde_json::from_value".to_owned(),
            "src/ui/x.rs:4: uses serde's Deserialize, where the format's reader reads every type"
                .to_owned(),
        ]
    );
}

#[test]
fn the_check_allows_the_one_sort_comments_and_writers() {
    let sort = "    order.sort_by(|a, b| compare(*a, *b));\n";
    assert!(offences("src/domain/order.rs", sort).is_empty());
    let comment = "    // items.sort_by_key(|i| i.kind) would copy the sort\n";
    assert!(offences("src/domain/x.rs", comment).is_empty());
    let writer = "        serde_json::to_string(self).unwrap_or_default()\n";
    assert!(offences("src/domain/x.rs", writer).is_empty());
}
