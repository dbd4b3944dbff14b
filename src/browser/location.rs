//! The URL hash, which holds where the user is in the app (`#/journey`). Only the hash is used,
//! so the built files work from any path of a static host with no rewrite rules.

/// The current URL hash, including its leading `#`, or an empty string.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sets the URL hash, adding a history entry, which fires `hashchange`.
pub fn set_hash(hash: &str) {
    if let Some(window) = web_sys::window()
        && window.location().hash().ok().as_deref() != Some(hash)
    {
        let _ = window.location().set_hash(hash);
    }
}
