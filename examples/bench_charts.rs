//! Times drawing each chart of a large design: the Series B template with 200 candidates and 12
//! quarters (examples/support/large_design.rs). Each chart is built from the engine's results once, then
//! drawn many times, 760 CSS pixels wide at a device pixel ratio of 2, to an SVG string.
//!
//! Run with `cargo run --release --example bench_charts`; prints one line per chart,
//! `chart_draw_us_median{chart=<name>}=<n> p95=<n>`, in microseconds (budget: 5000 per chart).

#[path = "support/large_design.rs"]
mod support;

use std::hint::black_box;
use std::time::Instant;

use partner_blueprint::charts::{
    Chart, CommissionsChart, EconomicsChart, ForecastChart, FunnelChart, Look, PathsChart,
    RankingChart, ReadinessChart,
};
use partner_blueprint::domain::analysis::analyse;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

const WARM_UP: usize = 20;
const RUNS: usize = 300;
/// CSS pixels: a chart's width on a laptop.
const WIDTH: u32 = 760;

/// Draws `chart` once and returns the SVG's length, so the work cannot be skipped.
fn draw<C: Chart>(chart: &C, look: &Look) -> usize {
    let height = chart.height(WIDTH);
    let size = (
        (f64::from(WIDTH) * look.scale) as u32,
        (f64::from(height) * look.scale) as u32,
    );
    let mut svg = String::with_capacity(64 * 1024);
    {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        if chart
            .draw(&area, look)
            .and_then(|()| area.present())
            .is_err()
        {
            return 0;
        }
    }
    svg.len()
}

/// Prints the median and 95th percentile of drawing `chart`, in microseconds.
fn time<C: Chart>(chart: &C) {
    let look = Look {
        scale: 2.0,
        ..Look::default()
    };
    for _ in 0..WARM_UP {
        black_box(draw(black_box(chart), &look));
    }
    let mut micros: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(draw(black_box(chart), &look));
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    let median = micros[RUNS / 2];
    let p95 = micros[RUNS * 95 / 100];
    println!(
        "chart_draw_us_median{{chart={}}}={median:.1} p95={p95:.1}",
        chart.name()
    );
}

fn main() {
    let design = support::large_design();
    let analysis = analyse(&design);
    let currency = design.firm.currency.code();
    time(&ReadinessChart::new(&analysis.readiness));
    time(&ForecastChart::new(&analysis.forecast, currency));
    time(&FunnelChart::new(analysis.forecast.funnel(), currency));
    time(&EconomicsChart::new(&analysis.forecast, currency));
    time(&PathsChart::of(&design));
    time(&RankingChart::new(&analysis.ranking));
    time(&CommissionsChart::of(&design));
}
