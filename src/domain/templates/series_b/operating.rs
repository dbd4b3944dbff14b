//! The Series B operating model: seven roles each owning one scoreboard number, the three-way
//! attribution model, deal registration sized to the sales cycle, two monotonic tiers, a
//! by-involvement fee paid net-30, CRM fields at launch and no PRM yet.

use super::super::super::catalogue::template_id;
use super::super::super::operating::{
    Accountability, Attribution, AttributionRule, CommissionTrigger, Compensation,
    CompensationModel, ConflictRule, DealRegistration, OperatingModel, Role, RoleKind, Tier,
    Timeline, Tooling,
};
use super::super::super::values::Cadence;
use super::super::{days_after, money, pct, texts};
use crate::domain::values::{Count, Days, Hours, PlanDate, ProgramQuarter};

pub(super) fn operating(kickoff: PlanDate) -> OperatingModel {
    OperatingModel {
        roles: roles(kickoff),
        attribution: attribution(),
        deal_registration: DealRegistration {
            enabled: true,
            minimum_deal_size: Some(money(25_000)),
            required_fields: texts(&[
                "Account name and domain",
                "Buyer contact and role",
                "Use case and the tools it replaces",
                "Expected close quarter",
                "The partner's role in the deal",
            ]),
            // Longer than the 120-day sales cycle, inside the common 90–180 days.
            protection_days: Days::of(150),
            // 001: "24 hours? 48 hours?"; partner ops answers within two business days.
            response_hours: Hours::of(48),
            conflict_process: "The first registration naming a buyer contact wins. If the account \
                               is already an open direct opportunity the deal becomes co-sold, and \
                               the partner manager and the AE agree a joint plan within two \
                               business days; the CRO settles anything left."
                .to_owned(),
        },
        tiers: tiers(),
        compensation: Compensation {
            trigger: Some(CommissionTrigger::ClosedDeal),
            // 001 bands: passive 5–10 %, standard 10–15 %, active selling 20–25 %; kept at the
            // low end so the program returns 5:1 by year three.
            model: CompensationModel::ByInvolvement {
                passive: pct(5),
                standard: pct(10),
                active: pct(20),
            },
            // 001: "Net-30 from client payment is common."
            payment_days_after_client_payment: Some(Days::of(30)),
        },
        tooling: Tooling {
            crm_attribution_fields: true,
            // 002: a CRM, a shared registration form and a Slack channel carry the first 12–18
            // months; the PRM comes in quarter 9, once the forecast passes 25 active partners.
            prm_from_quarter: Some(ProgramQuarter::of(9)),
            // The firm's estimate for a mid-market PRM: about $24K a year.
            prm_cost_per_quarter: money(6_000),
            ecosystem_data: true,
            cost_per_quarter: money(4_000),
        },
        timeline: Timeline {
            // 002: design in weeks 1–6, done on the Friday of week 6 (a Monday kickoff), and the
            // Director of Partnerships starts on the Monday of week 8.
            design_complete: days_after(kickoff, 39),
            partnerships_hire: days_after(kickoff, 49),
        },
    }
}

/// Roles: (id, title, kind, person, time %, annual cost, metric, accountabilities).
/// The two roles still to hire cost from their hire dates: the Director on the hire's day
/// (kickoff + 49 days), the partner manager 13 weeks later, when the first cohort of partners
/// comes out of onboarding and needs managing. The rest are people already on the payroll,
/// costed from the program's start.
fn roles(kickoff: PlanDate) -> Vec<Role> {
    type Row = (
        &'static str,
        &'static str,
        RoleKind,
        &'static str,
        u32,
        u64,
        &'static str,
        &'static [Accountability],
    );
    let rows: [Row; 7] = [
        (
            "ceo",
            "Executive sponsor (CEO)",
            RoleKind::ExecutiveSponsor,
            "Dana Whitfield",
            10,
            30_000,
            "sourced-closed-won",
            &[],
        ),
        (
            "cro",
            "Revenue owner (CRO)",
            RoleKind::RevenueOwner,
            "Marcus Oyelaran",
            10,
            30_000,
            "sourced-pipeline",
            &[Accountability::RevenueLine],
        ),
        (
            "cfo",
            "Financial assumptions (CFO)",
            RoleKind::FinanceOwner,
            "Priya Raman",
            5,
            12_000,
            "program-return",
            &[Accountability::FinancialAssumptions],
        ),
        (
            "head-of-partnerships",
            "Director of Partnerships",
            RoleKind::HeadOfPartnerships,
            "",
            100,
            // 002: "a senior partnerships hire is now $250K+ all-in".
            250_000,
            "influenced-pipeline",
            &[Accountability::System],
        ),
        (
            "partner-manager",
            "Partner manager",
            RoleKind::PartnerManager,
            "",
            100,
            140_000,
            "certified-partners",
            &[],
        ),
        (
            "partner-ops",
            "Partner operations",
            RoleKind::PartnerOps,
            "Jordan Lee",
            50,
            55_000,
            "registration-conversion",
            &[],
        ),
        (
            "partner-marketing",
            "Partner marketing",
            RoleKind::PartnerMarketing,
            "Sam Ortiz",
            25,
            30_000,
            "registered-deals",
            &[],
        ),
    ];
    rows.into_iter()
        .map(
            |(id, title, kind, person, share, cost, metric, accountabilities)| Role {
                id: template_id(id),
                title: title.to_owned(),
                kind,
                person: person.to_owned(),
                time_share: pct(share),
                annual_cost: money(cost),
                starts: match id {
                    "head-of-partnerships" => Some(days_after(kickoff, 49)),
                    "partner-manager" => Some(days_after(kickoff, 49 + 91)),
                    _ => None,
                },
                owns_metric: Some(template_id(metric)),
                accountabilities: accountabilities.to_vec(),
            },
        )
        .collect()
}

fn attribution() -> Attribution {
    let rule = |definition: &str, incentive: &str, reporting_line: &str| AttributionRule {
        definition: definition.to_owned(),
        incentive: incentive.to_owned(),
        reporting_line: reporting_line.to_owned(),
    };
    Attribution {
        sourced: rule(
            "The partner registered the opportunity before any direct activity on the account \
             in the last 90 days, with a named buyer contact.",
            "10 % of first-year contract value to the partner; full quota credit to the partner \
             manager.",
            "Partner-sourced pipeline, reported by the CRO.",
        ),
        influenced: rule(
            "On an open direct opportunity, the partner did something logged in the CRM: a \
             reference call, a technical validation or an integration scoping session.",
            "5 % of first-year value when the deal closes; no quota credit to the partner team.",
            "Partner-influenced pipeline, reported by the Director of Partnerships.",
        ),
        co_sold: rule(
            "The partner and our AE ran the deal jointly from a shared account plan, with the \
             partner scoping the implementation.",
            "20 % of first-year value; the AE and the partner manager share credit.",
            "Partner-sourced pipeline, reported jointly by the CRO and the Director.",
        ),
        movement: "A sourced deal stays sourced. An influenced deal becomes co-sold when the \
                   partner joins the account plan before the proposal; partner ops records the \
                   change in the CRM the week it happens, never at quarter end."
            .to_owned(),
        conflict_rule: Some(ConflictRule::FirstIntroduction),
        conflict_note: "First formal introduction wins (001); between two partners the earlier \
                        approved registration wins."
            .to_owned(),
    }
}

/// Two tiers: below about 50 partners two are enough; each asks and gives more than the last.
fn tiers() -> Vec<Tier> {
    vec![
        Tier {
            name: "Registered".to_owned(),
            min_sourced_deals_per_year: Count::of(0),
            min_certified_reps: Count::of(1),
            criteria_note: "Signed partner agreement and one certified consultant.".to_owned(),
            commission_rate: pct(10),
            support_level: "Self-serve enablement, the shared partner Slack channel and the \
                            registration form."
                .to_owned(),
            check_in: Cadence::Quarterly,
            commitments: "Register every opportunity before working it; keep one consultant \
                          certified."
                .to_owned(),
        },
        Tier {
            name: "Certified".to_owned(),
            min_sourced_deals_per_year: Count::of(4),
            min_certified_reps: Count::of(3),
            criteria_note: "Four sourced deals in the last twelve months and a referenceable \
                            joint client."
                .to_owned(),
            commission_rate: pct(15),
            support_level: "A named partner manager, joint account planning and co-marketing \
                            funds."
                .to_owned(),
            check_in: Cadence::Monthly,
            commitments: "Three certified consultants, a quarterly joint pipeline review and \
                          two co-marketed events a year."
                .to_owned(),
        },
    ]
}
