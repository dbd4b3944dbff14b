//! The design as a brief for a board: what the board pack shows and the Markdown export writes,
//! built once here so the two can never say different things. A brief is a one-page
//! [`Summary`] — thesis, archetypes, verdict, sourced share against its floors, economics and
//! the two paths, each figure with its source — then one [`Chapter`] per part of the design, in
//! the blueprint's order, made of plain-text tables and facts that each rendering escapes and
//! lays out in its own way.

mod mechanics;
mod summary;
pub mod words;

pub use mechanics::{chapter_of, chapters};
pub use summary::{Summary, Verdict, summarise};

use crate::domain::Mechanic;
use crate::domain::analysis::Analysis;
use crate::domain::health::{Finding, Severity};

/// One figure or statement with where it comes from: an article (`002`), a design field
/// (`thesis.customer`) or the engine's computation (`forecast`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub value: String,
    pub source: String,
}

impl Fact {
    pub fn new(label: impl Into<String>, value: impl Into<String>, source: &str) -> Fact {
        Fact {
            label: label.into(),
            value: value.into(),
            source: source.to_owned(),
        }
    }
}

/// A table of plain text: a header row and rows of cells, each row's first cell naming it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    pub fn new(head: &[&str]) -> Sheet {
        Sheet {
            head: head.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
}

/// A piece of a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Table(Sheet),
    /// Labelled values, one a line; their source is the chapter's part of the design.
    Facts(Vec<(String, String)>),
    /// A sentence on its own: what is missing, or a threshold.
    Note(String),
}

/// A part of a chapter under its own heading, or under the chapter's when it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub heading: Option<String>,
    pub blocks: Vec<Block>,
}

impl Part {
    /// A part without a heading of its own.
    pub fn plain(blocks: Vec<Block>) -> Part {
        Part {
            heading: None,
            blocks,
        }
    }

    /// A part under `heading`.
    pub fn headed(heading: &str, blocks: Vec<Block>) -> Part {
        Part {
            heading: Some(heading.to_owned()),
            blocks,
        }
    }
}

/// One part of the design: the firm profile, a mechanic, the candidates, the scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    pub title: &'static str,
    /// The mechanic the chapter sets out, if it is one: where its decision log belongs.
    pub mechanic: Option<Mechanic>,
    pub parts: Vec<Part>,
}

/// The findings by severity, worst first, leaving out severities with none: the appendix.
pub fn appendix(analysis: &Analysis) -> Vec<(Severity, Vec<&Finding>)> {
    Severity::ALL
        .into_iter()
        .map(|severity| {
            let of: Vec<&Finding> = analysis
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            (severity, of)
        })
        .filter(|(_, of)| !of.is_empty())
        .collect()
}
