//! The design timeline (002 "Should I hire a partnerships leader first or design the program
//! first?"): when the design is complete and when the partnerships hire starts, each shown as a
//! week from the kickoff.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::parse::{parse_plan_date, show_date};
use crate::domain::plan::week_of;
use crate::ui::fields::ParsedField;
use crate::ui::state::use_app;

/// The timeline's two dates.
#[component]
pub fn TimelineForm() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let kickoff = move || d.read().firm.kickoff;
    let week = move |date: NaiveDate| {
        let kickoff = kickoff();
        match week_of(kickoff, date) {
            w if w < 1 => format!("Before the kickoff on {}.", show_date(&kickoff)),
            w => format!("Week {w} from the kickoff on {}.", show_date(&kickoff)),
        }
    };
    let design_week = move || week(d.read().operating.timeline.design_complete);
    let hire_week = move || week(d.read().operating.timeline.partnerships_hire);
    view! {
        <p class="hint operating-hint">"002: design in weeks 1 to 6, the partnerships hire starts in week 8, the first joint-sourced opportunity comes about week 16. The kickoff date is set in the Firm profile."</p>
        <div class="field-grid">
            <div>
                <ParsedField path="operating.timeline.design_complete" label="Design complete" input_type="date"
                    hint="002: six to eight weeks of design work."
                    value=Signal::derive(move || d.read().operating.timeline.design_complete)
                    parse=parse_plan_date format=show_date
                    on_change=Callback::new(move |v| app.edit("operating.timeline.design_complete", |d| d.operating.timeline.design_complete = v)) />
                <p class="operating-readout">{design_week}</p>
            </div>
            <div>
                <ParsedField path="operating.timeline.partnerships_hire" label="Partnerships hire starts" input_type="date"
                    hint="After the design is complete, so the hire walks into a system to run."
                    value=Signal::derive(move || d.read().operating.timeline.partnerships_hire)
                    parse=parse_plan_date format=show_date
                    on_change=Callback::new(move |v| app.edit("operating.timeline.partnerships_hire", |d| d.operating.timeline.partnerships_hire = v)) />
                <p class="operating-readout">{hire_week}</p>
            </div>
        </div>
    }
}
