//! The services firm's journey, following 000's Identify → Evaluate → Activate → Measure →
//! Evolve rhythm across the six stages, each with a definition of done and an owner.

use super::super::super::catalogue::template_id;
use super::super::super::journey::{Journey, Stage, StageKind};
use super::super::texts;
use crate::domain::values::Days;

pub(super) fn journey() -> Journey {
    let stage = |kind: StageKind,
                 done: &str,
                 criteria: &str,
                 owner: &str,
                 duration_days: u32,
                 exit_metric: &str,
                 activities: &[&str]| Stage {
        kind,
        definition_of_done: done.to_owned(),
        criteria: criteria.to_owned(),
        owner: Some(template_id(owner)),
        duration_days: Days::of(duration_days),
        exit_metric: exit_metric.to_owned(),
        activities: texts(activities),
    };
    Journey {
        stages: vec![
            stage(
                StageKind::Recruit,
                "A one-page agreement signed, naming the services each side refers and the \
                 work neither will compete for.",
                "Fractional CMOs, PR firms and web studios serving funded software companies, \
                 found through clients and our own network (001 complementary service mapping).",
                "growth-director",
                // One conversation about their business and a one-page agreement: a month.
                30,
                "Agreements signed",
                &[
                    "List where we say \"sorry, we don't do that\"",
                    "Open with their business, not a referral ask",
                    "Score the firm on the scorecard",
                ],
            ),
            stage(
                StageKind::Onboard,
                "The partner has our one-page overview, the referral email template and the \
                 ICP checklist, and we have theirs, within 30 days.",
                "A one-hour mutual briefing, then the referral form walked through together.",
                "growth-director",
                // A one-hour briefing and the form walked through: two weeks to schedule both.
                14,
                "Partners briefed",
                &["Mutual briefing", "Introduce the partner to our team"],
            ),
            stage(
                StageKind::Activate,
                "A first referral made in either direction and followed up within 24 hours.",
                "Make the first referral ourselves if we can (001).",
                "founder",
                // We make the first referral ourselves where we can (001), so a month; signing
                // to first referral takes 44 days, inside 002's first 90.
                30,
                "Days from signing to first referral",
                &[
                    "Share the hot-opportunity profile",
                    "Make or receive a first referral",
                ],
            ),
            stage(
                StageKind::Manage,
                "A monthly check-in held and a quarterly review of referrals, conversion and \
                 reciprocity done.",
                "Monthly call, quarterly review, escalation to the founder.",
                "growth-director",
                90,
                "Referrals each way per quarter",
                &["Monthly check-in", "Quarterly review"],
            ),
            stage(
                StageKind::Expand,
                "A co-hosted webinar or joint case study published and a joint pitch plan for \
                 next year agreed.",
                "Three closed referrals in a year in either direction.",
                "marketing-manager",
                180,
                "Joint campaigns run",
                &["Co-hosted webinar", "Joint case study"],
            ),
            stage(
                StageKind::Offboard,
                "The partner is told why, open introductions are closed out and the listing \
                 comes off our site.",
                // 003: "not generating results after two quarters of active enablement".
                "No referral either way after two quarters of check-ins.",
                "founder",
                90,
                "Partnerships ended gracefully",
                &["Exit conversation", "Close out open introductions"],
            ),
        ],
    }
}
