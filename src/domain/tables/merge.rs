//! Imported rows merged into the scorecard: a row names a candidate already in the design when
//! its name is the same but for case and spacing, or its website's host is the same but for
//! the scheme, `www.` and a trailing slash. Such a candidate is updated from the row or left as
//! it is, one choice for the whole import; every other row becomes a new candidate. The list
//! keeps the design format's limit: an import that would pass it changes nothing.

use std::collections::HashSet;

use super::rows::Incoming;
use crate::domain::candidates::{Candidate, Candidates};
use crate::domain::format::limits::CANDIDATES_MAX;
use crate::domain::values::Id;

/// What becomes of a row that names a candidate already in the design.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnMatch {
    /// The candidate takes what the row says (a cell left empty changes nothing).
    #[default]
    Update,
    /// The candidate stays as it is; the row is left out.
    Skip,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    pub added: usize,
    pub updated: usize,
    /// Rows left out because they name a candidate already in the design.
    pub skipped: usize,
}

impl Merged {
    /// "Imported 28 candidates: 26 new, 2 updated, 1 left as it was."
    pub fn words(&self) -> String {
        let mut parts = vec![format!("{} new", self.added)];
        if self.updated > 0 {
            parts.push(format!("{} updated", self.updated));
        }
        if self.skipped > 0 {
            parts.push(format!(
                "{} already listed, left as they were",
                self.skipped
            ));
        }
        format!("Imported candidates from CSV: {}.", parts.join(", "))
    }
}

/// A website's host, as two addresses of one site share it: lower case, without the scheme,
/// `www.`, a port, a path or a trailing dot ("https://www.Bright.example/about" is
/// "bright.example").
pub fn host(website: &str) -> String {
    let text = website.trim().to_lowercase();
    let text = text
        .split_once("://")
        .map_or(text.as_str(), |(_, rest)| rest);
    let text = text.split(['/', '?', '#']).next().unwrap_or("");
    let text = text.rsplit_once('@').map_or(text, |(_, host)| host);
    let text = text.split(':').next().unwrap_or("");
    let text = text.strip_prefix("www.").unwrap_or(text);
    text.trim_end_matches('.').to_owned()
}

fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let (a, b) = (words(a), words(b));
    !a.is_empty() && a == b
}

/// The place in `list` of the candidate `row` names, if any.
pub fn matches(list: &[Candidate], row: &Incoming) -> Option<usize> {
    let site = host(&row.website);
    list.iter().position(|c| {
        same_name(&c.name, &row.name) || (!site.is_empty() && host(&c.website) == site)
    })
}

/// Merges `rows` into the scorecard, in order (a row naming a candidate an earlier row added
/// updates it). Refused, with the scorecard unchanged, when the list would pass its limit.
pub fn merge(
    scorecard: &mut Candidates,
    rows: &[Incoming],
    on_match: OnMatch,
) -> Result<Merged, String> {
    let mut list = scorecard.candidates.clone();
    let mut taken: HashSet<Id> = list.iter().map(|c| c.id.clone()).collect();
    let mut next = 1usize;
    let mut merged = Merged::default();
    for row in rows {
        match (matches(&list, row), on_match) {
            (Some(_), OnMatch::Skip) => merged.skipped += 1,
            (Some(at), OnMatch::Update) => {
                update(&mut list[at], row);
                merged.updated += 1;
            }
            (None, _) => {
                let id = loop {
                    let made = Id::new(&format!("candidate-{next}"));
                    next += 1;
                    if let Ok(id) = made
                        && !taken.contains(&id)
                    {
                        break id;
                    }
                };
                taken.insert(id.clone());
                let mut candidate = Candidate::new(id);
                update(&mut candidate, row);
                list.push(candidate);
                merged.added += 1;
            }
        }
    }
    if list.len() > CANDIDATES_MAX {
        return Err(format!(
            "The design can hold {CANDIDATES_MAX} candidates; it has {} and this import would \
             add {} more. Nothing was imported: skip some rows or remove candidates first.",
            scorecard.candidates.len(),
            merged.added
        ));
    }
    scorecard.candidates = list;
    Ok(merged)
}

/// The candidate takes what the row says; what the row leaves empty stays as it was.
fn update(candidate: &mut Candidate, row: &Incoming) {
    if !row.name.is_empty() {
        candidate.name.clone_from(&row.name);
    }
    if row.archetype.is_some() {
        candidate.archetype = row.archetype;
    }
    if !row.website.is_empty() {
        candidate.website.clone_from(&row.website);
    }
    for (criterion, rating) in &row.ratings {
        candidate.set_rating(criterion, Some(*rating));
    }
    if !row.notes.is_empty() {
        candidate.notes.clone_from(&row.notes);
    }
}
