//! Times a full recompute of the engine on a large design: 200 candidates on 8 criteria, 12
//! quarters, and every list filled. A recompute is what the app runs after each edit: the
//! analysis (forecast, ranking, health check and readiness), path A against path B and the
//! commission chart.
//!
//! Run with `cargo run --release --example bench_engine`; prints one line,
//! `engine_recompute_us_median=<n> p95=<n>`, in microseconds (budget: 1000).

use std::hint::black_box;
use std::time::Instant;

use partner_blueprint::domain::Design;
use partner_blueprint::domain::analysis::analyse;
use partner_blueprint::domain::commissions::by_model;
use partner_blueprint::domain::plan::compare_paths;

#[path = "support/large_design.rs"]
mod support;
use support::large_design;

const WARM_UP: usize = 100;
const RUNS: usize = 2_000;
fn recompute(design: &Design) -> usize {
    let analysis = analyse(design);
    let paths = compare_paths(design);
    let models = by_model(
        &design.operating.compensation,
        design.firm.average_deal_size,
    );
    analysis.findings.len()
        + analysis.ranking.ranked.len()
        + paths.hire_first.milestones.len()
        + models.len()
}

fn main() {
    let design = large_design();
    for _ in 0..WARM_UP {
        black_box(recompute(black_box(&design)));
    }
    let mut micros: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(recompute(black_box(&design)));
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    let median = micros[RUNS / 2];
    let p95 = micros[RUNS * 95 / 100];
    println!("engine_recompute_us_median={median:.1} p95={p95:.1}");
}
