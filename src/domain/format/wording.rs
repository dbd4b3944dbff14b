//! How an import error words what it expected and what it found, in plain words, whatever
//! refused the value: the reader, a value type or serde_json.

use serde_json::Value;

use crate::domain::values::ValueError;

/// The longest quotation of a found value kept in a message; a long text is cut with "…".
const FOUND_MAX_CHARS: usize = 80;

/// The value found where another was expected, in plain words: `the text "twelve"`, `-1.5`,
/// `a list`.
pub(crate) fn found(value: &Value) -> String {
    match value {
        Value::Null => "null (no value)".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => cut(&number.to_string()),
        Value::String(text) => format!("the text {}", cut(&format!("{text:?}"))),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// A value type's refusal, "a percentage from 0 to 100, not 140", as "expected …, found …".
pub(crate) fn value_error(error: &ValueError) -> String {
    match error.0.split_once(", not ") {
        Some((wanted, found)) => format!("expected {wanted}, found {}", cut(found)),
        None => error.0.clone(),
    }
}

/// The names a choice takes, quoted: `one of "a", "b"`, or `"a"` alone.
pub(crate) fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        many => format!("one of {}", many.join(", ")),
    }
}

/// serde_json's reason a text is not JSON, in plain words, with the place it gave up.
pub(crate) fn not_json(error: &serde_json::Error) -> String {
    let reason = error.to_string();
    let reason = reason
        .rsplit_once(" at line ")
        .map_or(reason.as_str(), |(reason, _)| reason);
    let reason = match reason {
        "recursion limit exceeded" => "it nests lists or objects more than 128 levels deep",
        "number out of range" => "it holds a number too large to read",
        r if r.starts_with("EOF while parsing") => "it ends before the JSON does",
        r => r,
    };
    format!(
        "this file is not valid JSON: {reason} (line {}, column {})",
        error.line(),
        error.column()
    )
}

/// The text cut to `FOUND_MAX_CHARS` characters, so a huge value does not flood the message.
pub(crate) fn cut(text: &str) -> String {
    if text.chars().count() <= FOUND_MAX_CHARS {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(FOUND_MAX_CHARS).collect();
        format!("{kept}…")
    }
}
