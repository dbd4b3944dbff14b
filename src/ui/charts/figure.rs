//! One chart on the page: its heading, the canvas (an image whose accessible name is the
//! chart's message), and a "Show as table" toggle with the same numbers as a table.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use super::table::ChartTable;
use crate::browser::canvas::{self, Watch};
use crate::charts::{AnyChart, Chart, Palette};
use crate::ui::erase::{effect, handler, text};

/// What a canvas was last drawn with: the next draw happens only when this changes.
#[derive(Clone, PartialEq)]
struct Drawn {
    chart: AnyChart,
    palette: Palette,
    width: u32,
    scale: f64,
}

/// A chart with its heading, canvas and table toggle.
#[component]
pub fn ChartFigure(
    /// The chart's data; the canvas redraws when it changes, and only then.
    chart: Memo<AnyChart>,
    /// The theme's colours.
    palette: Signal<Palette>,
    /// A link onward from the chart: where, and its words.
    #[prop(default = None)]
    more: Option<(String, &'static str)>,
    /// CSS pixels per chart pixel: above 1 where the chart is read from afar.
    #[prop(default = 1.0)]
    zoom: f64,
) -> impl IntoView {
    // A figure's chart is always of one kind: its name and title never change.
    let (name, title) = chart.with_untracked(|c| (c.name(), c.title()));
    let heading_id = format!("chart-{name}-heading");
    let table_id = format!("chart-{name}-table");
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let frame_ref = NodeRef::<html::Div>::new();
    let width = RwSignal::new(0u32);
    let expanded = RwSignal::new(false);

    // The frame's width, from the layout: kept with the figure, dropped when it goes.
    let watch = StoredValue::new_local(None::<Watch>);
    Effect::new(effect(move |_| {
        if let Some(frame) = frame_ref.get()
            && watch.with_value(Option::is_none)
        {
            let found = canvas::watch_width(&frame, move |w| {
                if width.get_untracked() != w {
                    width.set(w);
                }
            });
            watch.set_value(found);
        }
    }));

    // Draws when the data, the theme or the size changed since the last draw. The first draw
    // comes in a task of its own, so a section full of charts does not open as one long task;
    // its height is set at once, so nothing moves when it comes.
    let latest = StoredValue::new(0u64);
    Effect::new(move |last: Option<Option<(Drawn, u64)>>| {
        let last = last.flatten();
        let next = Drawn {
            chart: chart.with(Chart::drawn),
            palette: palette.get(),
            width: (f64::from(width.get()) / zoom).floor() as u32,
            scale: canvas::device_pixel_ratio(),
        };
        let unchanged = last.as_ref().is_some_and(|(drawn, _)| *drawn == next);
        let (Some(canvas), false, true) = (canvas_ref.get(), unchanged, next.width > 0) else {
            return last;
        };
        let draws = last.map_or(0, |(_, n)| n) + 1;
        latest.set_value(draws);
        if draws == 1 {
            canvas::reserve(&canvas, &next.chart, next.width, zoom);
            let first = next.clone();
            set_timeout(
                move || {
                    // Drawn only if no later draw has come first.
                    if latest.try_get_value() == Some(1) {
                        canvas::paint(&canvas, &first.chart, first.palette, first.width, zoom, 1);
                    }
                },
                Duration::ZERO,
            );
        } else {
            canvas::paint(&canvas, &next.chart, next.palette, next.width, zoom, draws);
        }
        Some((next, draws))
    });

    let toggle_words = move || {
        if expanded.get() {
            "Hide table".to_owned()
        } else {
            "Show as table".to_owned()
        }
    };
    let labelled_by = heading_id.clone();
    let controls = table_id.clone();
    view! {
        <figure class="chart" data-chart=name aria-labelledby=labelled_by>
            <h3 id=heading_id class="chart-heading">{title}</h3>
            <div class="chart-frame" node_ref=frame_ref>
                <canvas node_ref=canvas_ref role="img"
                    aria-label=text(move || chart.with(|c| c.message()))></canvas>
            </div>
            <button type="button" class="chart-toggle"
                aria-expanded=text(move || expanded.get().to_string())
                aria-controls=controls
                aria-label=text(move || format!("{}: {title}", toggle_words()))
                on:click=handler(move |_| expanded.update(|e| *e = !*e))>
                {text(toggle_words)}
            </button>
            {more.map(|(href, words)| view! { <a class="chart-onward" href=href>{words}</a> })}
            <div id=table_id class="chart-table">
                {move || expanded.get().then(|| view! { <ChartTable table=chart.with(|c| c.table()) /> })}
            </div>
        </figure>
    }
}
