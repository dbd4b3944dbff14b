//! Attribution (002 "No attribution model" and FAQ; 001 "Attribution and credit assignment";
//! 003 conflict resolution): sourced, influenced and co-sold, each with its definition,
//! incentive and reporting line; how a deal moves between them; and who gets credit when
//! claims compete.

use leptos::prelude::*;

use super::spec::{Choice, Text, choice, position, text};
use crate::domain::operating::ConflictRule;

/// The three texts of one category, read and written at `operating.attribution.<category>`.
macro_rules! category {
    ($field:ident, $name:literal) => {
        [
            Text {
                path: concat!("operating.attribution.", stringify!($field), ".definition"),
                label: concat!($name, ": definition"),
                hint: "What must be true for a deal to count here, checkable in the CRM.",
                long: true,
                get: |d, _| Some(d.operating.attribution.$field.definition.clone()),
                set: |d, _, v| d.operating.attribution.$field.definition = v,
            },
            Text {
                path: concat!("operating.attribution.", stringify!($field), ".incentive"),
                label: concat!($name, ": incentive"),
                hint: "What the partner, and your own team, earn for it.",
                long: true,
                get: |d, _| Some(d.operating.attribution.$field.incentive.clone()),
                set: |d, _, v| d.operating.attribution.$field.incentive = v,
            },
            Text {
                path: concat!(
                    "operating.attribution.",
                    stringify!($field),
                    ".reporting_line"
                ),
                label: concat!($name, ": reporting line"),
                hint: "The line of the scoreboard it counts in, and who reports it.",
                long: true,
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
        category!(sourced, "Sourced"),
    ),
    (
        "Influenced",
        "The partner touched an existing opportunity in a measurable way.",
        category!(influenced, "Influenced"),
    ),
    (
        "Co-sold",
        "The partner and an account executive worked the deal jointly.",
        category!(co_sold, "Co-sold"),
    ),
];

static MOVEMENT: Text = Text {
    path: "operating.attribution.movement",
    label: "How a deal moves between them",
    hint: "002: write down how a deal moves between sourced, influenced and co-sold, and when the CRM records it.",
    long: true,
    get: |d, _| Some(d.operating.attribution.movement.clone()),
    set: |d, _, v| d.operating.attribution.movement = v,
};

/// The rules for competing claims, in the order the select offers them; none is undecided.
const RULES: [Option<ConflictRule>; 5] = [
    None,
    Some(ConflictRule::FirstIntroduction),
    Some(ConflictRule::MostInfluence),
    Some(ConflictRule::Split),
    Some(ConflictRule::Custom),
];

static CONFLICT_RULE: Choice = Choice {
    path: "operating.attribution.conflict_rule",
    label: "When several claim one deal",
    hint: "Two partners, or a partner and the direct team, claim the same deal: who gets credit (001, 003).",
    options: &[
        "Not decided",
        "The first formal introduction gets credit (001)",
        "The partner with the most influence gets credit (001)",
        "Credit is split between the claimants",
        "A rule of our own, described below",
    ],
    get: |d, _| Some(position(&RULES, &d.operating.attribution.conflict_rule)),
    set: |d, _, v| {
        if let Some(rule) = RULES.get(v) {
            d.operating.attribution.conflict_rule = *rule;
        }
    },
};

static CONFLICT_NOTE: Text = Text {
    path: "operating.attribution.conflict_note",
    label: "The rule in words",
    hint: "Needed for a rule of your own; useful for any detail (who settles a tie, by when).",
    long: true,
    get: |d, _| Some(d.operating.attribution.conflict_note.clone()),
    set: |d, _, v| d.operating.attribution.conflict_note = v,
};

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
                        {texts.iter().map(|spec| text(spec, 0)).collect_view()}
                    </div>
                </fieldset>
            })
            .collect_view()}
        {text(&MOVEMENT, 0)}
        {choice(&CONFLICT_RULE, 0)}
        {text(&CONFLICT_NOTE, 0)}
    }
}
