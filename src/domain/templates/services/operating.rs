//! The services firm's operating model: four part-time roles led by the founder, referral
//! attribution with a first-introduction rule, a simple referral form, no tiers at launch, 10 %
//! of the first project paid net-30, and a shared CRM instead of a partner portal.

use super::super::super::catalogue::template_id;
use super::super::super::operating::{
    Accountability, Attribution, AttributionRule, CommissionTrigger, Compensation,
    CompensationModel, ConflictRule, DealRegistration, OperatingModel, Role, RoleKind, Timeline,
    Tooling,
};
use super::super::{days_after, money, pct, texts};
use crate::domain::values::{Days, Hours, PlanDate};

pub(super) fn operating(kickoff: PlanDate) -> OperatingModel {
    OperatingModel {
        roles: roles(),
        attribution: attribution(),
        deal_registration: DealRegistration {
            enabled: true,
            minimum_deal_size: None,
            // 001: "client name, contact info, challenge, context, and any promises made".
            required_fields: texts(&[
                "Client name and contact",
                "The challenge they described",
                "Context and any promises made",
                "Budget range and board date",
            ]),
            protection_days: Days::of(180),
            // 001: "We'll respond within 24 hours."
            response_hours: Hours::of(24),
            conflict_process: "The first logged introduction wins; when two partners introduce \
                               the same client, the founder tells both within a week who holds \
                               the credit and why."
                .to_owned(),
        },
        // 003: tiers are optional at launch; four partners need no tiers.
        tiers: Vec::new(),
        compensation: Compensation {
            trigger: Some(CommissionTrigger::ClosedDeal),
            // 001: "10-20% referral fee on the first project".
            model: CompensationModel::FirstProject { rate: pct(10) },
            // 001: "Net-30 from client payment is common."
            payment_days_after_client_payment: Some(Days::of(30)),
        },
        tooling: Tooling {
            // 000 Step Five: "A shared CRM and a few well-designed templates can go a long way."
            crm_attribution_fields: true,
            prm_from_quarter: None,
            prm_cost_per_quarter: money(0),
            ecosystem_data: false,
            cost_per_quarter: money(300),
        },
        timeline: Timeline {
            // Partnerships stay with the founder and the growth director; "the hire" is the
            // growth director taking the program on in week 8, after six weeks of design.
            design_complete: days_after(kickoff, 39),
            partnerships_hire: days_after(kickoff, 49),
        },
    }
}

fn roles() -> Vec<Role> {
    let role = |id: &str,
                title: &str,
                kind: RoleKind,
                person: &str,
                share: u32,
                cost: u64,
                metric: &str,
                accountabilities: &[Accountability]| Role {
        id: template_id(id),
        title: title.to_owned(),
        kind,
        person: person.to_owned(),
        time_share: pct(share),
        annual_cost: money(cost),
        starts: None,
        owns_metric: Some(template_id(metric)),
        accountabilities: accountabilities.to_vec(),
    };
    vec![
        // 000 Step Two: 10–20 % of leadership time early on.
        role(
            "founder",
            "Managing partner and executive sponsor",
            RoleKind::ExecutiveSponsor,
            "Alex Moreno",
            15,
            30_000,
            "sourced-closed-won",
            &[Accountability::RevenueLine],
        ),
        role(
            "growth-director",
            "Client growth director (owns partnerships)",
            RoleKind::HeadOfPartnerships,
            "Rosa Lindqvist",
            25,
            30_000,
            "sourced-pipeline",
            &[Accountability::System],
        ),
        role(
            "operations-director",
            "Operations director",
            RoleKind::FinanceOwner,
            "Tom Achebe",
            5,
            6_000,
            "program-return",
            &[Accountability::FinancialAssumptions],
        ),
        role(
            "marketing-manager",
            "Marketing manager",
            RoleKind::PartnerMarketing,
            "Jess Park",
            10,
            8_000,
            "joint-touches",
            &[],
        ),
    ]
}

fn attribution() -> Attribution {
    let rule = |definition: &str, incentive: &str, reporting_line: &str| AttributionRule {
        definition: definition.to_owned(),
        incentive: incentive.to_owned(),
        reporting_line: reporting_line.to_owned(),
    };
    Attribution {
        sourced: rule(
            "The partner made the first formal introduction to a client we were not already \
             talking to, through the referral form.",
            "10 % of the first project, paid net-30 from client payment.",
            "Partner-sourced pipeline, reported by the growth director.",
        ),
        influenced: rule(
            "The partner vouched for us on a pitch we were already in: a reference call or a \
             joint meeting logged in the CRM.",
            "A thank-you and a reciprocal introduction; no fee.",
            "Partner-influenced pipeline, reported by the growth director.",
        ),
        co_sold: rule(
            "We and the partner pitched together as one team, each scoping our part of the work.",
            "A revenue split by workload, agreed in writing before the proposal (001: 60/40 or \
             50/50).",
            "Partner-sourced pipeline, reported by the founder.",
        ),
        movement: "An influenced pitch becomes co-sold when the partner takes a scoped part of \
                   the proposal; the growth director records it in the CRM the same week."
            .to_owned(),
        conflict_rule: Some(ConflictRule::FirstIntroduction),
        conflict_note: "First formal introduction gets credit (001).".to_owned(),
    }
}
