//! The tooling plan (002 tooling table and FAQ "Do I need a PRM at launch?"): CRM
//! partner-attribution fields at launch, a PRM once there are enough active partners, ecosystem
//! data, and what the tools cost a quarter.

use leptos::prelude::*;

use crate::domain::places::operating;
use crate::domain::values::{Money, ProgramQuarter};
use crate::ui::form::{Check, Typed, field, labelled, member};
use crate::ui::state::use_app;

static CRM: Check = labelled(
    operating::CRM_FIELDS,
    "Partner-attribution fields in the CRM at launch",
)
.hint(
    "002: without them the scoreboard does not exist. With a shared registration form and \
     a partner channel they carry the first 12–18 months.",
)
.check(member!(operating.tooling.crm_attribution_fields));

static PRM: Typed<Option<ProgramQuarter>> =
    labelled(operating::PRM_FROM, "A PRM from program quarter")
        .hint(
            "002: a PRM is the right purchase at 25 or more active partners. Leave it empty for \
             no PRM.",
        )
        .typed(member!(operating.tooling.prm_from_quarter));

static COST: Typed<Money> = labelled(operating::TOOL_COST, "Tool cost per quarter")
    .hint("What the launch tools cost; the forecast counts it from the program's start.")
    .typed(member!(operating.tooling.cost_per_quarter));

static PRM_COST: Typed<Money> = labelled(operating::PRM_COST, "PRM cost per quarter")
    .hint("What the PRM costs; the forecast counts it from the quarter you plan it.")
    .typed(member!(operating.tooling.prm_cost_per_quarter));

static ECOSYSTEM: Check = labelled(
    operating::ECOSYSTEM_DATA,
    "Ecosystem data (account overlap)",
)
.hint(
    "002: shows where your prospects and your partners' customers overlap, for recruiting \
     targets and co-sell accounts.",
)
.check(member!(operating.tooling.ecosystem_data));

/// Every field of the part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] =
    &[&CRM, &PRM, &PRM_COST, &COST, &ECOSYSTEM];

/// The tooling plan.
#[component]
pub fn ToolingForm() -> impl IntoView {
    view! {
        {field(&CRM, &[])}
        <div class="field-grid">
            <div>
                {field(&PRM, &[])}
                <ActivePartners />
            </div>
            {field(&PRM_COST, &[])}
            {field(&COST, &[])}
        </div>
        {field(&ECOSYSTEM, &[])}
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
