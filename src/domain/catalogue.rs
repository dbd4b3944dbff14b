//! The defaults every new design starts from: the archetype catalogue with its typical economics,
//! enablement and cadence, the candidate scorecard's criteria, the forecast assumptions and the
//! partner-sourced share targets. Each figure is a default the user can change; each is commented
//! with its source (BLUEPRINT.md "Other public figures", the articles by file prefix).

use rust_decimal::Decimal;

use super::archetypes::{ArchetypeEconomics, ArchetypeKind, ArchetypeProfile, Archetypes, Pool};
use super::assumptions::ForecastAssumptions;
use super::candidates::Criterion;
use super::firm::FirmStage;
use super::journey::StageKind;
use super::values::{
    Cadence, Days, Deals, Horizon, Id, Money, Percent, Rating, Recruits, Relative, Weight,
};

/// The score (0–100) a candidate needs to pass when nothing else is said. 004 scored 30 and
/// passed 8: a bar at 70 keeps roughly the top quarter of a typical long list.
pub const DEFAULT_PASS_THRESHOLD: u32 = 70;

/// The whole catalogue, one profile per kind in catalogue order, none chosen.
pub fn default_catalogue() -> Archetypes {
    Archetypes {
        catalogue: ArchetypeKind::ALL
            .into_iter()
            .map(default_profile)
            .collect(),
    }
}

/// The default profile of one archetype: not chosen, a middling ICP match, no friction named yet
/// (that is the firm's to write) and the archetype's typical economics, pool, enablement and
/// cadence.
pub fn default_profile(kind: ArchetypeKind) -> ArchetypeProfile {
    let (share, note, enablement, cadence) = defaults_of(kind);
    ArchetypeProfile {
        kind,
        chosen: false,
        icp_match: Rating::default(),
        friction_removed: String::new(),
        economics: ArchetypeEconomics {
            partner_share: Percent::whole(share),
            note: note.to_owned(),
        },
        pool: default_pool(kind),
        enablement: enablement.to_owned(),
        cadence,
    }
}

/// An archetype's typical pool (BLUEPRINT.md second edition, benchmark bands):
/// - recruit share 0: with every weight at zero the chosen archetypes share recruits equally;
/// - activation 30 %, inside the 20–40 % typical band (partnermatch.co; forecastable.com
///   "activate at 20–30 %"; TSIA via saasdash.ai 25–35 %);
/// - deals a partner a quarter: a reseller or an MSP 2 (8 a year, inside elinkages.com's 5–20),
///   every other archetype 1 (4 a year, inside 001's 2–5 for a new partnership);
/// - deal size: the firm's average.
pub fn default_pool(kind: ArchetypeKind) -> Pool {
    Pool {
        recruit_share: Percent::ZERO,
        activation_rate: Percent::whole(30),
        deals_per_partner: Deals::of(if kind.share_recurs() { 2 } else { 1 }),
        deal_size: Relative::of(100),
    }
}

/// Where a pool's default comes from, in a few words for the form.
pub fn pool_source(kind: ArchetypeKind) -> &'static str {
    if kind.share_recurs() {
        "8 deals a year: inside the 5–20 a reseller or MSP registers (elinkages.com, a vendor's \
         glossary)"
    } else {
        "4 deals a year: inside the 2–5 a new partnership makes (001); the referral band stands \
         in until a source gives this archetype its own"
    }
}

/// Where an archetype's default partner share comes from, in a few words for the form.
pub fn share_source(kind: ArchetypeKind) -> &'static str {
    match kind {
        ArchetypeKind::Reseller => "the middle of the 20–40 % reseller margins commonly quoted",
        ArchetypeKind::Msp => "the middle of the 20–40 % recurring MSP margins commonly quoted",
        ArchetypeKind::SystemsIntegrator => {
            "a referral-sized fee (10–20 % of first-year value is common); SIs bill their own \
             implementation"
        }
        ArchetypeKind::Technology => {
            "001 \"Technology and platform partnerships\": value comes from the integration more \
             than the fee"
        }
        ArchetypeKind::Referral => "the middle of the 10–20 % of first-year value commonly paid",
        ArchetypeKind::Agency => "001: \"10-20% referral fee on the first project\"",
        ArchetypeKind::Subcontractor => {
            "001: project revenue split \"60/40 or 50/50\"; the smaller share for the smaller part"
        }
        ArchetypeKind::StrategicAlliance => "001: revenue split \"based on contribution\"; even",
    }
}

/// Partner share (whole %), economics note, enablement and cadence per archetype.
fn defaults_of(kind: ArchetypeKind) -> (u32, &'static str, &'static str, Cadence) {
    match kind {
        // "Margins and fees": reseller 20–40 %; the middle of the band.
        ArchetypeKind::Reseller => (
            30,
            "20–40 % reseller margin on the deals they sell and contract",
            "Sales certification, a demo environment, battlecards and the price list",
            Cadence::Monthly,
        ),
        // "Margins and fees": MSP 20–40 % recurring.
        ArchetypeKind::Msp => (
            30,
            "20–40 % recurring margin while the managed client stays",
            "Technical certification, multi-client admin training and a support escalation path",
            Cadence::Monthly,
        ),
        // SIs earn mostly on their own implementation services; a referral-sized fee (10–20 %
        // of first-year value, "Margins and fees") rewards the sourced licence.
        ArchetypeKind::SystemsIntegrator => (
            10,
            "10 % of first-year value on sourced deals; they bill their own implementation",
            "Implementation certification, a sandbox and solution-architect office hours",
            Cadence::Monthly,
        ),
        // Technology partners trade integration and co-marketing more than fees (001
        // "Technology and platform partnerships": training, co-marketing, revenue sharing).
        ArchetypeKind::Technology => (
            10,
            "10 % co-sell fee on sourced deals; most value comes from the integration",
            "Integration documentation, a joint solution brief and account mapping",
            Cadence::Quarterly,
        ),
        // "Margins and fees": referral 10–20 % of first-year value.
        ArchetypeKind::Referral => (
            15,
            "10–20 % of first-year value on referred deals that close",
            "A one-page overview, a referral email template and an ICP checklist (001)",
            Cadence::Quarterly,
        ),
        // 001: "10-20% referral fee on the first project".
        ArchetypeKind::Agency => (
            15,
            "10–20 % of the first project they bring in",
            "A co-marketing kit, joint case studies and a referral submission form",
            Cadence::Monthly,
        ),
        // 001: "split project revenue 60/40 or 50/50 based on workload contribution"; the
        // subcontractor doing the smaller part takes 40.
        ArchetypeKind::Subcontractor => (
            40,
            "60/40 revenue split on the work they deliver",
            "Delivery standards, service levels and a quality checklist per project",
            Cadence::Weekly,
        ),
        // 001: alliances split revenue "based on contribution"; even by default.
        ArchetypeKind::StrategicAlliance => (
            50,
            "50/50 revenue split on jointly pitched and delivered work",
            "A joint business plan, shared pitch materials and co-hosted events",
            Cadence::Monthly,
        ),
    }
}

/// The eight criteria of the candidate scorecard (BLUEPRINT "Partner candidates"; 001
/// qualification; 004 weighted scorecard), with weights summing to 100. Client overlap and
/// reciprocity weigh most: 001 calls overlap the first test and one-sided interest the first
/// red flag.
pub fn default_criteria() -> Vec<Criterion> {
    [
        ("icp-overlap", "ICP / client overlap", 20),
        ("complementary-offer", "Complementary offer", 15),
        ("cultural-fit", "Cultural and values fit", 10),
        ("market-positioning", "Market positioning", 10),
        ("quality-reputation", "Quality and reputation", 10),
        ("capacity-stability", "Capacity and financial stability", 10),
        ("commitment-reciprocity", "Commitment and reciprocity", 15),
        ("referral-volume", "Referral volume potential", 10),
    ]
    .into_iter()
    .map(|(id, name, weight)| Criterion {
        id: template_id(id),
        name: name.to_owned(),
        weight: Weight::of(weight),
    })
    .collect()
}

/// The healthy floor of partner-sourced share of new pipeline in program years 1, 2 and 3
/// (002 FAQ: "15% in year one, 25% in year two, 35% in year three").
pub const SHARE_FLOORS: [u32; 3] = [15, 25, 35];

/// The partner-sourced share of new pipeline a firm at `stage` typically sees, low and high in
/// whole percent (partnermatch.co benchmark article, a vendor's figures): seed to Series A
/// 0–10 %, Series B and C 20–30 %, public 40–50 %. A bootstrapped firm is read as an early one.
pub fn stage_share_band(stage: FirmStage) -> (u32, u32) {
    match stage {
        FirmStage::Bootstrapped | FirmStage::Seed | FirmStage::SeriesA => (0, 10),
        FirmStage::SeriesB | FirmStage::SeriesC => (20, 30),
        FirmStage::Public => (40, 50),
    }
}

/// The healthy sourced-share floor for a program year (002 FAQ: 15, 25, 35 %); later years keep
/// the last floor, year 0 is treated as year 1.
pub fn sourced_share_floor(year: u32) -> Percent {
    let index = (year.max(1) - 1) as usize;
    let floor = SHARE_FLOORS
        .get(index)
        .or(SHARE_FLOORS.last())
        .copied()
        .unwrap_or(0);
    Percent::whole(floor)
}

/// The default sourced-share targets: the floors themselves.
pub fn default_share_targets() -> Vec<Percent> {
    SHARE_FLOORS.into_iter().map(Percent::whole).collect()
}

/// A journey stage's typical target duration, for a design that has not set its own: the
/// recruit, onboard and activate stages decide when a partner's first deal comes.
/// - Recruit: 30 days from first conversation to a signed agreement.
/// - Onboard: 30 days (002: "First 30 days, certification path, first joint motion").
/// - Activate: 60 days, so onboard and activate fit 002's "written first-90-days motion"; a
///   first deal 120 days after recruiting starts, about the 4.7-month median (TSIA, as quoted).
/// - Off-board: 90 days (004: a 90-day transition).
/// - Manage and expand run for as long as the partnership does: no target.
pub fn default_stage_days(kind: StageKind) -> Days {
    Days::of(match kind {
        StageKind::Recruit | StageKind::Onboard => 30,
        StageKind::Activate => 60,
        StageKind::Offboard => 90,
        StageKind::Manage | StageKind::Expand => 0,
    })
}

/// The default forecast assumptions, each from BLUEPRINT.md "Other public figures".
pub fn default_assumptions() -> ForecastAssumptions {
    ForecastAssumptions {
        // Three program years: the span of the 15/25/35 floors.
        quarters: Horizon::of(12),
        // 003 "Start with five to ten" at launch, then 001 "5-10 new partners per year".
        recruits_per_quarter: vec![Recruits::of(6), Recruits::of(2)],
        // Half of registered deals qualify: a neutral start until the firm has its own rate.
        registration_to_pipeline: Percent::whole(50),
        // Crossbeam's network average of 11.7 %, the conservative end (002 claims 30–50 %).
        win_rate_lift: Percent::new(Decimal::new(117, 1)).unwrap_or(Percent::ZERO),
        // 2 % a quarter is 7.8 % a year: inside kpidepot.com's 5–10 % typical (under 5 % a year
        // excellent, over 10 % worth investigating).
        churn_per_quarter: Percent::whole(2),
        // 2–5 % of channel revenue is common; there is no channel revenue before launch.
        co_marketing_per_quarter: Money::ZERO,
        // None assumed until the firm costs its own enablement.
        enablement_per_partner_year: Money::ZERO,
        // partnerpack ROI calculator: 85 % gross retention.
        gross_retention: Percent::whole(85),
        // Flat direct pipeline unless the firm says otherwise.
        direct_pipeline_growth: Percent::ZERO,
    }
}

/// An id written into a template or default. The literals are valid ids (a test checks every
/// template); a typo falls back to a generic id instead of failing at run time.
pub(crate) fn template_id(id: &str) -> Id {
    Id::new(id).unwrap_or_else(|_| Id::fresh("item", std::iter::empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_partner_share_names_where_it_comes_from() {
        for kind in ArchetypeKind::ALL {
            let source = share_source(kind);
            assert!(source.split_whitespace().count() >= 4, "{kind:?}: {source}");
            assert!(
                source.contains('%') || source.contains("001"),
                "{kind:?} names a figure or an article: {source}"
            );
        }
    }

    #[test]
    fn each_stage_expects_its_benchmark_band() {
        assert_eq!(stage_share_band(FirmStage::Seed), (0, 10));
        assert_eq!(stage_share_band(FirmStage::SeriesA), (0, 10));
        assert_eq!(stage_share_band(FirmStage::SeriesB), (20, 30));
        assert_eq!(stage_share_band(FirmStage::SeriesC), (20, 30));
        assert_eq!(stage_share_band(FirmStage::Public), (40, 50));
    }

    #[test]
    fn a_reseller_or_msp_registers_more_deals_by_default_than_a_referral_partner() {
        let msp = default_pool(ArchetypeKind::Msp);
        let referral = default_pool(ArchetypeKind::Referral);
        assert!(msp.deals_per_partner > referral.deals_per_partner);
        assert_eq!(referral.activation_rate, Percent::whole(30));
        assert_eq!(referral.deal_size, Relative::of(100));
    }
}
