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
use crate::charts::{
    AnyChart, CommissionsChart, EconomicsChart, ForecastChart, FunnelChart, Palette, PathsChart,
    RankingChart, ReadinessChart,
};
use figure::ChartFigure;

/// A chart the app can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Readiness,
    Forecast,
    Funnel,
    Economics,
    Paths,
    Ranking,
    Commissions,
}

/// The charts of a section, in the order they are shown.
fn kinds(section: Section) -> &'static [Kind] {
    match section {
        Section::Overview => &[
            Kind::Readiness,
            Kind::Forecast,
            Kind::Funnel,
            Kind::Economics,
            Kind::Paths,
        ],
        Section::Scoreboard => &[Kind::Forecast, Kind::Funnel, Kind::Economics],
        Section::OperatingModel => &[Kind::Paths, Kind::Commissions],
        Section::Candidates => &[Kind::Ranking],
        Section::Firm | Section::Thesis | Section::Archetypes | Section::Journey => &[],
    }
}

/// The charts shown in a section, below its form.
pub fn charts_for(section: Section) -> AnyView {
    let kinds = kinds(section);
    if kinds.is_empty() {
        return ().into_any();
    }
    view! { <ChartPanel kinds=kinds /> }.into_any()
}

/// A section's charts, sharing one watch on the theme.
#[component]
fn ChartPanel(
    /// The charts to show, in order.
    kinds: &'static [Kind],
) -> impl IntoView {
    let app = use_app();
    let palette = RwSignal::new(canvas::theme_palette());
    let watches = canvas::watch_theme(move || {
        let now = canvas::theme_palette();
        if palette.get_untracked() != now {
            palette.set(now);
        }
    });
    // Kept with the panel: dropped (and so disconnected) when the panel goes.
    let _watches = StoredValue::new_local(watches);
    let palette: Signal<Palette> = palette.into();
    let currency = Memo::new(move |_| app.design.with(|d| d.firm.currency.code().to_owned()));
    view! {
        <div class="charts">
            {kinds
                .iter()
                .map(|kind| {
                    let kind = *kind;
                    let chart = Memo::new(move |_| chart_of(kind, app, currency));
                    view! { <ChartFigure chart palette /> }
                })
                .collect_view()}
        </div>
    }
}

/// A chart's data, from the engine's results: it reads only what that chart shows, so its memo
/// changes only when the chart would.
fn chart_of(kind: Kind, app: AppState, currency: Memo<String>) -> AnyChart {
    let analysis = app.analysis;
    match kind {
        Kind::Readiness => {
            analysis.with(|a| AnyChart::Readiness(ReadinessChart::new(&a.readiness)))
        }
        Kind::Forecast => currency
            .with(|c| analysis.with(|a| AnyChart::Forecast(ForecastChart::new(&a.forecast, c)))),
        Kind::Funnel => currency.with(|c| {
            analysis.with(|a| AnyChart::Funnel(FunnelChart::new(a.forecast.funnel(), c)))
        }),
        Kind::Economics => currency
            .with(|c| analysis.with(|a| AnyChart::Economics(EconomicsChart::new(&a.forecast, c)))),
        Kind::Paths => app.design.with(|d| AnyChart::Paths(PathsChart::of(d))),
        Kind::Ranking => analysis.with(|a| AnyChart::Ranking(RankingChart::new(&a.ranking))),
        Kind::Commissions => app
            .design
            .with(|d| AnyChart::Commissions(CommissionsChart::of(d))),
    }
}
