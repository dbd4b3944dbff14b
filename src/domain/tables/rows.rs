//! Each row of a sheet read as a candidate, with every problem it has named by its row (as the
//! spreadsheet numbers it) and its column, before anything changes: a rating that is not a
//! whole number from 1 to 5, an archetype the catalogue lacks, an empty name, a text past the
//! design format's limits.

use super::guess::{Target, archetype_named};
use super::read::{Sheet, SheetRow};
use crate::domain::archetypes::ArchetypeKind;
use crate::domain::format::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::domain::values::{Id, Rating};

/// A row read as a candidate, its empty cells as nothing said.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Incoming {
    /// The row's number in the spreadsheet.
    pub row: usize,
    pub name: String,
    pub archetype: Option<ArchetypeKind>,
    pub website: String,
    /// The ratings the row gives, by criterion id.
    pub ratings: Vec<(Id, Rating)>,
    pub notes: String,
}

/// Something wrong with one cell (or, with no column, with the whole mapping).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The row's number in the spreadsheet.
    pub row: usize,
    /// The column's place, from 0.
    pub column: usize,
    /// The column's header.
    pub header: String,
    /// What is wrong, in words.
    pub message: String,
}

impl Problem {
    /// "Row 5, column “ICP overlap”: …" — how the preview lists it.
    pub fn words(&self) -> String {
        format!(
            "Row {}, column “{}”: {}",
            self.row, self.header, self.message
        )
    }
}

/// Every row read with `mapping` (one target per column): the candidate each row makes and its
/// problems. A row with a problem is not imported until it is fixed.
pub fn check(sheet: &Sheet, mapping: &[Target]) -> Vec<(Incoming, Vec<Problem>)> {
    sheet
        .rows
        .iter()
        .map(|row| check_row(&sheet.headers, row, mapping))
        .collect()
}

/// One row read with `mapping`.
pub fn check_row(
    headers: &[String],
    row: &SheetRow,
    mapping: &[Target],
) -> (Incoming, Vec<Problem>) {
    let mut incoming = Incoming {
        row: row.number,
        ..Incoming::default()
    };
    let mut problems = Vec::new();
    let mut name_column = None;
    for (column, (target, cell)) in mapping.iter().zip(&row.cells).enumerate() {
        let cell = cell.trim();
        let mut flag = |message: String| {
            problems.push(Problem {
                row: row.number,
                column,
                header: headers.get(column).cloned().unwrap_or_default(),
                message,
            });
        };
        match target {
            Target::Ignore => {}
            Target::Name => {
                name_column = Some(column);
                if let Some(why) = too_long(cell, NAME_MAX_CHARS, "name") {
                    flag(why);
                }
                incoming.name = cell.to_owned();
            }
            Target::Website => {
                if let Some(why) = too_long(cell, NAME_MAX_CHARS, "website") {
                    flag(why);
                }
                incoming.website = cell.to_owned();
            }
            Target::Notes => {
                if let Some(why) = too_long(cell, TEXT_MAX_CHARS, "note") {
                    flag(why);
                }
                incoming.notes = cell.to_owned();
            }
            Target::Archetype if cell.is_empty() => {}
            Target::Archetype => match archetype_named(cell) {
                Some(kind) => incoming.archetype = Some(kind),
                None => flag(format!(
                    "“{}” is not an archetype; expected one of {}, or nothing.",
                    shortened(cell),
                    archetype_names()
                )),
            },
            Target::Rating(_) if cell.is_empty() => {}
            Target::Rating(criterion) => match rating(cell) {
                Ok(rating) => incoming.ratings.push((criterion.clone(), rating)),
                Err(why) => flag(why),
            },
        }
    }
    match name_column {
        Some(column) if incoming.name.is_empty() => problems.push(Problem {
            row: row.number,
            column,
            header: headers.get(column).cloned().unwrap_or_default(),
            message: "the name is empty; a candidate needs one.".to_owned(),
        }),
        _ => {}
    }
    (incoming, problems)
}

/// A cell's rating: a whole number from 1 to 5 ("4", "4.0", " 4 ").
fn rating(cell: &str) -> Result<Rating, String> {
    let number = cell.replace(',', ".");
    let number = number.strip_suffix(".0").unwrap_or(&number);
    match number.parse::<i64>() {
        Ok(n) => u8::try_from(n)
            .ok()
            .and_then(|n| Rating::new(n).ok())
            .ok_or_else(|| format!("{n} is not a rating; expected a whole number from 1 to 5.")),
        Err(_) => Err(format!(
            "“{}” is not a rating; expected a whole number from 1 to 5.",
            shortened(cell)
        )),
    }
}

fn too_long(cell: &str, max: usize, what: &str) -> Option<String> {
    let length = cell.chars().count();
    (length > max).then(|| format!("the {what} is {length} characters long; at most {max} fit."))
}

/// A cell as a message quotes it: its first 40 characters.
fn shortened(cell: &str) -> String {
    if cell.chars().count() > 40 {
        format!("{}…", cell.chars().take(40).collect::<String>())
    } else {
        cell.to_owned()
    }
}

fn archetype_names() -> String {
    ArchetypeKind::ALL
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join(", ")
}
