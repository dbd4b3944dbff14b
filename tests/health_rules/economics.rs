//! Economics rules, read from the forecast.

use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::health::Severity;
use partner_blueprint::domain::values::{Deals, Horizon, Money, Recruits};
use rust_decimal::Decimal;

use super::{fires, quiet, series_b, services};

#[test]
fn a_program_returning_under_five_to_one_in_year_three_warns() {
    let mut design = series_b();
    for profile in &mut design.archetypes.catalogue {
        profile.pool.deals_per_partner = Deals::new(Decimal::ONE).unwrap();
    }
    let findings = fires(&design, "economics.low-return");
    assert!(findings[0].message.contains("year 3"));
    assert_eq!(findings[0].path.dotted(), "assumptions");
}

#[test]
fn the_filled_templates_return_five_to_one_by_year_three() {
    for design in [series_b(), services()] {
        let year = forecast(&design).year(3).cloned().expect("a third year");
        assert!(year.revenue >= year.cost * Decimal::from(5));
        quiet(&design, "economics.low-return");
    }
}

#[test]
fn an_eight_quarter_forecast_says_year_three_cannot_be_judged_yet() {
    let mut design = series_b();
    design.assumptions.quarters = Horizon::of(8);
    // Four recruits a quarter do not return 5:1 in two years; year two is not judged.
    design.assumptions.recruits_per_quarter = vec![Recruits::of(4)];
    let findings = fires(&design, "economics.low-return");
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Info);
    assert_eq!(findings[0].path.dotted(), "assumptions.quarters");
    assert!(findings[0].message.contains("runs 8 quarters"));
    assert!(findings[0].message.contains("cannot be judged yet"));
}

#[test]
fn a_program_with_no_cost_warns_that_its_return_cannot_be_judged() {
    let mut design = series_b();
    for role in &mut design.operating.roles {
        role.annual_cost = Money::ZERO;
    }
    design.operating.tooling.cost_per_quarter = Money::ZERO;
    design.operating.tooling.prm_cost_per_quarter = Money::ZERO;
    design.assumptions.co_marketing_per_quarter = Money::ZERO;
    design.assumptions.enablement_per_partner_year = Money::ZERO;
    // With no deals won there is no commission either.
    for profile in &mut design.archetypes.catalogue {
        profile.pool.deals_per_partner = Deals::new(Decimal::ZERO).unwrap();
    }
    fires(&design, "economics.no-cost");
    quiet(&design, "economics.low-return");
}

#[test]
fn a_costed_program_raises_no_cost_finding() {
    quiet(&series_b(), "economics.no-cost");
}
