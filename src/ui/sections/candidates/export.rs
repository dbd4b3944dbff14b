//! The ranked candidates as a CSV file for a spreadsheet, and the one way a section offers a
//! CSV download (the forecast's uses it too).

use leptos::prelude::*;

use crate::browser::files;
use crate::domain::library::file_stem;
use crate::domain::tables::candidates_csv;
use crate::ui::erase::handler;
use crate::ui::state::{AppState, Notice, use_app};

/// Offers `text` as `<the design's file stem>-<what>.csv`, or says why it could not.
pub(in crate::ui::sections) fn offer_csv(app: AppState, what: &str, text: &str) {
    let name = app
        .design
        .with_untracked(|d| format!("{}-{what}.csv", file_stem(&d.title)));
    if let Err(why) = files::download(&name, "text/csv", text) {
        app.notice.set(Some(Notice {
            message: format!("The file could not be saved: {why}."),
            offers_undo: false,
        }));
    }
}

/// The "Export candidates (CSV)" button: the ranking as it stands.
#[component]
pub fn ExportCandidates() -> impl IntoView {
    let app = use_app();
    view! {
        <button type="button" class="csv-export" on:click=handler(move |_| {
            let text = app.design.with_untracked(|d| {
                app.analysis.with_untracked(|a| candidates_csv(d, &a.ranking))
            });
            offer_csv(app, "candidates", &text);
        })>"Export candidates (CSV)"</button>
    }
}
