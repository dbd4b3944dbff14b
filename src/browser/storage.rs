//! localStorage, and the one way the app reaches it: for the designs, their index and session,
//! the backup reminder and the preferences. Every failure becomes a [`StoreError`] — every
//! browser's spelling of "full", a store that is blocked or missing — so nothing above this
//! module can panic on a storage call. Also asks the browser, once, to keep this site's storage
//! persistent.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Reflect};

use crate::domain::library::{KeyValueStore, StoreError, classify_error};

/// The page's localStorage. Holds no handle: each call looks it up, so a store that becomes
/// unavailable mid-session fails cleanly instead of using a dead handle.
#[derive(Debug, Clone, Copy)]
pub struct LocalStore;

impl LocalStore {
    /// localStorage, if this browser lets the page use it: access can throw (site data blocked),
    /// return nothing (disabled), or fail on first read.
    pub fn open() -> Result<LocalStore, StoreError> {
        let storage = storage()?;
        storage.length().map_err(|e| classify(&e))?;
        Ok(LocalStore)
    }
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    let window = web_sys::window().ok_or(StoreError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StoreError::Unavailable),
        Err(e) => Err(match classify(&e) {
            StoreError::Other(_) => StoreError::Unavailable,
            known => known,
        }),
    }
}

/// Which storage failure a thrown value is, from its `name`, `code` and `message`.
fn classify(error: &JsValue) -> StoreError {
    let field = |name: &str| Reflect::get(error, &JsValue::from_str(name)).ok();
    let name = field("name").and_then(|v| v.as_string());
    let code = field("code").and_then(|v| v.as_f64());
    let message = field("message").and_then(|v| v.as_string());
    classify_error(name.as_deref(), code, message.as_deref())
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(|e| classify(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        let length = storage.length().map_err(|e| classify(&e))?;
        let mut keys = Vec::with_capacity(length as usize);
        for i in 0..length {
            if let Some(key) = storage.key(i).map_err(|e| classify(&e))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Some randomness for new design ids, so two tabs creating a design at once still differ.
pub fn entropy() -> u32 {
    (web_sys::js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Asks the browser to keep this site's storage when it runs short of space
/// (`navigator.storage.persist()`), where the browser offers it. The answer is not needed: the
/// reminder to export a backup stands either way.
pub fn ask_persistent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator: JsValue = window.navigator().into();
    let Ok(manager) = Reflect::get(&navigator, &JsValue::from_str("storage")) else {
        return;
    };
    if manager.is_undefined() || manager.is_null() {
        return;
    }
    let persist = Reflect::get(&manager, &JsValue::from_str("persist"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let Some(persist) = persist {
        // A promise; a refusal or an error changes nothing.
        let _ = persist.call0(&manager);
    }
}
