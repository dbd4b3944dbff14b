//! The Series B partner journey, recruit through off-board, each stage with a definition of done,
//! an owner and a duration. Recruit, onboard and activate take 002's worked example's eight
//! weeks from the hire to the first joint-sourced opportunity (week 8 to week 16): the launch
//! candidates are scored before the hire, so the first agreements are signed in two weeks.

use super::super::super::catalogue::template_id;
use super::super::super::journey::{Journey, Stage, StageKind};
use super::super::texts;
use crate::domain::values::Days;

pub(super) fn journey() -> Journey {
    Journey {
        stages: vec![
            Stage {
                kind: StageKind::Recruit,
                definition_of_done: "Partner agreement signed, with the services they will \
                                     refer and the clients in scope written down."
                    .to_owned(),
                criteria: "Salesforce and HubSpot integrators and managed RevOps firms serving \
                           200–2,000-person software companies, found through account overlap."
                    .to_owned(),
                owner: Some(template_id("head-of-partnerships")),
                duration_days: Days::of(14),
                exit_metric: "Agreements signed per archetype".to_owned(),
                activities: texts(&[
                    "Map account overlap and rank the integrators",
                    "Pitch: the retainer our reports add to every CRM project",
                    "Score the candidate on the scorecard",
                ]),
            },
            Stage {
                kind: StageKind::Onboard,
                definition_of_done: "Two consultants certified, a sandbox live and a first joint \
                                     account list agreed, within four weeks of signing."
                    .to_owned(),
                criteria: "Certification path: connector course, then a graded sandbox build."
                    .to_owned(),
                owner: Some(template_id("partner-manager")),
                duration_days: Days::of(28),
                exit_metric: "Certified consultants per partner".to_owned(),
                activities: texts(&[
                    "Live onboarding session",
                    "Certification in two half-day sessions",
                    "Joint account mapping",
                ]),
            },
            Stage {
                kind: StageKind::Activate,
                definition_of_done: "A first registered opportunity accepted into pipeline."
                    .to_owned(),
                criteria: "The first joint motion: one named account from the joint list."
                    .to_owned(),
                owner: Some(template_id("partner-manager")),
                duration_days: Days::of(14),
                exit_metric: "Days from signing to first registered opportunity".to_owned(),
                activities: texts(&[
                    "Joint call plan on the first account",
                    "Register the opportunity",
                    "Scope the connector with the buyer",
                ]),
            },
            Stage {
                kind: StageKind::Manage,
                definition_of_done: "A quarterly business review held with pipeline, wins and \
                                     next quarter's accounts agreed."
                    .to_owned(),
                criteria: "Monthly pipeline call, quarterly QBR, escalation to the Director \
                           then the CRO."
                    .to_owned(),
                owner: Some(template_id("partner-manager")),
                duration_days: Days::of(90),
                exit_metric: "Registered deals per partner per quarter".to_owned(),
                activities: texts(&["Monthly pipeline call", "Quarterly business review"]),
            },
            Stage {
                kind: StageKind::Expand,
                definition_of_done: "The partner meets the Certified tier's entry criteria and \
                                     the upgrade is signed."
                    .to_owned(),
                criteria: "Four sourced deals in twelve months and three certified consultants."
                    .to_owned(),
                owner: Some(template_id("head-of-partnerships")),
                duration_days: Days::of(180),
                exit_metric: "Partners upgraded to Certified".to_owned(),
                activities: texts(&["Joint business plan", "Co-marketed event"]),
            },
            Stage {
                kind: StageKind::Offboard,
                definition_of_done: "Open registrations handed to the direct team, the partner \
                                     told why, and the directory listing removed."
                    .to_owned(),
                // 003: "not generating results after two quarters of active enablement".
                criteria: "No registered opportunity after two quarters of active enablement."
                    .to_owned(),
                owner: Some(template_id("head-of-partnerships")),
                // 004: a 90-day transition.
                duration_days: Days::of(90),
                exit_metric: "Partners off-boarded per quarter".to_owned(),
                activities: texts(&["Exit conversation", "90-day transition of open deals"]),
            },
        ],
    }
}
