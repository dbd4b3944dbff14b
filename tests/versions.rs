//! A design's versions over an in-memory store: kept under their own key, listed and opened as
//! taken, one automatic version a day at most, pruned oldest automatic first within the cap
//! (never the newest, never one saved by name), refused with a reason when storage is full while
//! the design stays saved, deleted and restored with their design, and set aside when they cannot
//! be read.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use partner_blueprint::domain::health::check;
use partner_blueprint::domain::library::{
    DesignId, MAX_VERSION_BYTES, MAX_VERSIONS, Repository, StoreError, VersionError, VersionKind,
    Versions, keys,
};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::PlanDate;
use partner_blueprint::domain::{Design, Mechanic};

#[path = "support/shared_store.rs"]
mod shared_store;

use shared_store::Shared;

const NOW: i64 = 1_750_000_000_000;
const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

fn design(title: &str) -> Design {
    let mut d = Template::SeriesBSaas.design(NaiveDate::from_ymd_opt(2025, 3, 3).unwrap());
    d.title = title.to_owned();
    d
}

/// A store holding one saved design; its id.
fn saved(store: &Shared, title: &str) -> (Repository, DesignId) {
    let mut repo = store.tab();
    let d = design(title);
    let (id, _) = repo.create(&d, &check(&d), NOW, 1).unwrap();
    (repo, id)
}

fn names(repo: &Repository, id: &DesignId) -> Vec<String> {
    repo.versions(id)
        .unwrap()
        .list
        .into_iter()
        .map(|v| v.name)
        .collect()
}

#[test]
fn a_version_is_kept_under_its_own_key_listed_and_opened_as_it_was() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let before = design("Acme");
    let taken = repo
        .take_version(&id, &before, VersionKind::Saved, "Before the board", NOW)
        .unwrap();
    assert!(taken.dropped.is_empty());
    assert!(store.get(&keys::versions(&id)).is_some());
    let mut after = before.clone();
    after.title = "Acme, later".to_owned();
    repo.save(&id, &after, &check(&after), 1, NOW + 1).unwrap();
    repo.take_version(
        &id,
        &after,
        VersionKind::BeforeImport,
        "Before import",
        NOW + 2,
    )
    .unwrap();

    let versions = repo.versions(&id).unwrap();
    assert_eq!(names(&repo, &id), ["Before the board", "Before import"]);
    assert_eq!(versions.list[0].kind, VersionKind::Saved);
    assert_eq!(versions.list[1].kind, VersionKind::BeforeImport);
    assert_eq!(versions.list[0].taken_ms, NOW);
    assert_eq!(repo.version_design(&id, versions.list[0].id), Ok(before));
    assert_eq!(repo.version_design(&id, versions.list[1].id), Ok(after));
    // The design's own key is untouched by versions: still the live copy.
    assert_eq!(repo.load(&id, NOW).unwrap().design.title, "Acme, later");
}

#[test]
fn a_design_without_versions_lists_none() {
    let store = Shared::default();
    let (repo, id) = saved(&store, "Acme");
    assert_eq!(repo.versions(&id), Ok(Versions::default()));
}

#[test]
fn the_daily_version_is_taken_once_a_local_day() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    let day_start = NOW - 5 * HOUR;
    assert!(
        repo.take_daily(&id, &d, "Daily", NOW, day_start)
            .unwrap()
            .is_some()
    );
    assert!(
        repo.take_daily(&id, &d, "Daily", NOW + HOUR, day_start)
            .unwrap()
            .is_none()
    );
    assert!(
        repo.take_daily(&id, &d, "Daily", NOW + 2 * HOUR, day_start)
            .unwrap()
            .is_none()
    );
    assert_eq!(repo.versions(&id).unwrap().list.len(), 1);
    // The next day, one more.
    assert!(
        repo.take_daily(&id, &d, "Daily", NOW + DAY, day_start + DAY)
            .unwrap()
            .is_some()
    );
    assert!(
        repo.take_daily(&id, &d, "Daily", NOW + DAY + 1, day_start + DAY)
            .unwrap()
            .is_none()
    );
    assert_eq!(repo.versions(&id).unwrap().list.len(), 2);
}

#[test]
fn any_version_taken_today_counts_for_the_daily_rule() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    repo.take_version(&id, &d, VersionKind::Saved, "Mine", NOW)
        .unwrap();
    assert!(
        repo.take_daily(&id, &d, "Daily", NOW + 1, NOW - HOUR)
            .unwrap()
            .is_none()
    );
    assert!(
        repo.take_daily(&id, &d, "Daily", NOW + 1, NOW + 1)
            .unwrap()
            .is_some()
    );
}

#[test]
fn pruning_drops_the_oldest_automatic_version_first_and_keeps_named_ones_and_the_newest() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    repo.take_version(&id, &d, VersionKind::Saved, "Named first", NOW)
        .unwrap();
    for n in 1..MAX_VERSIONS {
        repo.take_version(
            &id,
            &d,
            VersionKind::Daily,
            &format!("Auto {n}"),
            NOW + n as i64,
        )
        .unwrap();
    }
    assert_eq!(repo.versions(&id).unwrap().list.len(), MAX_VERSIONS);
    let live = store.get(&keys::design(&id));
    let taken = repo
        .take_version(&id, &d, VersionKind::BeforeScenario, "Newest", NOW + 100)
        .unwrap();
    assert_eq!(
        taken
            .dropped
            .iter()
            .map(|v| v.name.as_str())
            .collect::<Vec<_>>(),
        ["Auto 1"]
    );
    let now = names(&repo, &id);
    assert_eq!(now.len(), MAX_VERSIONS);
    assert_eq!(now.first().map(String::as_str), Some("Named first"));
    assert_eq!(now.last().map(String::as_str), Some("Newest"));
    assert!(!now.contains(&"Auto 1".to_owned()));
    assert!(now.contains(&"Auto 2".to_owned()));
    // Pruning touches the versions only: the design's own key is as it was.
    assert!(live.is_some());
    assert_eq!(store.get(&keys::design(&id)), live);
}

#[test]
fn when_named_versions_fill_the_cap_a_new_one_is_refused_and_nothing_is_dropped() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    for n in 0..MAX_VERSIONS {
        repo.take_version(
            &id,
            &d,
            VersionKind::Saved,
            &format!("Named {n}"),
            NOW + n as i64,
        )
        .unwrap();
    }
    let before = store.get(&keys::versions(&id));
    for kind in [VersionKind::Saved, VersionKind::Daily] {
        let refused = repo.take_version(&id, &d, kind, "One more", NOW + 100);
        match refused {
            Err(VersionError::Cap(cap)) => {
                assert_eq!(
                    cap.named,
                    MAX_VERSIONS + usize::from(kind == VersionKind::Saved)
                );
                assert!(cap.to_string().contains("delete one"));
            }
            other => panic!("expected the cap to refuse, got {other:?}"),
        }
    }
    assert_eq!(store.get(&keys::versions(&id)), before);
}

#[test]
fn the_byte_cap_drops_automatic_versions_before_the_count_does() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    // A design with a long decision log: about 100 KB a version.
    let mut d = design("Acme");
    for n in 0..20 {
        d.add_decision(
            Mechanic::Thesis,
            &format!("Decision {n}"),
            &"Option text. ".repeat(250),
            "CEO",
            PlanDate::parse("2025-03-03").unwrap(),
        )
        .unwrap();
    }
    let one = repo
        .take_version(&id, &d, VersionKind::Daily, "Auto 0", NOW)
        .unwrap()
        .version
        .bytes();
    let fit = MAX_VERSION_BYTES / one;
    assert!(
        fit < MAX_VERSIONS,
        "a design of {one} bytes should meet the byte cap first"
    );
    for n in 1..fit + 3 {
        repo.take_version(
            &id,
            &d,
            VersionKind::Daily,
            &format!("Auto {n}"),
            NOW + n as i64,
        )
        .unwrap();
    }
    let versions = repo.versions(&id).unwrap();
    assert!(versions.bytes() <= MAX_VERSION_BYTES);
    assert_eq!(versions.list.len(), fit);
    assert_eq!(versions.newest().unwrap().name, format!("Auto {}", fit + 2));
}

#[test]
fn storage_full_while_taking_a_version_leaves_the_design_saved_and_says_full() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let mut d = design("Acme");
    d.title = "Acme, edited".to_owned();
    // Room for the design's save, none for a version beside it.
    store.set_capacity(Some(store.used() + 2_000));
    let revision = repo.save(&id, &d, &check(&d), 1, NOW + 1).unwrap();
    let refused = repo.take_version(&id, &d, VersionKind::Saved, "Mine", NOW + 2);
    assert_eq!(refused.unwrap_err(), VersionError::Store(StoreError::Full));
    let loaded = repo.load(&id, NOW + 3).unwrap();
    assert_eq!(loaded.design, d);
    assert_eq!(loaded.revision, revision);
    assert_eq!(store.get(&keys::versions(&id)), None);
}

#[test]
fn deleting_a_design_deletes_its_versions_and_undoing_it_restores_them() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    repo.take_version(&id, &d, VersionKind::Saved, "Mine", NOW)
        .unwrap();
    let kept = store.get(&keys::versions(&id)).unwrap();
    let deleted = repo.delete(&keys::design(&id), NOW + 1).unwrap();
    assert_eq!(store.get(&keys::versions(&id)), None);
    assert_eq!(store.get(&keys::design(&id)), None);
    repo.restore(&deleted, NOW + 2).unwrap();
    assert_eq!(store.get(&keys::versions(&id)), Some(kept));
    assert_eq!(names(&repo, &id), ["Mine"]);
}

#[test]
fn a_renamed_design_keeps_its_versions_and_a_duplicate_has_none() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    repo.take_version(&id, &d, VersionKind::Saved, "Mine", NOW)
        .unwrap();
    repo.rename(&id, "Acme renamed", NOW + 1).unwrap();
    assert_eq!(names(&repo, &id), ["Mine"]);
    let (copy, _) = repo.create(&d, &check(&d), NOW + 2, 2).unwrap();
    assert_eq!(repo.versions(&copy), Ok(Versions::default()));
}

#[test]
fn damaged_versions_are_reported_never_listed_as_none_and_set_aside_before_a_new_list() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let key = keys::versions(&id);
    store.put(&key, "{damaged");
    assert!(matches!(
        repo.versions(&id),
        Err(VersionError::Unreadable { .. })
    ));
    assert_eq!(store.get(&key).as_deref(), Some("{damaged"));
    let d = design("Acme");
    repo.take_version(&id, &d, VersionKind::Saved, "Mine", NOW)
        .unwrap();
    assert_eq!(
        store.quarantined(),
        [(keys::quarantine(&key, NOW), "{damaged".to_owned())]
    );
    assert_eq!(names(&repo, &id), ["Mine"]);
}

#[test]
fn damaged_versions_that_cannot_be_set_aside_are_kept_and_the_version_refused() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let key = keys::versions(&id);
    store.put(&key, "{damaged");
    store.set_capacity(Some(store.used() + 10));
    let d = design("Acme");
    assert!(matches!(
        repo.take_version(&id, &d, VersionKind::Daily, "Daily", NOW),
        Err(VersionError::Unreadable { .. })
    ));
    assert_eq!(store.get(&key).as_deref(), Some("{damaged"));
}

#[test]
fn a_user_may_delete_a_version_saved_by_name() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    let a = repo
        .take_version(&id, &d, VersionKind::Saved, "A", NOW)
        .unwrap();
    repo.take_version(&id, &d, VersionKind::Saved, "B", NOW + 1)
        .unwrap();
    assert_eq!(repo.delete_version(&id, a.version.id).unwrap().name, "A");
    assert_eq!(names(&repo, &id), ["B"]);
    assert_eq!(
        repo.delete_version(&id, a.version.id),
        Err(VersionError::Missing)
    );
}

#[test]
fn a_deleted_version_is_put_back_in_its_place_and_never_pushes_out_the_newest() {
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Acme");
    let d = design("Acme");
    for (n, name) in ["A", "B", "C"].into_iter().enumerate() {
        repo.take_version(&id, &d, VersionKind::Saved, name, NOW + n as i64)
            .unwrap();
    }
    let b = repo.versions(&id).unwrap().list[1].clone();
    let deleted = repo.delete_version(&id, b.id).unwrap();
    repo.put_back_version(&id, deleted, NOW + 10).unwrap();
    assert_eq!(names(&repo, &id), ["A", "B", "C"], "back in its place");

    // The newest deleted, another taken since under its id: put back under a fresh id, before it.
    let c = repo.versions(&id).unwrap().list[2].clone();
    let deleted = repo.delete_version(&id, c.id).unwrap();
    let d2 = repo
        .take_version(&id, &d, VersionKind::Saved, "D", NOW + 20)
        .unwrap();
    assert_eq!(d2.version.id, c.id, "the id was free again");
    repo.put_back_version(&id, deleted, NOW + 30).unwrap();
    let list = repo.versions(&id).unwrap().list;
    assert_eq!(names(&repo, &id), ["A", "B", "C", "D"]);
    assert_ne!(
        list[2].id, list[3].id,
        "every version keeps an id of its own"
    );

    // At the cap, the oldest automatic version makes room; the newest stays.
    let store = Shared::default();
    let (mut repo, id) = saved(&store, "Full");
    let first = repo
        .take_version(&id, &d, VersionKind::Saved, "Named", NOW)
        .unwrap();
    let deleted = repo.delete_version(&id, first.version.id).unwrap();
    for n in 0..MAX_VERSIONS {
        repo.take_version(
            &id,
            &d,
            VersionKind::Daily,
            &format!("Day {n}"),
            NOW + 1 + n as i64,
        )
        .unwrap();
    }
    let dropped = repo.put_back_version(&id, deleted, NOW + 100).unwrap();
    let after = names(&repo, &id);
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0].name, "Day 0");
    assert_eq!(after.len(), MAX_VERSIONS);
    assert_eq!(after.first().map(String::as_str), Some("Named"));
    assert_eq!(
        after.last().map(String::as_str),
        Some(format!("Day {}", MAX_VERSIONS - 1).as_str())
    );
}
