//! The thesis section (002 "Define the partner-led growth thesis"; 003 Step 1; 000 Step One):
//! one page, in the firm's words — which customer buys faster with a partner, which partner owns
//! that relationship, what friction partners remove, why a partner would recommend the firm and
//! what it gets in return, and what the program is for.

mod purposes;

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::domain::archetypes::ArchetypeKind;
use crate::domain::health::{MIN_STATEMENT_WORDS, word_count};
use crate::domain::places::thesis;
use crate::ui::erase::{self, flag, handler};
use crate::ui::form::{Choice, Options, Size, Text, field, labelled, member};
use crate::ui::health::{FindingsList, ReadinessBadge};
use crate::ui::state::use_app;

static CUSTOMER: Text = labelled(
    thesis::CUSTOMER,
    "The customer who buys faster with a partner",
)
.hint(
    "Segment, market and motion: who they are, where they buy, and how the deal runs when \
     a partner is involved (002).",
)
.text(Size::Paragraph, member!(thesis.customer));

static OWNING_ARCHETYPE: Choice<Option<ArchetypeKind>> = labelled(
    thesis::OWNING_ARCHETYPE,
    "The partner archetype that owns the relationship",
)
.hint(
    "The kind of partner that owns that customer (002, 003 Step 1). Choose it under \
     Archetypes too.",
)
.choice(
    Options::Listed(|| archetype_options("None chosen yet")),
    member!(thesis.owning_archetype),
);

static FRICTION: Text = labelled(thesis::FRICTION, "The friction partners remove")
    .hint(
        "What slows or stops your direct motion with that customer, and how a partner takes \
         it away (002).",
    )
    .text(Size::Paragraph, member!(thesis.friction));

static PARTNER_REASON: Text = labelled(
    thesis::PARTNER_REASON,
    "Why a partner would recommend you to its clients",
)
.hint("003 Step 1: “Why would a partner recommend you to their clients or network?”")
.text(Size::Paragraph, member!(thesis.partner_reason));

static FINANCIAL: Text = labelled(thesis::VALUE_FINANCIAL, "Financial return")
    .hint("Fees, margin or revenue share.")
    .text(Size::Paragraph, member!(thesis.partner_value.financial));

static STRATEGIC: Text = labelled(thesis::VALUE_STRATEGIC, "Strategic return")
    .hint("Capability they lack, new clients, a product to build on.")
    .text(Size::Paragraph, member!(thesis.partner_value.strategic));

static REPUTATIONAL: Text = labelled(thesis::VALUE_REPUTATIONAL, "Reputational return")
    .hint("Standing with their own clients: a respected name beside theirs.")
    .text(Size::Paragraph, member!(thesis.partner_value.reputational));

/// Every field of the section, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &CUSTOMER,
    &OWNING_ARCHETYPE,
    &FRICTION,
    &PARTNER_REASON,
    &FINANCIAL,
    &STRATEGIC,
    &REPUTATIONAL,
    &purposes::PURPOSES[0],
    &purposes::PURPOSES[1],
    &purposes::PURPOSES[2],
];

/// "None", then every archetype of the catalogue by name: the choices of an archetype select.
pub fn archetype_options(none: &str) -> Vec<(Option<ArchetypeKind>, String)> {
    std::iter::once((None, none.to_owned()))
        .chain(
            ArchetypeKind::ALL
                .into_iter()
                .map(|kind| (Some(kind), kind.label().to_owned())),
        )
        .collect()
}

/// The thesis section: its form and its findings.
#[component]
pub fn ThesisSection() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    view! {
        <ReadinessBadge mechanic=Mechanic::Thesis />
        <form class="form thesis-form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <fieldset>
                <legend>"The statement"</legend>
                <p class="thesis-guide">
                    "Write it down in one page, in your words: why partners will produce more revenue \
                     than direct in your market, segment and motion. “If you cannot fill the page, you \
                     do not have a thesis, you have a slogan” (002)."
                </p>
                {field(&CUSTOMER, &[])}
                <WordCount text=Signal::derive(move || d.read().thesis.customer.clone()) />
                {field(&OWNING_ARCHETYPE, &[])}
                {field(&FRICTION, &[])}
                <WordCount text=Signal::derive(move || d.read().thesis.friction.clone()) />
                {field(&PARTNER_REASON, &[])}
            </fieldset>
            <fieldset>
                <legend>"What the partner gets in return"</legend>
                <p class="thesis-guide">"003 Step 1: financial, strategic or reputational. State at least one."</p>
                <div class="field-grid">
                    {field(&FINANCIAL, &[])}
                    {field(&STRATEGIC, &[])}
                    {field(&REPUTATIONAL, &[])}
                </div>
            </fieldset>
            <purposes::PurposeChoice />
        </form>
        <FindingsList mechanic=Mechanic::Thesis />
    }
}

/// How many words a statement has against the fewest a statement needs, so a slogan shows as
/// one before the health check says so.
#[component]
fn WordCount(
    /// The statement.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let count = move || text.with(|t| word_count(t));
    view! {
        <p class="thesis-words" class:thesis-words-short={flag(move || count() < MIN_STATEMENT_WORDS)}>
            {erase::text(move || words_note(count()))}
        </p>
    }
}

/// The note under a statement: its word count against [`MIN_STATEMENT_WORDS`].
fn words_note(count: usize) -> String {
    let words = if count == 1 { "word" } else { "words" };
    if count >= MIN_STATEMENT_WORDS {
        format!("{count} {words}: long enough to be a statement.")
    } else {
        format!(
            "{count} {words}: a statement needs at least {MIN_STATEMENT_WORDS} to say who, which \
             and what."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::words_note;
    use crate::domain::health::MIN_STATEMENT_WORDS;

    #[test]
    fn the_word_note_says_when_a_statement_is_still_a_slogan() {
        assert!(words_note(0).starts_with("0 words: a statement needs at least"));
        assert!(words_note(1).starts_with("1 word: "));
        assert!(words_note(MIN_STATEMENT_WORDS).contains("long enough"));
    }
}
