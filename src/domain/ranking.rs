//! Candidate ranking (001 qualification; 003 Step 2; 004 weighted scorecard): a 0–100 score per
//! candidate from the weighted criteria, pass or fail against the threshold and the red flags,
//! the ranked list, and the recommended launch set.
//!
//! Scoring: a rating of 1–5 maps to 0–100 as `(rating − 1) × 25`; a criterion the candidate has
//! no rating for counts as 1, so as 0. The score is the weight-averaged mapped rating,
//! `Σ weight × mapped / Σ weight`, rounded to [`SCORE_DP`] places once, at the end; with no
//! weight at all every score is 0. Sums run in `u64`, so 200 candidates × 8 criteria cost a few
//! microseconds and no weight up to `u32::MAX` can overflow.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use serde::Serialize;

use super::candidates::{Candidate, Criterion, RedFlag};
use super::design::Design;
use super::firm::FirmProfile;
use super::order;
use super::values::Id;

/// Decimal places a score is rounded to.
pub const SCORE_DP: u32 = 2;

/// Points a rating step is worth: 1 → 0, 2 → 25, … 5 → 100.
const POINTS_PER_STEP: u64 = 25;

/// A firm under this headcount launches with a small set (000: 3–5 partners).
pub const SMALL_FIRM_HEADCOUNT: u32 = 50;

/// How many partners to launch with: 003 says 5–10.
pub const LAUNCH_SET: LaunchBounds = LaunchBounds { min: 5, max: 10 };

/// How many partners a small firm launches with: 000 says 3–5.
pub const SMALL_FIRM_LAUNCH_SET: LaunchBounds = LaunchBounds { min: 3, max: 5 };

/// The recommended size of the launch set, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct LaunchBounds {
    pub min: usize,
    pub max: usize,
}

impl LaunchBounds {
    /// The bounds for this firm: a firm under [`SMALL_FIRM_HEADCOUNT`] people is small (000),
    /// whatever its kind; any other firm launches with 5–10 (003).
    pub fn for_firm(firm: &FirmProfile) -> LaunchBounds {
        if firm.headcount.get() < SMALL_FIRM_HEADCOUNT {
            SMALL_FIRM_LAUNCH_SET
        } else {
            LAUNCH_SET
        }
    }
}

/// One candidate's place in the ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RankedCandidate {
    /// 1-based position in the ranked list.
    pub position: usize,
    pub id: Id,
    pub name: String,
    /// Weighted score, 0–100, rounded to [`SCORE_DP`] places.
    pub score: Decimal,
    /// Score at or above the threshold.
    pub meets_threshold: bool,
    /// The candidate's red flags, each once, in `RedFlag::ALL` order.
    pub red_flags: Vec<RedFlag>,
    /// Meets the threshold and has no red flag.
    pub passes: bool,
    /// Chosen by the user for the launch set.
    pub selected: bool,
    /// Among the recommended launch set.
    pub recommended: bool,
}

/// The ranked scorecard.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Ranking {
    /// Every candidate: score descending, then name, then id.
    pub ranked: Vec<RankedCandidate>,
    /// The recommended launch set: passing candidates, best first, at most `bounds.max`.
    pub launch_set: Vec<Id>,
    /// The launch-set size this firm should aim for.
    pub bounds: LaunchBounds,
    /// How many candidates pass.
    pub passing: usize,
    pub pass_threshold: u32,
}

impl Ranking {
    /// A candidate's entry, by id.
    pub fn get(&self, id: &Id) -> Option<&RankedCandidate> {
        self.ranked.iter().find(|c| &c.id == id)
    }
}

/// Ranks the design's candidates and recommends the launch set.
pub fn rank(design: &Design) -> Ranking {
    let scorecard = &design.candidates;
    let threshold = Decimal::from(scorecard.pass_threshold.get());
    let bounds = LaunchBounds::for_firm(&design.firm);
    let mut ranked: Vec<RankedCandidate> = scorecard
        .candidates
        .iter()
        .map(|candidate| {
            let score = score(&scorecard.criteria, candidate);
            let red_flags: Vec<RedFlag> = RedFlag::ALL
                .into_iter()
                .filter(|flag| candidate.red_flags.contains(flag))
                .collect();
            let meets_threshold = score >= threshold;
            RankedCandidate {
                position: 0,
                id: candidate.id.clone(),
                name: candidate.name.clone(),
                score,
                meets_threshold,
                passes: meets_threshold && red_flags.is_empty(),
                red_flags,
                selected: candidate.selected,
                recommended: false,
            }
        })
        .collect();
    order::sort_by(&mut ranked, by_score_then_name);
    let mut launch_set = Vec::new();
    let mut passing = 0;
    for (index, entry) in ranked.iter_mut().enumerate() {
        entry.position = index + 1;
        if entry.passes {
            passing += 1;
            if launch_set.len() < bounds.max {
                entry.recommended = true;
                launch_set.push(entry.id.clone());
            }
        }
    }
    Ranking {
        ranked,
        launch_set,
        bounds,
        passing,
        pass_threshold: scorecard.pass_threshold.get(),
    }
}

/// A candidate's weighted score, 0–100, rounded to [`SCORE_DP`] places. A criterion without a
/// rating counts as the lowest rating; a rating for an unknown criterion is ignored; when a
/// criterion is rated twice the first rating counts.
pub fn score(criteria: &[Criterion], candidate: &Candidate) -> Decimal {
    let mut weighted: u64 = 0;
    let mut total_weight: u64 = 0;
    for criterion in criteria {
        let rating = candidate
            .ratings
            .iter()
            .find(|r| r.criterion == criterion.id)
            .map_or(1, |r| u64::from(r.rating.value()));
        let weight = u64::from(criterion.weight.get());
        // At most u32::MAX × 100 per criterion: a u64 holds millions of criteria.
        weighted = weighted.saturating_add(weight * (rating - 1) * POINTS_PER_STEP);
        total_weight = total_weight.saturating_add(weight);
    }
    if total_weight == 0 {
        return Decimal::ZERO;
    }
    (Decimal::from(weighted) / Decimal::from(total_weight))
        .round_dp(SCORE_DP)
        .normalize()
}

fn by_score_then_name(a: &RankedCandidate, b: &RankedCandidate) -> Ordering {
    b.score
        .cmp(&a.score)
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.id.cmp(&b.id))
}
