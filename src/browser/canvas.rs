//! The chart canvas: drawing a chart on a `<canvas>` at the screen's pixel density, the theme's
//! colours read from the page's CSS custom properties, and watching for what asks for a redraw
//! — the canvas's box resized by the layout, the theme switched by the system or by the
//! `data-theme` attribute on `<html>`. Every failure becomes "nothing happens", never a panic.

use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlCanvasElement, MediaQueryList, MutationObserver, ResizeObserver};

use crate::charts::{Chart, Look, Palette, words};

/// The query whose answer changes when the system switches between light and dark.
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// Device pixels per CSS pixel; 1 when the browser does not say.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// The theme's colours, as the page computes its custom properties on `<html>` now.
pub fn theme_palette() -> Palette {
    let style = web_sys::window().and_then(|w| {
        let root = w.document()?.document_element()?;
        w.get_computed_style(&root).ok().flatten()
    });
    match style {
        Some(style) => Palette::from_lookup(|name| style.get_property_value(name).ok()),
        None => Palette::light(),
    }
}

/// Milliseconds since the page loaded, for timing a draw.
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Gives `canvas` the height `chart` will be drawn at, `width` chart pixels wide and each chart
/// pixel `zoom` CSS pixels, so the layout has its final size before the chart is drawn. Returns
/// the height in chart pixels.
pub fn reserve<C: Chart>(canvas: &HtmlCanvasElement, chart: &C, width: u32, zoom: f64) -> u32 {
    let height = chart.height(width);
    let css = (f64::from(height) * zoom).round();
    let _ = canvas.style().set_property("height", &format!("{css}px"));
    height
}

/// Draws `chart` on `canvas`, `width` chart pixels wide at the chart's own height, each chart
/// pixel `zoom` CSS pixels (1 but on a projector, where the chart's words must carry to the back
/// of the room): the canvas's pixels are its CSS size × the device pixel ratio, so lines and
/// text stay sharp. Records the
/// draw's duration in `data-draw-ms` and the number of draws in `data-draws`. Returns the
/// duration in milliseconds, or none when the canvas could not be drawn on.
pub fn paint<C: Chart>(
    canvas: &HtmlCanvasElement,
    chart: &C,
    palette: Palette,
    width: u32,
    zoom: f64,
    draws: u64,
) -> Option<f64> {
    let started = now();
    let scale = device_pixel_ratio() * zoom;
    let height = reserve(canvas, chart, width, zoom);
    // Setting the size clears the canvas, even to the same size.
    canvas.set_width((f64::from(width) * scale).round() as u32);
    canvas.set_height((f64::from(height) * scale).round() as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let area = backend.into_drawing_area();
    let look = Look { palette, scale };
    if let Err(e) = chart.draw(&area, &look).and_then(|()| area.present()) {
        leptos::logging::warn!("the {} chart could not be drawn: {e}", chart.name());
        return None;
    }
    let elapsed = now() - started;
    let _ = canvas.set_attribute("data-draw-ms", &words::millis(elapsed));
    let _ = canvas.set_attribute("data-draws", &draws.to_string());
    Some(elapsed)
}

/// What a watch listens with; dropping the watch stops it.
enum Source {
    Resize(ResizeObserver),
    Mutation(MutationObserver),
    Media(MediaQueryList),
}

/// A running watch. Dropping it disconnects the observer (or removes the listener) before its
/// callback is freed.
pub struct Watch {
    source: Source,
    callback: Closure<dyn FnMut()>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        match &self.source {
            Source::Resize(observer) => observer.disconnect(),
            Source::Mutation(observer) => observer.disconnect(),
            Source::Media(list) => {
                let _ = list.remove_event_listener_with_callback(
                    "change",
                    self.callback.as_ref().unchecked_ref(),
                );
            }
        }
    }
}

/// Calls `on_width` with `element`'s width in whole CSS pixels now and whenever the layout
/// resizes it.
pub fn watch_width(element: &Element, on_width: impl Fn(u32) + 'static) -> Option<Watch> {
    let target = element.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        on_width(target.client_width().max(0) as u32);
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(Watch {
        source: Source::Resize(observer),
        callback,
    })
}

/// Calls `on_change` whenever the theme may have changed: the system's colour scheme, or an
/// attribute of `<html>` (where the app keeps a chosen theme in `data-theme`).
pub fn watch_theme(on_change: impl Fn() + Clone + 'static) -> Vec<Watch> {
    let mut watches = Vec::new();
    let Some(window) = web_sys::window() else {
        return watches;
    };
    if let Some(list) = window.match_media(DARK_QUERY).ok().flatten() {
        let callback = Closure::<dyn FnMut()>::new(on_change.clone());
        if list
            .add_event_listener_with_callback("change", callback.as_ref().unchecked_ref())
            .is_ok()
        {
            watches.push(Watch {
                source: Source::Media(list),
                callback,
            });
        }
    }
    let root = window.document().and_then(|d| d.document_element());
    let callback = Closure::<dyn FnMut()>::new(on_change);
    if let (Some(root), Ok(observer)) = (
        root,
        MutationObserver::new(callback.as_ref().unchecked_ref()),
    ) {
        let options = web_sys::MutationObserverInit::new();
        options.set_attributes(true);
        if observer.observe_with_options(&root, &options).is_ok() {
            watches.push(Watch {
                source: Source::Mutation(observer),
                callback,
            });
        }
    }
    watches
}
