//! The share link's place in the page: the page's own address with the payload in its fragment,
//! and copying the link to the clipboard.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Reflect};

/// The address of this page with `hash` as its fragment: what a recipient opens.
pub fn link_with_hash(hash: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return hash.to_owned();
    };
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{hash}")
}

/// Copies text to the clipboard where the browser allows it; false when it does not (the user
/// can still select the link and copy it).
pub fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator: JsValue = window.navigator().into();
    let Ok(clipboard) = Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .is_some_and(|write| write.call1(&clipboard, &JsValue::from_str(text)).is_ok())
}

/// Replaces the URL's fragment without a new history entry or a `hashchange`: once a shared
/// design is kept or closed, back and reload no longer reopen the link.
pub fn forget_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}
