//! Designs coming in: a file chosen with a button, a file dropped anywhere on the page, or JSON
//! pasted onto the page (outside a field) or into the designs panel. Every path reads the text
//! and goes through the one validated import; a file over the size cap is refused unread.

use leptos::ev;
use leptos::prelude::*;

use super::{Fault, Library, use_library};
use crate::browser::files::{self, Picked};
use crate::domain::format::MAX_IMPORT_BYTES;
use crate::domain::library::file_too_large;
use crate::ui::erase::handler;

impl Library {
    pub(super) fn install_intake(self) {
        let over = window_event_listener(ev::dragover, move |e| {
            if files::drags_files(&e) {
                e.prevent_default();
                // A box that takes files of its own (a CSV list) is not the page's drop.
                self.dragging.set(!files::inside_own_drop(&e));
            }
        });
        let left = window_event_listener(ev::dragleave, move |e| {
            // Leaving the window, not moving between elements.
            if e.related_target().is_none() {
                self.dragging.set(false);
            }
        });
        let dropped = window_event_listener(ev::drop, move |e| {
            if files::drags_files(&e) {
                e.prevent_default();
            }
            self.dragging.set(false);
            if files::inside_own_drop(&e) {
                return;
            }
            if let Some(file) = files::dropped_file(&e) {
                self.import_file(file);
            }
        });
        let pasted = window_event_listener(ev::paste, move |e| {
            let Some(text) = files::pasted_text_outside_fields(&e) else {
                return;
            };
            if text.trim_start().starts_with('{') {
                e.prevent_default();
                self.import_text("The pasted text", &text);
            }
        });
        on_cleanup(move || {
            over.remove();
            left.remove();
            dropped.remove();
            pasted.remove();
        });
    }

    /// Imports a file, refusing one over the size cap before reading a byte of it.
    pub(super) fn import_file(&self, file: Picked) {
        let source = format!("“{}”", file.name());
        if file.size() > MAX_IMPORT_BYTES as u64 {
            self.report(Fault::Import {
                source,
                message: file_too_large(file.size()).to_string(),
            });
            return;
        }
        let library = *self;
        file.read_text(move |text| match text {
            Ok(text) => library.import_text(&source, &text),
            Err(why) => library.report(Fault::Import {
                source,
                message: why,
            }),
        });
    }
}

/// A button that opens a design file: a labelled file input.
#[component]
pub fn FileButton(
    /// The button's words.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let library = use_library();
    view! {
        <label class="file-button">
            {label}
            <input type="file" accept=".json,application/json" class="visually-hidden"
                on:change=handler(move |e| {
                    if let Some(file) = files::chosen_file(&e) {
                        library.import_file(file);
                    }
                }) />
        </label>
    }
}

/// The hint shown while a file is dragged over the page.
#[component]
pub fn DropOverlay() -> impl IntoView {
    let library = use_library();
    view! {
        <Show when=move || library.dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>"Drop a design file to import it as a new design"</p>
            </div>
        </Show>
    }
}
