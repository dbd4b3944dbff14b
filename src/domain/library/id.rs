//! A saved design's id: short, unique, and safe inside a storage key.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::domain::format::{ImportError, Read};
use crate::domain::path::DocPath;

/// The longest id accepted.
const MAX_LEN: usize = 40;

/// Which saved design: 1–40 characters of `a-z`, `0-9` and `-`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct DesignId(String);

impl DesignId {
    /// The id `text` spells, if it is a valid one.
    pub fn parse(text: &str) -> Option<DesignId> {
        let valid = !text.is_empty()
            && text.len() <= MAX_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        valid.then(|| DesignId(text.to_owned()))
    }

    /// A new id from the time and some randomness, different from every id `taken` says is
    /// in use: two tabs creating a design in the same millisecond still differ by `entropy`.
    pub fn generate(now_ms: i64, entropy: u32, taken: impl Fn(&DesignId) -> bool) -> DesignId {
        let time = base36(now_ms.unsigned_abs());
        let mut salt = u64::from(entropy);
        loop {
            let id = DesignId(format!("d{time}-{}", base36(salt)));
            if !taken(&id) {
                return id;
            }
            salt = salt.wrapping_add(1);
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl TryFrom<String> for DesignId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        DesignId::parse(&text).ok_or_else(|| {
            format!("expected a design id of 1 to {MAX_LEN} characters a-z, 0-9 or -")
        })
    }
}

impl Read for DesignId {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        DesignId::try_from(String::read(value, at)?).map_err(|message| at.fail(message))
    }
}

impl From<DesignId> for String {
    fn from(id: DesignId) -> String {
        id.0
    }
}

impl fmt::Display for DesignId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_short_lowercase_and_safe_in_a_key() {
        assert!(DesignId::parse("d1a2b-3c").is_some());
        for bad in ["", "A", "a/b", "a b", &"a".repeat(41)] {
            assert!(DesignId::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn a_generated_id_avoids_the_ids_taken() {
        let first = DesignId::generate(1_700_000_000_000, 7, |_| false);
        let second = DesignId::generate(1_700_000_000_000, 7, |id| *id == first);
        assert_ne!(first, second);
        assert!(DesignId::parse(first.as_str()).is_some());
        assert!(DesignId::parse(second.as_str()).is_some());
    }
}
