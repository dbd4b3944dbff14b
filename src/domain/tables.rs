//! Candidate lists as spreadsheets: a CSV file read into a sheet (`read`), its columns matched
//! to a candidate's fields by their headers (`guess`), each row checked and turned into a
//! candidate (`rows`), merged into the scorecard (`merge`); and the ranking and the forecast
//! written out as CSV (`write`). Pure: the app reads the file and offers the download.

mod guess;
mod merge;
mod read;
mod rows;
mod write;

pub use guess::{Target, archetype_named, guess, normalise};
pub use merge::{Merged, OnMatch, host, matches, merge};
pub use read::{MAX_BYTES, MAX_COLUMNS, MAX_ROWS, Sheet, SheetRow, read, too_large};
pub use rows::{Incoming, Problem, check, check_row};
pub use write::{PROGRAM_ROW, candidates_csv, forecast_csv, neutralise};
