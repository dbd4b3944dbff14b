//! The engine's floor: one text field whose design text runs through everything the app's
//! features call (import, analysis, export, the Markdown document, a share link there and back,
//! the templates, the library in localStorage with its versions, every chart drawn on a canvas
//! and as SVG with its table, the board pack's summary and chapters, decision support, the
//! scenarios, compare, candidates read from CSV and both CSV exports), with the results written
//! below. What the app's .wasm holds beyond this is its UI.

use std::hint::black_box;

use chrono::Utc;
use leptos::prelude::*;
use partner_blueprint::browser::{canvas, storage};
use partner_blueprint::charts::svg::to_svg;
use partner_blueprint::charts::{AnyChart, Chart, Look};
use partner_blueprint::domain::analysis::analyse;
use partner_blueprint::domain::library::{self, Repository, VersionKind};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::{brief, compare, decision, format, scenarios, tables};
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// Everything the engine says about the design `text`, as one string.
fn run(text: &str) -> String {
    let design = match format::import(text) {
        Ok(design) => design,
        Err(refused) => return refused.to_string(),
    };
    let analysis = analyse(&design);
    let mut out = library::to_markdown(&design, &analysis);
    out.push_str(&format::export(&design, &analysis.findings));
    if let Ok(shared) = library::decode_payload(&library::encode_payload(&design)) {
        out.push_str(&shared.title);
    }
    let today = Utc::now().date_naive();
    for template in Template::ALL {
        out.push_str(template.label());
        out.push_str(template.description());
        out.push_str(&format::document(&template.design(today)));
    }
    if let Ok(store) = storage::LocalStore::open() {
        let mut repository = Repository::new(Box::new(store));
        if let Ok(scan) = repository.scan(0) {
            out.push_str(&scan.designs.len().to_string());
        }
        if let Ok((id, revision)) =
            repository.create(&design, &analysis.findings, 0, storage::entropy())
        {
            let _ = repository.save(&id, &design, &analysis.findings, revision, 1);
            if let Ok(loaded) = repository.load(&id, 2) {
                out.push_str(&loaded.design.title);
            }
            let _ = repository.take_version(&id, &design, VersionKind::Saved, "floor", 3);
            if let Ok(versions) = repository.versions(&id) {
                out.push_str(&versions.to_text());
            }
        }
    }
    // What the board pack, decision support, the scenarios and compare compute.
    black_box(brief::summarise(&design, &analysis));
    black_box(brief::chapters(&design, &analysis));
    black_box(decision::must_be_true(&design, &analysis.forecast));
    black_box(decision::tornado(&design, &analysis.forecast));
    black_box(scenarios::presets(&design, &analysis.forecast));
    black_box(scenarios::compare(&design));
    black_box(compare::compare(&Template::ALL[0].design(today), &design));
    // The candidates' CSV round trip: both exports, and the first read back as an import.
    let csv = tables::candidates_csv(&design, &analysis.ranking);
    out.push_str(&tables::forecast_csv(&design, &analysis.forecast));
    if let Ok(sheet) = tables::read(&csv) {
        let mapping = tables::guess(&sheet.headers, &design.candidates.criteria);
        let rows: Vec<_> = tables::check(&sheet, &mapping)
            .into_iter()
            .map(|(row, _)| row)
            .collect();
        let mut scorecard = design.candidates.clone();
        let _ = black_box(tables::merge(
            &mut scorecard,
            &rows,
            tables::OnMatch::Update,
        ));
    }
    for finding in &analysis.findings {
        let path = finding.path.dotted();
        for part in [finding.rule, &finding.message, finding.source, &path] {
            out.push_str(part);
        }
    }
    let charts = AnyChart::all_of(&design, &analysis);
    let surface = document()
        .get_element_by_id("chart")
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok());
    for chart in charts {
        if let Some(surface) = &surface {
            canvas::paint(surface, &chart, canvas::theme_palette(), 600, 1.0, 1);
        }
        out.push_str(&to_svg(&chart, 600, &Look::default()));
        out.push_str(&chart.message());
        let table = chart.table();
        out.push_str(&table.caption);
        for cell in table.head.iter().chain(table.rows.iter().flatten()) {
            out.push_str(cell);
        }
    }
    out
}

fn main() {
    leptos::mount::mount_to_body(|| {
        let text = RwSignal::new(String::new());
        view! {
            <label for="field">"A design"</label>
            <textarea id="field" prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <canvas id="chart"></canvas>
            <pre>{move || text.with(|t| run(t))}</pre>
        }
    });
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
