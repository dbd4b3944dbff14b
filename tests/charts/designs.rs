//! The designs the chart tests and the chart benchmark draw: the templates, and the Series B
//! template grown to 200 candidates and 12 quarters.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::candidates::{Candidate, CriterionRating, RedFlag};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Id, Rating};

/// The kickoff every test design starts on.
pub fn kickoff() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default()
}

/// A template's design from [`kickoff`].
pub fn template(template: Template) -> Design {
    template.design(kickoff())
}

/// The Series B template with 200 candidates on 8 criteria, 12 quarters, every ninth candidate
/// red-flagged: the size a heavy user reaches.
pub fn large() -> Design {
    let mut design = template(Template::SeriesBSaas);
    design.assumptions.quarters = 12;
    design.assumptions.recruits_per_quarter = vec![4, 8, 6, 6, 5, 5, 4, 4, 4, 3, 3, 3];
    let criteria = design.candidates.criteria.clone();
    design.candidates.candidates = (0..200)
        .map(|i| Candidate {
            id: Id::new(&format!("candidate-{i}")).unwrap_or_else(|_| Id::fresh("c", [].iter())),
            name: format!("Candidate {i:03}"),
            archetype: None,
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
            notes: String::new(),
        })
        .collect();
    design
}
