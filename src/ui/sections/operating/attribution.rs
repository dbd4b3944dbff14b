//! Attribution (002 "No attribution model" and FAQ; 001 "Attribution and credit assignment";
//! 003 conflict resolution): sourced, influenced and co-sold, each with its definition,
//! incentive and reporting line; how a deal moves between them; and who gets credit when
//! claims compete.

use leptos::prelude::*;

use crate::domain::operating::ConflictRule;
use crate::domain::places::operating;
use crate::ui::form::{Choice, Options, Size, Text, Words, field};

/// The three texts of one category, read and written at `operating.attribution.<category>`.
macro_rules! category {
    ($field:ident, $name:literal, $definition:expr, $incentive:expr, $reporting:expr) => {
        [
            Text {
                place: $definition,
                label: Words::Fixed(concat!($name, ": definition")),
                hint: Words::Fixed(
                    "What must be true for a deal to count here, checkable in the CRM.",
                ),
                size: Size::Paragraph,
                get: |d, _| Some(d.operating.attribution.$field.definition.clone()),
                set: |d, _, v| d.operating.attribution.$field.definition = v,
            },
            Text {
                place: $incentive,
                label: Words::Fixed(concat!($name, ": incentive")),
                hint: Words::Fixed("What the partner, and your own team, earn for it."),
                size: Size::Paragraph,
                get: |d, _| Some(d.operating.attribution.$field.incentive.clone()),
                set: |d, _, v| d.operating.attribution.$field.incentive = v,
            },
            Text {
                place: $reporting,
                label: Words::Fixed(concat!($name, ": reporting line")),
                hint: Words::Fixed("The line of the scoreboard it counts in, and who reports it."),
                size: Size::Paragraph,
                get: |d, _| Some(d.operating.attribution.$field.reporting_line.clone()),
                set: |d, _, v| d.operating.attribution.$field.reporting_line = v,
            },
        ]
    };
}

/// The categories: name, what it means, its three texts.
static CATEGORIES: [(&str, &str, [Text; 3]); 3] = [
    (
        "Sourced",
        "The partner brought the lead.",
        category!(
            sourced,
            "Sourced",
            operating::SOURCED_DEFINITION,
            operating::SOURCED_INCENTIVE,
            operating::SOURCED_REPORTING
        ),
    ),
    (
        "Influenced",
        "The partner touched an existing opportunity in a measurable way.",
        category!(
            influenced,
            "Influenced",
            operating::INFLUENCED_DEFINITION,
            operating::INFLUENCED_INCENTIVE,
            operating::INFLUENCED_REPORTING
        ),
    ),
    (
        "Co-sold",
        "The partner and an account executive worked the deal jointly.",
        category!(
            co_sold,
            "Co-sold",
            operating::CO_SOLD_DEFINITION,
            operating::CO_SOLD_INCENTIVE,
            operating::CO_SOLD_REPORTING
        ),
    ),
];

static MOVEMENT: Text = Text {
    place: operating::MOVEMENT,
    label: Words::Fixed("How a deal moves between them"),
    hint: Words::Fixed(
        "002: write down how a deal moves between sourced, influenced and co-sold, and when the \
         CRM records it.",
    ),
    size: Size::Paragraph,
    get: |d, _| Some(d.operating.attribution.movement.clone()),
    set: |d, _, v| d.operating.attribution.movement = v,
};

static CONFLICT_RULE: Choice<Option<ConflictRule>> = Choice {
    place: operating::CONFLICT_RULE,
    label: Words::Fixed("When several claim one deal"),
    hint: Words::Fixed(
        "Two partners, or a partner and the direct team, claim the same deal: who gets credit \
         (001, 003).",
    ),
    options: Options::Fixed(&[
        (None, "Not decided"),
        (
            Some(ConflictRule::FirstIntroduction),
            "The first formal introduction gets credit (001)",
        ),
        (
            Some(ConflictRule::MostInfluence),
            "The partner with the most influence gets credit (001)",
        ),
        (
            Some(ConflictRule::Split),
            "Credit is split between the claimants",
        ),
        (
            Some(ConflictRule::Custom),
            "A rule of our own, described below",
        ),
    ]),
    get: |d, _| Some(d.operating.attribution.conflict_rule),
    set: |d, _, v| d.operating.attribution.conflict_rule = v,
};

static CONFLICT_NOTE: Text = Text {
    place: operating::CONFLICT_NOTE,
    label: Words::Fixed("The rule in words"),
    hint: Words::Fixed(
        "Needed for a rule of your own; useful for any detail (who settles a tie, by when).",
    ),
    size: Size::Paragraph,
    get: |d, _| Some(d.operating.attribution.conflict_note.clone()),
    set: |d, _, v| d.operating.attribution.conflict_note = v,
};

/// Every field of the part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &CATEGORIES[0].2[0],
    &CATEGORIES[0].2[1],
    &CATEGORIES[0].2[2],
    &CATEGORIES[1].2[0],
    &CATEGORIES[1].2[1],
    &CATEGORIES[1].2[2],
    &CATEGORIES[2].2[0],
    &CATEGORIES[2].2[1],
    &CATEGORIES[2].2[2],
    &MOVEMENT,
    &CONFLICT_RULE,
    &CONFLICT_NOTE,
];

/// The attribution model.
#[component]
pub fn AttributionForm() -> impl IntoView {
    view! {
        {CATEGORIES
            .iter()
            .map(|(name, meaning, texts)| view! {
                <fieldset class="operating-category">
                    <legend>{*name}</legend>
                    <p class="hint">{*meaning}</p>
                    <div class="field-grid">
                        {texts.iter().map(|spec| field(spec, &[])).collect_view()}
                    </div>
                </fieldset>
            })
            .collect_view()}
        {field(&MOVEMENT, &[])}
        {field(&CONFLICT_RULE, &[])}
        {field(&CONFLICT_NOTE, &[])}
    }
}
