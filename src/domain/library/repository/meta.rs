//! The small keys beside the designs: the session (last open design and section) and the backup
//! reminder's state. Unreadable values are set aside before being written over, like any other.

use super::{Repository, SaveError};
use crate::domain::library::{BackupState, Session, keys};

impl Repository {
    /// The session stored, if it can be read.
    pub fn session(&self) -> Option<Session> {
        self.store
            .get(keys::SESSION)
            .ok()
            .flatten()
            .and_then(|t| Session::parse(&t))
    }

    pub fn set_session(&mut self, session: &Session, now_ms: i64) -> Result<(), SaveError> {
        let readable = |t: &str| Session::parse(t).is_some();
        self.write_over(
            keys::SESSION,
            &session.to_text(),
            readable,
            now_ms,
            &mut Vec::new(),
        )
    }

    /// The backup reminder's state; the default when none is stored or it cannot be read.
    pub fn backup(&self) -> BackupState {
        self.store
            .get(keys::BACKUP)
            .ok()
            .flatten()
            .and_then(|t| BackupState::parse(&t))
            .unwrap_or_default()
    }

    pub fn set_backup(&mut self, state: &BackupState, now_ms: i64) -> Result<(), SaveError> {
        let readable = |t: &str| BackupState::parse(t).is_some();
        self.write_over(
            keys::BACKUP,
            &state.to_text(),
            readable,
            now_ms,
            &mut Vec::new(),
        )
    }
}
