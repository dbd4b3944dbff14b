//! The board pack: the design as a document to read and to print, not forms. What it says is
//! `domain::brief`'s — the summary, the chapters and the findings the Markdown export writes too
//! — and the charts are drawn to SVG, which prints as vectors where a canvas prints blank. It is
//! a section of its own, and what the browser prints from any other section.

mod chapter;
mod figures;
mod summary;

pub use chapter::ChapterView;
pub use summary::SummaryPage;

use leptos::prelude::*;

use crate::domain::brief::{appendix, chapters, summarise, words};
use crate::ui::state::use_app;

/// The whole board pack of the design in view.
#[component]
pub fn BoardPack() -> impl IntoView {
    let app = use_app();
    let title = move || {
        app.design.with(|d| {
            let title = d.title.trim();
            if title.is_empty() {
                "Untitled design".to_owned()
            } else {
                title.to_owned()
            }
        })
    };
    let kickoff = move || app.design.with(|d| words::date(d.firm.kickoff.date()));
    view! {
        <article class="board-pack">
            <header class="pack-cover">
                <p class="pack-title">{title}</p>
                <p class="pack-sub">"Partner program design, from the kickoff on " {kickoff}</p>
            </header>
            {move || app.analysis.with(|a| app.design.with(|d| {
                let summary = summarise(d, a);
                let chapters = chapters(d, a);
                view! {
                    <summary::SummaryPage summary />
                    <div class="pack-chapters">
                        {chapters.into_iter().map(|c| view! { <chapter::ChapterView chapter=c /> }).collect_view()}
                    </div>
                }
            }))}
            <figures::Figures />
            <section class="pack-appendix">
                <h3>"Appendix: findings and their sources"</h3>
                {move || app.analysis.with(|a| {
                    let groups = appendix(a);
                    if groups.is_empty() {
                        return view! { <p>"No findings: nothing in the design breaks a known rule."</p> }.into_any();
                    }
                    groups.into_iter().map(|(severity, of)| view! {
                        <h4>{format!("{} ({})", severity.label(), of.len())}</h4>
                        <ul class="pack-findings">
                            {of.into_iter().map(|f| view! {
                                <li data-rule=f.rule>
                                    <code>{f.rule}</code> " " {f.message.clone()}
                                    <span class="pack-source">" Source: " {f.source} "."</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }).collect_view().into_any()
                })}
            </section>
        </article>
    }
}
