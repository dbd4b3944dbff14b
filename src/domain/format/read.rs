//! Reads the design out of its JSON text, and when a value is refused, names its path.
//!
//! The design's types are read from text by serde_json's one reader of text, the same one that
//! reads every other JSON the app keeps: each extra reader would be another copy of every
//! type's reading code in the app. serde_json says where it stopped; `locate` says what lies
//! there. Where that is a closing brace, the fault is either the object's (a field missing) or
//! its last member's (a value refused after it was read, given its position only once the
//! object was closed): the text is read again with one more, unknown, member after the last,
//! which moves the second kind of fault off the brace and leaves the first where it was.

use serde::de::{Error as _, Unexpected};
use serde_json::Value;
use serde_json::error::Category;

use super::error::ImportError;
use super::locate::{self, Path, Scan, Spot};
use super::wording;
use crate::domain::Design;

/// A member no type of the design has, which every object of the design skips.
const SKIPPED_MEMBER: &str = ",\"\":null";

/// What serde says of a choice written as an object of other than one member.
const NOT_ONE_MEMBER: &str = "invalid value: map, expected map with a single key";

/// What serde's decimal reader expects. It reads any JSON value, so it refuses a list or an
/// object only once it has opened it, where every other reader refuses it at its bracket.
const DECIMAL: &str = "a Decimal type representing a fixed-point number";

/// The design `body` holds (the JSON text of the `design` field), or the first value refused,
/// with its path from `design` down.
pub(crate) fn design(body: &str) -> Result<Design, ImportError> {
    serde_json::from_str(body).map_err(|error| {
        let (path, message) = fault(body, &error);
        ImportError::invalid(locate::written(&path), wording::plain(&message))
    })
}

/// The path and serde's message of an error reading `body`.
fn fault(body: &str, error: &serde_json::Error) -> (Path, String) {
    let offset = locate::offset_of(body, error.line(), error.column());
    let message = without_position(error);
    if error.classify() == Category::Syntax {
        // The text is JSON this app wrote, so serde_json's syntax errors are shapes it does
        // not read; they are told as serde tells them of a JSON value.
        return misshapen(body, offset, message);
    }
    let scan = Scan::to(body, offset);
    if let Some(choice) = choice_of_many_members(body, &scan, offset, &message) {
        return (choice, NOT_ONE_MEMBER.to_owned());
    }
    let path = match scan.spot() {
        // serde_json refuses a list or object of the wrong kind at its opening bracket, which
        // may be the first item of a list just opened.
        Spot::Opened {
            first_item: Some(first),
            ..
        } if refuses_kind_at(body, offset, &message) && !message.ends_with(DECIMAL) => first,
        Spot::Between { after, .. } if refuses_kind_at(body, offset, &message) => after,
        Spot::Closed {
            container,
            last: Some(last),
            object: true,
            at,
        } => {
            let probe = format!("{}{SKIPPED_MEMBER}{}", &body[..at], &body[at..]);
            match serde_json::from_str::<Design>(&probe) {
                Err(again) if moved_to(&probe, &again, &last) => last,
                _ => container,
            }
        }
        Spot::Closed {
            last: Some(last),
            object: false,
            ..
        } if !message.starts_with("invalid length ") => last,
        spot => spot.path(),
    };
    (path, message)
}

/// A choice written as an object names its choice as its one key; serde refuses one of more
/// members before reading any. serde_json reads the first key first, so an unknown first key,
/// or a first value a choice does not take, is reported instead: the object is at fault.
fn choice_of_many_members(body: &str, scan: &Scan, offset: usize, message: &str) -> Option<Path> {
    let in_choice = (message.starts_with("unknown variant ") && scan.after_key())
        || message.ends_with(", expected unit");
    if !in_choice {
        return None;
    }
    let choice = scan.container();
    (Scan::to(body, offset).container_length() != 1).then_some(choice)
}

/// Whether reading the probe failed at `last` (right after it, or at its own closing brace)
/// rather than at the closing brace of its container again.
fn moved_to(probe: &str, error: &serde_json::Error, last: &Path) -> bool {
    if error.classify() == Category::Syntax {
        return false;
    }
    let offset = locate::offset_of(probe, error.line(), error.column());
    &Scan::to(probe, offset).spot().path() == last
}

/// Whether the error refuses a list or object that starts at `offset`, by its kind.
fn refuses_kind_at(body: &str, offset: usize, message: &str) -> bool {
    match body.as_bytes().get(offset) {
        Some(b'[') => message.starts_with("invalid type: sequence,"),
        Some(b'{') => message.starts_with("invalid type: map,"),
        _ => false,
    }
}

/// The path and message of a shape serde_json refuses with a syntax error where serde refuses
/// a JSON value with a type error.
fn misshapen(body: &str, offset: usize, message: String) -> (Path, String) {
    // serde_json reports these one byte into the value it looked at.
    let before = offset.saturating_sub(1);
    let start = Scan::to(body, before);
    match message.as_str() {
        // A choice written as a number, true, false, null or a list.
        "expected value" if start.at_value_start() => {
            let found = unexpected(locate::scalar_at(body, before));
            let message = serde_json::Error::invalid_type(found, &"string or map").to_string();
            (start.next_value(), message)
        }
        // A choice written as an empty object.
        "expected value"
            if matches!(
                start.spot(),
                Spot::Opened {
                    first_item: None,
                    ..
                }
            ) =>
        {
            (start.container(), NOT_ONE_MEMBER.to_owned())
        }
        // A choice written as an object of more members, refused at the comma after the first.
        "expected value" => (
            Scan::to(body, offset).container(),
            NOT_ONE_MEMBER.to_owned(),
        ),
        // An object written as a list, with more items than the object has fields.
        "trailing characters" => (
            start.container(),
            format!(
                "invalid length {}, expected fewer elements in array",
                start.container_length()
            ),
        ),
        _ => (Scan::to(body, offset).spot().path(), message),
    }
}

/// How serde describes a JSON value it did not expect, from the value as written.
fn unexpected(written: &str) -> Unexpected<'static> {
    match serde_json::from_str::<Value>(written) {
        Ok(Value::Null) => Unexpected::Unit,
        Ok(Value::Bool(b)) => Unexpected::Bool(b),
        Ok(Value::Number(n)) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            (None, None) => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        _ if written.starts_with('{') => Unexpected::Map,
        _ => Unexpected::Seq,
    }
}

/// serde_json's message without the " at line 1 column 40" it appends.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&suffix) {
        Some(kept) => kept.to_owned(),
        None => message,
    }
}
