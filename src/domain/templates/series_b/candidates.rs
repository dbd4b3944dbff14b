//! The Series B candidate scorecard: twelve integrators and managed RevOps firms rated on the
//! default criteria; the seven that clear the bar without a red flag launch (003: five to ten).

use super::super::super::archetypes::ArchetypeKind;
use super::super::super::candidates::{Candidates, RedFlag};
use super::super::scorecard::{CandidateRow, scorecard};

pub(super) fn candidates() -> Candidates {
    use ArchetypeKind::{Msp, SystemsIntegrator as Si};
    let rows: [CandidateRow; 12] = [
        (
            "northbeam",
            "Northbeam Consulting",
            Si,
            [5, 5, 4, 4, 5, 4, 5, 4],
            &[],
            true,
            "Runs 30 Salesforce projects a year for our ICP; asked about reporting twice this quarter.",
        ),
        (
            "pipewright",
            "Pipewright Partners",
            Si,
            [5, 4, 4, 4, 4, 4, 4, 4],
            &[],
            true,
            "HubSpot specialist; two shared clients already.",
        ),
        (
            "crestline",
            "Crestline RevOps",
            Msp,
            [5, 4, 4, 4, 4, 3, 5, 4],
            &[],
            true,
            "Managed RevOps for 40 mid-market firms; wants a reporting offer.",
        ),
        (
            "orbital",
            "Orbital Systems Group",
            Si,
            [4, 5, 4, 4, 5, 5, 4, 4],
            &[],
            true,
            "Larger integrator; a named partner lead already assigned.",
        ),
        (
            "kestrel",
            "Kestrel Ops",
            Msp,
            [4, 4, 5, 4, 4, 4, 4, 4],
            &[],
            true,
            "Small team, very responsive, strong references.",
        ),
        (
            "foundry",
            "Foundry CRM Services",
            Si,
            [4, 4, 4, 5, 4, 4, 4, 3],
            &[],
            true,
            "Premium positioning matches ours.",
        ),
        (
            "brightpath",
            "Brightpath Analytics",
            Si,
            [4, 4, 4, 4, 4, 4, 4, 4],
            &[],
            true,
            "Solid all round; first joint account identified.",
        ),
        (
            "meridian",
            "Meridian Cloud Partners",
            Si,
            [4, 3, 3, 3, 4, 5, 3, 3],
            &[],
            false,
            "Enterprise-focused; revisit in year two.",
        ),
        (
            "lumen",
            "Lumen RevOps Collective",
            Msp,
            [3, 3, 4, 3, 3, 2, 3, 3],
            &[],
            false,
            "Below the bar: thin capacity for a second platform.",
        ),
        (
            "apex",
            "Apex Integration Co",
            Si,
            [5, 4, 3, 4, 4, 4, 2, 5],
            &[RedFlag::UnrealisticDealFlow, RedFlag::OneSidedInterest],
            false,
            "Promised 40 deals in the first quarter and asked only about our lead flow.",
        ),
        (
            "tidewater",
            "Tidewater Digital",
            Si,
            [3, 3, 3, 3, 3, 3, 3, 2],
            &[],
            false,
            "Mostly web projects; little CRM work.",
        ),
        (
            "quarry",
            "Quarry Data Ops",
            Msp,
            [4, 4, 4, 3, 3, 3, 2, 3],
            &[RedFlag::CannotSayWhatTheydRefer],
            false,
            "Could not name a client they would introduce.",
        ),
    ];
    scorecard(&rows)
}
