//! One chapter of the brief as a page of the board pack: its parts under their headings, tables
//! as tables and facts as a list of terms.

use leptos::prelude::*;

use crate::domain::brief::{Block, Chapter, Sheet};

/// A chapter: the firm profile, a mechanic, the forecast, the candidates or the scenarios.
#[component]
pub fn ChapterView(
    /// The chapter to show.
    chapter: Chapter,
    /// Whether the chapter shows its title; not where a heading already names it.
    #[prop(default = true)]
    titled: bool,
) -> impl IntoView {
    let title = chapter.title;
    view! {
        <section class="pack-chapter">
            {titled.then(|| view! { <h3>{title}</h3> })}
            {chapter.parts.into_iter().map(|part| view! {
                {part.heading.map(|h| if titled {
                    view! { <h4>{h}</h4> }.into_any()
                } else {
                    view! { <h3>{h}</h3> }.into_any()
                })}
                {part.blocks.into_iter().map(|block| block_view(title, block)).collect_view()}
            }).collect_view()}
        </section>
    }
}

fn block_view(chapter: &'static str, block: Block) -> AnyView {
    match block {
        Block::Table(sheet) => sheet_view(chapter, sheet),
        Block::Facts(lines) => view! {
            <dl class="pack-terms">
                {lines.into_iter().map(|(label, value)| view! {
                    <div><dt>{label}</dt><dd>{value}</dd></div>
                }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::Note(note) => view! { <p class="pack-note">{note}</p> }.into_any(),
    }
}

/// A table, which may scroll sideways on a narrow screen; the region takes focus so it scrolls
/// from the keyboard too.
fn sheet_view(chapter: &'static str, sheet: Sheet) -> AnyView {
    let label = format!(
        "{chapter}: {}",
        sheet.head.first().cloned().unwrap_or_default()
    );
    let head = sheet
        .head
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = sheet
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    if i == 0 {
                        view! { <th scope="row">{cell}</th> }.into_any()
                    } else {
                        view! { <td>{cell}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll pack-table" role="region" tabindex="0" aria-label=label>
            <table>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
