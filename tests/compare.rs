//! Two designs side by side: the fields that changed, old → new, named as a person reads them;
//! list items added and removed; findings that appeared and went; and the headline figures with
//! their differences — from the Series B template against modified copies.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::compare::{ChangeKind, compare};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Headcount, Percent};

fn series_b() -> Design {
    Template::SeriesBSaas.design(NaiveDate::from_ymd_opt(2025, 3, 3).unwrap())
}

#[test]
fn a_design_compared_with_itself_has_no_changes_and_no_differences() {
    let d = series_b();
    let c = compare(&d, &d);
    assert!(c.is_same());
    assert!(c.appeared.is_empty() && c.gone.is_empty());
    assert!(c.figures.iter().all(|f| f.difference == "no change"));
}

#[test]
fn a_changed_title_and_a_changed_number_are_listed_old_to_new_by_their_names() {
    let old = series_b();
    let mut new = old.clone();
    new.title = "Ledgerline, revised".to_owned();
    new.firm.headcount = Headcount::new(200).unwrap();
    let c = compare(&old, &new);
    assert_eq!(c.changes.len(), 2, "{:?}", c.changes);
    let title = &c.changes[0];
    assert_eq!(title.place, "Title");
    assert_eq!(title.kind, ChangeKind::Changed);
    assert_eq!(title.old.as_deref(), Some(old.title.as_str()));
    assert_eq!(title.new.as_deref(), Some("Ledgerline, revised"));
    let headcount = &c.changes[1];
    assert_eq!(headcount.place, "Firm profile › Headcount");
    assert_eq!(headcount.path, "firm.headcount");
    assert_eq!(headcount.old.as_deref(), Some("140"));
    assert_eq!(headcount.new.as_deref(), Some("200"));
}

#[test]
fn a_role_added_and_a_role_removed_are_listed_with_their_titles() {
    let old = series_b();
    let mut new = old.clone();
    let mut role = new.operating.roles[4].clone();
    role.title = "Second partner manager".to_owned();
    new.operating.roles.push(role);
    let added = compare(&old, &new);
    let change = added
        .changes
        .iter()
        .find(|c| c.kind == ChangeKind::Added)
        .expect("the role is listed as added");
    let n = new.operating.roles.len();
    assert_eq!(
        change.place,
        format!("Operating model › Roles › {n} (Second partner manager)")
    );
    assert_eq!(change.old, None);
    assert_eq!(change.new.as_deref(), Some("Second partner manager"));

    let removed = compare(&new, &old);
    assert!(removed.changes.iter().any(|c| c.kind == ChangeKind::Removed
        && c.path == format!("operating.roles.{}", n - 1)
        && c.old.as_deref() == Some("Second partner manager")));
}

#[test]
fn a_nested_change_is_named_down_to_the_field() {
    let old = series_b();
    let mut new = old.clone();
    new.operating.roles[1].title = "Chief revenue officer".to_owned();
    let c = compare(&old, &new);
    assert_eq!(c.changes.len(), 1);
    assert_eq!(
        c.changes[0].place,
        format!(
            "Operating model › Roles › 2 ({}) › Title",
            old.operating.roles[1].title
        )
    );
    assert_eq!(c.changes[0].path, "operating.roles.1.title");
}

#[test]
fn a_finding_that_appears_and_one_that_goes_are_both_listed() {
    // Old: the thesis has no customer (a finding). New: the customer is back, but every
    // archetype is chosen (another finding).
    let mut old = series_b();
    old.thesis.customer = String::new();
    let mut new = series_b();
    for a in &mut new.archetypes.catalogue {
        a.chosen = true;
    }
    let c = compare(&old, &new);
    assert!(
        c.gone
            .iter()
            .any(|f| f.rule == "thesis.incomplete" && f.path == "thesis.customer"),
        "{:?}",
        c.gone
    );
    assert!(
        c.appeared.iter().any(|f| f.rule == "archetypes.too-many"),
        "{:?}",
        c.appeared
    );
    assert!(!c.appeared.iter().any(|f| f.rule == "thesis.incomplete"));
    assert!(c.appeared.iter().all(|f| !f.message.is_empty()));
}

#[test]
fn the_headline_figures_are_shown_old_new_and_their_difference() {
    let old = series_b();
    let mut new = old.clone();
    new.thesis.customer = String::new();
    new.assumptions.win_rate_lift = Percent::parse("60").unwrap();
    let c = compare(&old, &new);
    let labels: Vec<&str> = c.figures.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Readiness (of 100)",
            "Partner-sourced share, year 1",
            "Partner-sourced share, year 2",
            "Partner-sourced share, year 3",
            "Revenue to cost by year three",
        ]
    );
    let readiness = &c.figures[0];
    assert_eq!(readiness.old, "100");
    assert_ne!(readiness.new, "100");
    assert!(readiness.difference.starts_with('−'), "{readiness:?}");
    let ratio = &c.figures[4];
    assert!(
        ratio.old.ends_with(": 1") && ratio.new.ends_with(": 1"),
        "{ratio:?}"
    );
    assert_ne!(ratio.old, ratio.new);
    assert!(ratio.difference.starts_with('+'), "{ratio:?}");
}
