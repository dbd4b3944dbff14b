//! The storage keys, all under `partner-blueprint/`: the index, one key per design, one key per
//! design for its versions, the session (last open design and section), the backup reminder's
//! state, and data set aside because it could not be read.

use super::DesignId;

/// Every key the app writes starts with this.
pub const PREFIX: &str = "partner-blueprint/";
/// The list of saved designs.
pub const INDEX: &str = "partner-blueprint/index";
/// The design last open, and its section.
pub const SESSION: &str = "partner-blueprint/session";
/// When a backup was last exported, and whether persistent storage was asked for.
pub const BACKUP: &str = "partner-blueprint/backup";
/// Each design's exported JSON lives under this prefix, then its id.
pub const DESIGN_PREFIX: &str = "partner-blueprint/design/";
/// Each design's versions live under this prefix, then its id: beside the design, never in it,
/// so the design's own key stays the live copy and a save never rewrites its history.
pub const VERSIONS_PREFIX: &str = "partner-blueprint/versions/";
/// Data that could not be read is copied under this prefix before its key is reused.
pub const QUARANTINE_PREFIX: &str = "partner-blueprint/quarantine/";

/// The key holding a design's JSON.
pub fn design(id: &DesignId) -> String {
    format!("{DESIGN_PREFIX}{id}")
}

/// The design a key holds, if it is a design key.
pub fn design_id(key: &str) -> Option<DesignId> {
    DesignId::parse(key.strip_prefix(DESIGN_PREFIX)?)
}

/// The key holding a design's versions.
pub fn versions(id: &DesignId) -> String {
    format!("{VERSIONS_PREFIX}{id}")
}

/// Where the unreadable value of `key` is set aside at time `now_ms`:
/// `partner-blueprint/quarantine/1718000000000/index`.
pub fn quarantine(key: &str, now_ms: i64) -> String {
    let name = key.strip_prefix(PREFIX).unwrap_or(key);
    format!("{QUARANTINE_PREFIX}{now_ms}/{name}")
}

/// Whether a key holds data set aside.
pub fn is_quarantine(key: &str) -> bool {
    key.starts_with(QUARANTINE_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_design_key_names_its_design() {
        let id = DesignId::parse("d1-2").unwrap();
        assert_eq!(design(&id), "partner-blueprint/design/d1-2");
        assert_eq!(design_id(&design(&id)), Some(id.clone()));
        assert_eq!(design_id("partner-blueprint/index"), None);
        assert_eq!(design_id("partner-blueprint/design/BAD"), None);
        assert_eq!(versions(&id), "partner-blueprint/versions/d1-2");
        assert_eq!(design_id(&versions(&id)), None);
    }

    #[test]
    fn set_aside_data_keeps_the_name_of_its_key() {
        let key = quarantine(INDEX, 42);
        assert_eq!(key, "partner-blueprint/quarantine/42/index");
        assert!(is_quarantine(&key));
        assert!(!is_quarantine(INDEX));
    }
}
