//! The firm profile: who is designing the program, and the direct-sales figures partner pipeline
//! is measured against. Also the design's title.

use leptos::prelude::*;

use crate::domain::firm::{FirmKind, FirmStage};
use crate::domain::places::{design, firm};
use crate::domain::values::{Currency, Days, Headcount, Money, Percent, PlanDate, Whole};
use crate::ui::erase::handler;
use crate::ui::form::{Choice, Look, NO_HINT, Options, Size, Text, Typed, Words, field};

static TITLE: Text = Text {
    place: design::TITLE,
    label: Words::Fixed("Design title"),
    hint: Words::Fixed("Shown in the header and used to name exported files."),
    size: Size::Name,
    get: |d, _| Some(d.title.clone()),
    set: |d, _, v| d.title = v,
};

static NAME: Text = Text {
    place: firm::NAME,
    label: Words::Fixed("Firm name"),
    hint: NO_HINT,
    size: Size::Name,
    get: |d, _| Some(d.firm.name.clone()),
    set: |d, _, v| d.firm.name = v,
};

static KIND: Choice<FirmKind> = Choice {
    place: firm::KIND,
    label: Words::Fixed("Kind of firm"),
    hint: Words::Fixed(
        "A small services firm is held to the 10 % leadership-time floor (000 Step Two).",
    ),
    options: Options::Fixed(&[
        (FirmKind::Software, "Software or product company"),
        (FirmKind::Services, "Professional-services firm or agency"),
        (FirmKind::Other, "Other"),
    ]),
    get: |d, _| Some(d.firm.kind),
    set: |d, _, v| d.firm.kind = v,
};

static HEADCOUNT: Typed<Headcount> = Typed {
    place: firm::HEADCOUNT,
    label: Words::Fixed("Headcount"),
    hint: NO_HINT,
    look: Look::Count("people"),
    parse: Headcount::parse,
    show: Headcount::show,
    check: None,
    get: |d, _| Some(d.firm.headcount),
    set: |d, _, v| d.firm.headcount = v,
};

static STAGE: Choice<FirmStage> = Choice {
    place: firm::STAGE,
    label: Words::Fixed("Stage"),
    hint: Words::Fixed(
        "Expected partner-sourced share by stage: seed/Series A 0–10 %, Series B/C 20–30 %, \
         public 40–50 % (partnermatch.co benchmark).",
    ),
    options: Options::Fixed(&[
        (FirmStage::Bootstrapped, "Bootstrapped"),
        (FirmStage::Seed, "Seed"),
        (FirmStage::SeriesA, "Series A"),
        (FirmStage::SeriesB, "Series B"),
        (FirmStage::SeriesC, "Series C or later"),
        (FirmStage::Public, "Public"),
    ]),
    get: |d, _| Some(d.firm.stage),
    set: |d, _, v| d.firm.stage = v,
};

static ICP: Text = Text {
    place: firm::ICP,
    label: Words::Fixed("Ideal customer profile"),
    hint: Words::Fixed("Who buys from you, in your words: segment, size, market."),
    size: Size::Paragraph,
    get: |d, _| Some(d.firm.icp.clone()),
    set: |d, _, v| d.firm.icp = v,
};

static CURRENCY: Typed<Currency> = Typed {
    place: firm::CURRENCY,
    label: Words::Fixed("Currency"),
    hint: Words::Fixed(
        "A three-letter code such as USD, EUR or GBP: every amount in the design is in it.",
    ),
    look: Look::Letters,
    parse: Currency::parse,
    show: Currency::show,
    check: None,
    get: |d, _| Some(d.firm.currency.clone()),
    set: |d, _, v| d.firm.currency = v,
};

/// An amount of the firm profile.
macro_rules! money {
    ($place:expr, $label:literal, $hint:expr, $field:ident) => {
        Typed {
            place: $place,
            label: Words::Fixed($label),
            hint: $hint,
            look: Look::Money,
            parse: Money::parse,
            show: Money::show,
            check: None,
            get: |d, _| Some(d.firm.$field),
            set: |d, _, v| d.firm.$field = v,
        }
    };
}

static REVENUE: Typed<Money> = money!(
    firm::ANNUAL_REVENUE,
    "Annual revenue",
    NO_HINT,
    annual_revenue
);

static PIPELINE: Typed<Money> = money!(
    firm::DIRECT_PIPELINE,
    "Direct new pipeline per quarter",
    Words::Fixed(
        "New pipeline your direct team creates in a quarter: the partner-sourced share is \
         measured against it."
    ),
    direct_pipeline_per_quarter
);

static DEAL_SIZE: Typed<Money> = money!(
    firm::DEAL_SIZE,
    "Average deal size",
    NO_HINT,
    average_deal_size
);

static WIN_RATE: Typed<Percent> = Typed {
    place: firm::WIN_RATE,
    label: Words::Fixed("Direct win rate"),
    hint: NO_HINT,
    look: Look::Decimal("%"),
    parse: Percent::parse,
    show: Percent::show,
    check: None,
    get: |d, _| Some(d.firm.direct_win_rate),
    set: |d, _, v| d.firm.direct_win_rate = v,
};

static SALES_CYCLE: Typed<Days> = Typed {
    place: firm::SALES_CYCLE,
    label: Words::Fixed("Direct sales cycle"),
    hint: Words::Fixed(
        "Days from opportunity to close; the forecast lags partner closed-won by it.",
    ),
    look: Look::Count("days"),
    parse: Days::parse,
    show: Days::show,
    check: None,
    get: |d, _| Some(d.firm.sales_cycle_days),
    set: |d, _, v| d.firm.sales_cycle_days = v,
};

static KICKOFF: Typed<PlanDate> = Typed {
    place: firm::KICKOFF,
    label: Words::Fixed("Design kickoff date"),
    hint: Words::Fixed("Week 1 of the design. 002: six to eight weeks of design before the hire."),
    look: Look::Date,
    parse: PlanDate::parse,
    show: PlanDate::show,
    check: None,
    get: |d, _| Some(d.firm.kickoff),
    set: |d, _, v| d.firm.kickoff = v,
};

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
    &PIPELINE,
    &DEAL_SIZE,
    &WIN_RATE,
    &SALES_CYCLE,
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
                {field(&PIPELINE, &[])}
                {field(&DEAL_SIZE, &[])}
                {field(&WIN_RATE, &[])}
                {field(&SALES_CYCLE, &[])}
                {field(&KICKOFF, &[])}
            </fieldset>
        </form>
    }
}
