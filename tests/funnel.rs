#![cfg(not(target_arch = "wasm32"))]
//! The partner funnel: totals over the horizon that agree with the quarter-by-quarter forecast.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{
    Days, Deals, Horizon, Money, Percent, QuarterCount, Recruits,
};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().expect("a decimal literal")
}

/// The forecast tests' hand-worked design: 10 recruits a quarter, half active a quarter later,
/// 10 % churn, 2 deals per active partner, half of them qualified, 10,000 deals, a 25 % partner
/// win rate and a 1.6-quarter cycle, over 8 quarters.
fn hand_design() -> Design {
    let kickoff = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    let mut design = Template::Blank.design(kickoff);
    design.firm.average_deal_size = Money::whole(10_000);
    design.firm.direct_win_rate = Percent::whole(20);
    design.firm.sales_cycle_days = Days::of(146);
    design.firm.direct_pipeline_per_quarter = Money::whole(100_000);
    let a = &mut design.assumptions;
    a.quarters = Horizon::of(8);
    a.recruits_per_quarter = vec![Recruits::of(10)];
    a.activation_rate = Percent::whole(50);
    a.quarters_to_activate = QuarterCount::of(1);
    a.deals_per_active_partner = Deals::new(d("2")).unwrap();
    a.registration_to_pipeline = Percent::whole(50);
    a.win_rate_lift = Percent::whole(25);
    a.churn_per_quarter = Percent::whole(10);
    design
}

#[test]
fn the_funnel_sums_the_quarters_and_takes_the_last_quarters_active_partners() {
    let f = forecast(&hand_design());
    // Opportunities = registered × 50 % = the active partners, quarter by quarter:
    // 0, 5, 9.5, 13.55, 17.2, 20.48, 23.43, 26.09 (each reported to two places).
    assert_eq!(
        f.quarters
            .iter()
            .map(|q| q.opportunities)
            .collect::<Vec<_>>(),
        ["0", "5", "9.5", "13.55", "17.2", "20.48", "23.43", "26.09"]
            .map(d)
            .to_vec()
    );
    let funnel = f.funnel();
    assert_eq!(funnel.quarters, 8);
    assert_eq!(funnel.recruited, d("80"));
    assert_eq!(funnel.active, d("26.09"));
    // 10 + 19 + 27.1 + 34.39 + 40.95 + 46.86 + 52.17.
    assert_eq!(funnel.registered_deals, d("230.47"));
    assert_eq!(funnel.opportunities, d("115.25"));
    // 50,000 + 95,000 + 135,500 + 171,950 + 204,755 + 234,279.5 + 260,851.55.
    assert_eq!(funnel.pipeline, d("1152336.05"));
    // 0.5 + 1.7 + 2.78 + 3.75 + 4.63 + 5.41, and their revenue.
    assert_eq!(funnel.closed_won_deals, d("18.77"));
    assert_eq!(funnel.closed_won_revenue, d("187729.2"));
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
