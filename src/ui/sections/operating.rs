//! The operating model (002 "Define the operating model"; 003 Steps 3 and 5; 001): roles and
//! the number each owns, attribution, deal registration, tiers, compensation, tooling and the
//! timeline, one part after another, each under its own heading with a link to it at the top,
//! beside the mechanic's readiness and health findings.

mod attribution;
mod compensation;
mod dealreg;
mod parts;
mod roles;
mod tiers;
mod timeline;
mod tooling;

use leptos::prelude::*;

use crate::browser::{dom, location};
use crate::domain::Mechanic;
use crate::ui::erase::{effect, handler, once};
use crate::ui::health::{FindingsList, ReadinessBadge};
use parts::{Part, PartLinks, PartSection};

/// Every field of the section, part by part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: [&[&dyn crate::ui::form::Declared]; 7] = [
    roles::FIELDS,
    attribution::FIELDS,
    dealreg::FIELDS,
    tiers::FIELDS,
    compensation::FIELDS,
    tooling::FIELDS,
    timeline::FIELDS,
];

/// The operating model section: its readiness, links to its parts, the form and its findings.
#[component]
pub fn OperatingSection() -> impl IntoView {
    // A link that names a part (`#/operating-model/tiers`) opens the section at that part.
    Effect::new(effect(move |_| {
        if let Some(part) = Part::from_hash(&location::hash()) {
            dom::after_render(once(move || dom::focus(&part.heading_id())));
        }
    }));
    view! {
        <ReadinessBadge mechanic=Mechanic::OperatingModel />
        <PartLinks />
        <div class="operating-layout">
            <form class="form operating-form" on:submit=handler(|e: leptos::ev::SubmitEvent| e.prevent_default())>
                <PartSection part=Part::Roles><roles::RoleList /></PartSection>
                <PartSection part=Part::Attribution><attribution::AttributionForm /></PartSection>
                <PartSection part=Part::DealRegistration><dealreg::DealRegistrationForm /></PartSection>
                <PartSection part=Part::Tiers><tiers::TierList /></PartSection>
                <PartSection part=Part::Compensation><compensation::CompensationForm /></PartSection>
                <PartSection part=Part::Tooling><tooling::ToolingForm /></PartSection>
                <PartSection part=Part::Timeline><timeline::TimelineForm /></PartSection>
            </form>
            <div class="operating-health" id=parts::FINDINGS_ID tabindex="-1">
                <FindingsList mechanic=Mechanic::OperatingModel />
            </div>
        </div>
    }
}
