#![cfg(not(target_arch = "wasm32"))]
//! The path and message of each refused value, for values of every kind, in every place a
//! reader may find them: the cases of tests/fixtures/format/refusals.json, each a change to the
//! example design and the error it must give, word for word.

#[path = "format/support.rs"]
mod support;

use partner_blueprint::domain::format::{ImportErrorKind, import};
use serde_json::Value;
use support::{example, fixture};

/// The example with one case's changes made: each sets a value (adding the key if need be) or
/// removes a key.
fn changed(changes: &[Value]) -> Value {
    let mut document = example();
    for change in changes {
        if let Some(pointer) = change["remove"].as_str() {
            let (parent, key) = pointer.rsplit_once('/').expect("a parent");
            document
                .pointer_mut(parent)
                .and_then(Value::as_object_mut)
                .expect("an object")
                .remove(key);
            continue;
        }
        let pointer = change["at"].as_str().expect("a pointer");
        let value = change["value"].clone();
        match document.pointer_mut(pointer) {
            Some(slot) => *slot = value,
            None => {
                let (parent, key) = pointer.rsplit_once('/').expect("a parent");
                document
                    .pointer_mut(parent)
                    .and_then(Value::as_object_mut)
                    .expect("an object")
                    .insert(key.to_owned(), value);
            }
        }
    }
    document
}

#[test]
fn every_refusal_names_its_path_and_says_what_was_expected_and_found() {
    let cases: Vec<Value> = serde_json::from_str(&fixture("refusals.json")).expect("JSON");
    assert!(cases.len() >= 40);
    for case in &cases {
        let name = case["case"].as_str().expect("a name");
        let changes = case["changes"].as_array().expect("changes");
        let error = import(&changed(changes).to_string()).expect_err(name);
        assert_eq!(error.kind, ImportErrorKind::Invalid, "{name}");
        assert_eq!(
            (error.path.in_file().as_str(), error.message.as_str()),
            (
                case["path"].as_str().expect("a path"),
                case["message"].as_str().expect("a message")
            ),
            "{name}"
        );
    }
}

#[test]
fn the_same_refusal_is_named_the_same_in_a_file_of_any_layout() {
    let mut document = example();
    document["design"]["operating"]["roles"][1]["time_share"] = serde_json::json!("140");
    let compact = import(&document.to_string()).expect_err("refused");
    let pretty = serde_json::to_string_pretty(&document).expect("JSON");
    assert_eq!(import(&pretty), Err(compact.clone()));
    assert_eq!(
        compact.to_string(),
        "at design.operating.roles[1].time_share: expected a percentage from 0 to 100, found 140"
    );
}
