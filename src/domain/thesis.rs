//! Mechanic 1, the partner-led growth thesis (002 "Define the partner-led growth thesis"; 003
//! Step 1; 000 Step One): one page, in the firm's words.

use serde::{Deserialize, Serialize};

use super::archetypes::ArchetypeKind;

/// What the program is for (000 Step One).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProgramPurpose {
    /// Offer clients what the firm does not do itself.
    ServiceExtension,
    /// Reach markets or segments the direct team does not.
    MarketReach,
    /// Sell jointly with partners into shared accounts.
    CoSelling,
}

impl ProgramPurpose {
    pub const ALL: [ProgramPurpose; 3] = [
        ProgramPurpose::ServiceExtension,
        ProgramPurpose::MarketReach,
        ProgramPurpose::CoSelling,
    ];
}

/// What the partner gets in return (003 Step 1): each may be left empty, but not all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerValue {
    pub financial: String,
    pub strategic: String,
    pub reputational: String,
}

/// The thesis statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thesis {
    /// The customer who buys faster with a partner involved: segment, market, motion.
    pub customer: String,
    /// The partner archetype that owns that relationship.
    pub owning_archetype: Option<ArchetypeKind>,
    /// The friction in the direct motion that partners remove.
    pub friction: String,
    /// Why a partner would recommend the firm to its own clients.
    pub partner_reason: String,
    pub partner_value: PartnerValue,
    /// The program's purposes, each at most once, in the order chosen.
    pub purposes: Vec<ProgramPurpose>,
}
