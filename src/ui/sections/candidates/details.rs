//! A candidate's ratings, red flags and notes behind a disclosure button: rendered only while
//! open, and summed up in a line while closed.

use leptos::prelude::*;

use super::fields::{CANDIDATES, CriteriaNames, NOTES, WEBSITE, red_flags_in_words};
use super::rating::{Ratings, RedFlags};
use crate::domain::candidates::Candidate;
use crate::domain::values::Id;
use crate::ui::erase::{handler, text};
use crate::ui::form::field_in;
/// What the closed details hold, in a line: "Rated on 3 of 8 criteria; red flag: …; notes".
fn facts(candidate: &Candidate, criteria: &[(Id, String)]) -> String {
    let rated = criteria
        .iter()
        .filter(|(id, _)| candidate.rating(id).is_some())
        .count();
    let mut facts = vec![format!("Rated on {rated} of {} criteria", criteria.len())];
    if !candidate.red_flags.is_empty() {
        facts.push(red_flags_in_words(&candidate.red_flags));
    }
    if !candidate.notes.trim().is_empty() {
        facts.push("notes written".to_owned());
    }
    format!("{}.", facts.join("; "))
}

/// The disclosure and, while open, the ratings, red flags and notes.
#[component]
pub fn CandidateDetails(
    /// The candidate's place in the list.
    index: usize,
    /// The candidate as the design holds it.
    candidate: Signal<Option<Candidate>>,
    /// The scorecard's criteria.
    criteria: CriteriaNames,
    /// The candidate's name as the labels say it.
    #[prop(into)]
    name: Signal<String>,
    /// Whether the details are open.
    open: RwSignal<bool>,
) -> impl IntoView {
    // A finding about the ratings or red flags of a closed candidate lands here.
    let button_id = CANDIDATES.item_path(&[], index).element_id();
    let region_id = format!("{button_id}-details");
    let controls = region_id.clone();
    let summary = move || {
        candidate.with(|c| {
            c.as_ref()
                .map(|c| criteria.with(|all| facts(c, all)))
                .unwrap_or_default()
        })
    };
    view! {
        <div class="candidates-details">
            <div class="candidates-disclosure">
                <button type="button" id=button_id
                    aria-expanded=text(move || open.get().to_string())
                    aria-controls=move || open.get().then(|| controls.clone())
                    on:click=handler(move |_| open.update(|o| *o = !*o))>
                    {text(move || if open.get() { "Hide ratings, red flags and notes" } else { "Show ratings, red flags and notes" }.to_owned())}
                    <span class="candidates-hidden-text">{text(move || format!(" of {}", name.get()))}</span>
                </button>
                <span class="candidates-facts">{text(summary)}</span>
            </div>
            {move || open.get().then(|| {
                view! {
                    <div id=region_id.clone()>
                        <Ratings index criteria name />
                        <RedFlags index candidate />
                        {field_in(&WEBSITE, &[index], candidate)}
                        {field_in(&NOTES, &[index], candidate)}
                    </div>
                }
                .into_any()
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::candidates::RedFlag;
    use crate::domain::values::Rating;

    #[test]
    fn closed_details_sum_up_ratings_red_flags_and_notes() {
        let criteria: Vec<(Id, String)> = ["fit", "volume"]
            .iter()
            .map(|c| (Id::new(c).expect("an id"), c.to_string()))
            .collect();
        let mut candidate = Candidate::new(Id::new("candidate-1").expect("an id"));
        assert_eq!(facts(&candidate, &criteria), "Rated on 0 of 2 criteria.");
        candidate.set_rating(&criteria[0].0, Rating::new(4).ok());
        candidate.set_red_flag(RedFlag::VagueCommitments, true);
        candidate.notes = "Met at the summit.".to_owned();
        assert_eq!(
            facts(&candidate, &criteria),
            "Rated on 1 of 2 criteria; red flag: vague commitments; notes written."
        );
    }
}
