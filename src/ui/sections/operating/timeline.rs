//! The design timeline (002 "Should I hire a partnerships leader first or design the program
//! first?"): when the design is complete and when the partnerships hire starts, each shown as a
//! week from the kickoff.

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::places::operating;
use crate::domain::plan::week_of;
use crate::domain::values::PlanDate;
use crate::ui::erase::text;
use crate::ui::form::{Typed, field, labelled, member};
use crate::ui::state::use_app;

static DESIGN_COMPLETE: Typed<PlanDate> = labelled(operating::DESIGN_COMPLETE, "Design complete")
    .hint("002: six to eight weeks of design work.")
    .typed(member!(operating.timeline.design_complete));

static HIRE: Typed<PlanDate> = labelled(operating::PARTNERSHIPS_HIRE, "Partnerships hire starts")
    .hint("After the design is complete, so the hire walks into a system to run.")
    .typed(member!(operating.timeline.partnerships_hire));

/// Every field of the part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[&DESIGN_COMPLETE, &HIRE];

/// The timeline's two dates.
#[component]
pub fn TimelineForm() -> impl IntoView {
    view! {
        <p class="hint operating-hint">"002: design in weeks 1 to 6, the partnerships hire starts in week 8, the first joint-sourced opportunity comes about week 16. The kickoff date is set in the Firm profile."</p>
        <div class="field-grid">
            <div>
                {field(&DESIGN_COMPLETE, &[])}
                <Week date=|d| d.operating.timeline.design_complete />
            </div>
            <div>
                {field(&HIRE, &[])}
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
