//! Where a byte position of a JSON text lies: inside which objects and lists, under which keys
//! and indexes, and what came last before it. serde_json reports where it stopped reading when
//! a value was refused; that is right after the value, at the opening bracket of a value of the
//! wrong kind, or past the comma or closing bracket its list or object read before the error
//! was given a position. `read` turns that into the path of the value at fault.
//!
//! The scanner reads any text without panicking; on text that is not JSON it still answers,
//! just not meaningfully.

mod scan;

pub(crate) use scan::Scan;

/// One step of a path: an object's key or a list's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment {
    Key(String),
    Index(usize),
}

/// A path from the top of the text down.
pub(crate) type Path = Vec<Segment>;

/// The path written the way errors name it, from `design` down:
/// `design.operating.roles[2].time_share`.
pub(crate) fn written(path: &[Segment]) -> String {
    let mut text = String::from("design");
    for segment in path {
        match segment {
            Segment::Key(key) => {
                text.push('.');
                text.push_str(key);
            }
            Segment::Index(index) => text.push_str(&format!("[{index}]")),
        }
    }
    text
}

/// What the position is after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Spot {
    /// A value: the position is inside it, right after it, or where it is about to start
    /// (after a colon). Right after an object's key, the object.
    Value(Path),
    /// An opening bracket: the object or list it opened, and for a list, its first item.
    Opened {
        container: Path,
        first_item: Option<Path>,
    },
    /// A comma between two items of a list.
    Between { before: Path, after: Path },
    /// A closing bracket: the container it closed, the container's last member if it has any,
    /// whether it is an object, and the bracket's byte offset.
    Closed {
        container: Path,
        last: Option<Path>,
        object: bool,
        at: usize,
    },
}

impl Spot {
    /// The value the spot is most plainly about: the value, the container opened or closed, or
    /// the item before the comma.
    pub(crate) fn path(self) -> Path {
        match self {
            Spot::Value(path)
            | Spot::Opened {
                container: path, ..
            }
            | Spot::Between { before: path, .. }
            | Spot::Closed {
                container: path, ..
            } => path,
        }
    }
}

/// The offset just past the string that starts at `start` (its opening quote).
pub(super) fn string_end(text: &[u8], start: usize) -> usize {
    let mut at = start + 1;
    while let Some(&byte) = text.get(at) {
        at += if byte == b'\\' { 2 } else { 1 };
        if byte == b'"' {
            return at;
        }
    }
    text.len()
}

/// The offset just past the number or literal that starts at `start`.
pub(super) fn scalar_end(text: &[u8], start: usize) -> usize {
    let mut at = start + 1;
    while text.get(at).is_some_and(|b| {
        !matches!(
            b,
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b'[' | b']' | b'{' | b'}' | b'"'
        )
    }) {
        at += 1;
    }
    at.min(text.len())
}

/// A key as written in the file (with its quotes), as text.
pub(super) fn unescape(quoted: &[u8]) -> String {
    let raw = String::from_utf8_lossy(quoted);
    serde_json::from_str::<String>(&raw).unwrap_or_else(|_| raw.trim_matches('"').to_owned())
}

/// The number, literal or list that starts at byte `offset`, as written.
pub(crate) fn scalar_at(text: &str, offset: usize) -> &str {
    let bytes = text.as_bytes();
    match bytes.get(offset) {
        Some(b'[' | b'{') => text.get(offset..offset + 1).unwrap_or(""),
        Some(_) => text.get(offset..scalar_end(bytes, offset)).unwrap_or(""),
        None => "",
    }
}

/// The byte offset of serde_json's line and column (a 1-based line, and the bytes read on it).
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    (start + column).min(text.len())
}

#[cfg(test)]
mod tests;
