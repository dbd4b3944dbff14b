#![cfg(not(target_arch = "wasm32"))]
//! No document import accepts can make the app panic: arbitrary valid designs survive export
//! and import unchanged and run through every engine function, and no text at all — random
//! bytes, an export with bytes changed, an export with a value replaced — makes import panic.

#[path = "no_panic/designs.rs"]
mod designs;

use partner_blueprint::domain::commissions::{self, Involvement, SampleDeal};
use partner_blueprint::domain::format::{document as written, import, validate};
use partner_blueprint::domain::{analysis, forecast, health, plan, ranking, readiness};
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

/// Tokens likely to upset a parser, spliced into exports.
const NASTY: [&str; 14] = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-0",
    "99999999999999999999999999999999",
    "null",
    "\"",
    "{",
    "]",
    ",",
    "\u{feff}",
    "\\u0000",
    "\"\\ud800\"",
];

/// A JSON value of any shape, for replacing a value of an export.
fn junk_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        Just(Value::from("1e400")),
        Just(Value::from("-1")),
        Just(Value::from("2025-02-30")),
        Just(Value::from("x".repeat(5000))),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::from),
            vec(("[a-z_]{1,8}", inner), 0..4)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer into a document, the document itself included.
fn pointers(value: &Value, at: String, into: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                pointers(field, format!("{at}/{key}"), into);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), into);
            }
        }
        _ => {}
    }
    into.push(at);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_valid_design_survives_export_and_import_unchanged(design in designs::design()) {
        prop_assert_eq!(validate(&design), Ok(()));
        let text = written(&design);
        prop_assert_eq!(import(&text), Ok(design));
    }

    #[test]
    fn no_engine_function_panics_on_a_valid_design(
        design in designs::design(),
        deal_value in designs::money(),
        dates in (designs::date(), designs::date()),
        involvement in prop::sample::select(vec![Involvement::Passive, Involvement::Standard,
            Involvement::Active]),
        referral_number in any::<u32>(),
        deals_per_year in any::<u32>(),
    ) {
        let forecast = forecast::forecast(&design);
        prop_assert!(!forecast.quarters.is_empty());
        ranking::rank(&design);
        let findings = health::check(&design);
        readiness::readiness(&design, &findings);
        analysis::analyse(&design);
        plan::compare_paths(&design);
        let compensation = &design.operating.compensation;
        commissions::by_model(compensation, deal_value);
        commissions::by_tier(&design, deal_value);
        let deal = SampleDeal {
            value: deal_value,
            introduced: dates.0.date(),
            client_paid: dates.1.date(),
            involvement,
            referral_number,
        };
        commissions::commission_per_deal(compensation, &deal);
        commissions::partner_year(compensation, deals_per_year, deal_value, dates.1.date());
    }

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..2000)) {
        let _ = import(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn import_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let _ = import(&text);
    }

    #[test]
    fn import_never_panics_on_an_export_with_bytes_changed(
        design in designs::design(),
        edits in vec((any::<prop::sample::Index>(), 0usize..4, prop::sample::select(NASTY.to_vec())), 1..4),
    ) {
        let mut text = written(&design);
        for (at, edit, token) in edits {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let start = boundaries[at.index(boundaries.len())];
            let end = boundaries
                .iter()
                .copied()
                .find(|&i| i > start)
                .unwrap_or(text.len());
            match edit {
                0 => text.replace_range(start..end, ""),
                1 => text.insert_str(start, token),
                2 => text.replace_range(start..end, token),
                _ => text.truncate(start),
            }
        }
        if let Ok(imported) = import(&text) {
            prop_assert_eq!(validate(&imported), Ok(()));
        }
    }

    #[test]
    fn import_never_panics_when_a_value_of_an_export_is_replaced(
        design in designs::design(),
        at in any::<prop::sample::Index>(),
        junk in junk_value(),
    ) {
        let mut document: Value = serde_json::from_str(&written(&design)).expect("export is JSON");
        let mut all = Vec::new();
        pointers(&document, String::new(), &mut all);
        let pointer = &all[at.index(all.len())];
        if let Some(slot) = document.pointer_mut(pointer) {
            *slot = junk;
        }
        if let Ok(imported) = import(&document.to_string()) {
            // Whatever import accepts is a valid design that exports and imports unchanged.
            prop_assert_eq!(validate(&imported), Ok(()));
            prop_assert_eq!(import(&written(&imported)), Ok(imported));
        }
    }
}
