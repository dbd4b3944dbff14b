//! Mechanic 2, the partner archetypes (002 "Design the partner archetypes"; 001 "Partnership
//! model types"): a catalogue with editable default economics, enablement and cadence, of which a
//! firm chooses two, at most three.

use serde::Serialize;

use super::values::{Cadence, Deals, Percent, Rating, Relative};

/// The archetypes of the catalogue. The last two are for services firms (001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ArchetypeKind {
    Reseller,
    Msp,
    SystemsIntegrator,
    Technology,
    Referral,
    Agency,
    Subcontractor,
    StrategicAlliance,
}

impl ArchetypeKind {
    pub const ALL: [ArchetypeKind; 8] = [
        ArchetypeKind::Reseller,
        ArchetypeKind::Msp,
        ArchetypeKind::SystemsIntegrator,
        ArchetypeKind::Technology,
        ArchetypeKind::Referral,
        ArchetypeKind::Agency,
        ArchetypeKind::Subcontractor,
        ArchetypeKind::StrategicAlliance,
    ];

    /// Whether the partner's share is paid on every year the client renews (a reseller's or an
    /// MSP's margin) rather than once, on the first year's value (a fee or a project split).
    pub fn share_recurs(self) -> bool {
        matches!(self, ArchetypeKind::Reseller | ArchetypeKind::Msp)
    }

    /// What the partner's share is, in a word or two.
    pub fn share_name(self) -> &'static str {
        match self {
            ArchetypeKind::Reseller => "reseller margin",
            ArchetypeKind::Msp => "recurring margin",
            ArchetypeKind::Subcontractor | ArchetypeKind::StrategicAlliance => "revenue split",
            ArchetypeKind::SystemsIntegrator
            | ArchetypeKind::Technology
            | ArchetypeKind::Referral
            | ArchetypeKind::Agency => "referral fee",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ArchetypeKind::Reseller => "Reseller",
            ArchetypeKind::Msp => "Managed service provider (MSP)",
            ArchetypeKind::SystemsIntegrator => "Systems integrator (SI)",
            ArchetypeKind::Technology => "ISV / technology partner",
            ArchetypeKind::Referral => "Referral partner",
            ArchetypeKind::Agency => "Agency",
            ArchetypeKind::Subcontractor => "Subcontracting / delivery partner",
            ArchetypeKind::StrategicAlliance => "Strategic alliance / joint venture",
        }
    }
}

/// How an archetype is paid: a share of the deal, as margin, fee or split. The forecast costs
/// it on the revenue the archetype's partners bring: once, on the first year's value, or every
/// year the client renews for a reseller or an MSP ([`ArchetypeKind::share_recurs`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArchetypeEconomics {
    /// The partner's share of deal value (fee, margin or split).
    pub partner_share: Percent,
    /// How that share is earned, in words ("20–40 % reseller margin").
    pub note: String,
}

/// What the forecast assumes about one archetype's partners: its pool
/// (BLUEPRINT.md second edition, "Each chosen archetype is its own pool").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pool {
    /// The archetype's weight in the program's recruiting: each quarter's recruits are shared
    /// among the chosen archetypes in proportion to these (equal weights when all are zero).
    pub recruit_share: Percent,
    /// Share of its recruited partners who become active.
    pub activation_rate: Percent,
    /// Deals an active partner registers a quarter.
    pub deals_per_partner: Deals,
    /// Its deals' size relative to the firm's average deal, in percent.
    pub deal_size: Relative,
}

/// One catalogue entry: the archetype, whether it is chosen, and its profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArchetypeProfile {
    pub kind: ArchetypeKind,
    pub chosen: bool,
    /// How well this archetype's buyers match the firm's ICP, 1–5.
    pub icp_match: Rating,
    /// The friction in the direct motion this archetype removes.
    pub friction_removed: String,
    pub economics: ArchetypeEconomics,
    /// What the forecast assumes about its partners.
    pub pool: Pool,
    /// What the firm gives it to sell or deliver: training, certification, materials.
    pub enablement: String,
    /// How often the firm engages it.
    pub cadence: Cadence,
}

/// The archetypes mechanic: the whole catalogue, one profile per kind, in catalogue order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Archetypes {
    pub catalogue: Vec<ArchetypeProfile>,
}

impl Archetypes {
    /// The chosen profiles, in catalogue order.
    pub fn chosen(&self) -> impl Iterator<Item = &ArchetypeProfile> {
        self.catalogue.iter().filter(|a| a.chosen)
    }

    pub fn get(&self, kind: ArchetypeKind) -> Option<&ArchetypeProfile> {
        self.catalogue.iter().find(|a| a.kind == kind)
    }

    pub fn get_mut(&mut self, kind: ArchetypeKind) -> Option<&mut ArchetypeProfile> {
        self.catalogue.iter_mut().find(|a| a.kind == kind)
    }
}
