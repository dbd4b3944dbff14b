//! The tooling plan (002 tooling table and FAQ "Do I need a PRM at launch?"): CRM
//! partner-attribution fields at launch, a PRM once there are enough active partners, ecosystem
//! data, and what the tools cost a quarter.

use leptos::prelude::*;

use super::spec::{Check, Look, Parsed, check, parsed};
use crate::domain::values::Money;
use crate::domain::values::ProgramQuarter;
use crate::ui::fields::{optional_whole, show_optional_whole};
use crate::ui::state::use_app;

static CRM: Check = Check {
    path: "operating.tooling.crm_attribution_fields",
    label: "Partner-attribution fields in the CRM at launch",
    hint: "002: without them the scoreboard does not exist. With a shared registration form and a partner channel they carry the first 12–18 months.",
    get: |d, _| Some(d.operating.tooling.crm_attribution_fields),
    set: |d, _, v| d.operating.tooling.crm_attribution_fields = v,
};

static PRM: Parsed<Option<ProgramQuarter>> = Parsed {
    path: "operating.tooling.prm_from_quarter",
    label: "A PRM from program quarter",
    hint: "002: a PRM is the right purchase at 25 or more active partners. Leave it empty for no PRM.",
    look: Look::Count(""),
    parse: optional_whole,
    format: show_optional_whole,
    check: None,
    get: |d, _| Some(d.operating.tooling.prm_from_quarter),
    set: |d, _, v| d.operating.tooling.prm_from_quarter = v,
};

static COST: Parsed<Money> = Parsed {
    path: "operating.tooling.cost_per_quarter",
    label: "Tool cost per quarter",
    hint: "What the tools cost; the forecast counts it in the program's cost.",
    look: Look::Money,
    parse: Money::parse,
    format: Money::show,
    check: None,
    get: |d, _| Some(d.operating.tooling.cost_per_quarter),
    set: |d, _, v| d.operating.tooling.cost_per_quarter = v,
};

static ECOSYSTEM: Check = Check {
    path: "operating.tooling.ecosystem_data",
    label: "Ecosystem data (account overlap)",
    hint: "002: shows where your prospects and your partners' customers overlap, for recruiting targets and co-sell accounts.",
    get: |d, _| Some(d.operating.tooling.ecosystem_data),
    set: |d, _, v| d.operating.tooling.ecosystem_data = v,
};

/// The tooling plan.
#[component]
pub fn ToolingForm() -> impl IntoView {
    view! {
        {check(&CRM, 0)}
        <div class="field-grid">
            <div>
                {parsed(&PRM, 0)}
                <ActivePartners />
            </div>
            {parsed(&COST, 0)}
        </div>
        {check(&ECOSYSTEM, 0)}
    }
}

/// The forecast's active partners in the quarter the PRM starts, against 002's 25.
#[component]
fn ActivePartners() -> impl IntoView {
    let app = use_app();
    let text = move || {
        let from = app.design.read().operating.tooling.prm_from_quarter?;
        let quarter = from.get();
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
