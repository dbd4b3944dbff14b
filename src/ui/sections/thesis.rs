//! The thesis section (002 "Define the partner-led growth thesis"; 003 Step 1; 000 Step One):
//! one page, in the firm's words — which customer buys faster with a partner, which partner owns
//! that relationship, what friction partners remove, why a partner would recommend the firm and
//! what it gets in return, and what the program is for.

mod purposes;

use leptos::prelude::*;

use crate::domain::Mechanic;
use crate::domain::archetypes::ArchetypeKind;
use crate::domain::health::{MIN_STATEMENT_WORDS, word_count};
use crate::ui::erase::{self, flag, handler};
use crate::ui::fields::{Select, TextField};
use crate::ui::health::{FindingsList, ReadinessBadge};
use crate::ui::state::use_app;

/// The thesis section: its form and its findings.
#[component]
pub fn ThesisSection() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let archetype_options = std::iter::once((None, "None chosen yet".to_owned()))
        .chain(
            ArchetypeKind::ALL
                .into_iter()
                .map(|kind| (Some(kind), kind.label().to_owned())),
        )
        .collect::<Vec<_>>();
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
                <TextField path="thesis.customer" label="The customer who buys faster with a partner"
                    multiline=true
                    hint="Segment, market and motion: who they are, where they buy, and how the deal runs when a partner is involved (002)."
                    value=Signal::derive(move || d.read().thesis.customer.clone())
                    on_change=Callback::new(move |v: String| app.edit("thesis.customer", |d| d.thesis.customer = v)) />
                <WordCount text=Signal::derive(move || d.read().thesis.customer.clone()) />
                <Select path="thesis.owning_archetype" label="The partner archetype that owns the relationship"
                    hint="The kind of partner that owns that customer (002, 003 Step 1). Choose it under Archetypes too."
                    options=archetype_options
                    value=move || d.read().thesis.owning_archetype
                    on_change=Callback::new(move |v| app.edit("thesis.owning_archetype", |d| d.thesis.owning_archetype = v)) />
                <TextField path="thesis.friction" label="The friction partners remove" multiline=true
                    hint="What slows or stops your direct motion with that customer, and how a partner takes it away (002)."
                    value=Signal::derive(move || d.read().thesis.friction.clone())
                    on_change=Callback::new(move |v: String| app.edit("thesis.friction", |d| d.thesis.friction = v)) />
                <WordCount text=Signal::derive(move || d.read().thesis.friction.clone()) />
                <TextField path="thesis.partner_reason" label="Why a partner would recommend you to its clients"
                    multiline=true
                    hint="003 Step 1: “Why would a partner recommend you to their clients or network?”"
                    value=Signal::derive(move || d.read().thesis.partner_reason.clone())
                    on_change=Callback::new(move |v: String| app.edit("thesis.partner_reason", |d| d.thesis.partner_reason = v)) />
            </fieldset>
            <fieldset>
                <legend>"What the partner gets in return"</legend>
                <p class="thesis-guide">"003 Step 1: financial, strategic or reputational. State at least one."</p>
                <div class="field-grid">
                    <TextField path="thesis.partner_value.financial" label="Financial return" multiline=true
                        hint="Fees, margin or revenue share."
                        value=Signal::derive(move || d.read().thesis.partner_value.financial.clone())
                        on_change=Callback::new(move |v: String| app.edit("thesis.partner_value.financial", |d| d.thesis.partner_value.financial = v)) />
                    <TextField path="thesis.partner_value.strategic" label="Strategic return" multiline=true
                        hint="Capability they lack, new clients, a product to build on."
                        value=Signal::derive(move || d.read().thesis.partner_value.strategic.clone())
                        on_change=Callback::new(move |v: String| app.edit("thesis.partner_value.strategic", |d| d.thesis.partner_value.strategic = v)) />
                    <TextField path="thesis.partner_value.reputational" label="Reputational return" multiline=true
                        hint="Standing with their own clients: a respected name beside theirs."
                        value=Signal::derive(move || d.read().thesis.partner_value.reputational.clone())
                        on_change=Callback::new(move |v: String| app.edit("thesis.partner_value.reputational", |d| d.thesis.partner_value.reputational = v)) />
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
