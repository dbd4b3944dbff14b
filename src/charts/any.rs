//! Any chart, as one type. The app holds every chart it shows as an [`AnyChart`], so its
//! reactive plumbing (a memo, an effect, a canvas) exists once in the compiled app rather than
//! once per kind of chart; each method passes on to the chart inside.

use plotters::prelude::DrawingBackend;

use super::kit::Area;
use super::{
    Chart, CommissionsChart, DrawError, EconomicsChart, ForecastChart, FunnelChart, Look,
    PathsChart, RankingChart, ReadinessChart, Table,
};
use crate::domain::Design;
use crate::domain::analysis::Analysis;

/// One of the charts.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyChart {
    Readiness(ReadinessChart),
    Forecast(ForecastChart),
    Funnel(FunnelChart),
    Economics(EconomicsChart),
    Paths(PathsChart),
    Ranking(RankingChart),
    Commissions(CommissionsChart),
}

/// A kind of chart, in the order the overview shows them and then the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Readiness,
    Forecast,
    Funnel,
    Economics,
    Paths,
    Ranking,
    Commissions,
}

impl ChartKind {
    pub const ALL: [ChartKind; 7] = [
        ChartKind::Readiness,
        ChartKind::Forecast,
        ChartKind::Funnel,
        ChartKind::Economics,
        ChartKind::Paths,
        ChartKind::Ranking,
        ChartKind::Commissions,
    ];
}

/// Lends a reader the design.
pub type WithDesign<'a> = &'a dyn Fn(&Design) -> AnyChart;
/// Lends a reader the engine's results and the design's currency code.
pub type WithResults<'a> = &'a dyn Fn(&Analysis, &str) -> AnyChart;

impl AnyChart {
    /// The chart `kind`, drawn either from the design, which `design` lends, or from the
    /// engine's results, which `results` lends. Only the one it is drawn from is called, so a
    /// caller that tracks what it reads (the app's chart memos) follows only that.
    pub fn of(
        kind: ChartKind,
        design: impl FnOnce(WithDesign) -> AnyChart,
        results: impl FnOnce(WithResults) -> AnyChart,
    ) -> AnyChart {
        match kind {
            ChartKind::Readiness => {
                results(&|a, _| AnyChart::Readiness(ReadinessChart::new(&a.readiness)))
            }
            ChartKind::Forecast => {
                results(&|a, c| AnyChart::Forecast(ForecastChart::new(&a.forecast, c)))
            }
            ChartKind::Funnel => {
                results(&|a, c| AnyChart::Funnel(FunnelChart::new(a.forecast.funnel(), c)))
            }
            ChartKind::Economics => {
                results(&|a, c| AnyChart::Economics(EconomicsChart::new(&a.forecast, c)))
            }
            ChartKind::Paths => design(&|d| AnyChart::Paths(PathsChart::of(d))),
            ChartKind::Ranking => results(&|a, _| AnyChart::Ranking(RankingChart::new(&a.ranking))),
            ChartKind::Commissions => design(&|d| AnyChart::Commissions(CommissionsChart::of(d))),
        }
    }

    /// Every chart of `design`, whose analysis is `analysis`, in [`ChartKind::ALL`]'s order.
    pub fn all_of(design: &Design, analysis: &Analysis) -> [AnyChart; 7] {
        let currency = design.firm.currency.code();
        ChartKind::ALL.map(|kind| AnyChart::of(kind, |f| f(design), |f| f(analysis, currency)))
    }
}

/// Runs `$body` with `$chart` bound to the chart inside `$any`.
macro_rules! each {
    ($any:expr, $chart:ident => $body:expr) => {
        match $any {
            AnyChart::Readiness($chart) => $body,
            AnyChart::Forecast($chart) => $body,
            AnyChart::Funnel($chart) => $body,
            AnyChart::Economics($chart) => $body,
            AnyChart::Paths($chart) => $body,
            AnyChart::Ranking($chart) => $body,
            AnyChart::Commissions($chart) => $body,
        }
    };
}

impl Chart for AnyChart {
    fn name(&self) -> &'static str {
        each!(self, c => c.name())
    }

    fn title(&self) -> &'static str {
        each!(self, c => c.title())
    }

    fn message(&self) -> String {
        each!(self, c => c.message())
    }

    fn table(&self) -> Table {
        each!(self, c => c.table())
    }

    fn drawn(&self) -> Self {
        match self {
            AnyChart::Ranking(c) => AnyChart::Ranking(c.drawn()),
            other => other.clone(),
        }
    }

    fn height(&self, width: u32) -> u32 {
        each!(self, c => c.height(width))
    }

    fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, look: &Look) -> Result<(), DrawError<DB>> {
        each!(self, c => c.draw(area, look))
    }
}
