//! The Series B candidate scorecard: twelve integrators and managed RevOps firms rated on the
//! default criteria; the seven that clear the bar without a red flag launch (003: five to ten).

use super::super::super::archetypes::ArchetypeKind;
use super::super::super::candidates::{Candidate, Candidates, CriterionRating, RedFlag};
use super::super::super::catalogue::{DEFAULT_PASS_THRESHOLD, default_criteria, template_id};
use super::super::super::values::Rating;

pub(super) fn candidates() -> Candidates {
    use ArchetypeKind::{Msp, SystemsIntegrator as Si};
    let criteria = default_criteria();
    // Ratings follow the order of `default_criteria`: overlap, complementary offer, culture,
    // positioning, quality, capacity, commitment, volume.
    type Row = (
        &'static str,
        &'static str,
        ArchetypeKind,
        [u8; 8],
        &'static [RedFlag],
        bool,
        &'static str,
    );
    let rows: [Row; 12] = [
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
    let candidates = rows
        .into_iter()
        .map(
            |(id, name, archetype, ratings, red_flags, selected, notes)| Candidate {
                id: template_id(id),
                name: name.to_owned(),
                archetype: Some(archetype),
                ratings: criteria
                    .iter()
                    .zip(ratings)
                    .map(|(criterion, rating)| CriterionRating {
                        criterion: criterion.id.clone(),
                        rating: Rating::new(rating).unwrap_or_default(),
                    })
                    .collect(),
                red_flags: red_flags.to_vec(),
                selected,
                notes: notes.to_owned(),
            },
        )
        .collect();
    Candidates {
        criteria,
        pass_threshold: DEFAULT_PASS_THRESHOLD,
        candidates,
    }
}
