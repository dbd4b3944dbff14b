//! The checks of the two scorecards: the scoreboard's metrics and targets, and the candidate
//! scorecard's criteria, ratings and candidates.

use super::Known;
use crate::domain::candidates::{Candidate, Candidates};
use crate::domain::format::error::ImportError;
use crate::domain::format::limits::{CANDIDATES_MAX, LIST_MAX};
use crate::domain::path::DocPath;
use crate::domain::scoreboard::Scoreboard;

/// Checks the scoreboard at `at` (`design.scoreboard`).
pub(super) fn scoreboard(
    at: &DocPath,
    scoreboard: &Scoreboard,
    known: &Known,
) -> Result<(), ImportError> {
    let metrics = at.member("metrics");
    metrics.list(&scoreboard.metrics, LIST_MAX)?;
    metrics.unique_ids(scoreboard.metrics.iter().map(|m| &m.id))?;
    for (index, metric) in scoreboard.metrics.iter().enumerate() {
        let at = metrics.item(index);
        at.member("name").name(&metric.name)?;
        if let Some(owner) = &metric.owner {
            at.member("owner").refers(owner, &known.roles, "roles")?;
        }
        at.member("unit").name(&metric.unit)?;
        at.member("quarterly_targets")
            .list(&metric.quarterly_targets, LIST_MAX)?;
    }
    at.member("sourced_share_targets")
        .list(&scoreboard.sourced_share_targets, LIST_MAX)
}

/// Checks the candidate scorecard at `at` (`design.candidates`).
pub(super) fn candidates(
    at: &DocPath,
    candidates: &Candidates,
    known: &Known,
) -> Result<(), ImportError> {
    let criteria = at.member("criteria");
    criteria.list(&candidates.criteria, LIST_MAX)?;
    criteria.unique_ids(candidates.criteria.iter().map(|c| &c.id))?;
    for (index, criterion) in candidates.criteria.iter().enumerate() {
        let at = criteria.item(index);
        at.member("name").name(&criterion.name)?;
    }
    let list = at.member("candidates");
    list.list(&candidates.candidates, CANDIDATES_MAX)?;
    list.unique_ids(candidates.candidates.iter().map(|c| &c.id))?;
    for (index, candidate) in candidates.candidates.iter().enumerate() {
        self::candidate(&list.item(index), candidate, known)?;
    }
    Ok(())
}

fn candidate(at: &DocPath, candidate: &Candidate, known: &Known) -> Result<(), ImportError> {
    at.member("name").name(&candidate.name)?;
    at.member("website").name(&candidate.website)?;
    let ratings = at.member("ratings");
    ratings.list(&candidate.ratings, LIST_MAX)?;
    let rated: Vec<_> = candidate.ratings.iter().map(|r| &r.criterion).collect();
    for (index, criterion) in rated.iter().enumerate() {
        let at = ratings.item(index).member("criterion");
        at.refers(criterion, &known.criteria, "criteria")?;
        if rated[..index].contains(criterion) {
            return Err(at.fail(format!(
                "expected one rating per criterion, found \"{criterion}\" rated a second time"
            )));
        }
    }
    at.member("red_flags")
        .once(&candidate.red_flags, "red flag")?;
    at.member("notes").long(&candidate.notes)
}
