//! One candidate: name, archetype, ratings, red flags, whether it is selected for launch, notes;
//! and beside them its weighted score, pass or fail in words, and why, from the engine's
//! ranking. Keyed by the candidate's id: it re-renders only when its place in the list changes.
//! Its ratings, red flags and notes are rendered only while open, so hundreds of candidates stay
//! light.

use leptos::prelude::*;

use super::details::CandidateDetails;
use super::fields::{ARCHETYPE, CANDIDATES, CriteriaNames, NAME, SELECTED, red_flags_in_words};
use super::slots::Slot;
use crate::domain::candidates::Candidate;
use crate::domain::ranking::RankedCandidate;
use crate::domain::values::Id;
use crate::ui::erase::text;
use crate::ui::form::{ItemControls, field_in};
use crate::ui::state::use_app;

/// Pass or fail in words, and why: the score, the threshold, the red flags.
pub fn verdict(entry: &RankedCandidate, threshold: u32) -> String {
    let score = format!("Score {} / 100", entry.score.normalize());
    if entry.passes {
        return format!("{score}: passes.");
    }
    let mut reasons = Vec::new();
    if !entry.meets_threshold {
        reasons.push(format!("under the pass threshold of {threshold}"));
    }
    if !entry.red_flags.is_empty() {
        reasons.push(red_flags_in_words(&entry.red_flags));
    }
    format!("{score}: fails — {}.", reasons.join("; "))
}

/// A candidate as the labels name it: its name, or its place when it has none.
fn shown(name: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("candidate {}", index + 1)
    } else {
        name.trim().to_owned()
    }
}

/// One candidate of the list, at `index`.
#[component]
pub fn CandidateItem(
    /// The candidate's id: the list's key.
    id: Id,
    /// The candidate's part of the design and of the ranking.
    parts: Slot,
    /// How many candidates the list has.
    len: ReadSignal<usize>,
    /// The scorecard's criteria, for the ratings.
    criteria: CriteriaNames,
    /// Whether its ratings, red flags and notes start open (a candidate just added).
    opened: bool,
) -> impl IntoView {
    let _ = id;
    // Outside the render below, so a move up or down keeps the details as they were.
    let open = RwSignal::new(opened);
    let index = parts.index;
    move || {
        let index = index.get();
        view! { <CandidateFields parts index len criteria open /> }
    }
}

#[component]
fn CandidateFields(
    parts: Slot,
    index: usize,
    len: ReadSignal<usize>,
    criteria: CriteriaNames,
    open: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let candidate: Signal<Option<Candidate>> = parts.candidate.into();
    let entry = parts.entry;
    let name = Signal::derive(move || {
        candidate.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default())
    });
    let shown_name = Signal::derive(move || shown(&name.get(), index));
    let what = Signal::derive(move || {
        let name = name.get();
        if name.trim().is_empty() {
            shown(&name, index)
        } else {
            format!("candidate “{}”", name.trim())
        }
    });
    let on_move = Callback::new(move |delta: isize| CANDIDATES.move_by(app, &[], index, delta));
    let on_remove =
        Callback::new(move |()| CANDIDATES.remove(app, &[], index, &what.get_untracked()));
    // The item is named by its heading, so its fields ("Candidate name", "Archetype") are
    // announced as this candidate's, not as one of two hundred alike.
    let heading_id = format!("{}-heading", CANDIDATES.item_path(&[], index).element_id());
    let labelled_by = heading_id.clone();
    let at = [index];
    view! {
        <li class="list-item candidates-item" aria-labelledby=labelled_by>
            <div class="candidates-head">
                <h4 class="candidates-title" id=heading_id>{text(move || format!("{}. {}", index + 1, {
                    let n = name.get();
                    if n.trim().is_empty() { "Unnamed candidate".to_owned() } else { n.trim().to_owned() }
                }))}</h4>
                {move || entry.get().map(|(entry, threshold)| view! {
                    <p class="candidates-verdict" class:candidates-fails=!entry.passes>
                        <strong>{verdict(&entry, threshold)}</strong>
                        {entry.recommended.then_some(" Recommended for launch.")}
                    </p>
                }.into_any())}
            </div>
            <div class="field-grid">
                {field_in(&NAME, &at, candidate)}
                {field_in(&ARCHETYPE, &at, candidate)}
                {field_in(&SELECTED, &at, candidate)}
            </div>
            <CandidateDetails index candidate criteria name=shown_name open />
            <ItemControls what index len on_move on_remove />
        </li>
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::domain::candidates::RedFlag;

    fn entry(score: i64, meets: bool, flags: Vec<RedFlag>) -> RankedCandidate {
        RankedCandidate {
            position: 1,
            id: Id::new("candidate-1").expect("an id"),
            name: "Acme".to_owned(),
            score: Decimal::from(score),
            meets_threshold: meets,
            passes: meets && flags.is_empty(),
            red_flags: flags,
            selected: true,
            recommended: false,
        }
    }

    #[test]
    fn the_verdict_says_pass_or_fail_in_words_and_why() {
        assert_eq!(
            verdict(&entry(80, true, vec![]), 70),
            "Score 80 / 100: passes."
        );
        assert_eq!(
            verdict(&entry(40, false, vec![]), 70),
            "Score 40 / 100: fails — under the pass threshold of 70."
        );
        assert_eq!(
            verdict(
                &entry(
                    90,
                    true,
                    vec![RedFlag::OneSidedInterest, RedFlag::VagueCommitments]
                ),
                70
            ),
            "Score 90 / 100: fails — red flags: one-sided interest, vague commitments."
        );
        assert_eq!(
            verdict(&entry(10, false, vec![RedFlag::UnrealisticDealFlow]), 70),
            "Score 10 / 100: fails — under the pass threshold of 70; red flag: unrealistic deal-flow hopes."
        );
    }

    #[test]
    fn an_unnamed_candidate_is_named_by_its_place() {
        assert_eq!(shown("  ", 3), "candidate 4");
        assert_eq!(shown(" Acme ", 0), "Acme");
    }
}
