//! The share link: the design carried in the URL fragment (`#/share/<payload>`), which browsers
//! never send to a server. The payload is base64url of a small header and the deflated JSON:
//!
//! | bytes | what |
//! |---|---|
//! | 1 | payload version, 1 |
//! | 4 | length of the deflated JSON, big-endian |
//! | 4 | CRC-32 of the deflated JSON, big-endian |
//! | n | the design's JSON (`format::export` without its findings), deflated (raw DEFLATE) with a blank design as preset dictionary |
//!
//! The length tells a link cut short from one altered on the way; the checksum catches the rest
//! before anything is inflated; inflating stops at the import size cap; and the JSON goes through
//! the one validated import path.

use std::fmt;

mod dictionary;

use serde_json::Value;

use super::base64url;
use super::checksum::crc32;
use crate::domain::Design;
use crate::domain::format::{self, ImportError, MAX_IMPORT_BYTES};

/// The payload version this app writes and reads.
pub const PAYLOAD_VERSION: u8 = 1;
/// Versions above this are taken for damage, not for a newer app: versions grow one at a time.
const NEWEST_PLAUSIBLE_VERSION: u8 = 15;
/// Links longer than this many characters may be cut by chat and mail tools.
pub const LINK_SAFE_LENGTH: usize = 2000;
/// Past this many characters, the JSON file is the better way to share.
pub const LINK_FILE_ADVISED: usize = 8000;
/// What comes before the payload in the URL hash.
const HASH_PREFIX: &str = "#/share/";
const HEADER: usize = 9;

/// Why a share link cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The link is shorter than it was made: cut off by a chat or mail tool.
    Truncated { received: usize, expected: usize },
    /// The link was changed on the way: its checksum or its contents do not hold.
    Altered,
    /// The link was made by a newer version of the app.
    NewerVersion(u8),
    /// The link opened, but the design it carries is refused by import.
    Design(ImportError),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Truncated { received, expected } => write!(
                f,
                "This share link is incomplete: it was cut off on the way ({received} of its \
                 {expected} bytes of design arrived). Ask for the whole link, or for the \
                 design's JSON file."
            ),
            ShareError::Altered => f.write_str(
                "This share link is damaged: it was changed on the way, so it no longer matches \
                 its checksum. Ask for the link again, or for the design's JSON file.",
            ),
            ShareError::NewerVersion(v) => write!(
                f,
                "This share link was made by a newer version of Partner Blueprint (link version \
                 {v}). Open it there, or ask for the design's JSON file."
            ),
            ShareError::Design(e) => {
                write!(f, "The design in this share link cannot be opened: {e}")
            }
        }
    }
}

/// The design as a share-link payload (base64url, no `#`).
pub fn encode_payload(design: &Design) -> String {
    let json = compact_json(design);
    let deflated = dictionary::deflate(json.as_bytes());
    let mut bytes = Vec::with_capacity(HEADER + deflated.len());
    bytes.push(PAYLOAD_VERSION);
    bytes.extend_from_slice(&(deflated.len() as u32).to_be_bytes());
    bytes.extend_from_slice(&crc32(&deflated).to_be_bytes());
    bytes.extend_from_slice(&deflated);
    base64url::encode(&bytes)
}

/// The document without findings (import recomputes them), on one line.
fn compact_json(design: &Design) -> String {
    let document = format::document(design);
    match serde_json::from_str::<Value>(&document) {
        Ok(value) => value.to_string(),
        Err(_) => document,
    }
}

/// The design a payload carries, or why it cannot be opened. Never panics, whatever the text.
pub fn decode_payload(payload: &str) -> Result<Design, ShareError> {
    // Mail tools may wrap a long link; the alphabet has no whitespace.
    let payload: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64url::decode(&payload).map_err(|_| ShareError::Altered)?;
    if bytes.len() < HEADER {
        return Err(ShareError::Truncated {
            received: bytes.len(),
            expected: HEADER.max(bytes.len() + 1),
        });
    }
    let version = bytes[0];
    if version == 0 || version > NEWEST_PLAUSIBLE_VERSION {
        // Not a version any app has written: the start of the link was changed.
        return Err(ShareError::Altered);
    }
    if version > PAYLOAD_VERSION {
        return Err(ShareError::NewerVersion(version));
    }
    let declared = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]) as usize;
    let checksum = u32::from_be_bytes([bytes[5], bytes[6], bytes[7], bytes[8]]);
    let body = &bytes[HEADER..];
    if body.len() < declared {
        return Err(ShareError::Truncated {
            received: body.len(),
            expected: declared,
        });
    }
    if body.len() > declared || crc32(body) != checksum {
        return Err(ShareError::Altered);
    }
    let json = dictionary::inflate(body, MAX_IMPORT_BYTES).ok_or(ShareError::Altered)?;
    let text = String::from_utf8(json).map_err(|_| ShareError::Altered)?;
    format::import(&text).map_err(ShareError::Design)
}

/// The URL hash that opens a payload.
pub fn share_hash(payload: &str) -> String {
    format!("{HASH_PREFIX}{payload}")
}

/// The payload of a share hash (`#/share/…`), if the hash is one.
pub fn payload_from_hash(hash: &str) -> Option<&str> {
    let rest = hash.strip_prefix('#').unwrap_or(hash);
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    rest.strip_prefix("share/")
}

/// What to tell the user about a link's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAdvice {
    /// Chat and mail tools carry it safely.
    Fine,
    /// Past [`LINK_SAFE_LENGTH`]: some tools may cut it.
    Long,
    /// Past [`LINK_FILE_ADVISED`]: share the JSON file instead.
    UseFile,
}

/// The advice for a link of `chars` characters.
pub fn link_advice(chars: usize) -> LinkAdvice {
    if chars > LINK_FILE_ADVISED {
        LinkAdvice::UseFile
    } else if chars > LINK_SAFE_LENGTH {
        LinkAdvice::Long
    } else {
        LinkAdvice::Fine
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::ImportErrorKind;
    use crate::domain::templates::Template;

    fn kickoff() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap()
    }

    #[test]
    fn every_template_round_trips_through_a_share_payload() {
        for template in Template::ALL {
            let design = template.design(kickoff());
            let payload = encode_payload(&design);
            assert_eq!(decode_payload(&payload), Ok(design), "{template:?}");
            assert!(
                payload
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
        }
    }

    #[test]
    fn a_blank_design_makes_a_short_link_and_a_filled_one_stays_under_the_file_advice() {
        let blank = encode_payload(&Template::Blank.design(kickoff()));
        assert!(blank.len() < 1000, "{} characters", blank.len());
        for template in [Template::SeriesBSaas, Template::ServicesFirm] {
            let payload = encode_payload(&template.design(kickoff()));
            assert!(
                payload.len() < LINK_FILE_ADVISED,
                "{template:?}: {} characters",
                payload.len()
            );
        }
    }

    #[test]
    fn a_link_cut_short_says_it_is_incomplete() {
        let payload = encode_payload(&Template::SeriesBSaas.design(kickoff()));
        for keep in [payload.len() / 2, payload.len() - 1, 5, 0] {
            assert!(
                matches!(
                    decode_payload(&payload[..keep]),
                    Err(ShareError::Truncated { .. })
                ),
                "kept {keep}"
            );
        }
    }

    #[test]
    fn a_link_changed_on_the_way_says_it_is_damaged() {
        let payload = encode_payload(&Template::ServicesFirm.design(kickoff()));
        let mut altered = payload.clone().into_bytes();
        let middle = altered.len() / 2;
        altered[middle] = if altered[middle] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).unwrap();
        assert_eq!(decode_payload(&altered), Err(ShareError::Altered));
        assert_eq!(
            decode_payload(&format!("{payload}AAAA")),
            Err(ShareError::Altered)
        );
        assert_eq!(
            decode_payload("not base64 at all!"),
            Err(ShareError::Altered)
        );
    }

    #[test]
    fn a_link_from_a_newer_app_says_so() {
        let mut bytes =
            base64url::decode(&encode_payload(&Template::Blank.design(kickoff()))).unwrap();
        bytes[0] = 2;
        assert_eq!(
            decode_payload(&base64url::encode(&bytes)),
            Err(ShareError::NewerVersion(2))
        );
    }

    #[test]
    fn a_well_formed_link_to_a_bad_design_goes_through_import() {
        let json = br#"{"format":"partner-blueprint/design","schema_version":7,"design":{}}"#;
        let deflated = dictionary::deflate(json);
        let mut bytes = vec![PAYLOAD_VERSION];
        bytes.extend_from_slice(&(deflated.len() as u32).to_be_bytes());
        bytes.extend_from_slice(&crc32(&deflated).to_be_bytes());
        bytes.extend_from_slice(&deflated);
        match decode_payload(&base64url::encode(&bytes)) {
            Err(ShareError::Design(e)) => {
                assert_eq!(e.kind, ImportErrorKind::NewerSchema { found: 7 })
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_share_hash_is_recognised_before_section_routing() {
        assert_eq!(payload_from_hash("#/share/abc"), Some("abc"));
        assert_eq!(payload_from_hash(&share_hash("xyz")), Some("xyz"));
        assert_eq!(payload_from_hash("#/journey"), None);
    }

    #[test]
    fn long_links_are_flagged_at_two_and_eight_thousand_characters() {
        assert_eq!(link_advice(2000), LinkAdvice::Fine);
        assert_eq!(link_advice(2001), LinkAdvice::Long);
        assert_eq!(link_advice(8001), LinkAdvice::UseFile);
    }
}
