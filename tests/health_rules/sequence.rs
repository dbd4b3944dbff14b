//! The order of the mechanics.

use partner_blueprint::domain::Mechanic;
use partner_blueprint::domain::templates::Template;

use super::{findings_of, fires, kickoff, quiet, series_b};

#[test]
fn a_slogan_thesis_under_a_filled_design_puts_every_later_mechanic_out_of_order() {
    let mut design = series_b();
    design.thesis.customer = "Everyone".to_owned();
    let findings = fires(&design, "sequence.out-of-order");
    let mechanics: Vec<Mechanic> = findings.iter().map(|f| f.mechanic).collect();
    assert_eq!(
        mechanics,
        [
            Mechanic::Archetypes,
            Mechanic::OperatingModel,
            Mechanic::Journey,
            Mechanic::Scoreboard,
        ]
    );
    assert!(
        findings
            .iter()
            .all(|f| f.path.dotted() == "thesis.customer")
    );
}

#[test]
fn a_broken_operating_model_puts_only_the_journey_and_scoreboard_out_of_order() {
    let mut design = series_b();
    design.operating.roles[1].owns_metric = None;
    let findings = fires(&design, "sequence.out-of-order");
    let mechanics: Vec<Mechanic> = findings.iter().map(|f| f.mechanic).collect();
    assert_eq!(mechanics, [Mechanic::Journey, Mechanic::Scoreboard]);
    assert!(
        findings
            .iter()
            .all(|f| f.path.dotted() == "operating.roles.1.owns_metric")
    );
}

#[test]
fn a_critical_finding_in_the_last_mechanic_breaks_no_order() {
    let mut design = series_b();
    design.scoreboard.metrics.retain(|m| !m.family.is_lagging());
    for role in &mut design.operating.roles {
        role.owns_metric = design.scoreboard.metrics.first().map(|m| m.id.clone());
    }
    quiet(&design, "sequence.out-of-order");
}

#[test]
fn a_blank_design_has_nothing_filled_out_of_order() {
    quiet(&Template::Blank.design(kickoff()), "sequence.out-of-order");
}

#[test]
fn a_design_walked_in_order_raises_no_sequence_finding() {
    quiet(&series_b(), "sequence.out-of-order");
}

#[test]
fn a_role_waiting_for_the_scoreboards_first_metric_holds_no_later_mechanic_back() {
    let mut design = series_b();
    design.scoreboard.metrics.clear();
    for role in &mut design.operating.roles {
        role.owns_metric = None;
    }
    let waiting = fires(&design, "roles.no-number");
    assert!(waiting[0].message.contains("the scoreboard has no metrics"));
    assert!(
        findings_of(&design, "sequence.out-of-order")
            .iter()
            .all(|f| f.path.dotted() != "operating.roles.0.owns_metric"),
        "a finding only the scoreboard can fix does not put the journey out of order"
    );
}

#[test]
fn a_wrong_hire_date_is_a_mistake_in_a_done_mechanic_not_a_skipped_step() {
    // 002's path B: the hire in week one. The operating model is done, only wrong.
    let design = super::fixture("hire_first");
    fires(&design, "timeline.hire-before-design");
    quiet(&design, "sequence.out-of-order");
}

#[test]
fn an_inverted_tier_holds_no_later_mechanic_back() {
    let mut design = series_b();
    let tiers = &mut design.operating.tiers;
    let (low, high) = (tiers[0].commission_rate, tiers[1].commission_rate);
    (tiers[0].commission_rate, tiers[1].commission_rate) = (high, low);
    fires(&design, "tiers.not-monotonic");
    quiet(&design, "sequence.out-of-order");
}

#[test]
fn a_missing_definition_of_done_puts_only_the_scoreboard_out_of_order() {
    let mut design = series_b();
    design.journey.stages[0].definition_of_done.clear();
    let findings = fires(&design, "sequence.out-of-order");
    let mechanics: Vec<Mechanic> = findings.iter().map(|f| f.mechanic).collect();
    assert_eq!(mechanics, [Mechanic::Scoreboard]);
    assert!(
        findings[0]
            .message
            .contains("journey is not done yet (journey.no-done)")
    );
}
