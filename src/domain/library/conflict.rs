//! Two tabs on one design: each save carries a revision, and a tab that loaded revision `n` may
//! write only while the stored revision is still `n` or older. A newer stored revision means
//! another tab saved since: this tab does not write, and the user chooses.

/// What a tab may do when it wants to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteCheck {
    /// Write, as this revision.
    Write { revision: u64 },
    /// Do not write: another tab saved this newer revision.
    Newer { stored: u64 },
}

/// Whether a tab that loaded `loaded` may save over the `stored` revision (none: the design is
/// not in the index, e.g. deleted in another tab; writing brings it back rather than lose work).
pub fn check_write(loaded: u64, stored: Option<u64>) -> WriteCheck {
    match stored {
        Some(stored) if stored > loaded => WriteCheck::Newer { stored },
        Some(stored) => WriteCheck::Write {
            revision: stored.max(loaded).saturating_add(1),
        },
        None => WriteCheck::Write {
            revision: loaded.saturating_add(1),
        },
    }
}

/// What a tab should do when it learns (a `storage` event) that another tab changed the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoteChange {
    /// Nothing that concerns the open design.
    Nothing,
    /// A newer save, and this tab has no unsaved change: show the newer version.
    Reload { stored: u64 },
    /// A newer save, and this tab has unsaved changes: tell the user and let them choose.
    Conflict { stored: u64 },
    /// The open design is no longer in the index.
    Deleted,
}

/// Decides what a change to the stored revision of the open design means for this tab.
pub fn remote_change(loaded: u64, stored: Option<u64>, unsaved: bool) -> RemoteChange {
    match stored {
        None => RemoteChange::Deleted,
        Some(stored) if stored > loaded && unsaved => RemoteChange::Conflict { stored },
        Some(stored) if stored > loaded => RemoteChange::Reload { stored },
        Some(_) => RemoteChange::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_writes_over_its_own_or_an_older_revision() {
        assert_eq!(check_write(3, Some(3)), WriteCheck::Write { revision: 4 });
        assert_eq!(check_write(5, Some(2)), WriteCheck::Write { revision: 6 });
        assert_eq!(check_write(0, None), WriteCheck::Write { revision: 1 });
    }

    #[test]
    fn a_tab_never_writes_over_a_newer_save_it_has_not_seen() {
        assert_eq!(check_write(3, Some(4)), WriteCheck::Newer { stored: 4 });
    }

    #[test]
    fn a_newer_save_reloads_a_clean_tab_and_asks_a_dirty_one() {
        assert_eq!(
            remote_change(2, Some(3), false),
            RemoteChange::Reload { stored: 3 }
        );
        assert_eq!(
            remote_change(2, Some(3), true),
            RemoteChange::Conflict { stored: 3 }
        );
        assert_eq!(remote_change(3, Some(3), true), RemoteChange::Nothing);
        assert_eq!(remote_change(3, None, false), RemoteChange::Deleted);
    }
}
