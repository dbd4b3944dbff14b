//! Partner tiers (003 Step 3 "optional at launch"; 001 Strategic / Active / Referral network):
//! from the lowest to the highest, each with its entry criteria, its benefits and what the
//! partner commits to.

use leptos::prelude::*;

use super::items::{AddButton, ListItem, ListOf, item_name};
use super::parse::parse_entry_count;
use crate::domain::format::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::domain::operating::Tier;
use crate::domain::values::{Cadence, Percent};
use crate::ui::fields::{ParsedField, Select, TextField, parse_percent};
use crate::ui::sections::firm::show_percent;
use crate::ui::state::use_app;

/// The tiers, lowest first.
const TIERS: ListOf<Tier> = ListOf {
    path: "operating.tiers",
    read: |d| Some(&d.operating.tiers),
    write: |d| Some(&mut d.operating.tiers),
};

/// A new top tier: it asks and gives what the tier below it does, so the ladder stays in order
/// until the user raises it; with no tier yet, a quarterly check-in and nothing asked.
fn new_tier(tiers: &[Tier]) -> Tier {
    let below = tiers.last();
    Tier {
        name: String::new(),
        min_sourced_deals_per_year: below.map_or(0, |t| t.min_sourced_deals_per_year),
        min_certified_reps: below.map_or(0, |t| t.min_certified_reps),
        criteria_note: String::new(),
        commission_rate: below.map_or(Percent::whole(10), |t| t.commission_rate),
        support_level: String::new(),
        check_in: below.map_or(Cadence::Quarterly, |t| t.check_in),
        commitments: String::new(),
    }
}

fn cadence_options() -> Vec<(Cadence, String)> {
    Cadence::ALL
        .into_iter()
        .map(|c| (c, c.label().to_owned()))
        .collect()
}

/// The list of tiers and the button that adds one at the top.
#[component]
pub fn TierList() -> impl IntoView {
    let app = use_app();
    let len = TIERS.len(app);
    let add = Callback::new(move |()| {
        let tier = app.design.with_untracked(|d| new_tier(&d.operating.tiers));
        TIERS.add(app, tier, "name");
    });
    view! {
        <p class="hint operating-hint">
            "003: Registered, Silver, Gold. 001: Strategic (3–5 partners, checked in monthly), Active (10–20, quarterly), Referral network (annual). Below about 50 partners two tiers are enough; the top tier should be within reach of about 10 % of partners."
        </p>
        {move || (len.get() == 0).then(|| view! {
            <p class="operating-empty">"No tiers: the program launches with one kind of partnership, which 003 advises."</p>
        })}
        <ol class="list operating-list">
            {move || (0..len.get()).map(|index| view! { <TierItem index len /> }).collect_view()}
        </ol>
        <AddButton path=TIERS.path label="Add a tier above the others" full=TIERS.full(app) on_add=add />
    }
}

/// One tier's fields.
#[component]
fn TierItem(index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let name = TIERS.value(app, index, |t| t.name.clone());
    let what = Signal::derive(move || format!("tier {}", item_name(&name.get(), index)));
    let heading = Signal::derive(move || {
        let place = match (index, len.get()) {
            (_, 1) => "",
            (0, _) => " (lowest)",
            (i, n) if i + 1 == n => " (highest)",
            _ => "",
        };
        let name = name.get();
        let name = match name.trim() {
            "" => "New tier",
            n => n,
        };
        format!("Tier {}{place}: {name}", index + 1)
    });
    let check_in = Signal::derive(move || {
        d.read()
            .operating
            .tiers
            .get(index)
            .map_or(Cadence::Quarterly, |t| t.check_in)
    });
    view! {
        <ListItem path=TIERS.item_path(index) heading what index len
            on_move=Callback::new(move |delta| TIERS.move_by(app, index, delta))
            on_remove=Callback::new(move |()| TIERS.remove(app, index, &what.get_untracked()))>
            <TextField path=TIERS.field_path(index, "name") label="Tier name" max_len=NAME_MAX_CHARS
                value=name on_change=TIERS.setter(app, index, "name", |t, v| t.name = v) />
            <fieldset class="operating-group">
                <legend>"To enter"</legend>
                <div class="field-grid">
                    <ParsedField path=TIERS.field_path(index, "min_sourced_deals_per_year")
                        label="Sourced deals a year, at least" suffix="deals" inputmode="numeric"
                        value=TIERS.value(app, index, |t| t.min_sourced_deals_per_year)
                        parse=parse_entry_count format=|n: &u32| n.to_string()
                        on_change=TIERS.setter(app, index, "min_sourced_deals_per_year", |t, v| t.min_sourced_deals_per_year = v) />
                    <ParsedField path=TIERS.field_path(index, "min_certified_reps")
                        label="Certified people, at least" suffix="people" inputmode="numeric"
                        value=TIERS.value(app, index, |t| t.min_certified_reps)
                        parse=parse_entry_count format=|n: &u32| n.to_string()
                        on_change=TIERS.setter(app, index, "min_certified_reps", |t, v| t.min_certified_reps = v) />
                </div>
                <TextField path=TIERS.field_path(index, "criteria_note") label="Other entry criteria" multiline=true
                    max_len=TEXT_MAX_CHARS
                    value=TIERS.value(app, index, |t| t.criteria_note.clone())
                    on_change=TIERS.setter(app, index, "criteria_note", |t, v| t.criteria_note = v) />
            </fieldset>
            <fieldset class="operating-group">
                <legend>"What the tier gets"</legend>
                <div class="field-grid">
                    <ParsedField path=TIERS.field_path(index, "commission_rate") label="Commission rate" suffix="%"
                        hint="On sourced deals. 001: referral fees are 10–20 % of first-year value."
                        value=TIERS.value(app, index, |t| t.commission_rate)
                        parse=parse_percent format=show_percent
                        on_change=TIERS.setter(app, index, "commission_rate", |t, v| t.commission_rate = v) />
                    <Select path=TIERS.field_path(index, "check_in") label="Check-in"
                        hint="001: monthly for strategic partners, quarterly for active ones, annual for a referral network."
                        options=cadence_options() value=check_in
                        on_change=TIERS.setter(app, index, "check_in", |t, v| t.check_in = v) />
                </div>
                <TextField path=TIERS.field_path(index, "support_level") label="Support" multiline=true
                    max_len=TEXT_MAX_CHARS
                    value=TIERS.value(app, index, |t| t.support_level.clone())
                    on_change=TIERS.setter(app, index, "support_level", |t, v| t.support_level = v) />
            </fieldset>
            <TextField path=TIERS.field_path(index, "commitments") label="What the partner commits to" multiline=true
                hint="002: the partner's side of the tier, such as certified people, joint plans or pipeline reviews."
                max_len=TEXT_MAX_CHARS
                value=TIERS.value(app, index, |t| t.commitments.clone())
                on_change=TIERS.setter(app, index, "commitments", |t, v| t.commitments = v) />
        </ListItem>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_tier_starts_where_the_top_tier_is() {
        let mut first = new_tier(&[]);
        assert_eq!(first.check_in, Cadence::Quarterly);
        first.min_sourced_deals_per_year = 4;
        first.commission_rate = Percent::whole(15);
        first.check_in = Cadence::Monthly;
        let second = new_tier(&[first]);
        assert_eq!(second.min_sourced_deals_per_year, 4);
        assert_eq!(second.commission_rate, Percent::whole(15));
        assert_eq!(second.check_in, Cadence::Monthly);
        assert!(second.name.is_empty());
    }
}
