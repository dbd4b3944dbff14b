//! A chart's numbers as a table: what the "Show as table" toggle shows, for anyone who would
//! rather read than look, or cannot see the canvas.

/// A table with a caption, a header row and rows of text; each row's first cell names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// Which columns hold numbers (aligned to the right).
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// An empty table with its caption and columns, each a heading and whether it holds
    /// numbers.
    pub fn new(caption: impl Into<String>, columns: &[(&str, bool)]) -> Table {
        Table {
            caption: caption.into(),
            head: columns.iter().map(|(h, _)| (*h).to_owned()).collect(),
            numeric: columns.iter().map(|(_, n)| *n).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The cell at `row`, `column`, if there is one.
    pub fn cell(&self, row: usize, column: usize) -> Option<&str> {
        self.rows.get(row)?.get(column).map(String::as_str)
    }
}
