//! The ranking and the forecast written as CSV for a spreadsheet: one header line, numbers as
//! plain numbers ('.' for the decimal point, no thousands separator, no currency sign; the
//! currency is in the header), and every text cell that a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) given a leading apostrophe,
//! as OWASP's advice on CSV injection has it: a candidate's name came from someone else.
//!
//! The text starts with a UTF-8 byte-order mark: Excel reads a CSV file without one in the
//! computer's legacy code page, so "Café Partners" would open as "CafÃ© Partners"; with it
//! Excel, LibreOffice, Numbers and Google Sheets all read UTF-8, and this app's import skips it.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::domain::Design;
use crate::domain::forecast::{Forecast, PoolQuarter};
use crate::domain::ranking::Ranking;

/// The byte-order mark that tells a spreadsheet the file is UTF-8.
const BOM: &str = "\u{feff}";

/// The decimal places counts of partners and deals are written to (money is in cents already).
const COUNT_DP: u32 = 2;

/// A text cell made safe to open in a spreadsheet: one that starts like a formula gets a
/// leading apostrophe, which spreadsheets read as "this is text".
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A cell: a text (neutralised) or a number (as it is).
enum Cell {
    Text(String),
    Number(Decimal),
    Empty,
}

impl Cell {
    fn text(text: &str) -> Cell {
        Cell::Text(neutralise(text).into_owned())
    }

    fn written(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Number(n) => n.normalize().to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// The rows as CSV text (RFC 4180): a byte-order mark, then the lines, each ended CRLF; a cell
/// that holds a comma, a double quote or a line break is quoted, its quotes doubled. Reading
/// CSV, with its many dialects, is the csv crate's (`tables::read`); writing one dialect is these
/// lines, which cost 17.9 KB of .wasm less than the crate's writer. The tests read what they
/// write back through the crate's reader.
fn csv_text(rows: &[Vec<Cell>]) -> String {
    let mut text = String::from(BOM);
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            let written = cell.written();
            if written.contains([',', '"', '\r', '\n']) {
                text.push('"');
                text.push_str(&written.replace('"', "\"\""));
                text.push('"');
            } else {
                text.push_str(&written);
            }
        }
        text.push_str("\r\n");
    }
    text
}

fn yes(yes: bool) -> Cell {
    Cell::text(if yes { "Yes" } else { "No" })
}

/// The ranked candidates: rank, name, archetype, website, score, each criterion's rating,
/// red flags, pass or fail, selected for launch and in the recommended launch set.
pub fn candidates_csv(design: &Design, ranking: &Ranking) -> String {
    let criteria = &design.candidates.criteria;
    let mut header = ["Rank", "Name", "Archetype", "Website", "Score (0-100)"]
        .map(Cell::text)
        .into_iter()
        .collect::<Vec<_>>();
    header.extend(criteria.iter().map(|c| Cell::text(&c.name)));
    header.extend(
        [
            "Red flags",
            "Pass or fail",
            "Selected for launch",
            "In recommended launch set",
        ]
        .map(Cell::text),
    );
    let mut rows = vec![header];
    for ranked in &ranking.ranked {
        let Some(candidate) = design
            .candidates
            .candidates
            .iter()
            .find(|c| c.id == ranked.id)
        else {
            continue;
        };
        let mut row = vec![
            Cell::Number(Decimal::from(ranked.position)),
            Cell::text(&candidate.name),
            candidate
                .archetype
                .map_or(Cell::Empty, |k| Cell::text(k.label())),
            Cell::text(&candidate.website),
            Cell::Number(ranked.score),
        ];
        row.extend(criteria.iter().map(|c| {
            candidate
                .rating(&c.id)
                .map_or(Cell::Empty, |r| Cell::Number(Decimal::from(r.value())))
        }));
        let flags: Vec<&str> = ranked.red_flags.iter().map(|f| f.label()).collect();
        row.push(Cell::text(&flags.join("; ")));
        row.push(Cell::text(if ranked.passes { "Pass" } else { "Fail" }));
        row.push(yes(ranked.selected));
        row.push(yes(ranked.recommended));
        rows.push(row);
    }
    csv_text(&rows)
}

/// The label of the rows that carry what no pool owns: the direct pipeline and the program's
/// own costs (roles, co-marketing, tools, enablement).
pub const PROGRAM_ROW: &str = "Program (not by pool)";

/// The forecast by quarter and by pool: a row per quarter per chosen archetype with its
/// partners, deals, pipeline, revenue and cost (the partners' commissions), and a row per
/// quarter for the program with the direct pipeline and the costs no pool owns. Every figure
/// is in one row only, so a column's sum is the forecast's total.
pub fn forecast_csv(design: &Design, forecast: &Forecast) -> String {
    let currency = design.firm.currency.code();
    let money = |what: &str| format!("{what} ({currency})");
    let mut header: Vec<Cell> = [
        "Quarter",
        "Starts",
        "Pool",
        "Partners recruited",
        "Active partners",
    ]
    .map(Cell::text)
    .into_iter()
    .collect();
    header.extend(["Registered deals", "Opportunities", "Closed-won deals"].map(Cell::text));
    for what in ["Pipeline", "Revenue", "Cost", "Direct pipeline"] {
        header.push(Cell::text(&money(what)));
    }
    let mut rows = vec![header];
    let count = |n: Decimal| Cell::Number(n.round_dp(COUNT_DP));
    for quarter in &forecast.quarters {
        let label = || Cell::text(&format!("Q{}", quarter.quarter));
        let starts = || Cell::text(&quarter.starts.format("%Y-%m-%d").to_string());
        let pipeline = reconciled(quarter.pipeline, &quarter.pools, |p| p.pipeline);
        let revenue = reconciled(quarter.revenue(), &quarter.pools, |p| p.revenue);
        let commissions = reconciled(quarter.cost.commissions, &quarter.pools, |p| p.commissions);
        for (at, pool) in quarter.pools.iter().enumerate() {
            rows.push(vec![
                label(),
                starts(),
                Cell::text(pool.kind.label()),
                count(pool.recruited),
                count(pool.active_partners),
                count(pool.registered_deals),
                count(pool.opportunities),
                count(pool.closed_won_deals),
                Cell::Number(pipeline[at]),
                Cell::Number(revenue[at]),
                Cell::Number(commissions[at]),
                Cell::Empty,
            ]);
        }
        let own_costs = quarter.cost.total - quarter.cost.commissions;
        rows.push(vec![
            label(),
            starts(),
            Cell::text(PROGRAM_ROW),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Number(own_costs),
            Cell::Number(quarter.direct_pipeline),
        ]);
    }
    csv_text(&rows)
}

/// Each pool's figure, so that together they make the quarter's `total`. The engine rounds each
/// pool's money to the cent apart from the quarter's, so their sum can miss it by a cent or
/// two; the difference goes to the pool with the largest figure, where it matters least, and a
/// spreadsheet's sum of the column is the forecast's total.
fn reconciled(
    total: Decimal,
    pools: &[PoolQuarter],
    figure: impl Fn(&PoolQuarter) -> Decimal,
) -> Vec<Decimal> {
    let mut figures: Vec<Decimal> = pools.iter().map(&figure).collect();
    let difference = total - figures.iter().copied().sum::<Decimal>();
    let largest = (0..figures.len()).max_by_key(|&at| figures[at]);
    if let Some(at) = largest
        && difference != Decimal::ZERO
        && difference.abs() <= Decimal::new(pools.len() as i64, 2)
    {
        figures[at] += difference;
    }
    figures
}
