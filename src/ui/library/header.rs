//! The header's part of the library: whether the design is saved, and the buttons that open the
//! designs panel and the versions panel, export the design, print it and share it.

use leptos::prelude::*;

use crate::browser::{dom, location};
use crate::ui::erase::{handler, text};
use crate::ui::section::Section;
use crate::ui::state::use_app;

use super::{Opened, Panel, Saving, use_library};

/// "Saved", "Saving…" or "Not saved: …", as a live status.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let library = use_library();
    let status = move || {
        if library.opened.get() == Opened::Shared {
            return "Shared design: not saved".to_owned();
        }
        match library.saving.get() {
            Saving::Idle => "Nothing to save yet".to_owned(),
            Saving::Pending => "Saving…".to_owned(),
            Saving::Saved => "Saved".to_owned(),
            Saving::MemoryOnly => "Not saved: kept in this tab only".to_owned(),
            Saving::NotSaved(why) => format!("Not saved: {why}"),
        }
    };
    let class = move || match library.saving.get() {
        Saving::NotSaved(_) | Saving::MemoryOnly => "save-status not-saved".to_owned(),
        Saving::Saved => "save-status saved".to_owned(),
        _ => "save-status".to_owned(),
    };
    view! { <p class=text(class) role="status" aria-live="polite">{text(status)}</p> }
}

/// Designs, Versions, Export JSON, Export Markdown, Print / Save as PDF and Share link.
#[component]
pub fn LibraryBar() -> impl IntoView {
    let library = use_library();
    let app = use_app();
    // Printing prints the board pack: it is opened first, so what the dialog previews is what
    // is on screen, and the dialog opens once the browser has rendered it.
    let print = move || {
        location::set_hash(&Section::BoardPack.href());
        app.section.set(Section::BoardPack);
        dom::after_render(dom::print);
    };
    let toggle = move |panel: Panel| {
        library.panel.update(|open| {
            *open = if *open == Some(panel) {
                None
            } else {
                Some(panel)
            }
        });
        match library.panel.get_untracked() {
            Some(Panel::Designs) => library.refresh_listing(),
            Some(Panel::Versions) => {
                library.refresh_listing();
                library.refresh_versions();
            }
            _ => {}
        }
    };
    let expanded =
        move |panel: Panel| text(move || (library.panel.get() == Some(panel)).to_string());
    view! {
        <div class="library-bar" id="design-actions" role="toolbar" aria-label="Designs and files">
            <button type="button" aria-controls="designs-panel" aria-expanded=expanded(Panel::Designs)
                on:click=handler(move |_| toggle(Panel::Designs))>"Designs"</button>
            <button type="button" aria-controls="versions-panel" aria-expanded=expanded(Panel::Versions)
                on:click=handler(move |_| toggle(Panel::Versions))>"Versions"</button>
            <button type="button" on:click=handler(move |_| library.export_json())>"Export JSON"</button>
            <button type="button" on:click=handler(move |_| library.export_markdown())>"Export Markdown"</button>
            <button type="button" on:click=handler(move |_| print())>"Print / Save as PDF"</button>
            <button type="button" aria-controls="share-panel" aria-expanded=expanded(Panel::Share)
                on:click=handler(move |_| toggle(Panel::Share))>"Share link"</button>
        </div>
    }
}
