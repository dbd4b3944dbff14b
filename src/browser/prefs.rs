//! Small preferences kept in localStorage beside the designs: the colour theme. A failure to
//! read or write one only loses the preference, never anything of a design.

use gloo_storage::{LocalStorage, Storage};

use super::storage::LocalStore;

/// gloo-storage throws when the browser blocks storage (disabled, some private modes), so it is
/// only used once storage is known to open.
fn available() -> bool {
    LocalStore::open().is_ok()
}

const THEME_KEY: &str = "partner-blueprint/theme";

/// The saved theme override ("light" or "dark"), if any.
pub fn saved_theme() -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(THEME_KEY)
        .ok()
        .filter(|t| t == "light" || t == "dark")
}

/// Saves the theme override; none follows the system again.
pub fn save_theme(theme: Option<&str>) {
    if !available() {
        return;
    }
    match theme {
        Some(t) => {
            let _ = LocalStorage::set(THEME_KEY, t);
        }
        None => LocalStorage::delete(THEME_KEY),
    }
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
