//! The board pack's charts: the analysis's seven and decision support's three, each drawn to SVG
//! in the light palette (paper is white whatever the screen's theme) and shown as an image whose
//! text is the chart's message, with its numbers as a table a click away.

use leptos::prelude::*;

use crate::charts::svg::{data_url, to_svg};
use crate::charts::{AnyChart, Chart, ChartKind, Look};
use crate::ui::charts::ChartTable;
use crate::ui::state::use_app;

/// The width the charts are drawn at, in CSS pixels: two fit side by side on A4 and Letter.
const WIDTH: u32 = 480;

/// Every chart of the design, as pictures.
#[component]
pub fn Figures() -> impl IntoView {
    let app = use_app();
    let charts = move || {
        app.analysis.with(|a| {
            app.design.with(|d| {
                let currency = d.firm.currency.code();
                ChartKind::ALL
                    .into_iter()
                    .chain(ChartKind::DECISION)
                    .map(|kind| AnyChart::of(kind, |f| f(d), |f| f(a, currency)))
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section class="pack-charts">
            <h3>"Charts"</h3>
            <div class="pack-figures">
                {move || charts().into_iter().map(|chart| view! { <Figure chart /> }).collect_view()}
            </div>
        </section>
    }
}

/// One chart as a picture, its message and its table.
#[component]
fn Figure(
    /// The chart to draw.
    chart: AnyChart,
) -> impl IntoView {
    let svg = to_svg(&chart, WIDTH, &Look::default());
    let height = chart.height(WIDTH);
    let message = chart.message();
    view! {
        <figure class="pack-figure" data-chart=chart.name()>
            <h4>{chart.title()}</h4>
            <img src=data_url(&svg) alt=message.clone() width=WIDTH height=height />
            <figcaption>{message}</figcaption>
            <details class="pack-numbers">
                <summary>"The numbers"</summary>
                <ChartTable table=chart.table() />
            </details>
        </figure>
    }
}
