//! Reading a CSV file into a sheet: the usual spreadsheet and CRM export shapes — a comma, a
//! semicolon or a tab between fields, sniffed from the header line; fields in quotes holding
//! delimiters and line breaks; a UTF-8 byte-order mark; CRLF line ends. The `csv` crate does
//! the RFC 4180 reading. A file past the caps is refused before its records are read: its
//! length first, then the header's field count, so a hostile file costs a scan, not memory.

use csv::ReaderBuilder;

/// The largest file read: 2 MB. A list of 500 candidates with notes is well under it.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Data rows (below the header) at most.
pub const MAX_ROWS: usize = 500;
/// Columns at most.
pub const MAX_COLUMNS: usize = 200;

/// A file's rows as text: its header and each data row with the number a spreadsheet shows it
/// under (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sheet {
    /// Each column's header as written; an empty one is named by its place ("Column 3").
    pub headers: Vec<String>,
    pub rows: Vec<SheetRow>,
    /// The delimiter found in the header line.
    pub delimiter: char,
}

/// One data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// Its number as a spreadsheet shows it: the header is row 1, the first data row row 2.
    pub number: usize,
    /// One cell per header; a short row is filled with empty cells, a long one cut to them.
    pub cells: Vec<String>,
}

/// The sheet `text` holds, or why it is refused, in words that say the limit and what was
/// found. Rows with nothing in them are left out (spreadsheets export them), keeping the
/// numbers of the others.
pub fn read(text: &str) -> Result<Sheet, String> {
    if let Some(refusal) = too_large(text.len() as u64) {
        return Err(refusal);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err("This file is empty: expected a header line, then a row per candidate.".into());
    }
    let delimiter = sniff(text);
    let columns = header_fields(text, delimiter);
    if columns > MAX_COLUMNS {
        return Err(too_many_columns(columns));
    }
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => return Err(format!("The header line cannot be read: {e}.")),
        None => return Err("This file has no header line.".into()),
    };
    let headers: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let h = h.trim();
            if h.is_empty() {
                format!("Column {}", i + 1)
            } else {
                h.to_owned()
            }
        })
        .collect();
    let mut rows = Vec::new();
    let mut found = 0;
    for (index, next) in records.enumerate() {
        let number = index + 2;
        let record = match next {
            Ok(record) => record,
            Err(e) => return Err(format!("Row {number} cannot be read: {e}.")),
        };
        if record.len() > MAX_COLUMNS {
            return Err(format!(
                "Row {number} has {} cells; a candidate list may have at most {MAX_COLUMNS} columns.",
                record.len()
            ));
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        found += 1;
        if found > MAX_ROWS {
            // Counted, not kept: the message says how many there are.
            continue;
        }
        let mut cells: Vec<String> = record
            .iter()
            .take(headers.len())
            .map(str::to_owned)
            .collect();
        cells.resize(headers.len(), String::new());
        rows.push(SheetRow { number, cells });
    }
    if found > MAX_ROWS {
        return Err(format!(
            "This file has {found} rows of candidates; at most {MAX_ROWS} are imported at once. \
             Split it into smaller files."
        ));
    }
    Ok(Sheet {
        headers,
        rows,
        delimiter: char::from(delimiter),
    })
}

/// Why a file of `bytes` is refused for its size, if it is: what the app says before reading
/// a byte of a file that is too large, and what [`read`] says of such a text.
pub fn too_large(bytes: u64) -> Option<String> {
    (bytes > MAX_BYTES as u64).then(|| {
        format!(
            "This file is {} KB; a candidate list may be at most {} KB (2 MB).",
            bytes.div_ceil(1024),
            MAX_BYTES / 1024
        )
    })
}

fn too_many_columns(found: usize) -> String {
    format!("This file has {found} columns; a candidate list may have at most {MAX_COLUMNS}.")
}

/// The header line: the text up to the first line break outside quotes.
fn header_line(text: &str) -> &str {
    let mut quoted = false;
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => return &text[..at],
            _ => {}
        }
    }
    text
}

/// The delimiter the header line uses most outside quotes: a semicolon (spreadsheets in
/// locales with a decimal comma), a tab, or else a comma.
fn sniff(text: &str) -> u8 {
    let line = header_line(text);
    let count = |wanted: u8| outside_quotes(line, wanted);
    let (commas, semicolons, tabs) = (count(b','), count(b';'), count(b'\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

/// How many fields the header line has: one more than its delimiters outside quotes.
fn header_fields(text: &str, delimiter: u8) -> usize {
    outside_quotes(header_line(text), delimiter) + 1
}

fn outside_quotes(line: &str, wanted: u8) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for byte in line.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if byte == wanted && !quoted {
            count += 1;
        }
    }
    count
}
