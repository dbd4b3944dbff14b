//! The candidate scorecard (001 qualification; 003 Step 2; 004 weighted scorecard): weighted
//! criteria, the pass threshold, each candidate rated 1–5 with its red flags and its score
//! beside it, and the ranking with the recommended launch set.

mod criteria;
mod details;
mod item;
mod list;
mod ranking;
mod rating;
mod slots;

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::domain::values::{Score, Whole};
use crate::ui::erase::handler;
use crate::ui::fields::ParsedField;
use crate::ui::health::{FindingsList, ReadinessBadge};
use crate::ui::state::use_app;

/// The candidates section: its findings, the scorecard, the candidates and the ranking.
#[component]
pub fn CandidatesSection() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    view! {
        <ReadinessBadge mechanic=Mechanic::Candidates />
        <FindingsList mechanic=Mechanic::Candidates heading="Health of the candidates" />
        <form class="form candidates-form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <fieldset class="candidates-scorecard">
                <legend>"Scorecard"</legend>
                <criteria::Criteria />
                <ParsedField path="candidates.pass_threshold" label="Pass threshold" suffix="of 100"
                    inputmode="numeric"
                    hint="The weighted score (0–100) a candidate needs to pass; any red flag fails it whatever its score (001). 70 by default: 004 scored 30 firms and passed 8, who made 90 % of first-year partner revenue."
                    value=move || d.with(|d| d.candidates.pass_threshold)
                    parse=Score::parse format=Score::show
                    on_change=Callback::new(move |v| app.edit("candidates.pass_threshold", |d| d.candidates.pass_threshold = v)) />
            </fieldset>
            <list::CandidateList />
        </form>
        <ranking::Ranking />
    }
}
