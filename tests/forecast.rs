#![cfg(not(target_arch = "wasm32"))]
//! The forecast: one design worked through by hand quarter by quarter, the closing lag, the
//! cost lines, the yearly summaries against the floors, and the edges (no partners, a zero win
//! rate, money at its maximum) where the engine must answer without panicking.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::catalogue::sourced_share_floor;
use partner_blueprint::domain::forecast::{
    Forecast, MAX_QUARTERS, MIN_QUARTERS, forecast, months, outline, partner_win_rate,
};
use partner_blueprint::domain::journey::StageKind;
use partner_blueprint::domain::operating::{CompensationModel, Role, RoleKind};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{
    Amount, Days, Deals, Horizon, Id, MONEY_MAX, Money, Percent, PlanDate, ProgramQuarter,
    Recruits, Relative, Whole,
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
        starts: None,
        owns_metric: None,
        accountabilities: Vec::new(),
    }
}

/// The hand-worked design, month by month from the hire, one archetype (referral partners):
/// recruiting starts on 10 partners a month (30 a quarter) and they are signed at once (a 0-day
/// recruit stage); half of them become active 61 days later (30 + 31 days of onboard and
/// activate: two months); no churn; one deal a partner a month (3 a quarter), half of them
/// qualified, 10,000 each; a 20 % direct win rate lifted 25 % to 25 %, closing after a 91-day
/// partner cycle (three months, one quarter); direct pipeline of 100,000 a quarter growing
/// 10 % a quarter; one 60,000-a-year role, 1,000 co-marketing and 500 tools a quarter, and a
/// referral fee of 10 % of the first year's value.
fn hand_design() -> Design {
    let mut design = Template::Blank.design(date(2026, 1, 5));
    design.firm.average_deal_size = Money::whole(10_000);
    design.firm.direct_win_rate = pct(20);
    design.firm.sales_cycle_days = Days::of(146);
    design.firm.partner_sales_cycle_days = Days::of(91);
    design.firm.direct_pipeline_per_quarter = Money::whole(100_000);
    set_days(&mut design, StageKind::Recruit, 0);
    set_days(&mut design, StageKind::Onboard, 30);
    set_days(&mut design, StageKind::Activate, 31);
    choose(&mut design, ArchetypeKind::Referral, 50, 3);
    let a = &mut design.assumptions;
    a.quarters = Horizon::of(8);
    a.recruits_per_quarter = vec![Recruits::of(30)];
    a.registration_to_pipeline = pct(50);
    a.win_rate_lift = pct(25);
    a.churn_per_quarter = Percent::ZERO;
    a.co_marketing_per_quarter = Money::whole(1_000);
    a.direct_pipeline_growth = pct(10);
    design.operating.roles = vec![role("partner-manager", 60_000)];
    design.operating.tooling.cost_per_quarter = Money::whole(500);
    design.operating.compensation.model = CompensationModel::FirstProject { rate: pct(10) };
    design
}

/// Chooses `kind`, with its activation rate, deals a partner a quarter, the firm's average deal
/// size and a 10 % partner share.
fn choose(design: &mut Design, kind: ArchetypeKind, activation: u32, deals: u32) {
    let profile = design.archetypes.get_mut(kind).expect("in the catalogue");
    profile.chosen = true;
    profile.pool.activation_rate = pct(activation);
    profile.pool.deals_per_partner = Deals::of(deals);
    profile.pool.deal_size = Relative::of(100);
    profile.economics.partner_share = pct(10);
}

fn set_days(design: &mut Design, kind: StageKind, days: u32) {
    for stage in &mut design.journey.stages {
        if stage.kind == kind {
            stage.duration_days = Days::of(days);
        }
    }
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
    // Signed: 10 a month from month 1, 30 a quarter.
    assert_eq!(column(&f, |q| q.recruited), decimals(&["30"; 8]));
    // Active in program month m (1-based): 5 more each month from month 3, the cohort whose
    // recruiting started two months earlier, none lost: 5 (m − 2). At each quarter's end,
    // months 3, 6, 9, …: 5, 20, 35, 50, 65, 80, 95, 110.
    assert_eq!(
        column(&f, |q| q.active_partners),
        decimals(&["5", "20", "35", "50", "65", "80", "95", "110"])
    );
    // Registered: one a partner a month, summed over the quarter's months:
    // Q1 0 + 0 + 5; Q2 10 + 15 + 20; Q3 25 + 30 + 35; … each quarter 45 more.
    assert_eq!(
        column(&f, |q| q.registered_deals),
        decimals(&["5", "45", "90", "135", "180", "225", "270", "315"])
    );
    // Half become opportunities, of 10,000 each.
    assert_eq!(
        column(&f, |q| q.opportunities),
        decimals(&["2.5", "22.5", "45", "67.5", "90", "112.5", "135", "157.5"])
    );
    assert_eq!(
        column(&f, |q| q.pipeline),
        decimals(&[
            "25000", "225000", "450000", "675000", "900000", "1125000", "1350000", "1575000"
        ])
    );
    // A quarter of the opportunities are won, three months (one quarter) later: each
    // quarter's closed-won is the previous quarter's opportunities × 25 % (0.625, 5.625, …,
    // reported to two places, a half to the even digit).
    assert_eq!(
        column(&f, |q| q.closed_won_deals),
        decimals(&[
            "0", "0.62", "5.62", "11.25", "16.88", "22.5", "28.12", "33.75"
        ])
    );
    // Revenue = the exact deals × 10,000, rounded to cents once: 0.625 × 10,000 = 6,250.
    assert_eq!(
        column(&f, |q| q.closed_won_revenue),
        decimals(&[
            "0", "6250", "56250", "112500", "168750", "225000", "281250", "337500"
        ])
    );
    // Direct: 100,000 × 1.1^(q − 1), a third of it each month.
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
    // Share: 25,000 / 125,000 = 20 %; 225,000 / 335,000 = 67.16 %; 450,000 / 571,000 =
    // 78.81 %; 675,000 / 808,100 = 83.53 %; …
    assert_eq!(
        column(&f, |q| q.sourced_share),
        decimals(&[
            "20", "67.16", "78.81", "83.53", "86.01", "87.48", "88.4", "88.99"
        ])
    );
}

#[test]
fn the_hand_worked_design_costs_and_pays_back_as_computed() {
    let f = forecast(&hand_design());
    // Roles 60,000 / 4 = 15,000; co-marketing 1,000; tools 500; commission 10 % of revenue.
    let q3 = &f.quarters[2];
    assert_eq!(q3.cost.roles, d("15000"));
    assert_eq!(q3.cost.co_marketing, d("1000"));
    assert_eq!(q3.cost.tools, d("500"));
    assert_eq!(q3.cost.commissions, d("5625"));
    assert_eq!(q3.cost.total, d("22125"));
    assert_eq!(
        column(&f, |q| q.cost.total),
        decimals(&[
            "16500", "17125", "22125", "27750", "33375", "39000", "44625", "50250"
        ])
    );
    assert_eq!(
        column(&f, |q| q.cumulative_cost),
        decimals(&[
            "16500", "33625", "55750", "83500", "116875", "155875", "200500", "250750"
        ])
    );
    assert_eq!(
        column(&f, |q| q.cumulative_revenue),
        decimals(&[
            "0", "6250", "62500", "175000", "343750", "568750", "850000", "1187500"
        ])
    );
    // Q3: 62,500 ≥ 55,750.
    assert_eq!(f.payback_quarter, Some(3));
    // 1,187,500 / 250,750 = 4.73579…; (1,187,500 − 250,750) / 250,750 = 3.73579….
    assert_eq!(f.revenue_to_cost, Some(d("4.7358")));
    assert_eq!(f.net_roi, Some(d("3.7358")));
    assert_eq!(f.total_revenue(), d("1187500"));
    assert_eq!(f.total_cost(), d("250750"));
}

#[test]
fn the_hand_worked_design_sums_its_years_against_the_floors() {
    let f = forecast(&hand_design());
    assert_eq!(f.years.len(), 2);
    let y1 = f.year(1).expect("year 1");
    // Partner 25,000 + 225,000 + 450,000 + 675,000 = 1,375,000; direct 464,100.
    assert_eq!(y1.partner_pipeline, d("1375000"));
    assert_eq!(y1.direct_pipeline, d("464100"));
    // 1,375,000 / 1,839,100 = 74.7648… %.
    assert_eq!(y1.sourced_share, d("74.76"));
    assert_eq!(y1.floor, pct(15));
    assert!(y1.meets_floor);
    assert_eq!(y1.revenue, d("175000"));
    assert_eq!(y1.cost, d("83500"));
    // 175,000 / 83,500.
    assert_eq!(y1.revenue_to_cost, Some(d("2.0958")));
    let y2 = f.year(2).expect("year 2");
    assert_eq!(y2.floor, pct(25));
    assert_eq!(y2.quarters, 4);
}

#[test]
fn churn_takes_a_third_of_the_quarters_rate_each_month() {
    let mut design = hand_design();
    design.assumptions.churn_per_quarter = pct(30);
    let f = forecast(&design);
    // 10 % a month: month 3: 5; month 4: 4.5 + 5 = 9.5; month 5: 8.55 + 5 = 13.55;
    // month 6: 12.195 + 5 = 17.195.
    assert_eq!(
        &column(&f, |q| q.active_partners)[..2],
        &decimals(&["5", "17.2"])
    );
    // Q2 registered: 9.5 + 13.55 + 17.195 = 40.245, a half to the even digit.
    assert_eq!(f.quarters[1].registered_deals, d("40.24"));
}

#[test]
fn the_monthly_chain_is_there_to_read() {
    let design = hand_design();
    let months = months(&design, 8);
    assert_eq!(months.len(), 24);
    let active: Vec<Decimal> = months[..6].iter().map(|m| m.active).collect();
    assert_eq!(active, decimals(&["0", "0", "5", "10", "15", "20"]));
    // The first won deals close three months after the first opportunities (month 3).
    assert!(months[..5].iter().all(|m| m.closed_won_deals.is_zero()));
    assert_eq!(months[5].closed_won_deals, d("0.625"));
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
fn a_hire_dated_before_the_design_is_done_starts_the_program_when_it_is() {
    let mut design = hand_design();
    design.operating.timeline.partnerships_hire = PlanDate::new(date(2025, 12, 1)).unwrap();
    // The blank template's design is complete on kickoff + 39 days.
    assert_eq!(forecast(&design).quarters[0].starts, date(2026, 2, 13));
    design.operating.timeline.design_complete = PlanDate::new(date(2025, 12, 1)).unwrap();
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
    // A 46-day recruit stage (two months) signs each month's recruits two months later.
    set_days(&mut design, StageKind::Recruit, 46);
    let recruited = column(&forecast(&design), |q| q.recruited);
    assert_eq!(
        recruited,
        decimals(&["1.33", "5.33", "7.33", "6", "6", "6", "6", "6"])
    );
}

#[test]
fn a_zero_day_partner_cycle_closes_deals_in_the_month_they_open() {
    let mut design = hand_design();
    design.firm.partner_sales_cycle_days = Days::of(0);
    let f = forecast(&design);
    // Q1: 2.5 opportunities × 25 % = 0.625.
    assert_eq!(f.quarters[0].closed_won_deals, d("0.62"));
    assert_eq!(f.quarters[0].closed_won_revenue, d("6250"));
}

#[test]
fn the_direct_cycle_does_not_move_partner_deals() {
    let mut design = hand_design();
    design.firm.sales_cycle_days = Days::of(365);
    assert_eq!(forecast(&design), forecast(&hand_design()));
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
    assert_eq!(f.quarters[1].pipeline, d("225000"));
    assert!(f.quarters.iter().all(|q| q.closed_won_deals.is_zero()));
    assert!(f.quarters.iter().all(|q| q.cost.commissions.is_zero()));
}

#[test]
fn a_zero_deal_size_counts_deals_but_no_money() {
    let mut design = hand_design();
    design.firm.average_deal_size = Money::ZERO;
    let f = forecast(&design);
    assert_eq!(f.quarters[3].closed_won_deals, d("11.25"));
    assert!(
        f.quarters
            .iter()
            .all(|q| q.pipeline.is_zero() && q.closed_won_revenue.is_zero())
    );
}

#[test]
fn each_pool_is_costed_at_its_own_share() {
    let mut design = hand_design();
    // A delivery partner beside the referral partners, alike but for a 40 % revenue split;
    // with no recruit shares set the two split the recruits evenly.
    choose(&mut design, ArchetypeKind::Subcontractor, 50, 3);
    design
        .archetypes
        .get_mut(ArchetypeKind::Subcontractor)
        .expect("in the catalogue")
        .economics
        .partner_share = pct(40);
    let f = forecast(&design);
    let q4 = &f.quarters[3];
    // The same program as the hand-worked design, half in each pool.
    assert_eq!(q4.closed_won_revenue, d("112500"));
    assert_eq!(q4.pools.len(), 2);
    assert!(q4.pools.iter().all(|p| p.revenue == d("56250")));
    // 10 % of the referral pool's 56,250 and 40 % of the delivery pool's: 5,625 + 22,500.
    assert_eq!(q4.cost.commissions, d("28125"));
    let kinds: Vec<ArchetypeKind> = q4.pools.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [ArchetypeKind::Referral, ArchetypeKind::Subcontractor]
    );
}

#[test]
fn recruit_shares_weigh_the_pools() {
    let mut design = hand_design();
    choose(&mut design, ArchetypeKind::Agency, 50, 3);
    for (kind, share) in [(ArchetypeKind::Referral, 75), (ArchetypeKind::Agency, 25)] {
        design
            .archetypes
            .get_mut(kind)
            .expect("in the catalogue")
            .pool
            .recruit_share = pct(share);
    }
    let q1 = &forecast(&design).quarters[0];
    let recruited: Vec<Decimal> = q1.pools.iter().map(|p| p.recruited).collect();
    assert_eq!(recruited, decimals(&["22.5", "7.5"]));
}

#[test]
fn subscriptions_renew_at_the_gross_retention_and_recurring_margins_follow() {
    let mut design = hand_design();
    design.firm.sells_subscriptions = true;
    design.assumptions.gross_retention = pct(90);
    // Deals won in program month m (1-based) are worth 6,250 × (m − 5) from month 6; a year
    // later 90 % of that renews: month 18 renews month 6's 6,250 × 90 % = 5,625.
    let f = forecast(&design);
    let recurring = column(&f, |q| q.recurring_revenue);
    // Q6 (months 16–18): 5,625; Q7 (19–21): 0.9 × 6,250 × (2 + 3 + 4) = 50,625;
    // Q8 (22–24): 0.9 × 6,250 × (5 + 6 + 7) = 101,250.
    assert_eq!(
        recurring,
        decimals(&["0", "0", "0", "0", "0", "5625", "50625", "101250"])
    );
    // New pipeline only in the sourced share; revenue counts both.
    assert_eq!(
        f.quarters[5].sourced_share,
        forecast(&hand_design()).quarters[5].sourced_share
    );
    assert_eq!(f.quarters[5].revenue(), d("230625"));
    // A referral fee is paid on the first year only: 10 % of Q6's new 225,000.
    assert_eq!(f.quarters[5].cost.commissions, d("22500"));
    // An MSP's margin follows the renewals: 10 % of 225,000 + 5,625.
    let referral = design
        .archetypes
        .get_mut(ArchetypeKind::Referral)
        .expect("in the catalogue");
    referral.chosen = false;
    choose(&mut design, ArchetypeKind::Msp, 50, 3);
    assert_eq!(forecast(&design).quarters[5].cost.commissions, d("23062.5"));
}

#[test]
fn costs_start_when_their_roles_and_tools_do() {
    let mut design = hand_design();
    // A partner manager to hire three months into the program, and a PRM from quarter 3.
    let mut manager = role("manager-to-hire", 120_000);
    manager.starts = Some(PlanDate::new(date(2026, 5, 13)).unwrap());
    design.operating.roles.push(manager);
    design.operating.tooling.prm_from_quarter = Some(ProgramQuarter::of(3));
    design.operating.tooling.prm_cost_per_quarter = Money::whole(2_000);
    design.assumptions.enablement_per_partner_year = Money::whole(1_200);
    let f = forecast(&design);
    // The program starts on 23 February 2026, the blank template's hire; a role costs from the
    // first month that starts after it does, so the manager (13 May) costs from 23 May, the
    // first day of quarter 2: 10,000 a month.
    assert_eq!(f.quarters[0].cost.roles, d("15000"));
    assert_eq!(f.quarters[1].cost.roles, d("45000"));
    assert_eq!(
        column(&f, |q| q.cost.tools)[..4],
        decimals(&["500", "500", "2500", "2500"])
    );
    // Enablement: 100 a month for each active partner: Q1 has 5 in month 3, Q2 10 + 15 + 20.
    assert_eq!(f.quarters[0].cost.enablement, d("500"));
    assert_eq!(f.quarters[1].cost.enablement, d("4500"));
}

#[test]
fn money_at_its_maximum_saturates_instead_of_panicking() {
    let mut design = hand_design();
    let max = Money::new(MONEY_MAX).expect("the maximum is valid");
    design.firm.average_deal_size = max;
    design.firm.direct_pipeline_per_quarter = max;
    design.firm.direct_win_rate = pct(100);
    design.firm.partner_sales_cycle_days = Days::of(0);
    design.assumptions.recruits_per_quarter = vec![Recruits::of(Recruits::MAX)];
    for profile in &mut design.archetypes.catalogue {
        profile.chosen = true;
        profile.pool.deals_per_partner = Deals::new(Deals::MAX).unwrap();
        profile.pool.activation_rate = pct(100);
        profile.pool.deal_size = Relative::new(Relative::MAX).unwrap();
        profile.economics.partner_share = pct(100);
    }
    design.firm.sells_subscriptions = true;
    design.assumptions.gross_retention = pct(100);
    design.assumptions.enablement_per_partner_year = max;
    design.operating.tooling.prm_cost_per_quarter = max;
    set_days(&mut design, StageKind::Onboard, 0);
    set_days(&mut design, StageKind::Activate, 0);
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
    for profile in &mut design.archetypes.catalogue {
        profile.pool.deals_per_partner = Deals::of(0);
    }
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
        to_activate in prop_oneof![0u32..400, Just(Days::MAX)],
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
        let referral = design.archetypes.get_mut(ArchetypeKind::Referral).unwrap();
        referral.pool.activation_rate = pct(activation);
        referral.pool.deals_per_partner = Deals::new(deals.clamp(Decimal::ZERO, Deals::MAX)).unwrap();
        let a = &mut design.assumptions;
        a.quarters = Horizon::clamped(quarters);
        a.recruits_per_quarter = recruits.into_iter().map(Recruits::clamped).collect();
        a.registration_to_pipeline = pct(conversion);
        a.win_rate_lift = pct(lift);
        a.churn_per_quarter = pct(churn);
        a.direct_pipeline_growth = pct(growth);
        design.firm.direct_win_rate = pct(win);
        design.firm.partner_sales_cycle_days = Days::clamped(cycle);
        set_days(&mut design, StageKind::Activate, to_activate);
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

#[test]
fn the_outline_reports_the_same_money_and_years_as_the_forecast() {
    let mut designs = vec![hand_design()];
    designs.extend(
        [Template::SeriesBSaas, Template::ServicesFirm].map(|t| t.design(date(2026, 1, 5))),
    );
    for design in designs {
        let (full, outline) = (forecast(&design), outline(&design));
        assert_eq!(outline.years, full.years);
        assert_eq!(outline.revenue_to_cost, full.revenue_to_cost);
        assert_eq!(outline.payback_quarter, full.payback_quarter);
        for (o, f) in outline.quarters.iter().zip(&full.quarters) {
            assert_eq!(
                (
                    o.pipeline,
                    o.direct_pipeline,
                    o.revenue(),
                    o.cost,
                    o.cumulative_cost
                ),
                (
                    f.pipeline,
                    f.direct_pipeline,
                    f.revenue(),
                    f.cost,
                    f.cumulative_cost
                )
            );
        }
    }
}
