//! The charts drawn on real canvases in headless Chromium, for the large design (200 candidates,
//! 12 quarters): every chart leaves pixels on its canvas at twice the CSS size when the pixel
//! ratio is 2, and each draw's time is printed as
//! `chart_canvas_draw_ms_median{chart=<name>}=<ms>` (run with `--release` for the figures the
//! app has; the budget is 5 ms a chart).
#![cfg(target_arch = "wasm32")]

#[path = "../examples/support/large_design.rs"]
mod large_design;

use partner_blueprint::browser::canvas::{paint, theme_palette};
use partner_blueprint::charts::{
    Chart, CommissionsChart, EconomicsChart, ForecastChart, FunnelChart, PathsChart, RankingChart,
    ReadinessChart,
};
use partner_blueprint::domain::analysis::analyse;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

/// CSS pixels: a chart's width on a laptop.
const WIDTH: u32 = 760;
/// Draws per chart for the timing.
const RUNS: usize = 15;

fn new_canvas() -> HtmlCanvasElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .expect("a canvas")
        .unchecked_into();
    let _ = canvas.style().set_property("width", &format!("{WIDTH}px"));
    document
        .body()
        .expect("a body")
        .append_child(&canvas)
        .expect("appended");
    canvas
}

/// How many pixels of the canvas are not transparent.
fn painted(canvas: &HtmlCanvasElement) -> usize {
    let context = canvas
        .get_context("2d")
        .expect("a context")
        .expect("a 2d context");
    let get: js_sys::Function = js_sys::Reflect::get(&context, &"getImageData".into())
        .expect("getImageData")
        .unchecked_into();
    let args = js_sys::Array::of4(
        &JsValue::from(0),
        &JsValue::from(0),
        &JsValue::from(canvas.width()),
        &JsValue::from(canvas.height()),
    );
    let image = get.apply(&context, &args).expect("image data");
    let data = js_sys::Reflect::get(&image, &"data".into()).expect("pixels");
    let bytes = js_sys::Uint8ClampedArray::from(data).to_vec();
    bytes.chunks(4).filter(|p| p[3] > 0).count()
}

/// Draws `chart` RUNS times, checks what it left, and prints the median draw time.
fn draw_and_time<C: Chart>(chart: &C) {
    let canvas = new_canvas();
    let palette = theme_palette();
    let mut times: Vec<f64> = (1..=RUNS as u64)
        .filter_map(|n| paint(&canvas, chart, palette, WIDTH, 1.0, n))
        .collect();
    assert_eq!(times.len(), RUNS, "every draw of {} succeeds", chart.name());
    let scale = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    assert_eq!(
        canvas.width(),
        (f64::from(WIDTH) * scale).round() as u32,
        "device pixels"
    );
    assert!(painted(&canvas) > 1000, "{} leaves pixels", chart.name());
    assert_eq!(canvas.get_attribute("data-draws"), Some(RUNS.to_string()));
    times.sort_by(f64::total_cmp);
    console_log!(
        "chart_canvas_draw_ms_median{{chart={}}}={:.3}",
        chart.name(),
        times[RUNS / 2]
    );
    canvas.remove();
}

#[wasm_bindgen_test]
fn every_chart_of_the_large_design_draws_on_a_canvas() {
    let design = large_design::large_design();
    let analysis = analyse(&design);
    let currency = design.firm.currency.code();
    draw_and_time(&ReadinessChart::new(&analysis.readiness));
    draw_and_time(&ForecastChart::new(&analysis.forecast, currency));
    draw_and_time(&FunnelChart::new(analysis.forecast.funnel(), currency));
    draw_and_time(&EconomicsChart::new(&analysis.forecast, currency));
    draw_and_time(&PathsChart::of(&design));
    draw_and_time(&RankingChart::new(&analysis.ranking));
    draw_and_time(&CommissionsChart::of(&design));
}
