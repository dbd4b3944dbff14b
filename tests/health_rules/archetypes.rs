//! Archetype rules.

use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::values::Rating;

use super::{fires, fixture, paths, quiet, series_b};

fn choose(design: &mut partner_blueprint::domain::Design, kinds: &[ArchetypeKind]) {
    for profile in &mut design.archetypes.catalogue {
        profile.chosen = kinds.contains(&profile.kind);
        if profile.chosen && profile.friction_removed.is_empty() {
            profile.friction_removed = "Reach into accounts we cannot get a meeting with".into();
        }
    }
}

#[test]
fn a_design_with_no_archetype_chosen_is_critical() {
    let mut design = series_b();
    choose(&mut design, &[]);
    fires(&design, "archetypes.none");
}

#[test]
fn two_archetypes_raise_no_archetype_finding() {
    let design = series_b();
    for rule in [
        "archetypes.none",
        "archetypes.too-many",
        "archetypes.three",
        "archetypes.icp-mismatch",
        "archetypes.no-friction",
    ] {
        quiet(&design, rule);
    }
}

#[test]
fn more_than_three_archetypes_is_critical() {
    // 002's pitfall: reseller, MSP, SI, ISV, referral and agency all listed before launch.
    let design = fixture("six_archetypes");
    let findings = fires(&design, "archetypes.too-many");
    assert_eq!(findings.len(), 1);
    assert!(findings[0].message.starts_with("6 archetypes"));
    assert_eq!(paths(&findings), ["archetypes.catalogue.3.chosen"]);
}

#[test]
fn three_archetypes_are_not_too_many() {
    let mut design = series_b();
    choose(
        &mut design,
        &[
            ArchetypeKind::Msp,
            ArchetypeKind::SystemsIntegrator,
            ArchetypeKind::Technology,
        ],
    );
    quiet(&design, "archetypes.too-many");
}

#[test]
fn exactly_three_archetypes_is_advice_that_two_is_better() {
    let mut design = series_b();
    choose(
        &mut design,
        &[
            ArchetypeKind::Msp,
            ArchetypeKind::SystemsIntegrator,
            ArchetypeKind::Technology,
        ],
    );
    assert_eq!(
        paths(&fires(&design, "archetypes.three")),
        ["archetypes.catalogue.3.chosen"]
    );
}

#[test]
fn four_archetypes_are_not_reported_as_three() {
    quiet(&fixture("six_archetypes"), "archetypes.three");
}

#[test]
fn a_chosen_archetype_matching_the_icp_two_in_five_warns() {
    let mut design = series_b();
    if let Some(msp) = design.archetypes.get_mut(ArchetypeKind::Msp) {
        msp.icp_match = Rating::new(2).expect("a rating");
    }
    assert_eq!(
        paths(&fires(&design, "archetypes.icp-mismatch")),
        ["archetypes.catalogue.1.icp_match"]
    );
}

#[test]
fn an_unchosen_archetype_with_a_poor_icp_match_raises_nothing() {
    let mut design = series_b();
    if let Some(reseller) = design.archetypes.get_mut(ArchetypeKind::Reseller) {
        reseller.icp_match = Rating::MIN;
    }
    quiet(&design, "archetypes.icp-mismatch");
}

#[test]
fn a_chosen_archetype_without_its_friction_warns() {
    let mut design = series_b();
    if let Some(si) = design.archetypes.get_mut(ArchetypeKind::SystemsIntegrator) {
        si.friction_removed.clear();
    }
    assert_eq!(
        paths(&fires(&design, "archetypes.no-friction")),
        ["archetypes.catalogue.2.friction_removed"]
    );
}

#[test]
fn an_unchosen_archetype_needs_no_friction() {
    let design = series_b();
    let reseller = design.archetypes.get(ArchetypeKind::Reseller);
    assert!(reseller.is_some_and(|r| r.friction_removed.is_empty()));
    quiet(&design, "archetypes.no-friction");
}
