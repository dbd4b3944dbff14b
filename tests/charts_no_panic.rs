#![cfg(not(target_arch = "wasm32"))]
//! No design import accepts can make a chart panic, decision support's among them: arbitrary
//! valid designs (numbers at their extremes, long unicode names, empty and long lists) are
//! charted, said in words, tabled and drawn, wide and narrow, at two pixel ratios.

#[path = "no_panic/designs.rs"]
mod designs;

use partner_blueprint::charts::{
    Chart, CommissionsChart, EconomicsChart, ForecastChart, FunnelChart, Look, Measure, PathsChart,
    RankingChart, ReadinessChart, ScenarioChart, TornadoChart,
};
use partner_blueprint::domain::Design;
use partner_blueprint::domain::analysis::analyse;
use partner_blueprint::domain::decision::tornado;
use partner_blueprint::domain::scenarios::compare;
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use proptest::prelude::*;

/// Says, tables and draws `chart` at each width and scale.
fn exercise<C: Chart>(chart: &C) {
    assert!(!chart.message().is_empty());
    assert!(!chart.table().caption.is_empty());
    for width in [300, 900] {
        for scale in [1.0, 2.0] {
            let look = Look {
                scale,
                ..Look::default()
            };
            let height = chart.height(width);
            let size = (
                (f64::from(width) * scale) as u32,
                (f64::from(height) * scale) as u32,
            );
            let mut svg = String::new();
            let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            assert!(chart.draw(&area, &look).is_ok(), "{} draws", chart.name());
        }
    }
}

fn chart_everything(design: &Design) {
    let analysis = analyse(design);
    let currency = design.firm.currency.code();
    exercise(&ReadinessChart::new(&analysis.readiness));
    exercise(&ForecastChart::new(&analysis.forecast, currency));
    exercise(&FunnelChart::new(analysis.forecast.funnel(), currency));
    exercise(&EconomicsChart::new(&analysis.forecast, currency));
    exercise(&PathsChart::of(design));
    exercise(&RankingChart::new(&analysis.ranking));
    exercise(&CommissionsChart::of(design));
    let bars = tornado(design, &analysis.forecast);
    exercise(&TornadoChart::new(
        &bars,
        &analysis.forecast,
        Measure::Share,
    ));
    exercise(&TornadoChart::new(
        &bars,
        &analysis.forecast,
        Measure::Return,
    ));
    exercise(&ScenarioChart::new(&compare(design), &analysis.forecast));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_design_is_charted_without_panicking(design in designs::design()) {
        chart_everything(&design);
    }
}
