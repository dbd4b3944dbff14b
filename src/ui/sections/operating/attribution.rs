//! Attribution (002 "No attribution model" and FAQ; 001 "Attribution and credit assignment";
//! 003 conflict resolution): sourced, influenced and co-sold, each with its definition,
//! incentive and reporting line; how a deal moves between them; and who gets credit when
//! claims compete.

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::format::limits::TEXT_MAX_CHARS;
use crate::domain::operating::{AttributionRule, ConflictRule};
use crate::ui::fields::{Select, TextField};
use crate::ui::state::use_app;

/// One category: its document field, name, what it means, and how to reach it.
struct Category {
    field: &'static str,
    name: &'static str,
    meaning: &'static str,
    get: fn(&Design) -> &AttributionRule,
    get_mut: fn(&mut Design) -> &mut AttributionRule,
}

const CATEGORIES: [Category; 3] = [
    Category {
        field: "sourced",
        name: "Sourced",
        meaning: "The partner brought the lead.",
        get: |d| &d.operating.attribution.sourced,
        get_mut: |d| &mut d.operating.attribution.sourced,
    },
    Category {
        field: "influenced",
        name: "Influenced",
        meaning: "The partner touched an existing opportunity in a measurable way.",
        get: |d| &d.operating.attribution.influenced,
        get_mut: |d| &mut d.operating.attribution.influenced,
    },
    Category {
        field: "co_sold",
        name: "Co-sold",
        meaning: "The partner and an account executive worked the deal jointly.",
        get: |d| &d.operating.attribution.co_sold,
        get_mut: |d| &mut d.operating.attribution.co_sold,
    },
];

fn conflict_options() -> Vec<(Option<ConflictRule>, String)> {
    [
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
    ]
    .into_iter()
    .map(|(rule, label)| (rule, label.to_owned()))
    .collect()
}

/// The attribution model.
#[component]
pub fn AttributionForm() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    view! {
        {CATEGORIES.iter().map(|c| view! { <CategoryFields category=c /> }).collect_view()}
        <TextField path="operating.attribution.movement" label="How a deal moves between them" multiline=true
            hint="002: write down how a deal moves between sourced, influenced and co-sold, and when the CRM records it."
            max_len=TEXT_MAX_CHARS
            value=Signal::derive(move || d.read().operating.attribution.movement.clone())
            on_change=Callback::new(move |v: String| app.edit("operating.attribution.movement", |d| d.operating.attribution.movement = v)) />
        <Select path="operating.attribution.conflict_rule" label="When several claim one deal"
            hint="Two partners, or a partner and the direct team, claim the same deal: who gets credit (001, 003)."
            options=conflict_options()
            value=Signal::derive(move || d.read().operating.attribution.conflict_rule)
            on_change=Callback::new(move |v| app.edit("operating.attribution.conflict_rule", |d| d.operating.attribution.conflict_rule = v)) />
        <TextField path="operating.attribution.conflict_note" label="The rule in words" multiline=true
            hint="Needed for a rule of your own; useful for any detail (who settles a tie, by when)."
            max_len=TEXT_MAX_CHARS
            value=Signal::derive(move || d.read().operating.attribution.conflict_note.clone())
            on_change=Callback::new(move |v: String| app.edit("operating.attribution.conflict_note", |d| d.operating.attribution.conflict_note = v)) />
    }
}

/// The three texts of one category, in a fieldset named for it.
#[component]
fn CategoryFields(category: &'static Category) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let Category {
        field,
        name,
        meaning,
        get,
        get_mut,
    } = *category;
    let path = move |part: &str| format!("operating.attribution.{field}.{part}");
    let edit = move |part: &'static str, set: fn(&mut AttributionRule, String)| {
        let key = path(part);
        Callback::new(move |v: String| app.edit(&key, |d| set(get_mut(d), v)))
    };
    view! {
        <fieldset class="operating-category">
            <legend>{name}</legend>
            <p class="hint">{meaning}</p>
            <div class="field-grid">
                <TextField path=path("definition") label=format!("{name}: definition") multiline=true
                    max_len=TEXT_MAX_CHARS
                    hint="What must be true for a deal to count here, checkable in the CRM."
                    value=Signal::derive(move || get(&d.read()).definition.clone())
                    on_change=edit("definition", |r, v| r.definition = v) />
                <TextField path=path("incentive") label=format!("{name}: incentive") multiline=true
                    max_len=TEXT_MAX_CHARS
                    hint="What the partner, and your own team, earn for it."
                    value=Signal::derive(move || get(&d.read()).incentive.clone())
                    on_change=edit("incentive", |r, v| r.incentive = v) />
                <TextField path=path("reporting_line") label=format!("{name}: reporting line") multiline=true
                    max_len=TEXT_MAX_CHARS
                    hint="The line of the scoreboard it counts in, and who reports it."
                    value=Signal::derive(move || get(&d.read()).reporting_line.clone())
                    on_change=edit("reporting_line", |r, v| r.reporting_line = v) />
            </div>
        </fieldset>
    }
}
