#![cfg(not(target_arch = "wasm32"))]
//! The domain stays pure Rust: no file under src/domain/ (nor src/domain.rs) may use a browser,
//! UI or chart crate, so everything the app knows is testable natively and reusable elsewhere.

use std::fs;
use std::path::Path;

#[path = "support/source_files.rs"]
mod source_files;
use source_files::rust_files;

/// Crates the domain must not use, each with its family: `gloo` also stands for `gloo_storage`,
/// `wasm_bindgen` for `wasm_bindgen_futures`, `plotters` for `plotters_canvas`.
const FORBIDDEN: [&str; 6] = [
    "leptos",
    "web_sys",
    "js_sys",
    "gloo",
    "plotters",
    "wasm_bindgen",
];

/// Whether an identifier is a forbidden crate or one of its family.
fn is_forbidden(word: &str) -> bool {
    FORBIDDEN.iter().any(|name| {
        word.strip_prefix(name)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('_'))
    })
}

/// The forbidden crates a line of Rust names, ignoring `//` comments.
fn forbidden_in(line: &str) -> Vec<&str> {
    let code = line.split("//").next().unwrap_or("");
    code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| is_forbidden(word))
        .collect()
}

/// Every offence in a file's text, as "file:line: crate".
fn offences(file: &Path, text: &str) -> Vec<String> {
    text.lines()
        .enumerate()
        .flat_map(|(number, line)| {
            forbidden_in(line)
                .into_iter()
                .map(move |name| format!("{}:{}: uses {name}", file.display(), number + 1))
        })
        .collect()
}

#[test]
fn no_domain_file_imports_a_browser_ui_or_chart_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("domain.rs")];
    rust_files(&root.join("domain"), &mut files);
    assert!(
        files.len() > 10,
        "the domain files were not found under {}",
        root.display()
    );
    let all: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let text = fs::read_to_string(file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            offences(file, &text)
        })
        .collect();
    assert!(
        all.is_empty(),
        "the domain must stay pure Rust:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_check_names_the_file_and_line_of_an_offending_import() {
    let text = "//! A module.\nuse serde::Serialize;\nuse leptos::prelude::*;\n";
    assert_eq!(
        offences(Path::new("src/domain/x.rs"), text),
        vec!["src/domain/x.rs:3: uses leptos".to_owned()]
    );
}

#[test]
fn the_check_catches_every_forbidden_crate_family() {
    for line in [
        "use web_sys::Window;",
        "let s = gloo_storage::LocalStorage::get(\"k\");",
        "#[wasm_bindgen]",
        "use wasm_bindgen_futures::spawn_local;",
        "use plotters::prelude::*;",
        "use plotters_canvas::CanvasBackend;",
        "js_sys::Date::now()",
    ] {
        assert!(!forbidden_in(line).is_empty(), "missed: {line}");
    }
}

#[test]
fn the_check_ignores_comments_and_lookalike_names() {
    for line in [
        "// no leptos here, and no web_sys either",
        "/// Drawn by plotters in the shell, not here.",
        "let leptosish = 1;",
        "use serde_json::Value; // not wasm_bindgen",
    ] {
        assert!(forbidden_in(line).is_empty(), "false alarm: {line}");
    }
}
