//! Partner tiers (003 Step 3 "optional at launch"; 001 Strategic / Active / Referral network):
//! from the lowest to the highest, each with its entry criteria, its benefits and what the
//! partner commits to.

use leptos::prelude::*;

use crate::domain::format::limits::LIST_MAX;
use crate::domain::operating::Tier;
use crate::domain::places::operating;
use crate::domain::values::{Cadence, Count, Percent};
use crate::ui::erase::flag;
use crate::ui::form::{
    AddButton, Choice, ListItem, ListOf, Options, Size, Text, Typed, field, item_name, labelled,
    list_of, member,
};
use crate::ui::sections::cadences;
use crate::ui::state::use_app;

/// The tiers, lowest first.
static TIERS: ListOf<Tier> = list_of!(operating::TIERS, LIST_MAX, operating.tiers);

static NAME: Text<Tier> =
    labelled(operating::TIER_NAME, "Tier name").text(Size::Name, member!(name));
static MIN_DEALS: Typed<Count, Tier> =
    labelled(operating::TIER_MIN_DEALS, "Sourced deals a year, at least")
        .unit("deals")
        .typed(member!(min_sourced_deals_per_year));
static MIN_REPS: Typed<Count, Tier> =
    labelled(operating::TIER_MIN_REPS, "Certified people, at least")
        .unit("people")
        .typed(member!(min_certified_reps));
static CRITERIA: Text<Tier> = labelled(operating::TIER_CRITERIA, "Other entry criteria")
    .text(Size::Paragraph, member!(criteria_note));
static SUPPORT: Text<Tier> =
    labelled(operating::TIER_SUPPORT, "Support").text(Size::Paragraph, member!(support_level));
static COMMITMENTS: Text<Tier> =
    labelled(operating::TIER_COMMITMENTS, "What the partner commits to")
        .hint(
            "002: the partner's side of the tier, such as certified people, joint plans or \
             pipeline reviews.",
        )
        .text(Size::Paragraph, member!(commitments));

static RATE: Typed<Percent, Tier> = labelled(operating::TIER_COMMISSION, "Commission rate")
    .hint("On sourced deals. 001: referral fees are 10–20 % of first-year value.")
    .typed(member!(commission_rate));

static CHECK_IN: Choice<Cadence, Tier> = labelled(operating::TIER_CHECK_IN, "Check-in")
    .hint(
        "001: monthly for strategic partners, quarterly for active ones, annual for a \
         referral network.",
    )
    .choice(Options::Listed(cadences), member!(check_in));

/// Every field of a tier, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &NAME,
    &MIN_DEALS,
    &MIN_REPS,
    &CRITERIA,
    &RATE,
    &CHECK_IN,
    &SUPPORT,
    &COMMITMENTS,
];

/// A new top tier: it asks and gives what the tier below it does, so the ladder stays in order
/// until the user raises it; with no tier yet, a quarterly check-in and nothing asked.
fn new_tier(tiers: &[Tier]) -> Tier {
    let below = tiers.last();
    Tier {
        name: String::new(),
        min_sourced_deals_per_year: below
            .map_or(Count::default(), |t| t.min_sourced_deals_per_year),
        min_certified_reps: below.map_or(Count::default(), |t| t.min_certified_reps),
        criteria_note: String::new(),
        commission_rate: below.map_or(Percent::whole(10), |t| t.commission_rate),
        support_level: String::new(),
        check_in: below.map_or(Cadence::Quarterly, |t| t.check_in),
        commitments: String::new(),
    }
}

/// The list of tiers and the button that adds one at the top.
#[component]
pub fn TierList() -> impl IntoView {
    let app = use_app();
    let len = TIERS.len(app, &[]);
    let add = Callback::new(move |()| {
        let tier = app.design.with_untracked(|d| new_tier(&d.operating.tiers));
        TIERS.add(app, &[], tier, Some(operating::TIER_NAME));
    });
    view! {
        <p class="hint operating-hint">
            "003: Registered, Silver, Gold. 001: Strategic (3–5 partners, checked in monthly), Active (10–20, quarterly), Referral network (annual). Below about 50 partners two tiers are enough; the top tier should be within reach of about 10 % of partners."
        </p>
        <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No tiers: the program launches with one kind of partnership, which 003 advises."</p>
        <ol class="list operating-list">
            {move || (0..len.get()).map(|index| view! { <TierItem index len /> }).collect_view()}
        </ol>
        <AddButton path=TIERS.path(&[]) label="Add a tier above the others" full=TIERS.full(app, &[]) max=TIERS.max on_add=add />
    }
}

/// One tier's fields.
#[component]
fn TierItem(
    /// The item's position in its list.
    index: usize,
    /// How many items the list has.
    len: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let name = TIERS.value(app, &[], index, |t| t.name.clone());
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
    let at = [index];
    view! {
        <ListItem path=TIERS.item_path(&[], index) heading what index len class="operating-item"
            on_move=Callback::new(move |delta| TIERS.move_by(app, &[], index, delta))
            on_remove=Callback::new(move |()| TIERS.remove(app, &[], index, &what.get_untracked()))>
            {field(&NAME, &at)}
            <fieldset class="operating-group">
                <legend>"To enter"</legend>
                <div class="field-grid">
                    {field(&MIN_DEALS, &at)}
                    {field(&MIN_REPS, &at)}
                </div>
                {field(&CRITERIA, &at)}
            </fieldset>
            <fieldset class="operating-group">
                <legend>"What the tier gets"</legend>
                <div class="field-grid">
                    {field(&RATE, &at)}
                    {field(&CHECK_IN, &at)}
                </div>
                {field(&SUPPORT, &at)}
            </fieldset>
            {field(&COMMITMENTS, &at)}
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
        first.min_sourced_deals_per_year = Count::of(4);
        first.commission_rate = Percent::whole(15);
        first.check_in = Cadence::Monthly;
        let second = new_tier(&[first]);
        assert_eq!(second.min_sourced_deals_per_year, Count::of(4));
        assert_eq!(second.commission_rate, Percent::whole(15));
        assert_eq!(second.check_in, Cadence::Monthly);
        assert!(second.name.is_empty());
    }
}
