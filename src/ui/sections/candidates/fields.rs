//! The candidates' list and fields as declared: what the list, each candidate's item, its
//! details and its ratings share.

use leptos::prelude::*;

use crate::domain::archetypes::ArchetypeKind;
use crate::domain::candidates::{Candidate, RedFlag};
use crate::domain::format::limits::CANDIDATES_MAX;
use crate::domain::part::Part;
use crate::domain::places::candidates;
use crate::domain::values::{Id, Rating};
use crate::ui::form::{
    Access, Check, Choice, ListOf, Options, Size, Text, labelled, list_of, member,
};
use crate::ui::sections::thesis::archetype_options;

/// The candidates.
pub(super) static CANDIDATES: ListOf<Candidate> = list_of!(
    candidates::CANDIDATES,
    CANDIDATES_MAX,
    candidates.candidates
);

/// The criteria as the ratings need them: id and name, in order.
pub(super) type CriteriaNames = ReadSignal<Vec<(Id, String)>>;

pub(super) static NAME: Text<Candidate> =
    labelled(candidates::NAME, "Candidate name").text(Size::Name, member!(name));

pub(super) static ARCHETYPE: Choice<Option<ArchetypeKind>, Candidate> =
    labelled(candidates::ARCHETYPE, "Archetype").choice(
        Options::Listed(|| archetype_options("None yet")),
        member!(archetype),
    );

pub(super) static WEBSITE: Text<Candidate> = labelled(candidates::WEBSITE, "Website")
    .hint("Its site, as \"bright.example\" or a full address: an imported list recognises the candidate by it.")
    .text(Size::Name, member!(website));

pub(super) static SELECTED: Check<Candidate> =
    labelled(candidates::SELECTED, "Selected for launch").check(member!(selected));

/// Every field of a candidate, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &NAME,
    &ARCHETYPE,
    &SELECTED,
    &WEBSITE,
    &NOTES,
    &RATING,
    &RED_FLAGS[0],
    &RED_FLAGS[1],
    &RED_FLAGS[2],
    &RED_FLAGS[3],
];

pub(super) static NOTES: Text<Candidate> =
    labelled(candidates::NOTES, "Notes").text(Size::Paragraph, member!(notes));

/// A candidate's rating of the criterion at `at[1]`: not rated, or 1 (poor) to 5 (excellent).
/// Its place's second hole is the criterion's place in the scorecard.
pub(super) static RATING: Choice<Option<Rating>> = labelled(candidates::RATING, "")
    .label_made(|d, at| {
        at.get(1)
            .and_then(|&k| d.candidates.criteria.get(k))
            .map(|c| c.name.clone())
            .unwrap_or_default()
    })
    .choice(
        Options::Fixed(&[
            (None, "Not rated"),
            (Some(Rating::of(1)), "1 – poor"),
            (Some(Rating::of(2)), "2 – weak"),
            (Some(Rating::of(3)), "3 – fair"),
            (Some(Rating::of(4)), "4 – strong"),
            (Some(Rating::of(5)), "5 – excellent"),
        ]),
        Access {
            get: |d, at| {
                let criterion = &d.candidates.criteria.get(*at.get(1)?)?.id;
                Some(Candidate::find(d, at)?.rating(criterion))
            },
            set: |d, at, rating| {
                let Some(criterion) = at
                    .get(1)
                    .and_then(|&k| d.candidates.criteria.get(k))
                    .map(|c| c.id.clone())
                else {
                    return;
                };
                if let Some(candidate) = Candidate::find_mut(d, at) {
                    candidate.set_rating(&criterion, rating);
                }
            },
        },
    );

/// A red flag's checkbox: any one fails the candidate whatever its score (001). Each adds its
/// key to the set's place, which the group carries, where a finding about the flags lands.
macro_rules! red_flag {
    ($flag:ident) => {
        Check {
            key: Some(RedFlag::$flag.slug()),
            ..labelled(candidates::RED_FLAGS, "")
                .label_made(|_, _| RedFlag::$flag.label().to_owned())
                .check(Access {
                    get: |c, _| Some(c.red_flags.contains(&RedFlag::$flag)),
                    set: |c, _, raised| c.set_red_flag(RedFlag::$flag, raised),
                })
        }
    };
}

pub(super) static RED_FLAGS: [Check<Candidate>; 4] = [
    red_flag!(OneSidedInterest),
    red_flag!(VagueCommitments),
    red_flag!(CannotSayWhatTheydRefer),
    red_flag!(UnrealisticDealFlow),
];

/// A candidate's red flags as the verdict and its summary say them: "red flags: a, b".
pub(super) fn red_flags_in_words(flags: &[RedFlag]) -> String {
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
