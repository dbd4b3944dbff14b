//! The design timeline (002 "Should I hire a partnerships leader first or design the program
//! first?"): when the design is complete and when the partnerships hire starts, each shown as a
//! week from the kickoff.

use leptos::prelude::*;

use super::spec::{Look, Parsed, parsed};
use crate::domain::Design;
use crate::domain::plan::week_of;
use crate::domain::values::PlanDate;
use crate::ui::erase::text;
use crate::ui::state::use_app;

static DESIGN_COMPLETE: Parsed<PlanDate> = Parsed {
    path: "operating.timeline.design_complete",
    label: "Design complete",
    hint: "002: six to eight weeks of design work.",
    look: Look::Date,
    parse: PlanDate::parse,
    format: PlanDate::show,
    check: None,
    get: |d, _| Some(d.operating.timeline.design_complete),
    set: |d, _, v| d.operating.timeline.design_complete = v,
};

static HIRE: Parsed<PlanDate> = Parsed {
    path: "operating.timeline.partnerships_hire",
    label: "Partnerships hire starts",
    hint: "After the design is complete, so the hire walks into a system to run.",
    look: Look::Date,
    parse: PlanDate::parse,
    format: PlanDate::show,
    check: None,
    get: |d, _| Some(d.operating.timeline.partnerships_hire),
    set: |d, _, v| d.operating.timeline.partnerships_hire = v,
};

/// The timeline's two dates.
#[component]
pub fn TimelineForm() -> impl IntoView {
    view! {
        <p class="hint operating-hint">"002: design in weeks 1 to 6, the partnerships hire starts in week 8, the first joint-sourced opportunity comes about week 16. The kickoff date is set in the Firm profile."</p>
        <div class="field-grid">
            <div>
                {parsed(&DESIGN_COMPLETE, 0)}
                <Week date=|d| d.operating.timeline.design_complete />
            </div>
            <div>
                {parsed(&HIRE, 0)}
                <Week date=|d| d.operating.timeline.partnerships_hire />
            </div>
        </div>
    }
}

/// The week a date of the design falls in, counted from the kickoff.
#[component]
fn Week(
    /// The date shown.
    date: fn(&Design) -> PlanDate,
) -> impl IntoView {
    let app = use_app();
    let readout = move || {
        app.design.with(|d| {
            let kickoff = d.firm.kickoff;
            match week_of(kickoff.date(), date(d).date()) {
                w if w < 1 => format!("Before the kickoff on {}.", kickoff),
                w => format!("Week {w} from the kickoff on {}.", kickoff),
            }
        })
    };
    view! { <p class="operating-readout">{text(readout)}</p> }
}
