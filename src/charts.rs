//! Charts of the design: one drawing per computed result that has a shape. Each chart is plain
//! data built from the engine's results (`domain::analysis`, `plan::compare_paths`,
//! `commissions::by_model` / `by_tier`, `decision::tornado`, `scenarios::compare`), and knows three things about itself:
//!
//! - how to draw itself on any plotters [`DrawingBackend`]: an SVG string in native tests and the
//!   board pack, the page's canvas in the app. A chart draws its marks once, on a [`Sketch`],
//!   which then replays them on the backend, so the drawing code is compiled once, not once per
//!   backend;
//! - its message in words ([`Chart::message`]), the canvas's accessible name;
//! - the same numbers as a table ([`Chart::table`]), for the "Show as table" toggle.
//!
//! Nothing here touches the browser or the UI: the look (colours, pixel scale) comes in as data.
//! Charts are drawn from plotters' primitives rather than its chart builder, whose axis labels
//! measure text through the DOM in the browser; every label here is placed by its anchor.

mod any;
mod columns;
mod commissions;
mod economics;
mod forecast;
mod funnel;
mod hbars;
mod kit;
mod look;
mod paths;
mod paths_layout;
mod ranking;
mod readiness;
mod scale;
mod scenarios;
mod sketch;
pub mod svg;
mod table;
mod tornado;
pub mod words;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

pub use any::{AnyChart, ChartKind};
pub use commissions::CommissionsChart;
pub use economics::EconomicsChart;
pub use forecast::ForecastChart;
pub use funnel::FunnelChart;
pub use look::{Look, Palette, Rgb, parse_colour};
pub use paths::PathsChart;
pub use ranking::{RankingChart, SHOWN_CANDIDATES};
pub use readiness::ReadinessChart;
pub use scenarios::ScenarioChart;
pub use sketch::Sketch;
pub use table::Table;
pub use tornado::{Measure, Swing, TornadoChart};

/// What drawing on a backend can fail with.
pub type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// A chart: data that draws itself, says its message and lists its numbers.
pub trait Chart: Clone + PartialEq + 'static {
    /// A short stable name: the element ids and the benchmark's labels use it.
    fn name(&self) -> &'static str;

    /// The chart's heading.
    fn title(&self) -> &'static str;

    /// The chart's message in one or two sentences, for the canvas's accessible name.
    fn message(&self) -> String;

    /// The numbers the chart shows, as a table with a caption.
    fn table(&self) -> Table;

    /// The part of the chart its picture shows: a canvas needs redrawing only when this
    /// changes. All of it, unless the chart leaves some of its data to the table.
    fn drawn(&self) -> Self {
        self.clone()
    }

    /// The height the chart needs, in CSS pixels, when drawn `width` CSS pixels wide.
    fn height(&self, width: u32) -> u32;

    /// Draws the chart over the whole of `sketch`, scaled by `look.scale` device pixels per CSS
    /// pixel.
    fn sketch(&self, sketch: &mut Sketch, look: &Look);

    /// Draws the chart over the whole of `area`, scaled by `look.scale` device pixels per CSS
    /// pixel: sketched, then replayed on `area`'s backend, so that only the replay is compiled
    /// once per backend.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        look: &Look,
    ) -> Result<(), DrawError<DB>> {
        let mut sketch = Sketch::new(area.dim_in_pixel());
        self.sketch(&mut sketch, look);
        sketch.replay(area)
    }
}
