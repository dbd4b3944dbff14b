//! Thesis rules.

use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::health::{MIN_STATEMENT_WORDS, Severity, is_generic, word_count};

use super::{fires, paths, quiet, series_b, services};

#[test]
fn a_missing_customer_statement_is_critical() {
    let mut design = series_b();
    design.thesis.customer = "  ".to_owned();
    let findings = fires(&design, "thesis.incomplete");
    assert_eq!(paths(&findings), ["thesis.customer"]);
    assert_eq!(findings[0].severity, Severity::Critical);
}

#[test]
fn a_friction_of_three_words_is_a_slogan() {
    let mut design = series_b();
    design.thesis.friction = "Partners accelerate growth".to_owned();
    let findings = fires(&design, "thesis.incomplete");
    assert_eq!(paths(&findings), ["thesis.friction"]);
    assert!(findings[0].message.contains("slogan"));
}

#[test]
fn a_thesis_without_an_owning_archetype_is_incomplete() {
    let mut design = series_b();
    design.thesis.owning_archetype = None;
    assert_eq!(
        paths(&fires(&design, "thesis.incomplete")),
        ["thesis.owning_archetype"]
    );
}

#[test]
fn a_six_word_customer_statement_is_not_a_slogan() {
    let mut design = series_b();
    design.thesis.customer = "Mid-market RevOps leaders buying through integrators".to_owned();
    quiet(&design, "thesis.incomplete");
}

#[test]
fn a_thesis_that_names_nothing_the_partner_gets_warns() {
    let mut design = series_b();
    design.thesis.partner_value.financial.clear();
    design.thesis.partner_value.strategic.clear();
    design.thesis.partner_value.reputational.clear();
    fires(&design, "thesis.no-partner-value");
}

#[test]
fn a_reputational_reward_alone_is_enough_partner_value() {
    let mut design = series_b();
    design.thesis.partner_value.financial.clear();
    design.thesis.partner_value.strategic.clear();
    quiet(&design, "thesis.no-partner-value");
}

#[test]
fn a_thesis_without_a_reason_to_recommend_warns() {
    let mut design = services();
    design.thesis.partner_reason.clear();
    assert_eq!(
        paths(&fires(&design, "thesis.no-partner-reason")),
        ["thesis.partner_reason"]
    );
}

#[test]
fn a_written_reason_to_recommend_raises_nothing() {
    quiet(&services(), "thesis.no-partner-reason");
}

#[test]
fn a_program_without_a_purpose_warns() {
    let mut design = series_b();
    design.thesis.purposes.clear();
    fires(&design, "thesis.no-purpose");
}

#[test]
fn one_purpose_is_enough() {
    let mut design = series_b();
    design.thesis.purposes.truncate(1);
    quiet(&design, "thesis.no-purpose");
}

#[test]
fn naming_an_archetype_that_is_not_chosen_warns_at_its_catalogue_entry() {
    let mut design = series_b();
    design.thesis.owning_archetype = Some(ArchetypeKind::Reseller);
    let findings = fires(&design, "thesis.archetype-not-chosen");
    assert_eq!(paths(&findings), ["archetypes.catalogue.0.chosen"]);
    assert!(findings[0].message.contains("Reseller"));
}

#[test]
fn naming_a_chosen_archetype_raises_nothing() {
    let mut design = series_b();
    design.thesis.owning_archetype = Some(ArchetypeKind::Msp);
    quiet(&design, "thesis.archetype-not-chosen");
}

/// Ten statements long enough to pass a word count that name no customer, segment, market or
/// motion.
const SLOGANS: [&str; 10] = [
    "Partners will help us grow revenue faster",
    "Our sales team needs more leads every quarter",
    "We want partners to bring us more customers",
    "Partnerships will accelerate our growth and drive more pipeline",
    "Partners can sell our product to their customers",
    "We need a partner channel to scale the business",
    "Better partners mean more deals and more revenue for us",
    "Customers buy faster when a partner recommends us",
    "The partner program will increase our market share significantly",
    "Working with partners helps us win bigger deals more often",
];

#[test]
fn ten_long_slogans_that_name_no_customer_or_motion_are_incomplete() {
    for slogan in SLOGANS {
        assert!(
            word_count(slogan) >= MIN_STATEMENT_WORDS,
            "{slogan}: long enough"
        );
        assert!(is_generic(slogan), "{slogan}");
        let mut design = series_b();
        design.thesis.customer = slogan.to_owned();
        let findings = fires(&design, "thesis.incomplete");
        assert_eq!(paths(&findings), ["thesis.customer"]);
        assert!(
            findings[0]
                .message
                .contains("names no customer, segment, market or motion")
        );
        let mut design = series_b();
        design.thesis.friction = slogan.to_owned();
        assert_eq!(
            paths(&fires(&design, "thesis.incomplete")),
            ["thesis.friction"]
        );
    }
}

#[test]
fn the_templates_thesis_statements_name_who_where_and_how() {
    for design in [series_b(), services()] {
        for text in [&design.thesis.customer, &design.thesis.friction] {
            assert!(!is_generic(text), "{text}");
        }
        quiet(&design, "thesis.incomplete");
    }
    // A short statement with a segment and a motion is specific, if still a slogan by length.
    assert!(!is_generic(
        "Mid-market SaaS finance teams buying through their Salesforce integrator"
    ));
    assert!(!is_generic(
        "Our reps cannot get into the integrator-led evaluation"
    ));
}
