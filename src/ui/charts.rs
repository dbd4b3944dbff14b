//! Charts beside the sections they belong to: readiness, the forecast, the funnel, the economics
//! and the two paths together on the overview; the forecast, funnel and economics by the
//! scoreboard; the paths and the commissions by the operating model; the ranking by the
//! candidates. Each chart's data is a memo over the engine's results, so a chart redraws only
//! when what it shows changes.

mod figure;
mod table;

use leptos::prelude::*;

use super::section::Section;
use super::state::{AppState, use_app};
use crate::browser::canvas;
use crate::charts::{AnyChart, ChartKind, Palette};
pub use figure::ChartFigure;
pub use table::ChartTable;

/// The charts of a section, in the order they are shown.
fn kinds(section: Section) -> &'static [ChartKind] {
    match section {
        Section::Overview => &[
            ChartKind::Readiness,
            ChartKind::Forecast,
            ChartKind::Funnel,
            ChartKind::Economics,
            ChartKind::Paths,
        ],
        Section::Scoreboard => &[ChartKind::Forecast, ChartKind::Funnel, ChartKind::Economics],
        Section::OperatingModel => &[ChartKind::Paths, ChartKind::Commissions],
        Section::Candidates => &[ChartKind::Ranking],
        Section::Firm
        | Section::Thesis
        | Section::Archetypes
        | Section::Journey
        | Section::Forecast
        | Section::BoardPack => &[],
    }
}

/// The charts shown in a section, below its form.
pub fn charts_for(section: Section) -> AnyView {
    let kinds = kinds(section);
    if kinds.is_empty() {
        return ().into_any();
    }
    view! { <ChartPanel section kinds=kinds /> }.into_any()
}

/// A section's charts, sharing one watch on the theme.
#[component]
fn ChartPanel(
    /// The section they are shown in.
    section: Section,
    /// The charts to show, in order.
    kinds: &'static [ChartKind],
) -> impl IntoView {
    let app = use_app();
    let palette = watched_palette();
    let currency = currency_of(app);
    view! {
        <div class="charts">
            {kinds
                .iter()
                .map(|kind| {
                    let kind = *kind;
                    let chart = Memo::new(move |_| chart_of(kind, app, currency));
                    let more = onward(section, kind);
                    view! { <ChartFigure chart palette more /> }
                })
                .collect_view()}
        </div>
    }
}

/// One chart on its own, following the design live, each of its pixels `zoom` on the page: the
/// presenter view's key chart.
#[component]
pub fn KeyChart(kind: ChartKind, zoom: f64) -> impl IntoView {
    let app = use_app();
    let palette = watched_palette();
    let currency = currency_of(app);
    let chart = Memo::new(move |_| chart_of(kind, app, currency));
    view! { <ChartFigure chart palette zoom /> }
}

/// Where a chart leads on from the overview: the forecast and the economics to decision
/// support, which says what would have to be true for them to meet their goals.
fn onward(section: Section, kind: ChartKind) -> Option<(String, &'static str)> {
    let words = match (section, kind) {
        (Section::Overview, ChartKind::Forecast) => "What must be true for the share floors",
        (Section::Overview, ChartKind::Economics) => "What must be true for 5:1 by year three",
        _ => return None,
    };
    Some((Section::Forecast.href(), words))
}

/// The theme's colours, following a change of theme for as long as the calling component lives.
pub fn watched_palette() -> Signal<Palette> {
    let palette = RwSignal::new(canvas::theme_palette());
    let watches = canvas::watch_theme(move || {
        let now = canvas::theme_palette();
        if palette.get_untracked() != now {
            palette.set(now);
        }
    });
    // Kept with the component: dropped (and so disconnected) when it goes.
    StoredValue::new_local(watches);
    palette.into()
}

/// The design's currency code, as a memo: charts redraw on a change of currency, not of design.
fn currency_of(app: AppState) -> Memo<String> {
    Memo::new(move |_| app.design.with(|d| d.firm.currency.code().to_owned()))
}

/// A chart's data: it reads only what that chart is drawn from (the design, or the engine's
/// results and the currency), so its memo changes only when the chart would.
fn chart_of(kind: ChartKind, app: AppState, currency: Memo<String>) -> AnyChart {
    AnyChart::of(
        kind,
        |f| app.design.with(f),
        |f| currency.with(|c| app.analysis.with(|a| f(a, c))),
    )
}
