//! The session: the design last open and the section being viewed, so a reload comes back to
//! them.

use serde::Serialize;
use serde_json::Value;

use super::DesignId;
use crate::domain::format::{ImportError, Object, Read, object};
use crate::domain::path::DocPath;

/// Where the user was.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Session {
    /// The design open, if one was saved.
    pub design: Option<DesignId>,
    /// The section's slug in the URL hash (`journey`); empty for the overview.
    pub section: String,
}

object!(Session { design, section });

impl Session {
    pub fn parse(text: &str) -> Option<Session> {
        let value: Value = serde_json::from_str(text).ok()?;
        Session::read(&value, &DocPath::named("session")).ok()
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
