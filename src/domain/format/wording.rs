//! Rewords the messages of serde, chrono and the design's value types as "expected …, found …"
//! in plain words, so an import error reads the same whatever layer refused the value.

/// The longest quotation of a found value kept in a message; a long text is cut with "…".
const FOUND_MAX_CHARS: usize = 80;

/// Messages chrono gives when a date string does not parse.
const DATE_PARSE_MESSAGES: [&str; 6] = [
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
];

/// The message reworded; a message of no known shape is returned as it is.
pub(crate) fn plain(message: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, wanted)) = rest.rsplit_once(", expected ")
        {
            return format!("expected {}, found {}", expected(wanted), unexpected(found));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ")
        && let Some((length, wanted)) = rest.split_once(", expected ")
    {
        // Serde reports a list where an object belongs as a list of the wrong length.
        if wanted.starts_with("struct ") {
            return "expected an object, found a list".to_owned();
        }
        return format!(
            "expected {}, found a list of {length} items",
            expected(wanted)
        );
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("the field \"{}\" is missing", unquote(field));
    }
    if let Some(field) = message.strip_prefix("duplicate field ") {
        return format!("the field \"{}\" appears twice", unquote(field));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ")
        && let Some((found, wanted)) = rest.split_once(", expected ")
    {
        return format!(
            "expected {}, found \"{}\"",
            variants(wanted),
            cut(&unquote(found))
        );
    }
    if DATE_PARSE_MESSAGES.contains(&message) {
        return "expected a date written as YYYY-MM-DD, such as 2025-03-31, found a text that \
                is not a valid date"
            .to_owned();
    }
    // The value types say "a percentage from 0 to 100, not 140".
    if (message.starts_with("a ") || message.starts_with("an "))
        && let Some((wanted, found)) = message.split_once(", not ")
    {
        return format!("expected {wanted}, found {}", cut(found));
    }
    message.to_owned()
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

/// Serde's description of what a type accepts, in plain words.
fn expected(wanted: &str) -> String {
    let plain = match wanted {
        // The design's only u8 values are ratings.
        "u8" => "a rating from 1 to 5",
        "u16" => "a whole number from 0 to 65535",
        "u32" => "a whole number from 0 to 4294967295",
        "u64" | "usize" => "a whole number of 0 or more",
        "i32" | "i64" => "a whole number",
        "a boolean" => "true or false",
        "a string" => "a text in quotes",
        "a sequence" => "a list",
        "a map" => "an object",
        "a Decimal type representing a fixed-point number" => "a number",
        "a formatted date string" => "a date written as YYYY-MM-DD, such as 2025-03-31",
        _ if wanted.starts_with("struct ") => "an object",
        _ if wanted.starts_with("internally tagged enum ") => "an object with a \"model\" field",
        _ => wanted,
    };
    plain.to_owned()
}

/// Serde's description of the value it found, in plain words.
fn unexpected(found: &str) -> String {
    if let Some(text) = found.strip_prefix("string ") {
        return format!("the text {}", cut(text));
    }
    for prefix in ["integer ", "floating point ", "boolean "] {
        if let Some(value) = found.strip_prefix(prefix) {
            return cut(&unquote(value));
        }
    }
    match found {
        "sequence" => "a list".to_owned(),
        "map" => "an object".to_owned(),
        "null" => "null (no value)".to_owned(),
        _ => cut(found),
    }
}

/// "one of `a`, `b`" or "`a` or `b`" as a list of quoted names.
fn variants(wanted: &str) -> String {
    let names = wanted.strip_prefix("one of ").unwrap_or(wanted);
    let quoted: Vec<String> = names
        .split([',', ' '])
        .filter(|n| n.starts_with('`'))
        .map(|n| format!("\"{}\"", unquote(n)))
        .collect();
    match quoted.as_slice() {
        [] => "no value here".to_owned(),
        [one] => one.clone(),
        many => format!("one of {}", many.join(", ")),
    }
}

fn unquote(text: &str) -> String {
    text.trim_matches('`').to_owned()
}

/// The text cut to `FOUND_MAX_CHARS` characters, so a huge value does not flood the message.
fn cut(text: &str) -> String {
    if text.chars().count() <= FOUND_MAX_CHARS {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(FOUND_MAX_CHARS).collect();
        format!("{kept}…")
    }
}
