//! The URL hash, which holds where the user is in the app (`#/journey`). Only the hash is used,
//! so the built files work from any path of a static host with no rewrite rules.

/// The current URL hash, including its leading `#`, or an empty string.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}
