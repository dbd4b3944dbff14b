//! Charts beside the sections they belong to: readiness, the forecast, the funnel, the economics
//! and the two paths together on the overview; the forecast, funnel and economics by the
//! scoreboard; the paths and the commissions by the operating model; the ranking by the
//! candidates. Each chart's data is a memo over the engine's results, so a chart redraws only
//! when what it shows changes.

mod figure;
mod table;

use leptos::prelude::*;

use super::section::Section;
use super::state::use_app;
use crate::browser::canvas;
use crate::charts::{
    CommissionsChart, EconomicsChart, ForecastChart, FunnelChart, Palette, PathsChart,
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
    view! {
        <div class="charts">
            {kinds.iter().map(|kind| figure_for(*kind, palette)).collect_view()}
        </div>
    }
}

fn figure_for(kind: Kind, palette: Signal<Palette>) -> AnyView {
    let app = use_app();
    let currency = Memo::new(move |_| app.design.with(|d| d.firm.currency.code().to_owned()));
    match kind {
        Kind::Readiness => {
            let chart =
                Memo::new(move |_| app.analysis.with(|a| ReadinessChart::new(&a.readiness)));
            view! { <ChartFigure chart palette /> }.into_any()
        }
        Kind::Forecast => {
            let chart = Memo::new(move |_| {
                currency.with(|c| app.analysis.with(|a| ForecastChart::new(&a.forecast, c)))
            });
            view! { <ChartFigure chart palette /> }.into_any()
        }
        Kind::Funnel => {
            let chart = Memo::new(move |_| {
                currency.with(|c| {
                    app.analysis
                        .with(|a| FunnelChart::new(a.forecast.funnel(), c))
                })
            });
            view! { <ChartFigure chart palette /> }.into_any()
        }
        Kind::Economics => {
            let chart = Memo::new(move |_| {
                currency.with(|c| app.analysis.with(|a| EconomicsChart::new(&a.forecast, c)))
            });
            view! { <ChartFigure chart palette /> }.into_any()
        }
        Kind::Paths => {
            let chart = Memo::new(move |_| app.design.with(PathsChart::of));
            view! { <ChartFigure chart palette /> }.into_any()
        }
        Kind::Ranking => {
            let chart = Memo::new(move |_| app.analysis.with(|a| RankingChart::new(&a.ranking)));
            view! { <ChartFigure chart palette /> }.into_any()
        }
        Kind::Commissions => {
            let chart = Memo::new(move |_| app.design.with(CommissionsChart::of));
            view! { <ChartFigure chart palette /> }.into_any()
        }
    }
}
