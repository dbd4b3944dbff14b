#![cfg(not(target_arch = "wasm32"))]
//! Share links: any valid design round-trips through a link, and no text at all — random
//! characters, random bytes, a real link cut at any point or with any character changed —
//! makes opening a link panic or open something other than what was sent.

#[path = "no_panic/designs.rs"]
mod designs;

use partner_blueprint::domain::library::{ShareError, decode_payload, encode_payload};
use partner_blueprint::domain::templates::Template;
use proptest::prelude::*;

fn series_b_payload() -> String {
    let kickoff = chrono::NaiveDate::from_ymd_opt(2025, 3, 3).expect("a date");
    encode_payload(&Template::SeriesBSaas.design(kickoff))
}

#[test]
fn a_link_cut_at_any_point_says_it_is_incomplete_or_damaged() {
    let payload = series_b_payload();
    for keep in 0..payload.len() {
        match decode_payload(&payload[..keep]) {
            Err(ShareError::Truncated { .. } | ShareError::Altered) => {}
            other => panic!("cut at {keep}: {other:?}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_valid_design_round_trips_through_a_link(design in designs::design()) {
        prop_assert_eq!(decode_payload(&encode_payload(&design)), Ok(design));
    }

    #[test]
    fn no_text_makes_opening_a_link_panic(text in ".{0,400}") {
        let _ = decode_payload(&text);
    }

    #[test]
    fn a_link_with_a_character_changed_never_opens_a_different_design(at in any::<prop::sample::Index>(), c in "[A-Za-z0-9_-]") {
        let kickoff = chrono::NaiveDate::from_ymd_opt(2025, 3, 3).expect("a date");
        let sent = Template::SeriesBSaas.design(kickoff);
        let payload = encode_payload(&sent);
        let i = at.index(payload.len());
        let mut changed = payload.clone();
        changed.replace_range(i..=i, &c);
        // The last character's spare bits carry nothing: such a change may still open the
        // very design sent, never another.
        if let Ok(opened) = decode_payload(&changed) {
            prop_assert_eq!(opened, sent);
        }
    }
}
