//! The storage protocol that keeps designs safe, over an in-memory store shared by "tabs": saves
//! carry revisions, unreadable data is set aside or kept and never written over, a full or
//! missing store refuses without losing what was stored, and a deletion can be undone byte for
//! byte.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::format::export;
use partner_blueprint::domain::health::check;
use partner_blueprint::domain::library::{
    DesignId, Health, LoadError, MemoryStore, Repository, SaveError, Session, StoreError, keys,
};
use partner_blueprint::domain::templates::Template;

#[path = "support/shared_store.rs"]
mod shared_store;

use shared_store::Shared;

const NOW: i64 = 1_750_000_000_000;

fn design(template: Template, title: &str) -> Design {
    let mut d = template.design(NaiveDate::from_ymd_opt(2025, 3, 3).unwrap());
    d.title = title.to_owned();
    d
}

/// The text a save of `d` writes: its export, with its findings.
fn saved_text(d: &Design) -> String {
    export(d, &check(d))
}

fn quarantined(store: &Shared) -> Vec<(String, String)> {
    store
        .snapshot()
        .into_iter()
        .filter(|(k, _)| keys::is_quarantine(k))
        .collect()
}

#[test]
fn a_created_design_is_listed_and_opens_as_it_was_saved() {
    let store = Shared::default();
    let mut repo = store.tab();
    let saved = design(Template::SeriesBSaas, "Acme");
    let (id, revision) = repo.create(&saved, &check(&saved), NOW, 1).unwrap();
    assert_eq!(revision, 1);
    assert_eq!(store.get(&keys::design(&id)), Some(saved_text(&saved)));
    let scan = repo.scan(NOW).unwrap();
    assert_eq!(scan.designs.len(), 1);
    assert_eq!(scan.designs[0].title, "Acme");
    assert_eq!(scan.designs[0].health, Health::Ready);
    let loaded = repo.load(&id, NOW).unwrap();
    assert_eq!(loaded.design, saved);
    assert_eq!(loaded.revision, 1);
}

#[test]
fn a_design_an_earlier_version_saved_opens_upgraded_and_says_so() {
    let store = Shared::default();
    let mut repo = store.tab();
    let current = design(Template::SeriesBSaas, "Acme");
    let (id, _) = repo.create(&current, &check(&current), NOW, 1).unwrap();
    let old = std::fs::read_to_string("tests/fixtures/format/v1_series_b.json").unwrap();
    store.put(&keys::design(&id), &old);
    let loaded = repo.load(&id, NOW).unwrap();
    let upgrade = loaded.upgrade.expect("an upgrade is reported");
    assert_eq!(upgrade.from, 1);
    assert!(upgrade.words().starts_with(
        "It was made by an earlier version of the app (format version 1) and has been upgraded; \
         nothing in it was lost."
    ));
    assert_eq!(
        store.get(&keys::design(&id)),
        Some(old),
        "kept as it was until a save"
    );
    // A design saved in the current format reports none.
    let (id, _) = repo.create(&current, &check(&current), NOW, 2).unwrap();
    assert_eq!(repo.load(&id, NOW).unwrap().upgrade, None);
}

#[test]
fn a_design_that_would_not_read_back_is_not_saved_and_the_last_good_save_stays() {
    let store = Shared::default();
    let mut repo = store.tab();
    let good = design(Template::SeriesBSaas, "Acme");
    let (id, revision) = repo.create(&good, &check(&good), NOW, 1).unwrap();
    let before = store.snapshot();

    // A title past the format's limit, and a metric owned by a role that is gone: each is a
    // design the app could not open again, so neither is written.
    let mut long = good.clone();
    long.title = "x".repeat(201);
    let mut dangling = good.clone();
    dangling.operating.roles.remove(0);
    for (bad, place) in [
        (long, "design.title"),
        (dangling, "design.scoreboard.metrics[6].owner"),
    ] {
        match repo.save(&id, &bad, &check(&bad), revision, NOW + 1) {
            Err(SaveError::Invalid(error)) => assert_eq!(error.path.in_file(), place, "{error}"),
            other => panic!("expected a refusal at {place}, got {other:?}"),
        }
        assert!(matches!(
            repo.create(&bad, &check(&bad), NOW, 2),
            Err(SaveError::Invalid(_))
        ));
        assert_eq!(store.snapshot(), before, "nothing was written");
    }
    assert_eq!(repo.load(&id, NOW).unwrap().design, good);
}

#[test]
fn removing_a_role_frees_what_it_owned_and_the_design_saves() {
    let store = Shared::default();
    let mut repo = store.tab();
    let mut d = design(Template::SeriesBSaas, "Acme");
    let (id, revision) = repo.create(&d, &check(&d), NOW, 1).unwrap();
    let gone = d.operating.roles.remove(0);
    d.forget_role(&gone.id);
    assert!(
        d.journey
            .stages
            .iter()
            .all(|s| s.owner.as_ref() != Some(&gone.id))
    );
    assert!(
        d.scoreboard
            .metrics
            .iter()
            .all(|m| m.owner.as_ref() != Some(&gone.id))
    );
    assert_eq!(
        repo.save(&id, &d, &check(&d), revision, NOW + 1),
        Ok(revision + 1)
    );
    assert_eq!(repo.load(&id, NOW).unwrap().design, d);
}

#[test]
fn each_save_writes_the_export_and_counts_a_revision() {
    let store = Shared::default();
    let mut repo = store.tab();
    let mut d = design(Template::Blank, "One");
    let (id, r1) = repo.create(&d, &check(&d), NOW, 1).unwrap();
    d.title = "Two".to_owned();
    let r2 = repo.save(&id, &d, &check(&d), r1, NOW + 1).unwrap();
    assert_eq!(r2, 2);
    assert_eq!(store.get(&keys::design(&id)), Some(saved_text(&d)));
    assert_eq!(repo.scan(NOW).unwrap().designs[0].title, "Two");
}

#[test]
fn an_old_tab_never_writes_over_a_newer_save_it_has_not_seen() {
    let store = Shared::default();
    let (mut first, mut second) = (store.tab(), store.tab());
    let mut d = design(Template::Blank, "Shared");
    let (id, loaded) = first.create(&d, &check(&d), NOW, 1).unwrap();
    let second_loaded = second.load(&id, NOW).unwrap().revision;

    d.title = "Saved by the first tab".to_owned();
    first.save(&id, &d, &check(&d), loaded, NOW + 1).unwrap();
    let newer = store.get(&keys::design(&id));

    let mut stale = second.load(&id, NOW).unwrap().design;
    stale.title = "Typed in the second tab".to_owned();
    assert_eq!(
        second.save(&id, &stale, &check(&stale), second_loaded, NOW + 2),
        Err(SaveError::Conflict { stored: 2 })
    );
    assert_eq!(
        store.get(&keys::design(&id)),
        newer,
        "the newer save is untouched"
    );

    // Keeping the stale tab's work as a copy leaves the newer save as it was.
    let (copy, _) = second.create(&stale, &check(&stale), NOW + 3, 2).unwrap();
    assert_ne!(copy, id);
    assert_eq!(store.get(&keys::design(&id)), newer);
    assert_eq!(second.load(&copy, NOW).unwrap().design, stale);
}

#[test]
fn an_unreadable_index_is_set_aside_byte_for_byte_and_rebuilt_from_the_designs() {
    let kept = design(Template::ServicesFirm, "Kept");
    let kept_text = saved_text(&kept);
    let store = Shared::with(&[
        (
            keys::INDEX,
            "{\"format\": \"partner-blueprint/index\", \"designs\": [tru",
        ),
        ("partner-blueprint/design/d-kept", &kept_text),
    ]);
    let mut repo = store.tab();
    let scan = repo.scan(NOW).unwrap();
    assert_eq!(scan.newly_set_aside.len(), 1);
    assert_eq!(
        quarantined(&store),
        vec![(
            scan.newly_set_aside[0].clone(),
            "{\"format\": \"partner-blueprint/index\", \"designs\": [tru".to_owned()
        )]
    );
    assert_eq!(scan.designs.len(), 1);
    assert_eq!(scan.designs[0].title, "Kept");
    assert_eq!(
        store.get("partner-blueprint/design/d-kept"),
        Some(kept_text)
    );
    assert_eq!(scan.set_aside.len(), 1);
}

#[test]
fn an_index_that_cannot_be_set_aside_is_not_written_over() {
    let junk = "x".repeat(500);
    let store = Shared::with(&[(keys::INDEX, &junk)]);
    store.set_capacity(Some(600));
    let mut repo = store.tab();
    assert!(matches!(repo.scan(NOW), Err(SaveError::Unreadable { .. })));
    assert!(matches!(
        repo.create(&design(Template::Blank, "New"), &[], NOW, 1),
        Err(SaveError::Unreadable { .. })
    ));
    assert_eq!(store.get(keys::INDEX), Some(junk));
    assert!(quarantined(&store).is_empty());
}

#[test]
fn a_damaged_design_is_listed_kept_and_never_written_over() {
    let store = Shared::default();
    let mut repo = store.tab();
    let (id, revision) = repo
        .create(&design(Template::Blank, "Damaged"), &[], NOW, 1)
        .unwrap();
    let key = keys::design(&id);
    store.put(&key, "{\"format\":\"partner-blueprint/design\",");
    let before = store.snapshot();

    let scan = repo.scan(NOW).unwrap();
    assert!(matches!(scan.designs[0].health, Health::Damaged { .. }));
    assert!(matches!(
        repo.load(&id, NOW),
        Err(LoadError::Damaged { .. })
    ));
    assert!(matches!(
        repo.save(&id, &design(Template::Blank, "Over it"), &[], revision, NOW),
        Err(SaveError::Unreadable { .. })
    ));
    assert_eq!(store.snapshot(), before, "nothing was written");
    assert_eq!(repo.raw(&key), Ok(before.get(&key).cloned()));
}

#[test]
fn a_design_saved_by_a_newer_version_is_refused_and_kept() {
    let newer = include_str!("fixtures/format/newer_schema.json");
    let store = Shared::with(&[("partner-blueprint/design/d-new", newer)]);
    let mut repo = store.tab();
    let scan = repo.scan(NOW).unwrap();
    assert!(matches!(scan.designs[0].health, Health::Newer { .. }));
    let id = DesignId::parse("d-new").unwrap();
    assert!(matches!(repo.load(&id, NOW), Err(LoadError::Newer { .. })));
    assert!(
        repo.save(&id, &design(Template::Blank, "x"), &[], 5, NOW)
            .is_err()
    );
    assert_eq!(
        store.get("partner-blueprint/design/d-new").as_deref(),
        Some(newer)
    );
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_the_previous_version() {
    let store = Shared::default();
    let mut repo = store.tab();
    let small = design(Template::Blank, "Small");
    let (id, revision) = repo.create(&small, &check(&small), NOW, 1).unwrap();
    let before = store.snapshot();
    let used: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
    store.set_capacity(Some(used + 100));
    let big = design(Template::SeriesBSaas, "Big");
    assert_eq!(
        repo.save(&id, &big, &check(&big), revision, NOW + 1),
        Err(SaveError::Store(StoreError::Full))
    );
    assert_eq!(store.snapshot(), before);
    assert_eq!(repo.load(&id, NOW).unwrap().design, small);
}

#[test]
fn an_unavailable_store_says_so_and_holds_nothing() {
    let mut broken = MemoryStore::new();
    broken.broken = true;
    let mut repo = Repository::new(Box::new(broken));
    assert_eq!(
        repo.scan(NOW),
        Err(SaveError::Store(StoreError::Unavailable))
    );
    assert_eq!(
        repo.create(&design(Template::Blank, "x"), &[], NOW, 1),
        Err(SaveError::Store(StoreError::Unavailable))
    );
}

#[test]
fn a_deleted_design_comes_back_byte_for_byte_on_undo() {
    let store = Shared::default();
    let mut repo = store.tab();
    let (id, _) = repo
        .create(&design(Template::SeriesBSaas, "Client A"), &[], NOW, 1)
        .unwrap();
    repo.create(&design(Template::Blank, "Client B"), &[], NOW + 1, 2)
        .unwrap();
    let before = store.snapshot();
    let deleted = repo.delete(&keys::design(&id), NOW + 2).unwrap();
    assert_eq!(store.get(&keys::design(&id)), None);
    assert_eq!(repo.scan(NOW).unwrap().designs.len(), 1);
    repo.restore(&deleted, NOW + 3).unwrap();
    assert_eq!(store.snapshot(), before);
}

#[test]
fn renaming_a_saved_design_changes_its_title_and_revision() {
    let store = Shared::default();
    let mut repo = store.tab();
    let (id, _) = repo
        .create(&design(Template::Blank, "Old name"), &[], NOW, 1)
        .unwrap();
    assert_eq!(repo.rename(&id, "New name", NOW + 1), Ok(2));
    let loaded = repo.load(&id, NOW).unwrap();
    assert_eq!(loaded.design.title, "New name");
    assert_eq!(loaded.revision, 2);
}

#[test]
fn a_design_stored_but_not_listed_is_listed_again() {
    let text = saved_text(&design(Template::Blank, "Orphan"));
    let store = Shared::with(&[("partner-blueprint/design/d-orphan", &text)]);
    let scan = store.tab().scan(NOW).unwrap();
    assert_eq!(scan.designs.len(), 1);
    assert_eq!(scan.designs[0].title, "Orphan");
    assert!(store.get(keys::INDEX).is_some());
    assert_eq!(store.get("partner-blueprint/design/d-orphan"), Some(text));
}

#[test]
fn an_unreadable_session_is_set_aside_before_it_is_written_over() {
    let store = Shared::with(&[(keys::SESSION, "not a session")]);
    let mut repo = store.tab();
    assert_eq!(repo.session(), None);
    let session = Session {
        design: DesignId::parse("d1"),
        section: "journey".to_owned(),
    };
    repo.set_session(&session, NOW).unwrap();
    assert_eq!(repo.session(), Some(session));
    assert_eq!(
        quarantined(&store),
        vec![(
            keys::quarantine(keys::SESSION, NOW),
            "not a session".to_owned()
        )]
    );
}

#[test]
fn two_designs_created_in_the_same_millisecond_get_different_ids() {
    let store = Shared::default();
    let (mut a, mut b) = (store.tab(), store.tab());
    let (first, _) = a
        .create(&design(Template::Blank, "A"), &[], NOW, 7)
        .unwrap();
    let (second, _) = b
        .create(&design(Template::Blank, "B"), &[], NOW, 7)
        .unwrap();
    assert_ne!(first, second);
    assert_eq!(a.scan(NOW).unwrap().designs.len(), 2);
}

#[test]
fn a_design_that_cannot_be_opened_is_listed_by_the_title_it_carries() {
    let mut newer: serde_json::Value =
        serde_json::from_str(&saved_text(&design(Template::Blank, "From the future"))).unwrap();
    newer["schema_version"] = (partner_blueprint::domain::format::SCHEMA_VERSION + 1).into();
    let newer = newer.to_string();
    let store = Shared::with(&[
        ("partner-blueprint/design/d-future", &newer),
        (
            "partner-blueprint/design/d-junk",
            "{\"design\": {\"title\": 42",
        ),
    ]);
    let scan = store.tab().scan(NOW).unwrap();
    let titles: Vec<&str> = scan.designs.iter().map(|d| d.title.as_str()).collect();
    assert!(titles.contains(&"From the future"), "{titles:?}");
    assert!(titles.contains(&"Design that cannot be read"), "{titles:?}");
    assert_eq!(store.get("partner-blueprint/design/d-future"), Some(newer));
}
