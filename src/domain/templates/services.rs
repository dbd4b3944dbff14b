//! A professional-services firm (001, 000): a 25-person brand studio that wins rebrands for
//! Series A–C software companies, refers and receives work from complementary firms, and
//! subcontracts web builds to a delivery partner. Small-firm sized: a founder giving a real share
//! of leadership time, three to five launch partners, a fee on the first project paid net-30.

mod candidates;
mod journey;
mod operating;
mod scoreboard;

use crate::domain::values::{Days, Deals, Headcount, Horizon, PlanDate, Recruits, Relative};
use rust_decimal::Decimal;

use super::super::archetypes::{ArchetypeKind, Archetypes, Pool};
use super::super::assumptions::ForecastAssumptions;
use super::super::catalogue::default_catalogue;
use super::super::design::Design;
use super::super::firm::{FirmKind, FirmProfile, FirmStage};
use super::super::overrides::Scenarios;
use super::super::thesis::{PartnerValue, ProgramPurpose, Thesis};
use super::super::values::{Currency, Rating};
use super::super::workshop::Agenda;
use super::{money, pct};

/// The services-firm design for a kickoff date.
pub(super) fn design(kickoff: PlanDate) -> Design {
    Design {
        title: "Fieldnote Studio partner network".to_owned(),
        firm: firm(kickoff),
        thesis: thesis(),
        archetypes: archetypes(),
        operating: operating::operating(kickoff),
        journey: journey::journey(),
        scoreboard: scoreboard::scoreboard(),
        candidates: candidates::candidates(),
        assumptions: assumptions(),
        scenarios: Scenarios::default(),
        decisions: Vec::new(),
        agenda: Agenda::default(),
    }
}

fn firm(kickoff: PlanDate) -> FirmProfile {
    FirmProfile {
        name: "Fieldnote Studio".to_owned(),
        kind: FirmKind::Services,
        headcount: Headcount::of(25),
        stage: FirmStage::Bootstrapped,
        annual_revenue: money(4_500_000),
        icp: "Series A to C software companies of 50 to 300 people repositioning after a raise, \
              with a marketing lead who owns the rebrand and a board date to hit."
            .to_owned(),
        currency: Currency::default(),
        // Projects, billed once: no yearly renewal to forecast.
        sells_subscriptions: false,
        // About 24 pitches a quarter from the studio's own outreach; at 30 % that is $1.6M of
        // new projects a year, the rest of the revenue coming from existing clients.
        direct_pipeline_per_quarter: money(1_300_000),
        average_deal_size: money(55_000),
        direct_win_rate: pct(30),
        sales_cycle_days: Days::of(45),
        // The direct cycle until the firm knows its partner deals close faster (002:
        // partner deals have "shorter sales cycles").
        partner_sales_cycle_days: Days::of(45),
        kickoff,
    }
}

fn thesis() -> Thesis {
    Thesis {
        customer: "Marketing leads at newly funded software companies who hire a brand studio in \
                   weeks, not months, when the fractional CMO or PR firm they already trust \
                   introduces one."
            .to_owned(),
        owning_archetype: Some(ArchetypeKind::Referral),
        friction: "Cold outreach rarely reaches a marketing lead in the month after a raise, and \
                   we lose rebrands that need a website because we do not build sites ourselves."
            .to_owned(),
        partner_reason: "Their clients ask them for a rebrand after every raise; sending them to \
                         a studio that delivers on the board date makes the partner look good \
                         and keeps their own retainer safe."
            .to_owned(),
        partner_value: PartnerValue {
            financial: "10 % of the first project for every client they introduce, paid net-30 \
                        from the client's payment (001)."
                .to_owned(),
            strategic: "Reciprocal referrals: we introduce them whenever a client needs PR, \
                        fractional marketing leadership or a site build."
                .to_owned(),
            reputational: "Joint case studies and a co-hosted webinar each quarter with both \
                           firms' names on it."
                .to_owned(),
        },
        // 000 Step One: service extension (sites we do not build) and market reach (clients
        // our partners already hold).
        purposes: vec![
            ProgramPurpose::ServiceExtension,
            ProgramPurpose::MarketReach,
        ],
    }
}

/// Referral partners bring the clients; a subcontracting partner builds the sites (001).
fn archetypes() -> Archetypes {
    let mut archetypes = default_catalogue();
    if let Some(referral) = archetypes.get_mut(ArchetypeKind::Referral) {
        referral.chosen = true;
        referral.icp_match = Rating::MAX;
        referral.friction_removed = "Reach: fractional CMOs and PR firms sit with the marketing \
                                     lead in the weeks after a raise, when we cannot get a meeting."
            .to_owned();
        referral.economics.partner_share = pct(10);
        referral.economics.note = "10 % of the first project, paid net-30 (001)".to_owned();
        referral.pool = Pool {
            // Most introductions come from the referral network.
            recruit_share: pct(85),
            // The top of the band (50 %, managed with structured onboarding): four hand-picked
            // partners, each with a monthly check-in.
            activation_rate: pct(50),
            // Ten a year each way: the top of the 1–10 referral band; 001 counts 2–5 for a new
            // partnership and 20–50 for a mature one.
            deals_per_partner: Deals::new(Decimal::new(25, 1)).unwrap_or_default(),
            deal_size: Relative::of(100),
        };
    }
    if let Some(delivery) = archetypes.get_mut(ArchetypeKind::Subcontractor) {
        delivery.chosen = true;
        delivery.icp_match = Rating::new(4).unwrap_or_default();
        delivery.friction_removed = "Capability: rebrands that need a new website no longer \
                                     leave with a competitor who builds both."
            .to_owned();
        delivery.pool = Pool {
            // One delivery partner in about seven: its 40 % split makes each of its deals
            // cost far more than a referral.
            recruit_share: pct(15),
            activation_rate: pct(50),
            // Joint bids on rebrands that need a site: four a year, inside the referral band
            // that stands in for delivery partners.
            deals_per_partner: Deals::of(1),
            // A rebrand with a website is larger than our average project.
            deal_size: Relative::of(150),
        };
    }
    archetypes
}

/// Six partners in the first quarter, then two a quarter (001: add 5–10 a year once the model
/// works). The archetypes' own figures are in their pools.
fn assumptions() -> ForecastAssumptions {
    ForecastAssumptions {
        quarters: Horizon::of(12),
        // The four launch candidates and two more from the founders' own network in quarter
        // one, then eight a year: inside 001's "5-10 new partners per year in strategic
        // categories".
        recruits_per_quarter: [6, 2].map(Recruits::of).to_vec(),
        // 001: a warm referral converts at 3–5x the rate of cold outreach.
        registration_to_pipeline: pct(70),
        // Inside the 5–50 % band (Crossbeam 11.7 %; 002 30–50 %): 42 % against 30 % direct,
        // toward 001's warm referrals "that close at 50%".
        win_rate_lift: pct(40),
        // 3 % a quarter, about one partner in nine a year, drifts away: inside kpidepot.com's
        // 0–15 % a year.
        churn_per_quarter: pct(3),
        // A joint event or case study a quarter: 1.3 % of the three years' partner revenue
        // (track360.io: 2–5 %; the 1–6 % band).
        co_marketing_per_quarter: money(3_000),
        // A briefing and materials refreshed each year: the founder's estimate.
        enablement_per_partner_year: money(500),
        // No renewals to forecast; the common default if the firm ever sells retainers.
        gross_retention: pct(85),
        // A studio near capacity grows its own outreach slowly.
        direct_pipeline_growth: pct(1),
    }
}
