//! Browser unit tests of localStorage as the designs' store, in a real headless Chromium: values
//! round-trip, the browser's own quota error is recognised as "full" and leaves the old value,
//! and the storage protocol runs over it unchanged.
#![cfg(target_arch = "wasm32")]

use partner_blueprint::browser::storage::LocalStore;
use partner_blueprint::domain::health::check;
use partner_blueprint::domain::library::{KeyValueStore, Repository, SaveError, StoreError, keys};
use partner_blueprint::domain::templates::Template;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    let mut store = LocalStore::open().expect("localStorage in a test page");
    for key in store.keys().expect("keys") {
        store.remove(&key).expect("removed");
    }
}

#[wasm_bindgen_test]
fn values_round_trip_through_local_storage() {
    clear();
    let mut store = LocalStore::open().expect("localStorage");
    store
        .set("partner-blueprint/test", "é ✓ \u{0}")
        .expect("set");
    assert_eq!(
        store.get("partner-blueprint/test"),
        Ok(Some("é ✓ \u{0}".to_owned()))
    );
    assert!(
        store
            .keys()
            .expect("keys")
            .contains(&"partner-blueprint/test".to_owned())
    );
    store.remove("partner-blueprint/test").expect("removed");
    assert_eq!(store.get("partner-blueprint/test"), Ok(None));
}

#[wasm_bindgen_test]
fn the_browsers_quota_error_means_full_and_keeps_the_old_value() {
    clear();
    let mut store = LocalStore::open().expect("localStorage");
    store.set("partner-blueprint/big", "old").expect("set");
    let too_big = "x".repeat(12 * 1024 * 1024);
    assert_eq!(
        store.set("partner-blueprint/big", &too_big),
        Err(StoreError::Full)
    );
    assert_eq!(
        store.get("partner-blueprint/big"),
        Ok(Some("old".to_owned()))
    );
    clear();
}

#[wasm_bindgen_test]
fn the_storage_protocol_runs_over_local_storage() {
    clear();
    let mut repo = Repository::new(Box::new(LocalStore::open().expect("localStorage")));
    let kickoff = chrono::NaiveDate::from_ymd_opt(2025, 3, 3).expect("a date");
    let mut design = Template::ServicesFirm.design(kickoff);
    let (id, revision) = repo
        .create(&design, &check(&design), 1, 7)
        .expect("created");
    design.title = "Renamed".to_owned();
    let revision = repo
        .save(&id, &design, &check(&design), revision, 2)
        .expect("saved");
    assert_eq!(repo.load(&id, 3).expect("loaded").design, design);
    assert_eq!(
        repo.save(&id, &design, &check(&design), revision - 1, 4),
        Err(SaveError::Conflict { stored: revision })
    );
    assert!(repo.raw(&keys::design(&id)).expect("raw").is_some());
    clear();
}
