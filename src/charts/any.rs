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

impl AnyChart {
    /// Every chart of `design`, whose analysis is `analysis`, in the order the overview shows
    /// them and then the others.
    pub fn all_of(design: &Design, analysis: &Analysis) -> [AnyChart; 7] {
        let currency = design.firm.currency.code();
        [
            AnyChart::Readiness(ReadinessChart::new(&analysis.readiness)),
            AnyChart::Forecast(ForecastChart::new(&analysis.forecast, currency)),
            AnyChart::Funnel(FunnelChart::new(analysis.forecast.funnel(), currency)),
            AnyChart::Economics(EconomicsChart::new(&analysis.forecast, currency)),
            AnyChart::Paths(PathsChart::of(design)),
            AnyChart::Ranking(RankingChart::new(&analysis.ranking)),
            AnyChart::Commissions(CommissionsChart::of(design)),
        ]
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
