//! The filled templates' candidate scorecards, written as rows: one per candidate, its ratings in
//! the order of `default_criteria`.

use super::super::archetypes::ArchetypeKind;
use super::super::candidates::{Candidate, Candidates, CriterionRating, RedFlag};
use super::super::catalogue::{DEFAULT_PASS_THRESHOLD, default_criteria, template_id};
use super::super::values::Rating;
use crate::domain::values::Score;

/// Id, name, archetype, ratings (overlap, complementary offer, culture, positioning, quality,
/// capacity, commitment, volume), red flags, selected for launch, notes.
pub(super) type CandidateRow = (
    &'static str,
    &'static str,
    ArchetypeKind,
    [u8; 8],
    &'static [RedFlag],
    bool,
    &'static str,
);

/// The scorecard the rows describe, on the default criteria and pass threshold.
pub(super) fn scorecard(rows: &[CandidateRow]) -> Candidates {
    let criteria = default_criteria();
    let candidates = rows
        .iter()
        .map(
            |&(id, name, archetype, ratings, red_flags, selected, notes)| Candidate {
                id: template_id(id),
                name: name.to_owned(),
                archetype: Some(archetype),
                website: String::new(),
                ratings: criteria
                    .iter()
                    .zip(ratings)
                    .map(|(criterion, rating)| CriterionRating {
                        criterion: criterion.id.clone(),
                        rating: Rating::new(rating).unwrap_or_default(),
                    })
                    .collect(),
                red_flags: red_flags.to_vec(),
                selected,
                notes: notes.to_owned(),
            },
        )
        .collect();
    Candidates {
        criteria,
        pass_threshold: Score::of(DEFAULT_PASS_THRESHOLD),
        candidates,
    }
}
