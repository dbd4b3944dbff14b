//! The firm profile: who is designing the program, and the direct-sales figures partner pipeline
//! is measured against. Also the design's title.

use leptos::prelude::*;

use crate::domain::firm::{FirmKind, FirmStage};
use crate::domain::values::{Currency, Days, Headcount, Money, Percent, PlanDate, Whole};
use crate::ui::erase::handler;
use crate::ui::fields::{ParsedField, Select, TextField};
use crate::ui::state::use_app;

/// The firm profile section.
#[component]
pub fn FirmSection() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let currency = Signal::derive(move || d.read().firm.currency.code().to_owned());
    view! {
        <form class="form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
            <fieldset>
                <legend>"The design"</legend>
                <TextField path="title" label="Design title"
                    hint="Shown in the header and used to name exported files."
                    value=Signal::derive(move || d.read().title.clone())
                    on_change=Callback::new(move |v: String| app.edit("title", |d| d.title = v))
                    max_len=200 />
            </fieldset>
            <fieldset>
                <legend>"The firm"</legend>
                <TextField path="firm.name" label="Firm name"
                    value=Signal::derive(move || d.read().firm.name.clone())
                    on_change=Callback::new(move |v: String| app.edit("firm.name", |d| d.firm.name = v))
                    max_len=200 />
                <Select path="firm.kind" label="Kind of firm"
                    hint="A small services firm is held to the 10 % leadership-time floor (000 Step Two)."
                    options=vec![
                        (FirmKind::Software, "Software or product company".to_owned()),
                        (FirmKind::Services, "Professional-services firm or agency".to_owned()),
                        (FirmKind::Other, "Other".to_owned()),
                    ]
                    value=move || d.read().firm.kind
                    on_change=Callback::new(move |v| app.edit("firm.kind", |d| d.firm.kind = v)) />
                <ParsedField path="firm.headcount" label="Headcount" suffix="people" inputmode="numeric"
                    value=move || d.read().firm.headcount
                    parse=Headcount::parse format=Headcount::show
                    on_change=Callback::new(move |v| app.edit("firm.headcount", |d| d.firm.headcount = v)) />
                <Select path="firm.stage" label="Stage"
                    hint="Expected partner-sourced share by stage: seed/Series A 0–10 %, Series B/C 20–30 %, public 40–50 % (partnermatch.co benchmark)."
                    options=vec![
                        (FirmStage::Bootstrapped, "Bootstrapped".to_owned()),
                        (FirmStage::Seed, "Seed".to_owned()),
                        (FirmStage::SeriesA, "Series A".to_owned()),
                        (FirmStage::SeriesB, "Series B".to_owned()),
                        (FirmStage::SeriesC, "Series C or later".to_owned()),
                        (FirmStage::Public, "Public".to_owned()),
                    ]
                    value=move || d.read().firm.stage
                    on_change=Callback::new(move |v| app.edit("firm.stage", |d| d.firm.stage = v)) />
                <TextField path="firm.icp" label="Ideal customer profile" multiline=true
                    hint="Who buys from you, in your words: segment, size, market."
                    value=Signal::derive(move || d.read().firm.icp.clone())
                    on_change=Callback::new(move |v: String| app.edit("firm.icp", |d| d.firm.icp = v)) />
            </fieldset>
            <fieldset>
                <legend>"Money and the direct motion"</legend>
                <ParsedField path="firm.currency" label="Currency" inputmode="text"
                    hint="A three-letter code such as USD, EUR or GBP: every amount in the design is in it."
                    value=move || d.read().firm.currency.clone()
                    parse=Currency::parse format=Currency::show
                    on_change=Callback::new(move |v| app.edit("firm.currency", |d| d.firm.currency = v)) />
                <ParsedField path="firm.annual_revenue" label="Annual revenue" prefix=currency
                    value=move || d.read().firm.annual_revenue
                    parse=Money::parse format=Money::show
                    on_change=Callback::new(move |v| app.edit("firm.annual_revenue", |d| d.firm.annual_revenue = v)) />
                <ParsedField path="firm.direct_pipeline_per_quarter" label="Direct new pipeline per quarter" prefix=currency
                    hint="New pipeline your direct team creates in a quarter: the partner-sourced share is measured against it."
                    value=move || d.read().firm.direct_pipeline_per_quarter
                    parse=Money::parse format=Money::show
                    on_change=Callback::new(move |v| app.edit("firm.direct_pipeline_per_quarter", |d| d.firm.direct_pipeline_per_quarter = v)) />
                <ParsedField path="firm.average_deal_size" label="Average deal size" prefix=currency
                    value=move || d.read().firm.average_deal_size
                    parse=Money::parse format=Money::show
                    on_change=Callback::new(move |v| app.edit("firm.average_deal_size", |d| d.firm.average_deal_size = v)) />
                <ParsedField path="firm.direct_win_rate" label="Direct win rate" suffix="%"
                    value=move || d.read().firm.direct_win_rate
                    parse=Percent::parse format=Percent::show
                    on_change=Callback::new(move |v| app.edit("firm.direct_win_rate", |d| d.firm.direct_win_rate = v)) />
                <ParsedField path="firm.sales_cycle_days" label="Direct sales cycle" suffix="days" inputmode="numeric"
                    hint="Days from opportunity to close; the forecast lags partner closed-won by it."
                    value=move || d.read().firm.sales_cycle_days
                    parse=Days::parse format=Days::show
                    on_change=Callback::new(move |v| app.edit("firm.sales_cycle_days", |d| d.firm.sales_cycle_days = v)) />
                <ParsedField path="firm.kickoff" label="Design kickoff date" input_type="date"
                    hint="Week 1 of the design. 002: six to eight weeks of design before the hire."
                    value=move || d.read().firm.kickoff
                    parse=PlanDate::parse format=PlanDate::show
                    on_change=Callback::new(move |v| app.edit("firm.kickoff", |d| d.firm.kickoff = v)) />
            </fieldset>
        </form>
    }
}
