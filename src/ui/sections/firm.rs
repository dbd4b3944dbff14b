//! The firm profile: who is designing the program, and the direct-sales figures partner pipeline
//! is measured against. Also the design's title.

use leptos::prelude::*;

use crate::domain::firm::{FirmKind, FirmStage};
use crate::domain::places::{design, firm};
use crate::domain::values::{Currency, Days, Headcount, Money, Percent, PlanDate};
use crate::ui::erase::handler;
use crate::ui::form::{Check, Choice, Options, Size, Text, Typed, field, labelled, member};

static TITLE: Text = labelled(design::TITLE, "Design title")
    .hint("Shown in the header and used to name exported files.")
    .text(Size::Name, member!(title));

static NAME: Text = labelled(firm::NAME, "Firm name").text(Size::Name, member!(firm.name));

static KIND: Choice<FirmKind> = labelled(firm::KIND, "Kind of firm")
    .hint("A small services firm is held to the 10 % leadership-time floor (000 Step Two).")
    .choice(
        Options::Fixed(&[
            (FirmKind::Software, "Software or product company"),
            (FirmKind::Services, "Professional-services firm or agency"),
            (FirmKind::Other, "Other"),
        ]),
        member!(firm.kind),
    );

static HEADCOUNT: Typed<Headcount> =
    labelled(firm::HEADCOUNT, "Headcount").typed(member!(firm.headcount));

static STAGE: Choice<FirmStage> = labelled(firm::STAGE, "Stage")
    .hint(
        "Expected partner-sourced share by stage: seed/Series A 0–10 %, Series B/C 20–30 %, \
         public 40–50 % (partnermatch.co benchmark); the scoreboard shows your stage's band \
         beside its targets.",
    )
    .choice(Options::Fixed(&FirmStage::LABELLED), member!(firm.stage));

static ICP: Text = labelled(firm::ICP, "Ideal customer profile")
    .hint("Who buys from you, in your words: segment, size, market.")
    .text(Size::Paragraph, member!(firm.icp));

static CURRENCY: Typed<Currency> = labelled(firm::CURRENCY, "Currency")
    .hint("A three-letter code such as USD, EUR or GBP: every amount in the design is in it.")
    .typed(member!(firm.currency));

static SUBSCRIPTIONS: Check = labelled(firm::SUBSCRIPTIONS, "We sell subscriptions")
    .hint(
        "Partner-sourced customers then renew each year at the forecast's gross retention, and \
         resellers' and MSPs' margins follow the renewals.",
    )
    .check(member!(firm.sells_subscriptions));

static REVENUE: Typed<Money> =
    labelled(firm::ANNUAL_REVENUE, "Annual revenue").typed(member!(firm.annual_revenue));

static PIPELINE: Typed<Money> = labelled(firm::DIRECT_PIPELINE, "Direct new pipeline per quarter")
    .hint(
        "New pipeline your direct team creates in a quarter: the partner-sourced share is \
         measured against it.",
    )
    .typed(member!(firm.direct_pipeline_per_quarter));

static DEAL_SIZE: Typed<Money> =
    labelled(firm::DEAL_SIZE, "Average deal size").typed(member!(firm.average_deal_size));

static WIN_RATE: Typed<Percent> =
    labelled(firm::WIN_RATE, "Direct win rate").typed(member!(firm.direct_win_rate));

static SALES_CYCLE: Typed<Days> = labelled(firm::SALES_CYCLE, "Direct sales cycle")
    .hint("Days from opportunity to close in your direct motion.")
    .typed(member!(firm.sales_cycle_days));

static PARTNER_CYCLE: Typed<Days> = labelled(firm::PARTNER_SALES_CYCLE, "Partner sales cycle")
    .hint(
        "Days from a partner-registered deal to its close. 002: partner deals have \
             \"shorter sales cycles\"; start from your direct cycle until you know. The \
             forecast closes partner deals and the timeline dates the first closed-won by it.",
    )
    .typed(member!(firm.partner_sales_cycle_days));

static KICKOFF: Typed<PlanDate> = labelled(firm::KICKOFF, "Design kickoff date")
    .hint("Week 1 of the design. 002: six to eight weeks of design before the hire.")
    .typed(member!(firm.kickoff));

/// Every field of the section, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &TITLE,
    &NAME,
    &KIND,
    &HEADCOUNT,
    &STAGE,
    &ICP,
    &CURRENCY,
    &REVENUE,
    &SUBSCRIPTIONS,
    &PIPELINE,
    &DEAL_SIZE,
    &WIN_RATE,
    &SALES_CYCLE,
    &PARTNER_CYCLE,
    &KICKOFF,
];

/// The firm profile section.
#[component]
pub fn FirmSection() -> impl IntoView {
    view! {
        <form class="form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <fieldset>
                <legend>"The design"</legend>
                {field(&TITLE, &[])}
            </fieldset>
            <fieldset>
                <legend>"The firm"</legend>
                {field(&NAME, &[])}
                {field(&KIND, &[])}
                {field(&HEADCOUNT, &[])}
                {field(&STAGE, &[])}
                {field(&ICP, &[])}
            </fieldset>
            <fieldset>
                <legend>"Money and the direct motion"</legend>
                {field(&CURRENCY, &[])}
                {field(&REVENUE, &[])}
                {field(&SUBSCRIPTIONS, &[])}
                {field(&PIPELINE, &[])}
                {field(&DEAL_SIZE, &[])}
                {field(&WIN_RATE, &[])}
                {field(&SALES_CYCLE, &[])}
                {field(&PARTNER_CYCLE, &[])}
                {field(&KICKOFF, &[])}
            </fieldset>
        </form>
    }
}
