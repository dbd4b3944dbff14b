//! Candidate rules.

use partner_blueprint::domain::Design;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::firm::FirmKind;
use partner_blueprint::domain::values::Rating;

use super::{fires, paths, quiet, series_b, services};

fn select(design: &mut Design, count: usize) {
    for (index, candidate) in design.candidates.candidates.iter_mut().enumerate() {
        candidate.selected = index < count;
    }
}

#[test]
fn eleven_candidates_selected_for_launch_are_too_many() {
    let mut design = series_b();
    select(&mut design, 11);
    assert_eq!(
        paths(&fires(&design, "candidates.too-many")),
        ["candidates.candidates.10.selected"]
    );
}

#[test]
fn ten_candidates_selected_are_not_too_many() {
    let mut design = series_b();
    select(&mut design, 10);
    quiet(&design, "candidates.too-many");
}

#[test]
fn a_small_firm_selecting_six_candidates_warns() {
    let mut design = services();
    select(&mut design, 6);
    assert_eq!(
        paths(&fires(&design, "candidates.too-many-for-small-firm")),
        ["candidates.candidates.5.selected"]
    );
}

#[test]
fn a_large_firm_selecting_seven_candidates_is_not_held_to_five() {
    let design = series_b();
    assert_eq!(design.firm.kind, FirmKind::Software);
    quiet(&design, "candidates.too-many-for-small-firm");
}

#[test]
fn a_small_firm_with_eleven_selected_hears_only_the_general_limit() {
    let mut design = services();
    let extra = design.candidates.candidates.clone();
    design
        .candidates
        .candidates
        .extend(extra.into_iter().map(|mut c| {
            c.id = partner_blueprint::domain::values::Id::new(&format!("{}-2", c.id))
                .expect("a valid id");
            c
        }));
    select(&mut design, 11);
    fires(&design, "candidates.too-many");
    quiet(&design, "candidates.too-many-for-small-firm");
}

#[test]
fn a_scorecard_with_nobody_selected_warns() {
    let mut design = series_b();
    select(&mut design, 0);
    fires(&design, "candidates.none-selected");
}

#[test]
fn a_launch_set_raises_no_none_selected_finding() {
    quiet(&services(), "candidates.none-selected");
}

#[test]
fn a_selected_candidate_with_a_red_flag_is_below_the_bar() {
    let mut design = series_b();
    let apex = design
        .candidates
        .candidates
        .iter()
        .position(|c| c.id.as_str() == "apex")
        .expect("apex is a candidate");
    design.candidates.candidates[apex].selected = true;
    let findings = fires(&design, "candidates.below-bar");
    assert_eq!(
        paths(&findings),
        [format!("candidates.candidates.{apex}.red_flags")]
    );
    assert!(findings[0].message.contains("Apex Integration Co"));
}

#[test]
fn a_selected_candidate_scoring_under_the_threshold_is_below_the_bar() {
    let mut design = series_b();
    let meridian = design
        .candidates
        .candidates
        .iter()
        .position(|c| c.id.as_str() == "meridian")
        .expect("meridian is a candidate");
    design.candidates.candidates[meridian].selected = true;
    let findings = fires(&design, "candidates.below-bar");
    assert_eq!(
        paths(&findings),
        [format!("candidates.candidates.{meridian}.ratings")]
    );
    assert!(findings[0].message.contains("62.5"));
}

#[test]
fn an_unselected_candidate_below_the_bar_raises_nothing() {
    quiet(&series_b(), "candidates.below-bar");
}

#[test]
fn a_selected_reseller_when_the_design_chose_integrators_and_msps_warns() {
    let mut design = series_b();
    let index = design
        .candidates
        .candidates
        .iter()
        .position(|c| c.selected)
        .expect("a selected candidate");
    design.candidates.candidates[index].archetype = Some(ArchetypeKind::Reseller);
    let findings = fires(&design, "candidates.archetype-not-chosen");
    assert_eq!(
        paths(&findings),
        [format!("candidates.candidates.{index}.archetype")]
    );
    assert!(findings[0].message.contains("Reseller"));
}

#[test]
fn candidates_of_the_chosen_archetypes_raise_nothing() {
    quiet(&series_b(), "candidates.archetype-not-chosen");
    quiet(&services(), "candidates.archetype-not-chosen");
}

#[test]
fn fewer_passing_candidates_than_a_launch_set_needs_warns() {
    let mut design = series_b();
    for candidate in &mut design.candidates.candidates {
        for rated in &mut candidate.ratings {
            rated.rating = Rating::MIN;
        }
    }
    let findings = fires(&design, "candidates.too-few-passing");
    assert_eq!(paths(&findings), ["candidates.candidates"]);
    assert!(findings[0].message.starts_with("0 of"));
    assert!(findings[0].message.contains("needs 5 at least"));
}

#[test]
fn enough_passing_candidates_or_none_listed_raise_nothing() {
    quiet(&series_b(), "candidates.too-few-passing");
    quiet(&services(), "candidates.too-few-passing");
    let mut empty = series_b();
    empty.candidates.candidates.clear();
    quiet(&empty, "candidates.too-few-passing");
}
