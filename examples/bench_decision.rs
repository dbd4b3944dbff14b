//! Times decision support on the large design (200 candidates on 8 criteria, 12 quarters, three
//! pools): what must be true for every goal and lever, and the tornado. It runs after the typing pause, like the
//! findings, never on a keystroke.
//!
//! Run with `cargo run --release --example bench_decision`; prints one line,
//! `decision_support_ms_median=<n> p95=<n> forecast_us=<n>`: milliseconds (budget: 10), and one
//! forecast's microseconds.

use std::hint::black_box;
use std::time::Instant;

use partner_blueprint::domain::decision::{must_be_true, tornado};
use partner_blueprint::domain::forecast::forecast;

#[path = "support/large_design.rs"]
mod support;
use support::large_design;

const WARM_UP: usize = 5;
const RUNS: usize = 60;

fn main() {
    let design = large_design();
    let base = forecast(&design);
    for _ in 0..WARM_UP {
        black_box(must_be_true(black_box(&design), &base));
        black_box(tornado(black_box(&design), &base));
    }
    let mut millis: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(must_be_true(black_box(&design), &base));
            black_box(tornado(black_box(&design), &base));
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    millis.sort_by(f64::total_cmp);
    let median = millis[RUNS / 2];
    let p95 = millis[RUNS * 95 / 100];
    let started = Instant::now();
    let one_forecast = {
        for _ in 0..200 {
            black_box(forecast(black_box(&design)));
        }
        started.elapsed().as_secs_f64() * 1e6 / 200.0
    };
    println!("decision_support_ms_median={median:.2} p95={p95:.2} forecast_us={one_forecast:.1}");
}
