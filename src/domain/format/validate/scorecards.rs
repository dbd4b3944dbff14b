//! The checks of the two scorecards: the scoreboard's metrics and targets, and the candidate
//! scorecard's criteria, ratings and candidates.

use super::Known;
use crate::domain::candidates::{Candidate, Candidates};
use crate::domain::format::checks::At;
use crate::domain::format::error::ImportError;
use crate::domain::format::limits::{CANDIDATES_MAX, LIST_MAX};
use crate::domain::scoreboard::Scoreboard;

/// Checks the scoreboard at `at` (`design.scoreboard`).
pub(super) fn scoreboard(
    at: &At,
    scoreboard: &Scoreboard,
    known: &Known,
) -> Result<(), ImportError> {
    let metrics = at.field("metrics");
    metrics.list(&scoreboard.metrics, LIST_MAX)?;
    metrics.unique_ids(scoreboard.metrics.iter().map(|m| &m.id))?;
    for (index, metric) in scoreboard.metrics.iter().enumerate() {
        let at = metrics.item(index);
        at.field("name").name(&metric.name)?;
        if let Some(owner) = &metric.owner {
            at.field("owner").refers(owner, &known.roles, "roles")?;
        }
        at.field("unit").name(&metric.unit)?;
        at.field("quarterly_targets")
            .list(&metric.quarterly_targets, LIST_MAX)?;
    }
    at.field("sourced_share_targets")
        .list(&scoreboard.sourced_share_targets, LIST_MAX)
}

/// Checks the candidate scorecard at `at` (`design.candidates`).
pub(super) fn candidates(
    at: &At,
    candidates: &Candidates,
    known: &Known,
) -> Result<(), ImportError> {
    let criteria = at.field("criteria");
    criteria.list(&candidates.criteria, LIST_MAX)?;
    criteria.unique_ids(candidates.criteria.iter().map(|c| &c.id))?;
    for (index, criterion) in candidates.criteria.iter().enumerate() {
        let at = criteria.item(index);
        at.field("name").name(&criterion.name)?;
    }
    let list = at.field("candidates");
    list.list(&candidates.candidates, CANDIDATES_MAX)?;
    list.unique_ids(candidates.candidates.iter().map(|c| &c.id))?;
    for (index, candidate) in candidates.candidates.iter().enumerate() {
        self::candidate(&list.item(index), candidate, known)?;
    }
    Ok(())
}

fn candidate(at: &At, candidate: &Candidate, known: &Known) -> Result<(), ImportError> {
    at.field("name").name(&candidate.name)?;
    let ratings = at.field("ratings");
    ratings.list(&candidate.ratings, LIST_MAX)?;
    let rated: Vec<_> = candidate.ratings.iter().map(|r| &r.criterion).collect();
    for (index, criterion) in rated.iter().enumerate() {
        let at = ratings.item(index).field("criterion");
        at.refers(criterion, &known.criteria, "criteria")?;
        if rated[..index].contains(criterion) {
            return Err(at.fail(format!(
                "expected one rating per criterion, found \"{criterion}\" rated a second time"
            )));
        }
    }
    at.field("red_flags")
        .once(&candidate.red_flags, "red flag")?;
    at.field("notes").long(&candidate.notes)
}
