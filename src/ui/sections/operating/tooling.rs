//! The tooling plan (002 tooling table and FAQ "Do I need a PRM at launch?"): CRM
//! partner-attribution fields at launch, a PRM once there are enough active partners, ecosystem
//! data, and what the tools cost a quarter.

use leptos::prelude::*;

use super::parse::{parse_optional_quarter, show_optional_count};
use crate::ui::fields::{Checkbox, ParsedField, parse_money};
use crate::ui::sections::firm::show_money;
use crate::ui::state::use_app;

/// The tooling plan.
#[component]
pub fn ToolingForm() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let currency = Signal::derive(move || d.read().firm.currency.code().to_owned());
    view! {
        <Checkbox path="operating.tooling.crm_attribution_fields" label="Partner-attribution fields in the CRM at launch"
            hint="002: without them the scoreboard does not exist. With a shared registration form and a partner channel they carry the first 12–18 months."
            checked=Signal::derive(move || d.read().operating.tooling.crm_attribution_fields)
            on_change=Callback::new(move |v| app.edit("operating.tooling.crm_attribution_fields", |d| d.operating.tooling.crm_attribution_fields = v)) />
        <div class="field-grid">
            <div>
                <ParsedField path="operating.tooling.prm_from_quarter" label="A PRM from program quarter" inputmode="numeric"
                    hint="002: a PRM is the right purchase at 25 or more active partners. Leave it empty for no PRM."
                    value=Signal::derive(move || d.read().operating.tooling.prm_from_quarter)
                    parse=parse_optional_quarter format=show_optional_count
                    on_change=Callback::new(move |v| app.edit("operating.tooling.prm_from_quarter", |d| d.operating.tooling.prm_from_quarter = v)) />
                <ActivePartners />
            </div>
            <ParsedField path="operating.tooling.cost_per_quarter" label="Tool cost per quarter" prefix=currency
                hint="What the tools cost; the forecast counts it in the program's cost."
                value=Signal::derive(move || d.read().operating.tooling.cost_per_quarter)
                parse=parse_money format=show_money
                on_change=Callback::new(move |v| app.edit("operating.tooling.cost_per_quarter", |d| d.operating.tooling.cost_per_quarter = v)) />
        </div>
        <Checkbox path="operating.tooling.ecosystem_data" label="Ecosystem data (account overlap)"
            hint="002: shows where your prospects and your partners' customers overlap, for recruiting targets and co-sell accounts."
            checked=Signal::derive(move || d.read().operating.tooling.ecosystem_data)
            on_change=Callback::new(move |v| app.edit("operating.tooling.ecosystem_data", |d| d.operating.tooling.ecosystem_data = v)) />
    }
}

/// The forecast's active partners in the quarter the PRM starts, against 002's 25.
#[component]
fn ActivePartners() -> impl IntoView {
    let app = use_app();
    let text = move || {
        let from = app.design.read().operating.tooling.prm_from_quarter?;
        let quarter = from.max(1);
        let line = app.analysis.with(|a| {
            match a.forecast.quarters.iter().find(|q| q.quarter == quarter) {
                Some(q) => format!(
                    "Forecast for quarter {quarter}: {} active partners (002: 25 or more).",
                    q.active_partners.round_dp(1).normalize()
                ),
                None => format!(
                    "Quarter {quarter} is past the forecast's {} quarters.",
                    a.forecast.quarters.len()
                ),
            }
        });
        Some(line)
    };
    view! { <p class="operating-readout" aria-live="polite">{text}</p> }
}
