//! A chart's numbers as an HTML table: the caption says what the table holds, the first cell of
//! each row names it, and number columns line up on the right.

use leptos::prelude::*;

use crate::charts::Table;

/// A chart's table.
#[component]
pub fn ChartTable(
    /// The table to show.
    table: Table,
) -> impl IntoView {
    let numeric = table.numeric.clone();
    let cell_class = move |column: usize| {
        if numeric.get(column).copied().unwrap_or(false) {
            "num"
        } else {
            ""
        }
    };
    let head = table
        .head
        .iter()
        .enumerate()
        .map(|(i, h)| view! { <th scope="col" class=cell_class(i)>{h.clone()}</th> })
        .collect_view();
    let rows = table
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
                        view! { <td class=cell_class(i)>{cell}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    // The table may scroll: the region takes focus so it scrolls from the keyboard too.
    let region = table.caption.clone();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=region>
            <table>
                <caption>{table.caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
