#![cfg(not(target_arch = "wasm32"))]
//! The forecast: one design worked through by hand quarter by quarter, the closing lag, the
//! cost lines, the yearly summaries against the floors, and the edges (no partners, a zero win
//! rate, money at its maximum) where the engine must answer without panicking.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::catalogue::sourced_share_floor;
use partner_blueprint::domain::forecast::{
    ClosingLag, Forecast, MAX_QUARTERS, MIN_QUARTERS, forecast, partner_win_rate,
};
use partner_blueprint::domain::operating::{
    CommissionTrigger, CompensationModel, Role, RoleKind, VolumeBand,
};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{
    Amount, Count, Days, Deals, Horizon, Id, MONEY_MAX, Money, Percent, PlanDate, QuarterCount,
    Recruits, Whole,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().expect("a decimal literal")
}

fn pct(value: u32) -> Percent {
    Percent::whole(value)
}

fn date(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real date")
}

fn role(id: &str, annual_cost: u64) -> Role {
    Role {
        id: Id::new(id).expect("a valid id"),
        title: id.to_owned(),
        kind: RoleKind::PartnerManager,
        person: String::new(),
        time_share: pct(100),
        annual_cost: Money::whole(annual_cost),
        owns_metric: None,
        accountabilities: Vec::new(),
    }
}

/// The hand-worked design: 10 recruits a quarter, half of them active a quarter later, 10 %
/// churn, 2 deals per active partner, half of them qualified, 10,000 deals, a 20 % direct win
/// rate lifted 25 % to 25 %, a 146-day cycle (1.6 quarters), direct pipeline of 100,000 growing
/// 10 % a quarter; one 60,000-a-year role, 1,000 co-marketing and 500 tools a quarter, 10 % of
/// the first project.
fn hand_design() -> Design {
    let mut design = Template::Blank.design(date(2026, 1, 5));
    design.firm.average_deal_size = Money::whole(10_000);
    design.firm.direct_win_rate = pct(20);
    design.firm.sales_cycle_days = Days::of(146);
    design.firm.direct_pipeline_per_quarter = Money::whole(100_000);
    let a = &mut design.assumptions;
    a.quarters = Horizon::of(8);
    a.recruits_per_quarter = vec![Recruits::of(10)];
    a.activation_rate = pct(50);
    a.quarters_to_activate = QuarterCount::of(1);
    a.deals_per_active_partner = Deals::new(d("2")).unwrap();
    a.registration_to_pipeline = pct(50);
    a.win_rate_lift = pct(25);
    a.churn_per_quarter = pct(10);
    a.co_marketing_per_quarter = Money::whole(1_000);
    a.direct_pipeline_growth = pct(10);
    design.operating.roles = vec![role("partner-manager", 60_000)];
    design.operating.tooling.cost_per_quarter = Money::whole(500);
    design.operating.compensation.model = CompensationModel::FirstProject { rate: pct(10) };
    design
}

fn column(
    f: &Forecast,
    pick: impl Fn(&partner_blueprint::domain::forecast::QuarterForecast) -> Decimal,
) -> Vec<Decimal> {
    f.quarters.iter().map(pick).collect()
}

fn decimals(values: &[&str]) -> Vec<Decimal> {
    values.iter().map(|v| d(v)).collect()
}

#[test]
fn the_hand_worked_design_matches_its_arithmetic_quarter_by_quarter() {
    let f = forecast(&hand_design());
    assert_eq!(f.quarters.len(), 8);
    // Active: a(q) = 0.9 × a(q−1) + 0.5 × 10 from quarter 2 (one quarter to activate).
    // Q1 0; Q2 5; Q3 4.5 + 5 = 9.5; Q4 8.55 + 5 = 13.55; Q5 12.195 + 5 = 17.195;
    // Q6 15.4755 + 5 = 20.4755; Q7 18.42795 + 5 = 23.42795; Q8 21.085155 + 5 = 26.085155.
    assert_eq!(
        column(&f, |q| q.active_partners),
        decimals(&["0", "5", "9.5", "13.55", "17.2", "20.48", "23.43", "26.09"])
    );
    // Registered = 2 × active; pipeline = registered × 50 % × 10,000 = active × 10,000.
    assert_eq!(
        column(&f, |q| q.registered_deals),
        decimals(&["0", "10", "19", "27.1", "34.39", "40.95", "46.86", "52.17"])
    );
    assert_eq!(
        column(&f, |q| q.pipeline),
        decimals(&[
            "0",
            "50000",
            "95000",
            "135500",
            "171950",
            "204755",
            "234279.5",
            "260851.55"
        ])
    );
    // Won from quarter q = active(q) × 0.25 (opportunities = active, win rate 20 % × 1.25).
    // The 1.6-quarter lag books 40 % of them in q + 1 and 60 % in q + 2:
    // Q3 = 0.4 × 1.25 = 0.5; Q4 = 0.6 × 1.25 + 0.4 × 2.375 = 0.75 + 0.95 = 1.7;
    // Q5 = 0.6 × 2.375 + 0.4 × 3.3875 = 1.425 + 1.355 = 2.78;
    // Q6 = 0.6 × 3.3875 + 0.4 × 4.29875 = 2.0325 + 1.7195 = 3.752;
    // Q7 = 0.6 × 4.29875 + 0.4 × 5.118875 = 2.57925 + 2.04755 = 4.6268;
    // Q8 = 0.6 × 5.118875 + 0.4 × 5.8569875 = 3.071325 + 2.342795 = 5.41412.
    assert_eq!(
        column(&f, |q| q.closed_won_deals),
        decimals(&["0", "0", "0.5", "1.7", "2.78", "3.75", "4.63", "5.41"])
    );
    // Revenue = exact deals × 10,000, rounded to cents once.
    assert_eq!(
        column(&f, |q| q.closed_won_revenue),
        decimals(&[
            "0", "0", "5000", "17000", "27800", "37520", "46268", "54141.2"
        ])
    );
    // Direct: 100,000 × 1.1^(q−1).
    assert_eq!(
        column(&f, |q| q.direct_pipeline),
        decimals(&[
            "100000",
            "110000",
            "121000",
            "133100",
            "146410",
            "161051",
            "177156.1",
            "194871.71"
        ])
    );
    // Share: 50,000 / 160,000 = 31.25 %; 95,000 / 216,000 = 43.98 %; 135,500 / 268,600 =
    // 50.45 %; 171,950 / 318,360 = 54.01 %; …
    assert_eq!(
        column(&f, |q| q.sourced_share),
        decimals(&[
            "0", "31.25", "43.98", "50.45", "54.01", "55.97", "56.94", "57.24"
        ])
    );
}

#[test]
fn the_hand_worked_design_costs_and_pays_back_as_computed() {
    let f = forecast(&hand_design());
    // Roles 60,000 / 4 = 15,000; co-marketing 1,000; tools 500; commission 10 % of revenue.
    let q7 = &f.quarters[6];
    assert_eq!(q7.cost.roles, d("15000"));
    assert_eq!(q7.cost.co_marketing, d("1000"));
    assert_eq!(q7.cost.tools, d("500"));
    assert_eq!(q7.cost.commissions, d("4626.8"));
    assert_eq!(q7.cost.total, d("21126.8"));
    assert_eq!(
        column(&f, |q| q.cost.total),
        decimals(&[
            "16500", "16500", "17000", "18200", "19280", "20252", "21126.8", "21914.12"
        ])
    );
    assert_eq!(
        column(&f, |q| q.cumulative_cost),
        decimals(&[
            "16500",
            "33000",
            "50000",
            "68200",
            "87480",
            "107732",
            "128858.8",
            "150772.92"
        ])
    );
    assert_eq!(
        column(&f, |q| q.cumulative_revenue),
        decimals(&[
            "0", "0", "5000", "22000", "49800", "87320", "133588", "187729.2"
        ])
    );
    // Q6: 87,320 < 107,732; Q7: 133,588 ≥ 128,858.80.
    assert_eq!(f.payback_quarter, Some(7));
    // 187,729.20 / 150,772.92 = 1.24511…; (187,729.20 − 150,772.92) / 150,772.92 = 0.24511….
    assert_eq!(f.revenue_to_cost, Some(d("1.2451")));
    assert_eq!(f.net_roi, Some(d("0.2451")));
    assert_eq!(f.total_revenue(), d("187729.2"));
    assert_eq!(f.total_cost(), d("150772.92"));
}

#[test]
fn the_hand_worked_design_sums_its_years_against_the_floors() {
    let f = forecast(&hand_design());
    assert_eq!(f.years.len(), 2);
    let y1 = f.year(1).expect("year 1");
    // Partner 0 + 50,000 + 95,000 + 135,500 = 280,500; direct 464,100; 280,500 / 744,600.
    assert_eq!(y1.partner_pipeline, d("280500"));
    assert_eq!(y1.direct_pipeline, d("464100"));
    assert_eq!(y1.sourced_share, d("37.67"));
    assert_eq!(y1.floor, pct(15));
    assert!(y1.meets_floor);
    assert_eq!(y1.revenue, d("22000"));
    assert_eq!(y1.cost, d("68200"));
    assert_eq!(y1.revenue_to_cost, Some(d("0.3226")));
    let y2 = f.year(2).expect("year 2");
    // 871,836.05 / (871,836.05 + 679,488.81).
    assert_eq!(y2.sourced_share, d("56.2"));
    assert_eq!(y2.floor, pct(25));
    assert_eq!(y2.quarters, 4);
}

#[test]
fn quarters_start_on_the_hire_date_three_calendar_months_apart() {
    let f = forecast(&hand_design());
    // The blank template hires on kickoff + 49 days: 23 February 2026.
    let starts: Vec<NaiveDate> = f.quarters.iter().map(|q| q.starts).collect();
    assert_eq!(starts[0], date(2026, 2, 23));
    assert_eq!(starts[1], date(2026, 5, 23));
    assert_eq!(starts[7], date(2027, 11, 23));
}

#[test]
fn a_hire_dated_before_the_kickoff_starts_the_program_at_the_kickoff() {
    let mut design = hand_design();
    design.operating.timeline.partnerships_hire = PlanDate::new(date(2025, 12, 1)).unwrap();
    assert_eq!(forecast(&design).quarters[0].starts, date(2026, 1, 5));
}

#[test]
fn the_horizon_is_clamped_to_eight_to_twelve_quarters() {
    let mut design = hand_design();
    design.assumptions.quarters = Horizon::of(3);
    assert_eq!(forecast(&design).quarters.len() as u32, MIN_QUARTERS);
    design.assumptions.quarters = Horizon::of(40);
    let f = forecast(&design);
    assert_eq!(f.quarters.len() as u32, MAX_QUARTERS);
    assert_eq!(f.years.len(), 3);
    design.assumptions.quarters = Horizon::of(10);
    let f = forecast(&design);
    assert_eq!(f.years.len(), 3);
    assert_eq!(f.year(3).expect("a partial year 3").quarters, 2);
    assert_eq!(f.year(3).expect("year 3").floor, pct(35));
}

#[test]
fn the_floors_are_fifteen_twenty_five_thirty_five_and_stay_at_thirty_five() {
    let floors: Vec<Percent> = (0..=5).map(sourced_share_floor).collect();
    assert_eq!(floors, [15, 15, 25, 35, 35, 35].map(pct));
}

#[test]
fn a_year_carries_the_scoreboard_target_when_one_is_set() {
    let mut design = hand_design();
    design.scoreboard.sourced_share_targets = vec![pct(10)];
    let f = forecast(&design);
    assert_eq!(f.year(1).expect("year 1").target, Some(pct(10)));
    assert_eq!(f.year(2).expect("year 2").target, None);
}

#[test]
fn the_recruiting_list_repeats_its_last_figure() {
    let mut design = hand_design();
    design.assumptions.recruits_per_quarter =
        vec![Recruits::of(4), Recruits::of(8), Recruits::of(6)];
    let recruited = column(&forecast(&design), |q| q.recruited);
    assert_eq!(
        recruited,
        decimals(&["4", "8", "6", "6", "6", "6", "6", "6"])
    );
}

#[test]
fn the_sales_cycle_becomes_whole_quarters_and_a_fraction() {
    assert_eq!(
        ClosingLag::from_days(146),
        ClosingLag {
            quarters: 1,
            fraction: d("0.6")
        }
    );
    assert_eq!(
        ClosingLag::from_days(365),
        ClosingLag {
            quarters: 4,
            fraction: Decimal::ZERO
        }
    );
    assert_eq!(
        ClosingLag::from_days(0),
        ClosingLag {
            quarters: 0,
            fraction: Decimal::ZERO
        }
    );
    let lag = ClosingLag::from_days(u32::MAX);
    assert!(lag.quarters > 47_000_000);
}

#[test]
fn a_zero_day_cycle_closes_deals_in_the_quarter_they_open() {
    let mut design = hand_design();
    design.firm.sales_cycle_days = Days::of(0);
    let f = forecast(&design);
    // Q2: 5 opportunities × 25 %.
    assert_eq!(f.quarters[1].closed_won_deals, d("1.25"));
    assert_eq!(f.quarters[1].closed_won_revenue, d("12500"));
}

#[test]
fn the_partner_win_rate_is_lifted_and_capped_at_one_hundred_percent() {
    let mut design = hand_design();
    assert_eq!(partner_win_rate(&design), d("0.25"));
    design.firm.direct_win_rate = pct(80);
    design.assumptions.win_rate_lift = pct(50);
    assert_eq!(partner_win_rate(&design), Decimal::ONE);
}

#[test]
fn a_program_without_partners_forecasts_no_pipeline_and_no_payback() {
    let mut design = hand_design();
    design.assumptions.recruits_per_quarter = Vec::new();
    let f = forecast(&design);
    assert!(
        f.quarters
            .iter()
            .all(|q| q.pipeline.is_zero() && q.sourced_share.is_zero())
    );
    assert_eq!(f.total_revenue(), Decimal::ZERO);
    assert_eq!(f.revenue_to_cost, Some(Decimal::ZERO));
    assert_eq!(f.net_roi, Some(-Decimal::ONE));
    assert_eq!(f.payback_quarter, None);
    assert!(!f.year(1).expect("year 1").meets_floor);
}

#[test]
fn a_program_that_spends_nothing_has_no_ratio() {
    let mut design = Template::Blank.design(date(2026, 1, 5));
    design.assumptions.recruits_per_quarter = Vec::new();
    let f = forecast(&design);
    assert_eq!(f.total_cost(), Decimal::ZERO);
    assert_eq!(f.revenue_to_cost, None);
    assert_eq!(f.net_roi, None);
    assert_eq!(f.payback_quarter, None);
    assert_eq!(f.year(1).expect("year 1").sourced_share, Decimal::ZERO);
}

#[test]
fn a_zero_win_rate_builds_pipeline_but_closes_nothing() {
    let mut design = hand_design();
    design.firm.direct_win_rate = Percent::ZERO;
    let f = forecast(&design);
    assert_eq!(f.quarters[1].pipeline, d("50000"));
    assert!(f.quarters.iter().all(|q| q.closed_won_deals.is_zero()));
    assert!(f.quarters.iter().all(|q| q.cost.commissions.is_zero()));
}

#[test]
fn a_zero_deal_size_counts_deals_but_no_money() {
    let mut design = hand_design();
    design.firm.average_deal_size = Money::ZERO;
    let f = forecast(&design);
    assert_eq!(f.quarters[3].closed_won_deals, d("1.7"));
    assert!(
        f.quarters
            .iter()
            .all(|q| q.pipeline.is_zero() && q.closed_won_revenue.is_zero())
    );
}

#[test]
fn a_flat_fee_on_qualified_introductions_is_paid_per_opportunity() {
    let mut design = hand_design();
    design.operating.compensation.trigger = Some(CommissionTrigger::QualifiedIntroduction);
    design.operating.compensation.model = CompensationModel::FlatFee {
        amount: Money::whole(300),
    };
    let f = forecast(&design);
    // Q2: 5 opportunities × 300.
    assert_eq!(f.quarters[1].cost.commissions, d("1500"));
    design.operating.compensation.trigger = Some(CommissionTrigger::ClosedDeal);
    let f = forecast(&design);
    // Q4: 1.7 won deals × 300.
    assert_eq!(f.quarters[1].cost.commissions, Decimal::ZERO);
    assert_eq!(f.quarters[3].cost.commissions, d("510"));
}

#[test]
fn volume_bands_in_the_forecast_pay_the_average_rate_of_a_partner_year() {
    let mut design = hand_design();
    design.operating.compensation.model = CompensationModel::TieredByVolume {
        bands: vec![
            VolumeBand {
                from_referrals: Count::of(1),
                rate: pct(10),
            },
            VolumeBand {
                from_referrals: Count::of(4),
                rate: pct(15),
            },
            VolumeBand {
                from_referrals: Count::of(11),
                rate: pct(20),
            },
        ],
    };
    // 2 deals a quarter = 8 referrals a year: 3 at 10 % and 5 at 15 %, 13.125 % on average.
    let f = forecast(&design);
    // Q4 revenue 17,000 × 13.125 % = 2,231.25.
    assert_eq!(f.quarters[3].cost.commissions, d("2231.25"));
}

#[test]
fn money_at_its_maximum_saturates_instead_of_panicking() {
    let mut design = hand_design();
    let max = Money::new(MONEY_MAX).expect("the maximum is valid");
    design.firm.average_deal_size = max;
    design.firm.direct_pipeline_per_quarter = max;
    design.firm.direct_win_rate = pct(100);
    design.firm.sales_cycle_days = Days::of(0);
    design.assumptions.recruits_per_quarter = vec![Recruits::of(Recruits::MAX)];
    design.assumptions.deals_per_active_partner = Deals::new(Deals::MAX).unwrap();
    design.assumptions.activation_rate = pct(100);
    design.assumptions.quarters_to_activate = QuarterCount::of(0);
    design.assumptions.direct_pipeline_growth = pct(100);
    design.assumptions.co_marketing_per_quarter = max;
    design.assumptions.quarters = Horizon::of(12);
    design.operating.tooling.cost_per_quarter = max;
    design.operating.roles = (0..200).map(|i| role(&format!("r-{i}"), 0)).collect();
    for r in &mut design.operating.roles {
        r.annual_cost = max;
    }
    let f = forecast(&design);
    assert_eq!(f.quarters.len(), 12);
    assert!(f.quarters.iter().all(|q| q.sourced_share <= d("100")));
    assert!(f.revenue_to_cost.is_some());
}

#[test]
fn negative_deals_per_partner_cannot_enter_a_design() {
    assert!(Deals::new(d("-3")).is_err());
    let mut design = hand_design();
    design.assumptions.deals_per_active_partner = Deals::of(0);
    let f = forecast(&design);
    assert!(f.quarters.iter().all(|q| q.registered_deals.is_zero()));
}

#[test]
fn the_series_b_template_grows_its_share_every_year_and_pays_back() {
    let f = forecast(&Template::SeriesBSaas.design(date(2026, 1, 5)));
    assert_eq!(f.years.len(), 3);
    let shares: Vec<Decimal> = f.years.iter().map(|y| y.sourced_share).collect();
    assert!(shares.windows(2).all(|w| w[0] < w[1]), "shares {shares:?}");
    assert!(f.payback_quarter.is_some());
    let year_three = f.year(3).expect("year 3");
    assert!(year_three.own_revenue_to_cost() > year_three.revenue_to_cost);
}

#[test]
fn reported_totals_carry_no_trailing_zeros() {
    let f = forecast(&Template::SeriesBSaas.design(date(2026, 1, 5)));
    for q in &f.quarters {
        assert_eq!(q.cumulative_cost, q.cumulative_cost.normalize());
        assert_eq!(q.cost.total, q.cost.total.normalize());
    }
}

proptest! {
    #[test]
    fn no_assumptions_make_the_forecast_panic(
        quarters in 0u32..40,
        recruits in proptest::collection::vec(any::<u32>(), 0..6),
        activation in 0u32..=100,
        to_activate in prop_oneof![0u32..14, Just(u32::MAX)],
        deals in prop_oneof![Just(Decimal::MAX), Just(Decimal::MIN), (0i64..1_000_000).prop_map(|n| Decimal::new(n, 3))],
        conversion in 0u32..=100,
        lift in 0u32..=100,
        churn in 0u32..=100,
        win in 0u32..=100,
        growth in 0u32..=100,
        cycle in prop_oneof![0u32..2_000, Just(u32::MAX)],
        deal_size in prop_oneof![Just(0u64), Just(10_000_000_000_000u64), 0u64..1_000_000],
        direct in prop_oneof![Just(0u64), Just(10_000_000_000_000u64), 0u64..100_000_000],
    ) {
        let mut design = hand_design();
        let a = &mut design.assumptions;
        a.quarters = Horizon::clamped(quarters);
        a.recruits_per_quarter = recruits.into_iter().map(Recruits::clamped).collect();
        a.activation_rate = pct(activation);
        a.quarters_to_activate = QuarterCount::clamped(to_activate);
        a.deals_per_active_partner = Deals::new(deals.clamp(Decimal::ZERO, Deals::MAX)).unwrap();
        a.registration_to_pipeline = pct(conversion);
        a.win_rate_lift = pct(lift);
        a.churn_per_quarter = pct(churn);
        a.direct_pipeline_growth = pct(growth);
        design.firm.direct_win_rate = pct(win);
        design.firm.sales_cycle_days = Days::clamped(cycle);
        design.firm.average_deal_size = Money::whole(deal_size);
        design.firm.direct_pipeline_per_quarter = Money::whole(direct);
        let f = forecast(&design);
        prop_assert!((8..=12).contains(&f.quarters.len()));
        for q in &f.quarters {
            prop_assert!(q.sourced_share >= Decimal::ZERO && q.sourced_share <= Decimal::ONE_HUNDRED);
            prop_assert!(q.cumulative_cost >= q.cost.total);
        }
    }
}
