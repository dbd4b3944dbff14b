//! Files in and out: downloading text as a file, and reading a file the user picked or dropped.
//! Nothing leaves the browser: a download is made from a Blob in the page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::Array;
use web_sys::{
    Blob, BlobPropertyBag, ClipboardEvent, DragEvent, Element, Event, File, FileReader,
    HtmlAnchorElement, HtmlInputElement, Url,
};

/// Offers `text` as a download named `name`, of media type `mime`. Returns why it could not.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("the browser could not {what}");
    let parts = Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("prepare the file"))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| fail("prepare the file"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("reach the page"))?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("make a link"))?
        .dyn_into()
        .map_err(|_| fail("make a link"))?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&link);
        link.click();
        let _ = body.remove_child(&link);
    } else {
        link.click();
    }
    // The download has started from the URL; release it once the browser has taken it.
    let release = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// A file the user chose, dropped or pasted.
pub struct Picked(File);

impl Picked {
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// Its size in bytes, known before reading it.
    pub fn size(&self) -> u64 {
        self.0.size().max(0.0) as u64
    }

    /// Reads it as UTF-8 text and hands the text (or why it could not be read) to `done`.
    pub fn read_text(&self, done: impl FnOnce(Result<String, String>) + 'static) {
        read_text(&self.0, done);
    }
}

/// The file chosen in a file input, from its `change` event; the input is cleared so choosing
/// the same file again fires again.
pub fn chosen_file(event: &Event) -> Option<Picked> {
    let input: HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file.map(Picked)
}

/// Whether a drag carries files.
pub fn drags_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .map(|t| t.types().includes(&JsValue::from_str("Files"), 0))
        .unwrap_or(false)
}

/// Whether an event happened inside an element that takes dropped files itself (marked
/// `data-own-drop`): the page's own drop handling then leaves it alone.
pub fn inside_own_drop(event: &Event) -> bool {
    let target: Option<Element> = event.target().and_then(|t| t.dyn_into().ok());
    target.is_some_and(|el| el.closest("[data-own-drop]").ok().flatten().is_some())
}

/// The first file dropped.
pub fn dropped_file(event: &DragEvent) -> Option<Picked> {
    event.data_transfer()?.files()?.get(0).map(Picked)
}

/// The text of a paste, unless it goes into a field (where it is the field's business).
pub fn pasted_text_outside_fields(event: &ClipboardEvent) -> Option<String> {
    let target: Option<Element> = event.target().and_then(|t| t.dyn_into().ok());
    let in_field = target.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.closest("[contenteditable]").ok().flatten().is_some()
    });
    if in_field {
        return None;
    }
    event.clipboard_data()?.get_data("text/plain").ok()
}

fn read_text(file: &File, done: impl FnOnce(Result<String, String>) + 'static) {
    let Ok(reader) = FileReader::new() else {
        done(Err("the browser cannot read files here".to_owned()));
        return;
    };
    let handle = reader.clone();
    let on_end = Closure::once_into_js(move || {
        let text = handle.result().ok().and_then(|r| r.as_string());
        done(text.ok_or_else(|| "the file could not be read as text".to_owned()));
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    if reader.read_as_text(file).is_err() {
        reader.set_onloadend(None);
    }
}
