#![cfg(not(target_arch = "wasm32"))]
//! Candidate lists imported from CSV: the usual spreadsheet and CRM shapes read, columns guessed
//! from their headers, each row's problems named by row and column, rows merged into the
//! scorecard by name or website, and hostile files refused before they cost memory.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::candidates::Candidate;
use partner_blueprint::domain::format::limits::CANDIDATES_MAX;
use partner_blueprint::domain::tables::{
    Incoming, MAX_BYTES, MAX_COLUMNS, MAX_ROWS, OnMatch, Target, check, guess, host, merge, read,
};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Id, Rating};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/csv")
        .join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn design() -> Design {
    Template::Blank.design(NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date"))
}

fn id(text: &str) -> Id {
    Id::new(text).expect("an id")
}

/// The candidates a file makes on the blank design, with every row's problems.
fn rows_of(text: &str) -> Vec<(Incoming, Vec<String>)> {
    let sheet = read(text).expect("the file is read");
    let mapping = guess(&sheet.headers, &design().candidates.criteria);
    check(&sheet, &mapping)
        .into_iter()
        .map(|(row, problems)| (row, problems.iter().map(|p| p.words()).collect()))
        .collect()
}

#[test]
fn a_comma_file_is_read_into_candidates_with_their_ratings() {
    let rows = rows_of(&fixture("comma.csv"));
    assert_eq!(rows.len(), 3);
    let (bright, problems) = &rows[0];
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(bright.row, 2);
    assert_eq!(bright.name, "Bright Agency");
    assert_eq!(bright.archetype, Some(ArchetypeKind::Agency));
    assert_eq!(bright.website, "https://www.bright.example/");
    assert_eq!(
        bright.ratings,
        vec![
            (id("icp-overlap"), Rating::of(5)),
            (id("complementary-offer"), Rating::of(4))
        ]
    );
    assert_eq!(bright.notes, "Met at the summit");
    assert_eq!(rows[1].0.archetype, Some(ArchetypeKind::SystemsIntegrator));
    assert_eq!(rows[2].0.notes, "Knows the CFOs, asks for 10%");
}

#[test]
fn a_spreadsheet_export_with_a_bom_semicolons_crlf_and_quoted_fields_is_read() {
    let text = fixture("spreadsheet.csv");
    assert!(
        text.starts_with('\u{feff}') && text.contains("\r\n"),
        "the fixture's shape"
    );
    let sheet = read(&text).expect("read");
    assert_eq!(sheet.delimiter, ';');
    assert_eq!(
        sheet.headers[0], "Partner name",
        "the mark is not part of the header"
    );
    // The empty row the spreadsheet wrote at the end is left out.
    assert_eq!(sheet.rows.len(), 2);
    let rows = rows_of(&text);
    let (cafe, problems) = &rows[0];
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(cafe.name, "Café Partners; Ltd");
    assert_eq!(cafe.archetype, Some(ArchetypeKind::Msp));
    assert_eq!(cafe.website, "cafe.example");
    assert_eq!(cafe.notes, "Ratings agreed, see deck;\r\nsecond line");
    let (delta, _) = &rows[1];
    assert_eq!(delta.name, "Delta, Echo & Co");
    assert_eq!(
        delta.row, 3,
        "a quoted line break keeps the spreadsheet's row numbers"
    );
    assert_eq!(delta.archetype, Some(ArchetypeKind::Reseller));
}

#[test]
fn a_crm_export_has_its_columns_guessed_from_odd_header_names() {
    let sheet = read(&fixture("crm.csv")).expect("read");
    let mapping = guess(&sheet.headers, &design().candidates.criteria);
    assert_eq!(
        mapping,
        vec![
            Target::Name,
            Target::Archetype,
            Target::Website,
            Target::Notes,
            Target::Ignore,
            Target::Rating(id("referral-volume")),
        ]
    );
    let rows = rows_of(&fixture("crm.csv"));
    assert_eq!(
        rows[0].0.archetype,
        Some(ArchetypeKind::Agency),
        "\"Agencies\""
    );
    assert_eq!(
        rows[1].0.archetype,
        Some(ArchetypeKind::Technology),
        "\"ISV\""
    );
}

#[test]
fn headers_are_compared_without_case_spacing_or_punctuation_and_each_field_taken_once() {
    let headers: Vec<String> = ["  COMPANY ", "company_name", "URL", "Comments", "web-site"]
        .map(str::to_owned)
        .to_vec();
    assert_eq!(
        guess(&headers, &[]),
        vec![
            Target::Name,
            Target::Ignore,
            Target::Website,
            Target::Notes,
            Target::Ignore
        ]
    );
}

#[test]
fn each_bad_cell_is_named_by_its_row_and_column() {
    let rows = rows_of(&fixture("flawed.csv"));
    let problems: Vec<&Vec<String>> = rows.iter().map(|(_, p)| p).collect();
    assert!(problems[0].is_empty(), "{:?}", problems[0]);
    assert_eq!(
        problems[1],
        &vec![
            "Row 3, column “ICP / client overlap”: 7 is not a rating; expected a whole number from 1 to 5."
                .to_owned()
        ]
    );
    assert_eq!(
        problems[2],
        &vec![
            "Row 4, column “ICP / client overlap”: “abc” is not a rating; expected a whole number from 1 to 5."
                .to_owned()
        ]
    );
    assert_eq!(problems[3].len(), 1);
    assert!(
        problems[3][0].starts_with("Row 5, column “Type”: “Consultancy” is not an archetype"),
        "{:?}",
        problems[3]
    );
    assert_eq!(
        problems[4],
        &vec!["Row 6, column “Company”: the name is empty; a candidate needs one.".to_owned()]
    );
}

#[test]
fn a_name_or_notes_past_the_formats_limits_is_flagged() {
    let text = format!(
        "Name,Notes\n{},ok\nFine,{}\n",
        "n".repeat(201),
        "x".repeat(4001)
    );
    let rows = rows_of(&text);
    assert!(rows[0].1[0].starts_with("Row 2, column “Name”: the name is 201 characters long"));
    assert!(rows[1].1[0].starts_with("Row 3, column “Notes”: the note is 4001 characters long"));
}

fn incoming(name: &str, website: &str) -> Incoming {
    Incoming {
        row: 2,
        name: name.to_owned(),
        website: website.to_owned(),
        archetype: Some(ArchetypeKind::Agency),
        ratings: vec![(id("icp-overlap"), Rating::of(5))],
        notes: "from the file".to_owned(),
    }
}

fn with_candidate(name: &str, website: &str) -> Design {
    let mut design = design();
    let mut candidate = Candidate::new(id("bright"));
    candidate.name = name.to_owned();
    candidate.website = website.to_owned();
    candidate.notes = "ours".to_owned();
    design.candidates.candidates.push(candidate);
    design
}

#[test]
fn the_same_name_in_another_case_updates_or_is_skipped_as_chosen() {
    let mut design = with_candidate("Bright Agency", "");
    let merged = merge(
        &mut design.candidates,
        &[incoming("BRIGHT  agency", "")],
        OnMatch::Update,
    )
    .expect("merged");
    assert_eq!((merged.added, merged.updated, merged.skipped), (0, 1, 0));
    let bright = &design.candidates.candidates[0];
    assert_eq!(bright.id, id("bright"), "updated in place");
    assert_eq!(bright.notes, "from the file");
    assert_eq!(bright.rating(&id("icp-overlap")), Some(Rating::of(5)));

    let mut design = with_candidate("Bright Agency", "");
    let merged = merge(
        &mut design.candidates,
        &[incoming("bright agency", "")],
        OnMatch::Skip,
    )
    .expect("merged");
    assert_eq!((merged.added, merged.updated, merged.skipped), (0, 0, 1));
    assert_eq!(design.candidates.candidates[0].notes, "ours");
    assert_eq!(design.candidates.candidates.len(), 1);
}

#[test]
fn the_same_website_with_scheme_and_www_matches_a_bare_host() {
    assert_eq!(host("https://www.Bright.example/"), "bright.example");
    assert_eq!(host("bright.example"), "bright.example");
    assert_eq!(
        host("http://bright.example:8080/about?x#y"),
        "bright.example"
    );
    let mut design = with_candidate("Bright", "bright.example");
    let merged = merge(
        &mut design.candidates,
        &[incoming("Bright Agency Ltd", "https://www.bright.example/")],
        OnMatch::Update,
    )
    .expect("merged");
    assert_eq!((merged.added, merged.updated), (0, 1));
    assert_eq!(design.candidates.candidates[0].name, "Bright Agency Ltd");
}

#[test]
fn a_new_name_is_added_with_a_fresh_id_and_an_empty_cell_changes_nothing() {
    let mut design = with_candidate("Bright Agency", "bright.example");
    let merged = merge(
        &mut design.candidates,
        &[incoming("Cedar", "cedar.example"), incoming("Dune", "")],
        OnMatch::Update,
    )
    .expect("merged");
    assert_eq!((merged.added, merged.updated), (2, 0));
    let list = &design.candidates.candidates;
    assert_eq!(list.len(), 3);
    assert_eq!(list[1].id, id("candidate-1"));
    assert_eq!(list[2].id, id("candidate-2"));
    assert_eq!(list[1].website, "cedar.example");
    let mut same = incoming("Bright Agency", "");
    same.notes.clear();
    merge(&mut design.candidates, &[same], OnMatch::Update).expect("merged");
    assert_eq!(
        design.candidates.candidates[0].notes, "ours",
        "an empty cell keeps the notes"
    );
    assert!(partner_blueprint::domain::format::validate(&design).is_ok());
}

#[test]
fn an_import_past_the_candidate_limit_is_refused_and_changes_nothing() {
    let mut design = design();
    for n in 0..CANDIDATES_MAX - 1 {
        let mut c = Candidate::new(id(&format!("c-{n}")));
        c.name = format!("Candidate {n}");
        design.candidates.candidates.push(c);
    }
    let before = design.clone();
    let refusal = merge(
        &mut design.candidates,
        &[incoming("One", ""), incoming("Two", "")],
        OnMatch::Update,
    )
    .expect_err("refused");
    assert!(refusal.contains("1000 candidates"), "{refusal}");
    assert!(refusal.contains("add 2"), "{refusal}");
    assert_eq!(design, before);
    // One more fits.
    merge(
        &mut design.candidates,
        &[incoming("One", "")],
        OnMatch::Update,
    )
    .expect("fits");
}

#[test]
fn more_rows_than_the_cap_are_refused_with_the_limit_and_the_count() {
    let mut text = "Name\n".to_owned();
    for n in 0..MAX_ROWS + 3 {
        text.push_str(&format!("Candidate {n}\n"));
    }
    let refusal = read(&text).expect_err("refused");
    assert!(refusal.contains("503 rows"), "{refusal}");
    assert!(refusal.contains("at most 500"), "{refusal}");
}

#[test]
fn a_fifty_megabyte_file_is_refused_at_once() {
    let text =
        "Name,Notes\n".to_owned() + &"Someone,\"a long note\"\n".repeat(50 * 1024 * 1024 / 22);
    assert!(text.len() > 49 * 1024 * 1024);
    let start = Instant::now();
    let refusal = read(&text).expect_err("refused");
    assert!(
        start.elapsed() < Duration::from_millis(50),
        "{:?}",
        start.elapsed()
    );
    assert!(
        refusal.contains(&format!("at most {} KB", MAX_BYTES / 1024)),
        "{refusal}"
    );
    assert!(refusal.contains("This file is 5"), "{refusal}");
}

#[test]
fn a_header_of_a_million_columns_is_refused_without_reading_its_records() {
    let text = ",".repeat(999_999) + "\nx\n";
    assert!(
        text.len() < MAX_BYTES,
        "under the size cap, so the column cap is what refuses it"
    );
    let start = Instant::now();
    let refusal = read(&text).expect_err("refused");
    assert!(
        start.elapsed() < Duration::from_millis(500),
        "{:?}",
        start.elapsed()
    );
    assert!(refusal.contains("1000000 columns"), "{refusal}");
    assert!(
        refusal.contains(&format!("at most {MAX_COLUMNS}")),
        "{refusal}"
    );
}

#[test]
fn an_empty_file_is_refused_with_what_was_expected() {
    assert!(
        read("\u{feff}  \r\n")
            .expect_err("refused")
            .contains("empty")
    );
}
