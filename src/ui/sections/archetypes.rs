//! The archetypes section (002 "Design the partner archetypes"; 001 "Partnership model types"):
//! the catalogue of eight as cards, how many are chosen against the launch limit, and for each
//! chosen archetype its ICP match, friction removed, economics, enablement and cadence.

mod card;

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::domain::health::MAX_ARCHETYPES;
use crate::domain::places::archetypes;
use crate::ui::erase::{flag, handler, text};
use crate::ui::health::{FindingsList, ReadinessBadge};
use crate::ui::state::use_app;

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) use card::FIELDS;

/// The archetypes section: the count chosen, the catalogue, and the findings.
#[component]
pub fn ArchetypesSection() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let count = Memo::new(move |_| d.with(|d| d.archetypes.chosen().count()));
    let kinds = Memo::new(move |_| {
        d.with(|d| {
            d.archetypes
                .catalogue
                .iter()
                .map(|a| a.kind)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ReadinessBadge mechanic=Mechanic::Archetypes />
        <form class="form archetype-form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <p class="archetype-count" class:archetype-count-over={flag(move || count.get() > MAX_ARCHETYPES)}
                role="status" aria-live="polite">
                {text(move || chosen_summary(count.get()))}
            </p>
            <p class="archetype-guide">
                "Reseller, MSP, SI, ISV, referral and agency are different operating models with different \
                 economics, enablement and cadences (002); subcontracting and strategic alliances suit \
                 services firms (001). Pick the archetypes whose buyers match your ICP, then go deep."
            </p>
            <ul class="archetype-cards" id=archetypes::CATALOGUE.path().element_id() tabindex="-1"
                aria-label="Archetype catalogue">
                {move || {
                    kinds
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, kind)| view! { <card::ArchetypeCard index kind /> })
                        .collect_view()
                }}
            </ul>
        </form>
        <FindingsList mechanic=Mechanic::Archetypes />
    }
}

/// How many archetypes are chosen, against 002's "Three is the upper limit at launch. Two is
/// better."
fn chosen_summary(count: usize) -> String {
    let limit = MAX_ARCHETYPES;
    match count {
        0 => "None chosen yet: pick the two whose buyers match your ICP (002).".to_owned(),
        1 => "1 chosen: two is better; three is the upper limit at launch (002).".to_owned(),
        2 => "2 chosen: two is better; three is the upper limit at launch (002).".to_owned(),
        n if n == limit => {
            format!("{n} chosen: the upper limit at launch. Two is better (002).")
        }
        n => format!(
            "{n} chosen: over the limit of {limit} at launch. Each carries its own enablement, \
             contracting and incentives; choose two (002)."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::chosen_summary;

    #[test]
    fn the_count_says_two_is_better_and_three_is_the_limit() {
        assert!(chosen_summary(0).starts_with("None chosen yet"));
        assert!(chosen_summary(2).starts_with("2 chosen: two is better"));
        assert!(chosen_summary(3).contains("the upper limit"));
        assert!(chosen_summary(4).starts_with("4 chosen: over the limit of 3"));
    }
}
