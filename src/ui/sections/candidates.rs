//! The candidate scorecard (001 qualification; 003 Step 2; 004 weighted scorecard): weighted
//! criteria, the pass threshold, each candidate rated 1–5 with its red flags and its score
//! beside it, and the ranking with the recommended launch set.

mod criteria;
mod details;
mod export;
mod fields;
mod import;
mod item;
mod list;
mod ranking;
mod rating;
mod slots;

pub(super) use export::offer_csv;

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::domain::places::candidates;
use crate::domain::values::Score;
use crate::ui::erase::handler;
use crate::ui::form::{Typed, field, labelled, member};
use crate::ui::health::{FindingsList, ReadinessBadge};

static THRESHOLD: Typed<Score> = labelled(candidates::PASS_THRESHOLD, "Pass threshold")
    .hint(
        "The weighted score (0–100) a candidate needs to pass; any red flag fails it whatever \
         its score (001). 70 by default: 004 scored 30 firms and passed 8, who made 90 % of \
         first-year partner revenue.",
    )
    .typed(member!(candidates.pass_threshold));

/// Every field of the section, part by part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: [&[&dyn crate::ui::form::Declared]; 3] =
    [&[&THRESHOLD], criteria::FIELDS, fields::FIELDS];

/// The candidates section: its findings, the scorecard, the candidates and the ranking.
#[component]
pub fn CandidatesSection() -> impl IntoView {
    view! {
        <ReadinessBadge mechanic=Mechanic::Candidates />
        <FindingsList mechanic=Mechanic::Candidates heading="Health of the candidates" />
        <form class="form candidates-form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <fieldset class="candidates-scorecard">
                <legend>"Scorecard"</legend>
                <criteria::Criteria />
                {field(&THRESHOLD, &[])}
            </fieldset>
            <list::CandidateList />
        </form>
        <ranking::Ranking />
        <import::CandidateImport />
    }
}
