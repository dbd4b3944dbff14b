//! Mechanic 3, the operating model (002 "Define the operating model"; 003 Steps 3 and 5; 001):
//! roles and the number each owns, attribution, deal registration, tiers, compensation, the
//! tooling plan and the timeline to the partnerships hire.

use serde::Serialize;

use super::values::{
    Cadence, Count, Days, Hours, Id, Money, Percent, PlanDate, ProgramQuarter, Years,
};

/// What a role is for (002; 002 FAQ for the three owners).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    PartnerManager,
    PartnerOps,
    PartnerMarketing,
    ExecutiveSponsor,
    HeadOfPartnerships,
    /// CRO or CEO: owns the revenue line.
    RevenueOwner,
    /// CFO: owns the financial assumptions.
    FinanceOwner,
    Other,
}

/// What a role answers for beyond its metric (002 FAQ): the revenue line, the system, the
/// financial assumptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Accountability {
    RevenueLine,
    System,
    FinancialAssumptions,
}

impl Accountability {
    pub const ALL: [Accountability; 3] = [
        Accountability::RevenueLine,
        Accountability::System,
        Accountability::FinancialAssumptions,
    ];
}

/// A role on the operating plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    pub id: Id,
    /// The role's title, e.g. "Partner manager".
    pub title: String,
    pub kind: RoleKind,
    /// Who holds it; empty means "to hire".
    pub person: String,
    /// Share of this person's working time given to the program (000: 10–20 % of leadership
    /// time early on).
    pub time_share: Percent,
    /// Yearly all-in cost of that share of time (002: a senior partnerships hire is $250K+).
    pub annual_cost: Money,
    /// The day the role starts costing the program; none is the program's start. For a role
    /// still to hire, its hire date.
    pub starts: Option<PlanDate>,
    /// The scoreboard metric this role owns (002: every named role owns a number).
    pub owns_metric: Option<Id>,
    pub accountabilities: Vec<Accountability>,
}

impl Role {
    pub fn to_hire(&self) -> bool {
        self.person.trim().is_empty()
    }
}

/// One attribution category: what counts, what it pays, who it reports to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AttributionRule {
    pub definition: String,
    pub incentive: String,
    pub reporting_line: String,
}

/// Who gets credit when several partners, or a partner and the direct team, claim one deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictRule {
    /// The first formal introduction gets credit (001).
    FirstIntroduction,
    /// The partner with the most influence gets credit (001).
    MostInfluence,
    /// Credit is split between the claimants.
    Split,
    /// Described in the note.
    Custom,
}

/// The attribution model (002): sourced, influenced and co-sold, and how deals move between them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The partner brought the lead.
    pub sourced: AttributionRule,
    /// The partner touched an existing opportunity in a measurable way.
    pub influenced: AttributionRule,
    /// The partner and an AE worked the deal jointly.
    pub co_sold: AttributionRule,
    /// How a deal moves between the three.
    pub movement: String,
    pub conflict_rule: Option<ConflictRule>,
    pub conflict_note: String,
}

/// Deal registration (001; 003 Step 5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DealRegistration {
    pub enabled: bool,
    /// The smallest deal that can be registered; none means any deal.
    pub minimum_deal_size: Option<Money>,
    /// The fields a registration must carry.
    pub required_fields: Vec<String>,
    /// Days a registration protects the partner's claim (90–180 common).
    pub protection_days: Days,
    /// Hours within which the firm answers a registration (001: 24–48 h).
    pub response_hours: Hours,
    /// How competing registrations are settled.
    pub conflict_process: String,
}

/// A partner tier (003: Registered, Silver, Gold; 001: Strategic / Active / Referral network).
/// Tiers are listed from the lowest to the highest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tier {
    pub name: String,
    /// Entry: partner-sourced deals a year.
    pub min_sourced_deals_per_year: Count,
    /// Entry: certified people at the partner.
    pub min_certified_reps: Count,
    /// Any further entry criteria, in words.
    pub criteria_note: String,
    /// Benefit: commission rate on sourced deals.
    pub commission_rate: Percent,
    /// Benefit: the support the tier gets, in words.
    pub support_level: String,
    /// Benefit: how often the firm checks in (001: monthly / quarterly / annual).
    pub check_in: Cadence,
    /// What the partner commits to at this tier (002).
    pub commitments: String,
}

/// What earns a commission (003 Step 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CommissionTrigger {
    QualifiedIntroduction,
    ClosedDeal,
}

/// One band of the tiered-by-volume model: from this many referrals a year, this rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VolumeBand {
    pub from_referrals: Count,
    pub rate: Percent,
}

/// Where a volume band would break the bands' order: bands ascend, each starting from more
/// referrals than the band before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandClash {
    /// The band before it starts from this many referrals, as many or more.
    Before(Count),
    /// The band after it starts from this many referrals, as many or fewer.
    After(Count),
}

/// Whether band `index` may start from `from` referrals among `bands`: the one rule of the
/// bands' order, for the format's check and the form's alike.
pub fn band_start_clash(bands: &[VolumeBand], index: usize, from: Count) -> Option<BandClash> {
    let before = index.checked_sub(1).and_then(|i| bands.get(i));
    let after = bands.get(index + 1);
    match (before, after) {
        (Some(b), _) if from <= b.from_referrals => Some(BandClash::Before(b.from_referrals)),
        (_, Some(a)) if from >= a.from_referrals => Some(BandClash::After(a.from_referrals)),
        _ => None,
    }
}

/// How a commission is computed (001, 003).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "model", rename_all = "kebab-case")]
pub enum CompensationModel {
    /// A fixed fee per trigger.
    FlatFee { amount: Money },
    /// A share of the first project (10–20 %).
    FirstProject { rate: Percent },
    /// A share of revenue while the client stays (10 %), for a number of years.
    Ongoing { rate: Percent, years: Years },
    /// By the partner's involvement: passive 5–10 %, standard 10–15 %, active selling 20–25 %.
    ByInvolvement {
        passive: Percent,
        standard: Percent,
        active: Percent,
    },
    /// By referrals a year: 1–3 at 10 %, 4–10 at 15 %, 11+ at 20 %. Bands ascend.
    TieredByVolume { bands: Vec<VolumeBand> },
    /// A revenue split for co-delivery: the partner's share (60/40 → 40, 50/50 → 50).
    RevenueSplit { partner_share: Percent },
}

/// The compensation plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Compensation {
    pub trigger: Option<CommissionTrigger>,
    pub model: CompensationModel,
    /// Days after the client pays that the partner is paid (001: net-30); none is undecided.
    pub payment_days_after_client_payment: Option<Days>,
}

/// The tooling plan (002 table).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tooling {
    /// Partner-attribution fields in the CRM at launch.
    pub crm_attribution_fields: bool,
    /// The program quarter (1 = first) from which a PRM is used; none means no PRM planned.
    pub prm_from_quarter: Option<ProgramQuarter>,
    /// What the PRM costs a quarter, from `prm_from_quarter`.
    pub prm_cost_per_quarter: Money,
    /// Account-overlap data when recruiting targets matter.
    pub ecosystem_data: bool,
    /// Tool spend a quarter, for the forecast's cost lines.
    pub cost_per_quarter: Money,
}

/// The design timeline (002: six to eight weeks of design before the hire).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub design_complete: PlanDate,
    pub partnerships_hire: PlanDate,
}

/// The whole operating model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OperatingModel {
    pub roles: Vec<Role>,
    pub attribution: Attribution,
    pub deal_registration: DealRegistration,
    /// From the lowest tier to the highest; empty when the program launches without tiers.
    pub tiers: Vec<Tier>,
    pub compensation: Compensation,
    pub tooling: Tooling,
    pub timeline: Timeline,
}
