//! Small preferences kept in localStorage beside the designs: the colour theme. Read and written
//! through the one storage module (`storage::LocalStore`), like the designs; a failure to read or
//! write one only loses the preference, never anything of a design.

use super::storage::LocalStore;
use crate::domain::library::KeyValueStore;

const THEME_KEY: &str = "partner-blueprint/theme";

/// The saved theme override ("light" or "dark"), if any. Earlier versions wrote it as a JSON
/// string (`"dark"` in quotes); both read the same.
pub fn saved_theme() -> Option<String> {
    let stored = LocalStore::open().ok()?.get(THEME_KEY).ok()??;
    let theme = stored.trim_matches('"');
    (theme == "light" || theme == "dark").then(|| theme.to_owned())
}

/// Saves the theme override; none follows the system again.
pub fn save_theme(theme: Option<&str>) {
    let Ok(mut store) = LocalStore::open() else {
        return;
    };
    let _ = match theme {
        Some(t) => store.set(THEME_KEY, t),
        None => store.remove(THEME_KEY),
    };
}

/// Applies the theme to the page: `data-theme` on `<html>`, which the stylesheet reads.
pub fn apply_theme(theme: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
}
