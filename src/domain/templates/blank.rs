//! The blank design: firm defaults, empty texts, nothing chosen, the six journey stages present
//! with nothing written but their typical durations (the forecast's timing). It is meant to fail the health check loudly, so the user sees what to fill first.

use super::super::candidates::Candidates;
use super::super::catalogue::{
    DEFAULT_PASS_THRESHOLD, default_assumptions, default_catalogue, default_criteria,
    default_stage_days,
};
use super::super::design::Design;
use super::super::firm::{FirmKind, FirmProfile, FirmStage};
use super::super::journey::{Journey, Stage, StageKind};
use super::super::operating::{
    Attribution, Compensation, CompensationModel, DealRegistration, OperatingModel, Timeline,
    Tooling,
};
use super::super::overrides::Scenarios;
use super::super::scoreboard::Scoreboard;
use super::super::thesis::Thesis;
use super::super::values::{Currency, Money};
use super::super::workshop::Agenda;
use super::{days_after, pct};
use crate::domain::values::{Days, Headcount, PlanDate, Score};

/// The blank design for a kickoff date.
pub(super) fn design(kickoff: PlanDate) -> Design {
    Design {
        title: "Untitled partner program".to_owned(),
        firm: firm(kickoff),
        thesis: Thesis::default(),
        archetypes: default_catalogue(),
        operating: operating(kickoff),
        journey: Journey {
            stages: StageKind::ALL
                .into_iter()
                .map(|kind| Stage {
                    duration_days: default_stage_days(kind),
                    ..Stage::empty(kind)
                })
                .collect(),
        },
        scoreboard: Scoreboard::default(),
        candidates: Candidates {
            criteria: default_criteria(),
            pass_threshold: Score::of(DEFAULT_PASS_THRESHOLD),
            candidates: Vec::new(),
        },
        assumptions: default_assumptions(),
        scenarios: Scenarios::default(),
        decisions: Vec::new(),
        agenda: Agenda::default(),
    }
}

/// Firm defaults: a small software company with nothing filled in but neutral sales figures.
fn firm(kickoff: PlanDate) -> FirmProfile {
    FirmProfile {
        name: String::new(),
        kind: FirmKind::Software,
        headcount: Headcount::of(1),
        stage: FirmStage::Seed,
        annual_revenue: Money::ZERO,
        icp: String::new(),
        currency: Currency::default(),
        sells_subscriptions: false,
        direct_pipeline_per_quarter: Money::ZERO,
        average_deal_size: Money::ZERO,
        direct_win_rate: pct(20),
        // A common B2B cycle; the firm replaces it with its own.
        sales_cycle_days: Days::of(90),
        // The direct cycle until the firm knows its partner deals close faster (002:
        // partner deals have "shorter sales cycles").
        partner_sales_cycle_days: Days::of(90),
        kickoff,
    }
}

/// An operating model with nothing decided, and 002's timeline: design in weeks 1–6, the hire
/// in week 8.
fn operating(kickoff: PlanDate) -> OperatingModel {
    OperatingModel {
        roles: Vec::new(),
        attribution: Attribution::default(),
        deal_registration: DealRegistration::default(),
        tiers: Vec::new(),
        compensation: Compensation {
            trigger: None,
            model: CompensationModel::FirstProject { rate: pct(10) },
            payment_days_after_client_payment: None,
        },
        tooling: Tooling::default(),
        timeline: Timeline {
            design_complete: days_after(kickoff, 39),
            partnerships_hire: days_after(kickoff, 49),
        },
    }
}
