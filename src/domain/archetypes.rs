//! Mechanic 2, the partner archetypes (002 "Design the partner archetypes"; 001 "Partnership
//! model types"): a catalogue with editable default economics, enablement and cadence, of which a
//! firm chooses two, at most three.

use serde::Serialize;

use super::values::{Cadence, Percent, Rating};

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

/// How an archetype is paid: a share of the deal, as margin or fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArchetypeEconomics {
    /// The partner's share of first-year deal value (fee or margin).
    pub partner_share: Percent,
    /// How that share is earned, in words ("20–40 % reseller margin").
    pub note: String,
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
