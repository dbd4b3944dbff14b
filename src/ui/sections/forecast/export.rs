//! The forecast by quarter and by pool as a CSV file for a spreadsheet.

use leptos::prelude::*;

use crate::domain::tables::forecast_csv;
use crate::ui::erase::handler;
use crate::ui::sections::candidates::offer_csv;
use crate::ui::state::use_app;

/// The "Export forecast (CSV)" button: the forecast the app shows (under the active scenario).
#[component]
pub fn ExportForecast() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="csv-export-line">
            <button type="button" class="csv-export" on:click=handler(move |_| {
                let text = app.design.with_untracked(|d| {
                    app.analysis.with_untracked(|a| forecast_csv(d, &a.forecast))
                });
                offer_csv(app, "forecast", &text);
            })>"Export forecast (CSV)"</button>
            " By quarter and by pool, amounts in the design's currency."
        </p>
    }
}
