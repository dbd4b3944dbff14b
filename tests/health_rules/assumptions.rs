//! Every forecast assumption held to its benchmark band: out of band is a warning, beyond every
//! published figure is critical, and each finding names the assumption, its value, the band and
//! its sources, at the field that sets it.

use partner_blueprint::domain::Design;
use partner_blueprint::domain::analysis::analyse;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::health::{Finding, Severity, check};
use partner_blueprint::domain::journey::StageKind;
use partner_blueprint::domain::values::{Days, Deals, Money, Percent};
use rust_decimal::Decimal;

use super::{design_file, fires, paths, quiet, series_b, services};

const OUT: &str = "assumptions.out-of-band";
const IMPLAUSIBLE: &str = "assumptions.implausible";

fn pct(n: u32) -> Percent {
    Percent::whole(n)
}

/// The position of `kind` in the catalogue, as the places number it.
fn index(design: &Design, kind: ArchetypeKind) -> usize {
    design
        .archetypes
        .catalogue
        .iter()
        .position(|a| a.kind == kind)
        .expect("in the catalogue")
}

fn pool(
    design: &mut Design,
    kind: ArchetypeKind,
) -> &mut partner_blueprint::domain::archetypes::ArchetypeProfile {
    design.archetypes.get_mut(kind).expect("in the catalogue")
}

/// The one finding of `rule` in `design`, after checking it fires at `path`.
fn one(design: &Design, rule: &str, path: &str) -> Finding {
    let findings = fires(design, rule);
    assert_eq!(paths(&findings), [path], "{findings:#?}");
    findings.into_iter().next().expect("one finding")
}

/// Sets the Series B journey's onboard and activate stages to `onboard` and `activate` days.
fn first_deal_in(design: &mut Design, onboard: u32, activate: u32) {
    for stage in &mut design.journey.stages {
        match stage.kind {
            StageKind::Onboard => stage.duration_days = Days::of(onboard),
            StageKind::Activate => stage.duration_days = Days::of(activate),
            _ => {}
        }
    }
}

fn activate_duration(design: &Design) -> String {
    let i = design
        .journey
        .stages
        .iter()
        .position(|s| s.kind == StageKind::Activate)
        .expect("an activate stage");
    format!("journey.stages.{i}.duration_days")
}

#[test]
fn both_templates_hold_every_assumption_inside_its_band() {
    for design in [series_b(), services()] {
        quiet(&design, OUT);
        quiet(&design, IMPLAUSIBLE);
        assert!(
            !check(&design)
                .iter()
                .any(|f| f.severity == Severity::Critical)
        );
    }
}

#[test]
fn activation_past_half_is_out_of_band_and_past_sixty_implausible() {
    let mut design = series_b();
    let msp = index(&design, ArchetypeKind::Msp);
    let path = format!("archetypes.catalogue.{msp}.pool.activation_rate");
    pool(&mut design, ArchetypeKind::Msp).pool.activation_rate = pct(55);
    let f = one(&design, OUT, &path);
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message
            .starts_with("The Managed service provider (MSP) pool's activation rate is 55 %")
    );
    assert!(f.message.contains("outside the 15–50 % published"));
    assert!(f.message.contains("partnermatch.co, a vendor's figure"));
    assert_eq!(
        f.source,
        "partnermatch.co; forecastable.com; TSIA via saasdash.ai"
    );
    quiet(&design, IMPLAUSIBLE);

    pool(&mut design, ArchetypeKind::Msp).pool.activation_rate = pct(10);
    one(&design, OUT, &path);

    pool(&mut design, ArchetypeKind::Msp).pool.activation_rate = pct(61);
    let f = one(&design, IMPLAUSIBLE, &path);
    assert!(
        f.message
            .contains("over 60 % is beyond every published figure")
    );
    quiet(&design, OUT);
}

#[test]
fn a_first_deal_under_three_weeks_from_signing_is_implausible() {
    let mut design = series_b();
    let path = activate_duration(&design);
    first_deal_in(&mut design, 10, 10);
    let f = one(&design, IMPLAUSIBLE, &path);
    assert!(
        f.message
            .contains("is 20 days: under 21 days is beyond every published figure")
    );

    first_deal_in(&mut design, 14, 14);
    let f = one(&design, OUT, &path);
    assert!(
        f.message
            .contains("is 28 days: outside the 30–180 days published")
    );
    quiet(&design, IMPLAUSIBLE);

    first_deal_in(&mut design, 100, 100);
    one(&design, OUT, &path);
}

#[test]
fn a_win_rate_lift_past_half_is_out_of_band_and_past_sixty_implausible() {
    let mut design = series_b();
    design.assumptions.win_rate_lift = pct(55);
    let f = one(&design, OUT, "assumptions.win_rate_lift");
    assert!(f.message.contains("Crossbeam, a vendor's network data"));
    design.assumptions.win_rate_lift = pct(100);
    one(&design, IMPLAUSIBLE, "assumptions.win_rate_lift");
    design.assumptions.win_rate_lift = pct(3);
    one(&design, OUT, "assumptions.win_rate_lift");
}

#[test]
fn deals_a_partner_are_judged_a_year_against_the_archetypes_band() {
    let mut design = services();
    let referral = index(&design, ArchetypeKind::Referral);
    let path = format!("archetypes.catalogue.{referral}.pool.deals_per_partner");
    // 3 a quarter is 12 a year: over a referral partner's 10.
    pool(&mut design, ArchetypeKind::Referral)
        .pool
        .deals_per_partner = Deals::new(Decimal::from(3)).expect("a count of deals");
    let f = one(&design, OUT, &path);
    assert!(f.message.contains("is 12 deals a year (3 a quarter)"));
    assert!(
        !f.message.contains("stands in"),
        "referral partners have their own band"
    );
    pool(&mut design, ArchetypeKind::Referral)
        .pool
        .deals_per_partner = Deals::new(Decimal::from(6)).expect("a count of deals");
    one(&design, IMPLAUSIBLE, &path);

    // An MSP registering 12 a year is typical for resellers and MSPs.
    let mut design = series_b();
    pool(&mut design, ArchetypeKind::Msp).pool.deals_per_partner =
        Deals::new(Decimal::from(3)).expect("a count of deals");
    quiet(&design, OUT);
}

#[test]
fn an_archetype_without_its_own_deals_band_says_the_referral_band_stands_in() {
    let mut design = series_b();
    let si = index(&design, ArchetypeKind::SystemsIntegrator);
    pool(&mut design, ArchetypeKind::SystemsIntegrator)
        .pool
        .deals_per_partner = Deals::new(Decimal::from(4)).expect("a count of deals");
    let f = one(
        &design,
        OUT,
        &format!("archetypes.catalogue.{si}.pool.deals_per_partner"),
    );
    assert!(f.message.contains("the referral band stands in"));
}

#[test]
fn churn_is_judged_a_year_and_under_two_percent_is_optimistic() {
    let mut design = series_b();
    // 5 % a quarter is 18.5 % a year: over the 15 % high.
    design.assumptions.churn_per_quarter = pct(5);
    let f = one(&design, OUT, "assumptions.churn_per_quarter");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message
            .contains("Partner churn is 18.5 % a year (5 % a quarter)")
    );
    design.assumptions.churn_per_quarter = Percent::ZERO;
    let f = one(&design, OUT, "assumptions.churn_per_quarter");
    assert_eq!(f.severity, Severity::Info);
    assert!(f.message.contains("under 2 % a year is optimistic"));
    quiet(&design, IMPLAUSIBLE);
}

#[test]
fn a_fee_and_a_margin_are_held_to_their_own_bands_and_a_split_to_none() {
    let mut design = series_b();
    let si = index(&design, ArchetypeKind::SystemsIntegrator);
    let msp = index(&design, ArchetypeKind::Msp);
    pool(&mut design, ArchetypeKind::SystemsIntegrator)
        .economics
        .partner_share = pct(30);
    pool(&mut design, ArchetypeKind::Msp)
        .economics
        .partner_share = pct(45);
    let findings = fires(&design, OUT);
    assert_eq!(
        paths(&findings),
        [
            format!("archetypes.catalogue.{msp}.economics.partner_share"),
            format!("archetypes.catalogue.{si}.economics.partner_share"),
        ]
    );
    assert!(findings[0].message.contains("recurring margin is 45 %"));
    assert!(findings[1].message.contains("referral fee is 30 %"));
    pool(&mut design, ArchetypeKind::SystemsIntegrator)
        .economics
        .partner_share = pct(41);
    pool(&mut design, ArchetypeKind::Msp)
        .economics
        .partner_share = pct(51);
    assert_eq!(fires(&design, IMPLAUSIBLE).len(), 2);

    // A delivery partner's revenue split has no published band.
    let mut design = services();
    pool(&mut design, ArchetypeKind::Subcontractor)
        .economics
        .partner_share = pct(90);
    quiet(&design, OUT);
    quiet(&design, IMPLAUSIBLE);
}

#[test]
fn co_marketing_is_judged_as_a_share_of_the_partner_revenue_it_serves() {
    let mut design = series_b();
    design.assumptions.co_marketing_per_quarter = Money::ZERO;
    let f = one(&design, OUT, "assumptions.co_marketing_per_quarter");
    assert!(
        f.message
            .contains("Co-marketing over the forecast's 12 quarters is 0 %")
    );
    design.assumptions.co_marketing_per_quarter = Money::whole(2_000_000);
    one(&design, IMPLAUSIBLE, "assumptions.co_marketing_per_quarter");
}

#[test]
fn gross_retention_is_judged_only_for_a_firm_that_sells_subscriptions() {
    let mut design = series_b();
    design.assumptions.gross_retention = pct(60);
    one(&design, OUT, "assumptions.gross_retention");
    design.firm.sells_subscriptions = false;
    quiet(&design, OUT);
}

#[test]
fn the_fantasy_design_is_not_ready_and_names_each_assumption() {
    let design = design_file("fantasy");
    let analysis = analyse(&design);
    assert!(!analysis.readiness.ready_to_hire);
    let implausible = fires(&design, IMPLAUSIBLE);
    let msp = index(&design, ArchetypeKind::Msp);
    let si = index(&design, ArchetypeKind::SystemsIntegrator);
    let activate = activate_duration(&design);
    let mut expected = vec![
        format!("archetypes.catalogue.{msp}.pool.activation_rate"),
        format!("archetypes.catalogue.{msp}.pool.deals_per_partner"),
        format!("archetypes.catalogue.{msp}.economics.partner_share"),
        format!("archetypes.catalogue.{si}.pool.activation_rate"),
        format!("archetypes.catalogue.{si}.pool.deals_per_partner"),
        format!("archetypes.catalogue.{si}.economics.partner_share"),
        activate,
        "assumptions.win_rate_lift".to_owned(),
        "assumptions.co_marketing_per_quarter".to_owned(),
    ];
    let mut found = paths(&implausible);
    expected.sort();
    found.sort();
    assert_eq!(found, expected);
    for (finding, words) in implausible.iter().zip([
        "activation rate is 100 %",
        "deals a partner is 200 deals a year",
        "recurring margin is 60 %",
        "activation rate is 100 %",
        "deals a partner is 200 deals a year",
        "referral fee is 50 %",
        "is 0 days",
        "win-rate lift with a partner is 100 %",
        "Co-marketing over the forecast's 12 quarters is 20 %",
    ]) {
        assert!(finding.message.contains(words), "{}", finding.message);
        assert_eq!(finding.severity, Severity::Critical);
    }
    // Churn has no implausible point; none at all is optimistic.
    let churn = one(&design, OUT, "assumptions.churn_per_quarter");
    assert_eq!(churn.severity, Severity::Info);
}

#[test]
fn a_realistic_design_short_of_its_floors_gets_warnings_with_the_forecasts_figures() {
    let design = design_file("short_of_floors");
    let findings = check(&design);
    assert!(
        !findings.iter().any(|f| f.severity == Severity::Critical),
        "{findings:#?}"
    );
    quiet(&design, OUT);
    quiet(&design, IMPLAUSIBLE);
    let below = fires(&design, "forecast.below-floor");
    assert_eq!(below.len(), 3);
    assert!(
        below[0]
            .message
            .contains("is 4.7 % of new pipeline, under the year's 15 % floor")
    );
    assert!(
        below[2]
            .message
            .contains("is 14.9 % of new pipeline, under the year's 35 % floor")
    );
    let unbacked = fires(&design, "forecast.target-unbacked");
    assert!(
        unbacked[1]
            .message
            .contains("target is 25 % partner-sourced, but the forecast produces 11.9 %")
    );
    // Warnings cost readiness, but no critical finding blocks the hire.
    let analysis = analyse(&design);
    assert!(analysis.readiness.ready_to_hire);
    assert!(analysis.readiness.overall < 100);
}
