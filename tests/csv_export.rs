#![cfg(not(target_arch = "wasm32"))]
//! The ranking and the forecast written as CSV: a header, plain numbers, the currency in the
//! header, formula-like text neutralised, and a forecast whose rows add up to the engine's.

use std::str::FromStr;

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::ranking::rank;
use partner_blueprint::domain::tables::{
    OnMatch, PROGRAM_ROW, candidates_csv, check, forecast_csv, guess, merge, neutralise, read,
};
use partner_blueprint::domain::templates::Template;
use rust_decimal::Decimal;

fn series_b() -> Design {
    Template::SeriesBSaas.design(NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date"))
}

/// The CSV text read back as a spreadsheet would: the header and the rows.
fn cells(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark first");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn formula_like_text_is_neutralised_and_reads_back_as_text() {
    for formula in [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "\tx",
        "\rx",
    ] {
        assert_eq!(neutralise(formula), format!("'{formula}"));
    }
    assert_eq!(neutralise("Bright Agency"), "Bright Agency");
    let mut design = series_b();
    let names = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)"];
    for (candidate, name) in design.candidates.candidates.iter_mut().zip(names) {
        candidate.name = name.to_owned();
    }
    design.candidates.candidates[0].website = "=cmd|' /C calc'!A0".to_owned();
    let text = candidates_csv(&design, &rank(&design));
    let (header, rows) = cells(&text);
    let name = column(&header, "Name");
    let read: Vec<&str> = rows.iter().map(|r| r[name].as_str()).collect();
    for formula in names {
        assert!(
            read.contains(&format!("'{formula}").as_str()),
            "{formula} in {read:?}"
        );
    }
    assert!(
        rows.iter()
            .any(|r| r[column(&header, "Website")] == "'=cmd|' /C calc'!A0")
    );
    assert!(
        !text.contains("\n=") && !text.contains(",="),
        "no cell starts a formula"
    );
}

#[test]
fn cells_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_whole() {
    let mut design = series_b();
    let awkward = [
        "Smith, Jones & Co",
        "The \"Best\" Partners",
        "Two\r\nlines",
        "semi;colon",
    ];
    for (candidate, name) in design.candidates.candidates.iter_mut().zip(awkward) {
        candidate.name = name.to_owned();
    }
    let text = candidates_csv(&design, &rank(&design));
    assert!(text.contains("\"Smith, Jones & Co\""), "a comma is quoted");
    assert!(
        text.contains("\"The \"\"Best\"\" Partners\""),
        "a quote is doubled inside quotes"
    );
    let (header, rows) = cells(&text);
    let width = header.len();
    assert!(rows.iter().all(|r| r.len() == width), "every row is whole");
    let name = column(&header, "Name");
    let read: Vec<&str> = rows.iter().map(|r| r[name].as_str()).collect();
    for written in awkward {
        assert!(read.contains(&written), "{written:?} in {read:?}");
    }
    assert!(text.ends_with("\r\n"), "lines end CRLF");
}

#[test]
fn the_ranked_candidates_come_out_in_rank_order_with_bare_numbers() {
    let design = series_b();
    let ranking = rank(&design);
    let (header, rows) = cells(&candidates_csv(&design, &ranking));
    assert_eq!(
        &header[..5],
        &["Rank", "Name", "Archetype", "Website", "Score (0-100)"]
    );
    assert_eq!(header[5], design.candidates.criteria[0].name);
    assert_eq!(
        &header[header.len() - 4..],
        &[
            "Red flags",
            "Pass or fail",
            "Selected for launch",
            "In recommended launch set"
        ]
    );
    assert_eq!(rows.len(), design.candidates.candidates.len());
    for (row, ranked) in rows.iter().zip(&ranking.ranked) {
        assert_eq!(row[0], ranked.position.to_string());
        assert_eq!(row[1], ranked.name);
        assert_eq!(
            Decimal::from_str(&row[4]).expect("a bare number"),
            ranked.score
        );
        assert_eq!(
            row[header.len() - 3],
            if ranked.passes { "Pass" } else { "Fail" }
        );
        let in_set = if ranked.recommended { "Yes" } else { "No" };
        assert_eq!(row[header.len() - 1], in_set);
        for rating in &row[5..5 + design.candidates.criteria.len()] {
            assert!(
                rating.is_empty() || matches!(rating.as_str(), "1" | "2" | "3" | "4" | "5"),
                "{rating}"
            );
        }
    }
}

#[test]
fn an_exported_candidate_list_imports_back_into_the_same_scores() {
    let design = series_b();
    let text = candidates_csv(&design, &rank(&design));
    let sheet = read(&text).expect("read back");
    let mapping = guess(&sheet.headers, &design.candidates.criteria);
    let rows: Vec<_> = check(&sheet, &mapping)
        .into_iter()
        .map(|(row, problems)| {
            assert!(problems.is_empty(), "{problems:?}");
            row
        })
        .collect();
    let mut again = design.clone();
    again.candidates.candidates.clear();
    merge(&mut again.candidates, &rows, OnMatch::Update).expect("merged");
    let scores = |d: &Design| {
        let mut s: Vec<(String, Decimal)> = rank(d)
            .ranked
            .into_iter()
            .map(|r| (r.name, r.score))
            .collect();
        s.dedup();
        s
    };
    assert_eq!(scores(&again), scores(&design));
}

#[test]
fn the_forecast_has_a_row_per_quarter_per_pool_and_its_columns_add_up_to_the_engines_totals() {
    let design = series_b();
    let forecast = forecast(&design);
    let (header, rows) = cells(&forecast_csv(&design, &forecast));
    let currency = design.firm.currency.code();
    for money in ["Pipeline", "Revenue", "Cost", "Direct pipeline"] {
        column(&header, &format!("{money} ({currency})"));
    }
    let pools = forecast.quarters[0].pools.len();
    assert!(pools >= 2, "the template chooses several archetypes");
    assert_eq!(rows.len(), forecast.quarters.len() * (pools + 1));
    let pool = column(&header, "Pool");
    for (q, quarter) in forecast.quarters.iter().enumerate() {
        let block = &rows[q * (pools + 1)..(q + 1) * (pools + 1)];
        for (row, part) in block.iter().zip(&quarter.pools) {
            assert_eq!(row[0], format!("Q{}", quarter.quarter));
            assert_eq!(row[pool], part.kind.label());
        }
        assert_eq!(block[pools][pool], PROGRAM_ROW);
    }
    let sum = |name: &str| -> Decimal {
        let at = column(&header, name);
        rows.iter()
            .filter(|r| !r[at].is_empty())
            .map(|r| {
                assert!(
                    !r[at].contains(',') && !r[at].contains(currency),
                    "{}",
                    r[at]
                );
                Decimal::from_str(&r[at]).unwrap_or_else(|_| panic!("a bare number: {}", r[at]))
            })
            .sum()
    };
    let pipeline: Decimal = forecast.quarters.iter().map(|q| q.pipeline).sum();
    assert_eq!(sum(&format!("Pipeline ({currency})")), pipeline);
    assert_eq!(
        sum(&format!("Revenue ({currency})")),
        forecast.total_revenue()
    );
    assert_eq!(sum(&format!("Cost ({currency})")), forecast.total_cost());
    let direct: Decimal = forecast.quarters.iter().map(|q| q.direct_pipeline).sum();
    assert_eq!(sum(&format!("Direct pipeline ({currency})")), direct);
}
