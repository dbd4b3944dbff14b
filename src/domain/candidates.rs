//! Partner candidates: a weighted scorecard (001 qualification; 003 Step 2; 004), with red flags
//! that fail a candidate whatever its score.

use serde::{Deserialize, Serialize};

use super::archetypes::ArchetypeKind;
use super::values::{Id, Rating};

/// A scoring criterion with its weight (0–100; weights are relative, they need not sum to 100).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: Id,
    pub name: String,
    pub weight: u32,
}

/// A warning sign that fails a candidate (001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedFlag {
    OneSidedInterest,
    VagueCommitments,
    CannotSayWhatTheydRefer,
    UnrealisticDealFlow,
}

impl RedFlag {
    pub const ALL: [RedFlag; 4] = [
        RedFlag::OneSidedInterest,
        RedFlag::VagueCommitments,
        RedFlag::CannotSayWhatTheydRefer,
        RedFlag::UnrealisticDealFlow,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RedFlag::OneSidedInterest => "One-sided interest",
            RedFlag::VagueCommitments => "Vague commitments",
            RedFlag::CannotSayWhatTheydRefer => "Can't say what they'd refer",
            RedFlag::UnrealisticDealFlow => "Unrealistic deal-flow hopes",
        }
    }
}

/// A criterion's rating for one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionRating {
    pub criterion: Id,
    pub rating: Rating,
}

/// A prospective partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub id: Id,
    pub name: String,
    pub archetype: Option<ArchetypeKind>,
    /// One rating per criterion; a criterion without a rating counts as the lowest, 1.
    pub ratings: Vec<CriterionRating>,
    pub red_flags: Vec<RedFlag>,
    /// Chosen for the launch set.
    pub selected: bool,
    pub notes: String,
}

/// The candidate scorecard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidates {
    pub criteria: Vec<Criterion>,
    /// Score (0–100) a candidate needs to pass.
    pub pass_threshold: u32,
    pub candidates: Vec<Candidate>,
}
