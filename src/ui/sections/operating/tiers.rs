//! Partner tiers (003 Step 3 "optional at launch"; 001 Strategic / Active / Referral network):
//! from the lowest to the highest, each with its entry criteria, its benefits and what the
//! partner commits to.

use leptos::prelude::*;

use super::items::{AddButton, ListItem, ListOf, item_name};
use super::spec::{Choice, Look, Parsed, Text, choice, parsed, position, text};
use crate::domain::Design;
use crate::domain::operating::Tier;
use crate::domain::values::{Cadence, Count, Percent, Whole};
use crate::ui::erase::flag;
use crate::ui::state::use_app;

/// The tiers, lowest first.
const TIERS: ListOf<Tier> = ListOf {
    path: "operating.tiers",
    read: |d| Some(&d.operating.tiers),
    write: |d| Some(&mut d.operating.tiers),
};

fn tier(d: &Design, index: usize) -> Option<&Tier> {
    d.operating.tiers.get(index)
}

fn tier_mut(d: &mut Design, index: usize) -> Option<&mut Tier> {
    d.operating.tiers.get_mut(index)
}

/// A text of a tier, by the field's name and how to reach it.
macro_rules! tier_text {
    ($field:ident, $label:literal, $hint:literal, $long:literal) => {
        Text {
            path: concat!("operating.tiers.#.", stringify!($field)),
            label: $label,
            hint: $hint,
            long: $long,
            get: |d, i| tier(d, i).map(|t| t.$field.clone()),
            set: |d, i, v| {
                if let Some(t) = tier_mut(d, i) {
                    t.$field = v;
                }
            },
        }
    };
}

/// A count of a tier's entry criteria.
macro_rules! tier_count {
    ($field:ident, $label:literal, $unit:literal) => {
        Parsed {
            path: concat!("operating.tiers.#.", stringify!($field)),
            label: $label,
            hint: "",
            look: Look::Count($unit),
            parse: Count::parse,
            format: Count::show,
            check: None,
            get: |d, i| tier(d, i).map(|t| t.$field),
            set: |d, i, v| {
                if let Some(t) = tier_mut(d, i) {
                    t.$field = v;
                }
            },
        }
    };
}

static NAME: Text = tier_text!(name, "Tier name", "", false);
static MIN_DEALS: Parsed<Count> = tier_count!(
    min_sourced_deals_per_year,
    "Sourced deals a year, at least",
    "deals"
);
static MIN_REPS: Parsed<Count> =
    tier_count!(min_certified_reps, "Certified people, at least", "people");
static CRITERIA: Text = tier_text!(criteria_note, "Other entry criteria", "", true);
static SUPPORT: Text = tier_text!(support_level, "Support", "", true);
static COMMITMENTS: Text = tier_text!(
    commitments,
    "What the partner commits to",
    "002: the partner's side of the tier, such as certified people, joint plans or pipeline reviews.",
    true
);

static RATE: Parsed<Percent> = Parsed {
    path: "operating.tiers.#.commission_rate",
    label: "Commission rate",
    hint: "On sourced deals. 001: referral fees are 10–20 % of first-year value.",
    look: Look::Decimal("%"),
    parse: Percent::parse,
    format: Percent::show,
    check: None,
    get: |d, i| tier(d, i).map(|t| t.commission_rate),
    set: |d, i, v| {
        if let Some(t) = tier_mut(d, i) {
            t.commission_rate = v;
        }
    },
};

static CHECK_IN: Choice = Choice {
    path: "operating.tiers.#.check_in",
    label: "Check-in",
    hint: "001: monthly for strategic partners, quarterly for active ones, annual for a referral network.",
    options: &["Weekly", "Monthly", "Quarterly", "Annual"],
    get: |d, i| tier(d, i).map(|t| position(&Cadence::ALL, &t.check_in)),
    set: |d, i, v| {
        if let (Some(t), Some(cadence)) = (tier_mut(d, i), Cadence::ALL.get(v)) {
            t.check_in = *cadence;
        }
    },
};

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
    let len = TIERS.len(app);
    let add = Callback::new(move |()| {
        let tier = app.design.with_untracked(|d| new_tier(&d.operating.tiers));
        TIERS.add(app, tier, "name");
    });
    view! {
        <p class="hint operating-hint">
            "003: Registered, Silver, Gold. 001: Strategic (3–5 partners, checked in monthly), Active (10–20, quarterly), Referral network (annual). Below about 50 partners two tiers are enough; the top tier should be within reach of about 10 % of partners."
        </p>
        <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No tiers: the program launches with one kind of partnership, which 003 advises."</p>
        <ol class="list operating-list">
            {move || (0..len.get()).map(|index| view! { <TierItem index len /> }).collect_view()}
        </ol>
        <AddButton path=TIERS.path label="Add a tier above the others" full=TIERS.full(app) on_add=add />
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
    view! {
        <ListItem path=TIERS.item_path(index) heading what index len
            on_move=Callback::new(move |delta| TIERS.move_by(app, index, delta))
            on_remove=Callback::new(move |()| TIERS.remove(app, index, &what.get_untracked()))>
            {text(&NAME, index)}
            <fieldset class="operating-group">
                <legend>"To enter"</legend>
                <div class="field-grid">
                    {parsed(&MIN_DEALS, index)}
                    {parsed(&MIN_REPS, index)}
                </div>
                {text(&CRITERIA, index)}
            </fieldset>
            <fieldset class="operating-group">
                <legend>"What the tier gets"</legend>
                <div class="field-grid">
                    {parsed(&RATE, index)}
                    {choice(&CHECK_IN, index)}
                </div>
                {text(&SUPPORT, index)}
            </fieldset>
            {text(&COMMITMENTS, index)}
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
