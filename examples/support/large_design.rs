//! The large design every benchmark measures: the Series B template grown to the size a heavy
//! user reaches — 200 candidates on 8 criteria, 12 quarters, three archetype pools, every list
//! filled.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::candidates::{Candidate, CriterionRating, RedFlag};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Horizon, Id, Rating, Recruits};

pub const CANDIDATES: usize = 200;

/// The Series B template grown to the size a heavy user reaches.
pub fn large_design() -> Design {
    let kickoff = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    let mut design = Template::SeriesBSaas.design(kickoff);
    design.assumptions.quarters = Horizon::of(12);
    // A third pool: the upper limit at launch (002 "Three is the upper limit").
    if let Some(referral) = design.archetypes.get_mut(ArchetypeKind::Referral) {
        referral.chosen = true;
    }
    design.assumptions.recruits_per_quarter = vec![
        Recruits::of(4),
        Recruits::of(8),
        Recruits::of(6),
        Recruits::of(6),
        Recruits::of(5),
        Recruits::of(5),
        Recruits::of(4),
        Recruits::of(4),
        Recruits::of(4),
        Recruits::of(3),
        Recruits::of(3),
        Recruits::of(3),
    ];
    let criteria = design.candidates.criteria.clone();
    design.candidates.candidates = (0..CANDIDATES)
        .map(|i| Candidate {
            id: Id::new(&format!("candidate-{i}")).unwrap_or_else(|_| Id::fresh("c", [].iter())),
            name: format!("Candidate {i:03}"),
            archetype: None,
            website: format!("candidate-{i:03}.example"),
            ratings: criteria
                .iter()
                .enumerate()
                .map(|(j, c)| CriterionRating {
                    criterion: c.id.clone(),
                    rating: Rating::new(((i * 7 + j * 3) % 5 + 1) as u8).unwrap_or_default(),
                })
                .collect(),
            red_flags: if i % 9 == 0 {
                vec![RedFlag::VagueCommitments]
            } else {
                Vec::new()
            },
            selected: i % 17 == 0,
            notes: "Shared clients in the mid-market; asked about reporting twice.".to_owned(),
        })
        .collect();
    design
}
