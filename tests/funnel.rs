#![cfg(not(target_arch = "wasm32"))]
//! The partner funnel: totals over the horizon that agree with the quarter-by-quarter forecast.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::journey::StageKind;
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Days, Deals, Horizon, Money, Percent, Recruits};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().expect("a decimal literal")
}

/// The forecast tests' hand-worked design, one archetype (referral partners): recruiting starts on 10 partners a month, signed at
/// once; half active two months later; no churn; one deal a partner a month, half qualified,
/// 10,000 each; a 25 % partner win rate and a three-month partner cycle, over 8 quarters.
fn hand_design() -> Design {
    let kickoff = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    let mut design = Template::Blank.design(kickoff);
    design.firm.average_deal_size = Money::whole(10_000);
    design.firm.direct_win_rate = Percent::whole(20);
    design.firm.partner_sales_cycle_days = Days::of(91);
    design.firm.direct_pipeline_per_quarter = Money::whole(100_000);
    for stage in &mut design.journey.stages {
        stage.duration_days = Days::of(match stage.kind {
            StageKind::Onboard => 30,
            StageKind::Activate => 31,
            _ => 0,
        });
    }
    let referral = design
        .archetypes
        .get_mut(ArchetypeKind::Referral)
        .expect("in the catalogue");
    referral.chosen = true;
    referral.pool.activation_rate = Percent::whole(50);
    referral.pool.deals_per_partner = Deals::of(3);
    let a = &mut design.assumptions;
    a.quarters = Horizon::of(8);
    a.recruits_per_quarter = vec![Recruits::of(30)];
    a.registration_to_pipeline = Percent::whole(50);
    a.win_rate_lift = Percent::whole(25);
    a.churn_per_quarter = Percent::ZERO;
    design
}

#[test]
fn the_funnel_sums_the_quarters_and_takes_the_last_quarters_active_partners() {
    let f = forecast(&hand_design());
    assert_eq!(
        f.quarters
            .iter()
            .map(|q| q.opportunities)
            .collect::<Vec<_>>(),
        ["2.5", "22.5", "45", "67.5", "90", "112.5", "135", "157.5"]
            .map(d)
            .to_vec()
    );
    let funnel = f.funnel();
    assert_eq!(funnel.quarters, 8);
    assert_eq!(funnel.recruited, d("240"));
    assert_eq!(funnel.active, d("110"));
    // 5 + 45 + 90 + 135 + 180 + 225 + 270 + 315.
    assert_eq!(funnel.registered_deals, d("1265"));
    assert_eq!(funnel.opportunities, d("632.5"));
    assert_eq!(funnel.pipeline, d("6325000"));
    // 0 + 0.62 + 5.62 + 11.25 + 16.88 + 22.5 + 28.12 + 33.75 (each reported to two places),
    // and the revenue of the exact deals: the opportunities of Q1–Q7 × 25 % × 10,000.
    assert_eq!(funnel.closed_won_deals, d("118.74"));
    assert_eq!(funnel.closed_won_revenue, d("1187500"));
}

#[test]
fn a_program_without_recruits_has_an_empty_funnel() {
    let mut design = hand_design();
    design.assumptions.recruits_per_quarter.clear();
    let funnel = forecast(&design).funnel();
    assert_eq!(funnel.recruited, Decimal::ZERO);
    assert_eq!(funnel.active, Decimal::ZERO);
    assert_eq!(funnel.closed_won_revenue, Decimal::ZERO);
}
