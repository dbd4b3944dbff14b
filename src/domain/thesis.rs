//! Mechanic 1, the partner-led growth thesis (002 "Define the partner-led growth thesis"; 003
//! Step 1; 000 Step One): one page, in the firm's words.

use serde::Serialize;

use super::archetypes::ArchetypeKind;

/// What the program is for (000 Step One).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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

    pub fn label(self) -> &'static str {
        match self {
            ProgramPurpose::ServiceExtension => "Service extension",
            ProgramPurpose::MarketReach => "Market reach",
            ProgramPurpose::CoSelling => "Co-selling",
        }
    }

    /// What the purpose means, in a few words (000 Step One).
    pub fn meaning(self) -> &'static str {
        match self {
            ProgramPurpose::ServiceExtension => "offer clients what the firm does not do itself",
            ProgramPurpose::MarketReach => "reach markets or segments the direct team does not",
            ProgramPurpose::CoSelling => "sell jointly with partners into shared accounts",
        }
    }
}

/// What the partner gets in return (003 Step 1): each may be left empty, but not all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PartnerValue {
    pub financial: String,
    pub strategic: String,
    pub reputational: String,
}

/// The thesis statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

impl Thesis {
    /// Chooses `purpose` (added after those already chosen) or drops it; a purpose is never
    /// listed twice.
    pub fn set_purpose(&mut self, purpose: ProgramPurpose, chosen: bool) {
        let held = self.purposes.contains(&purpose);
        if chosen && !held {
            self.purposes.push(purpose);
        } else if !chosen {
            self.purposes.retain(|p| *p != purpose);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_keep_the_order_chosen_and_appear_once() {
        use ProgramPurpose::*;
        let mut thesis = Thesis::default();
        thesis.set_purpose(CoSelling, true);
        thesis.set_purpose(ServiceExtension, true);
        thesis.set_purpose(CoSelling, true);
        assert_eq!(thesis.purposes, [CoSelling, ServiceExtension]);
        thesis.set_purpose(CoSelling, false);
        thesis.set_purpose(MarketReach, false);
        assert_eq!(thesis.purposes, [ServiceExtension]);
        thesis.set_purpose(CoSelling, true);
        assert_eq!(thesis.purposes, [ServiceExtension, CoSelling]);
    }
}
