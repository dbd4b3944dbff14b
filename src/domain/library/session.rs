//! The session: the design last open and the section being viewed, so a reload comes back to
//! them.

use serde::{Deserialize, Serialize};

use super::DesignId;

/// Where the user was.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The design open, if one was saved.
    pub design: Option<DesignId>,
    /// The section's slug in the URL hash (`journey`); empty for the overview.
    pub section: String,
}

impl Session {
    pub fn parse(text: &str) -> Option<Session> {
        serde_json::from_str(text).ok()
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
