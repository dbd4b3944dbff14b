//! One candidate: name, archetype, ratings, red flags, whether it is selected for launch, notes;
//! and beside them its weighted score, pass or fail in words, and why, from the engine's
//! ranking. Keyed by the candidate's id: it re-renders only when its place in the list changes.
//! Its ratings, red flags and notes are rendered only while open, so hundreds of candidates stay
//! light.

use leptos::prelude::*;

use super::details::CandidateDetails;
use super::list::CriteriaNames;
use super::slots::Slot;
use crate::domain::Design;
use crate::domain::archetypes::ArchetypeKind;
use crate::domain::candidates::{Candidate, RedFlag};
use crate::domain::ranking::RankedCandidate;
use crate::domain::values::Id;
use crate::ui::erase::text;
use crate::ui::fields::{Checkbox, Select, TextField, field_id};
use crate::ui::lists::{ItemControls, move_item};
use crate::ui::state::{AppState, use_app};

fn position(design: &Design, id: &Id) -> Option<usize> {
    design
        .candidates
        .candidates
        .iter()
        .position(|c| &c.id == id)
}

/// Changes the candidate `id` as one edit to the field at `key`.
pub fn edit_candidate(
    app: AppState,
    id: StoredValue<Id>,
    key: &str,
    change: impl FnOnce(&mut Candidate),
) {
    app.edit(key, |d| {
        let found = id.with_value(|id| d.candidates.candidates.iter_mut().find(|c| &c.id == id));
        if let Some(candidate) = found {
            change(candidate);
        }
    });
}

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

/// A candidate's red flags as the verdict and its summary say them: "red flags: a, b".
pub fn red_flags_in_words(flags: &[RedFlag]) -> String {
    let names: Vec<String> = flags
        .iter()
        .map(|f| f.label().to_ascii_lowercase())
        .collect();
    let noun = if names.len() == 1 {
        "red flag"
    } else {
        "red flags"
    };
    format!("{noun}: {}", names.join(", "))
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
    let id = StoredValue::new(id);
    // Outside the render below, so a move up or down keeps the details as they were.
    let open = RwSignal::new(opened);
    let index = parts.index;
    move || {
        let index = index.get();
        view! { <CandidateFields id parts index len criteria open /> }
    }
}

#[component]
fn CandidateFields(
    id: StoredValue<Id>,
    parts: Slot,
    index: usize,
    len: ReadSignal<usize>,
    criteria: CriteriaNames,
    open: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let candidate: Signal<Option<Candidate>> = parts.candidate.into();
    let entry = parts.entry;
    let field = move |name: &str| format!("candidates.candidates.{index}.{name}");
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
    let on_move = Callback::new(move |delta: isize| {
        app.edit(&format!("move {}", id.get_value()), |d| {
            if let Some(i) = id.with_value(|id| position(d, id)) {
                move_item(&mut d.candidates.candidates, i, delta);
            }
        });
    });
    let on_remove = Callback::new(move |()| {
        app.remove(&what.get_untracked(), |d| {
            if let Some(i) = id.with_value(|id| position(d, id)) {
                d.candidates.candidates.remove(i);
            }
        });
    });
    let archetypes: Vec<(Option<ArchetypeKind>, String)> =
        std::iter::once((None, "None yet".to_owned()))
            .chain(
                ArchetypeKind::ALL
                    .into_iter()
                    .map(|k| (Some(k), k.label().to_owned())),
            )
            .collect();
    let (name_path, archetype_path, selected_path) =
        (field("name"), field("archetype"), field("selected"));
    let (name_key, archetype_key, selected_key) = (
        name_path.clone(),
        archetype_path.clone(),
        selected_path.clone(),
    );
    // The item is named by its heading, so its fields ("Candidate name", "Archetype") are
    // announced as this candidate's, not as one of two hundred alike.
    let heading_id = format!(
        "{}-heading",
        field_id(&format!("candidates.candidates.{index}"))
    );
    let labelled_by = heading_id.clone();
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
                <TextField path=name_path label="Candidate name" value=name max_len=200
                    on_change=Callback::new(move |v: String| edit_candidate(app, id, &name_key, |c| c.name = v)) />
                <Select path=archetype_path label="Archetype" options=archetypes
                    value=move || candidate.with(|c| c.as_ref().and_then(|c| c.archetype))
                    on_change=Callback::new(move |v| edit_candidate(app, id, &archetype_key, |c| c.archetype = v)) />
                <Checkbox path=selected_path label="Selected for launch"
                    checked=Signal::derive(move || candidate.with(|c| c.as_ref().is_some_and(|c| c.selected)))
                    on_change=Callback::new(move |v| edit_candidate(app, id, &selected_key, |c| c.selected = v)) />
            </div>
            <CandidateDetails id index candidate criteria name=shown_name open />
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
