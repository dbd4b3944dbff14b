//! The board pack's first page: the verdict, then each group of the summary's facts with their
//! sources.

use leptos::prelude::*;

use crate::domain::brief::Summary;

/// The summary page.
#[component]
pub fn SummaryPage(
    /// The summary to show.
    summary: Summary,
) -> impl IntoView {
    let verdict = summary.verdict;
    view! {
        <section class="pack-summary">
            <h3>"Summary"</h3>
            <p class="pack-verdict" class:ready=verdict.ready>
                <strong>{format!("Readiness {} / 100. ", verdict.score)}</strong>
                {verdict.sentence()}
            </p>
            {summary.groups.into_iter().map(|(heading, facts)| view! {
                <div class="pack-group">
                    <h4>{heading}</h4>
                    <table class="pack-facts">
                        <tbody>
                            {facts.into_iter().map(|f| view! {
                                <tr>
                                    <th scope="row">{f.label}</th>
                                    <td>{f.value}</td>
                                    <td class="pack-source">{f.source}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }).collect_view()}
        </section>
    }
}
