//! Partner candidates: a weighted scorecard (001 qualification; 003 Step 2; 004), with red flags
//! that fail a candidate whatever its score.

use rust_decimal::Decimal;
use serde::Serialize;

use super::archetypes::ArchetypeKind;
use super::order;
use super::values::{Id, Rating, Score, Weight};

/// A scoring criterion with its weight (0–100; weights are relative, they need not sum to 100).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Criterion {
    pub id: Id,
    pub name: String,
    pub weight: Weight,
}

/// A warning sign that fails a candidate (001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CriterionRating {
    pub criterion: Id,
    pub rating: Rating,
}

/// A prospective partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub id: Id,
    pub name: String,
    pub archetype: Option<ArchetypeKind>,
    /// Its website as typed ("bright.example", "https://www.bright.example/"); empty when not
    /// known. An import recognises a candidate already listed by this site's host.
    pub website: String,
    /// One rating per criterion; a criterion without a rating counts as the lowest, 1.
    pub ratings: Vec<CriterionRating>,
    pub red_flags: Vec<RedFlag>,
    /// Chosen for the launch set.
    pub selected: bool,
    pub notes: String,
}

/// The candidate scorecard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidates {
    pub criteria: Vec<Criterion>,
    /// Score (0–100) a candidate needs to pass.
    pub pass_threshold: Score,
    pub candidates: Vec<Candidate>,
}

/// Decimal places a criterion's share of the total weight is shown to, in percent.
pub const WEIGHT_SHARE_DP: u32 = 1;

impl RedFlag {
    /// The flag as the file spells it, for element ids: `one-sided-interest`.
    pub const fn slug(self) -> &'static str {
        match self {
            RedFlag::OneSidedInterest => "one-sided-interest",
            RedFlag::VagueCommitments => "vague-commitments",
            RedFlag::CannotSayWhatTheydRefer => "cannot-say-what-theyd-refer",
            RedFlag::UnrealisticDealFlow => "unrealistic-deal-flow",
        }
    }
}

impl Candidate {
    /// A new, unnamed candidate: no rating, no red flag, not selected.
    pub fn new(id: Id) -> Candidate {
        Candidate {
            id,
            name: String::new(),
            archetype: None,
            website: String::new(),
            ratings: Vec::new(),
            red_flags: Vec::new(),
            selected: false,
            notes: String::new(),
        }
    }

    /// The candidate's rating for a criterion, if it has one (the first, as scoring reads it).
    pub fn rating(&self, criterion: &Id) -> Option<Rating> {
        self.ratings
            .iter()
            .find(|r| &r.criterion == criterion)
            .map(|r| r.rating)
    }

    /// Rates the candidate on a criterion, or takes its rating away (none): one rating per
    /// criterion.
    pub fn set_rating(&mut self, criterion: &Id, rating: Option<Rating>) {
        let position = self.ratings.iter().position(|r| &r.criterion == criterion);
        match (position, rating) {
            (Some(index), Some(rating)) => self.ratings[index].rating = rating,
            (Some(_), None) => self.ratings.retain(|r| &r.criterion != criterion),
            (None, Some(rating)) => self.ratings.push(CriterionRating {
                criterion: criterion.clone(),
                rating,
            }),
            (None, None) => {}
        }
    }

    /// Raises or lowers a red flag: each flag at most once, in `RedFlag::ALL` order.
    pub fn set_red_flag(&mut self, flag: RedFlag, raised: bool) {
        self.red_flags.retain(|f| *f != flag);
        if raised {
            self.red_flags.push(flag);
        }
        order::sort(&mut self.red_flags);
    }
}

impl Candidates {
    /// The total of the criteria's weights.
    pub fn total_weight(&self) -> u64 {
        self.criteria
            .iter()
            .map(|c| u64::from(c.weight.get()))
            .sum()
    }

    /// The share of the total weight the criterion at `index` carries, in percent rounded to
    /// [`WEIGHT_SHARE_DP`] places; none when there is no such criterion or no weight at all.
    pub fn weight_share(&self, index: usize) -> Option<Decimal> {
        let criterion = self.criteria.get(index)?;
        let total = self.total_weight();
        if total == 0 {
            return None;
        }
        let share =
            Decimal::from(criterion.weight.get()) * Decimal::ONE_HUNDRED / Decimal::from(total);
        Some(share.round_dp(WEIGHT_SHARE_DP).normalize())
    }

    /// Removes the criterion at `index` and every candidate's rating for it (a rating may not
    /// name a criterion the scorecard no longer has). Returns the criterion.
    pub fn remove_criterion(&mut self, index: usize) -> Option<Criterion> {
        if index >= self.criteria.len() {
            return None;
        }
        let criterion = self.criteria.remove(index);
        self.forget_ratings(&criterion.id);
        Some(criterion)
    }

    /// Drops every candidate's rating of the criterion `id`.
    pub fn forget_ratings(&mut self, id: &Id) {
        for candidate in &mut self.candidates {
            candidate.ratings.retain(|r| &r.criterion != id);
        }
    }
}
