//! Attribution (002 "No attribution model" and FAQ; 001 "Attribution and credit assignment";
//! 003 conflict resolution): sourced, influenced and co-sold, each with its definition,
//! incentive and reporting line; how a deal moves between them; and who gets credit when
//! claims compete.

use leptos::prelude::*;

use crate::domain::operating::ConflictRule;
use crate::domain::places::operating;
use crate::ui::form::{Choice, Options, Size, Text, field, labelled, member};

/// The three texts of one category, read and written at `operating.attribution.<category>`.
macro_rules! category {
    ($field:ident, $name:literal, $definition:expr, $incentive:expr, $reporting:expr) => {
        [
            labelled($definition, concat!($name, ": definition"))
                .hint("What must be true for a deal to count here, checkable in the CRM.")
                .text(
                    Size::Paragraph,
                    member!(operating.attribution.$field.definition),
                ),
            labelled($incentive, concat!($name, ": incentive"))
                .hint("What the partner, and your own team, earn for it.")
                .text(
                    Size::Paragraph,
                    member!(operating.attribution.$field.incentive),
                ),
            labelled($reporting, concat!($name, ": reporting line"))
                .hint("The line of the scoreboard it counts in, and who reports it.")
                .text(
                    Size::Paragraph,
                    member!(operating.attribution.$field.reporting_line),
                ),
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

static MOVEMENT: Text = labelled(operating::MOVEMENT, "How a deal moves between them")
    .hint(
        "002: write down how a deal moves between sourced, influenced and co-sold, and when the \
         CRM records it.",
    )
    .text(Size::Paragraph, member!(operating.attribution.movement));

static CONFLICT_RULE: Choice<Option<ConflictRule>> =
    labelled(operating::CONFLICT_RULE, "When several claim one deal")
        .hint(
            "Two partners, or a partner and the direct team, claim the same deal: who gets credit \
             (001, 003).",
        )
        .choice(
            Options::Fixed(&[
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
            member!(operating.attribution.conflict_rule),
        );

static CONFLICT_NOTE: Text = labelled(operating::CONFLICT_NOTE, "The rule in words")
    .hint("Needed for a rule of your own; useful for any detail (who settles a tie, by when).")
    .text(
        Size::Paragraph,
        member!(operating.attribution.conflict_note),
    );

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
