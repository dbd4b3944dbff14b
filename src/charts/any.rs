//! Any chart, as one type. The app holds every chart it shows as an [`AnyChart`], so its
//! reactive plumbing (a memo, an effect, a canvas) exists once in the compiled app rather than
//! once per kind of chart; each method passes on to the chart inside.

use super::sketch::Sketch;
use super::{
    Chart, CommissionsChart, EconomicsChart, ForecastChart, FunnelChart, Look, Measure, PathsChart,
    RankingChart, ReadinessChart, ScenarioChart, Table, TornadoChart,
};
use crate::domain::Design;
use crate::domain::analysis::Analysis;
use crate::domain::decision::{Bar, tornado};
use crate::domain::forecast::{Forecast, forecast};
use crate::domain::scenarios::{Headline, compare, effective};

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
    /// What matters most, for either measure.
    Tornado(TornadoChart),
    Scenarios(ScenarioChart),
}

/// A kind of chart: the analysis's, in the order the overview shows them and then the others,
/// and then decision support's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Readiness,
    Forecast,
    Funnel,
    Economics,
    Paths,
    Ranking,
    Commissions,
    TornadoShare,
    TornadoReturn,
    Scenarios,
}

impl ChartKind {
    /// The charts of the analysis: what [`AnyChart::all_of`] draws.
    pub const ALL: [ChartKind; 7] = [
        ChartKind::Readiness,
        ChartKind::Forecast,
        ChartKind::Funnel,
        ChartKind::Economics,
        ChartKind::Paths,
        ChartKind::Ranking,
        ChartKind::Commissions,
    ];

    /// Decision support's charts, each drawn from the design by forecasts of its own.
    pub const DECISION: [ChartKind; 3] = [
        ChartKind::TornadoShare,
        ChartKind::TornadoReturn,
        ChartKind::Scenarios,
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
            ChartKind::TornadoShare => design(&|d| AnyChart::tornado_of(d, Measure::Share)),
            ChartKind::TornadoReturn => design(&|d| AnyChart::tornado_of(d, Measure::Return)),
            ChartKind::Scenarios => {
                design(&|d| AnyChart::scenarios(&compare(d), &forecast(&effective(d))))
            }
        }
    }

    /// The tornado of `bars` for `measure`, around the design's own forecast `base`.
    pub fn tornado(bars: &[Bar], base: &Forecast, measure: Measure) -> AnyChart {
        AnyChart::Tornado(TornadoChart::new(bars, base, measure))
    }

    /// The scenarios' `headlines` side by side, with the floors and quarters of `base`.
    pub fn scenarios(headlines: &[Headline], base: &Forecast) -> AnyChart {
        AnyChart::Scenarios(ScenarioChart::new(headlines, base))
    }

    /// The tornado of `design` as the analysis reads it, under its active scenario. Runs two
    /// forecasts per banded assumption, so only a chart that shows it asks for it.
    fn tornado_of(design: &Design, measure: Measure) -> AnyChart {
        let design = effective(design);
        let base = forecast(&design);
        AnyChart::tornado(&tornado(&design, &base), &base, measure)
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
            AnyChart::Tornado($chart) => $body,
            AnyChart::Scenarios($chart) => $body,
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

    fn sketch(&self, sketch: &mut Sketch, look: &Look) {
        each!(self, c => c.sketch(sketch, look))
    }
}
