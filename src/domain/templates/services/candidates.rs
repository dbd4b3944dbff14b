//! The services firm's candidates: six complementary firms rated on the default criteria, four
//! selected to launch (000: three to five for a small firm; 001: start with two or three).

use super::super::super::archetypes::ArchetypeKind;
use super::super::super::candidates::{Candidate, Candidates, CriterionRating, RedFlag};
use super::super::super::catalogue::{DEFAULT_PASS_THRESHOLD, default_criteria, template_id};
use super::super::super::values::Rating;

pub(super) fn candidates() -> Candidates {
    use ArchetypeKind::{Referral, Subcontractor};
    let criteria = default_criteria();
    // Ratings follow the order of `default_criteria`: overlap, complementary offer, culture,
    // positioning, quality, capacity, commitment, volume.
    type Row = (
        &'static str,
        &'static str,
        ArchetypeKind,
        [u8; 8],
        &'static [RedFlag],
        bool,
        &'static str,
    );
    let rows: [Row; 6] = [
        (
            "harbour-cmo",
            "Harbour Fractional CMOs",
            Referral,
            [5, 5, 5, 4, 4, 4, 5, 4],
            &[],
            true,
            "Eight fractional CMOs inside funded SaaS firms; they asked us twice this quarter \
             for a studio.",
        ),
        (
            "signal-pr",
            "Signal PR",
            Referral,
            [5, 4, 4, 5, 4, 4, 4, 4],
            &[],
            true,
            "Launch PR after raises; sends us the rebrand, we send them the announcement.",
        ),
        (
            "brick-and-byte",
            "Brick & Byte",
            Subcontractor,
            [4, 5, 4, 4, 5, 4, 4, 3],
            &[],
            true,
            "Webflow build shop we have used twice; on time and to spec.",
        ),
        (
            "northline-ir",
            "Northline Investor Relations",
            Referral,
            [4, 4, 4, 4, 4, 4, 4, 3],
            &[],
            true,
            "Sees companies before the raise is announced.",
        ),
        (
            "pixelmill",
            "Pixelmill",
            Subcontractor,
            [3, 4, 3, 2, 3, 3, 3, 3],
            &[],
            false,
            "Cheaper but discount-positioned: a mismatch with our premium work (001).",
        ),
        (
            "growthstack",
            "Growthstack Agency",
            Referral,
            [4, 2, 3, 3, 3, 4, 2, 4],
            &[RedFlag::OneSidedInterest],
            false,
            "Asked only what we would send them; overlaps our own brand work.",
        ),
    ];
    let candidates = rows
        .into_iter()
        .map(
            |(id, name, archetype, ratings, red_flags, selected, notes)| Candidate {
                id: template_id(id),
                name: name.to_owned(),
                archetype: Some(archetype),
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
        pass_threshold: DEFAULT_PASS_THRESHOLD,
        candidates,
    }
}
