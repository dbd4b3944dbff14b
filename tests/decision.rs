#![cfg(not(target_arch = "wasm32"))]
//! What must be true: each lever's required value for each goal, against a closed form worked
//! by hand, and confirmed on the forecast itself — the required value meets the goal and one step
//! worse misses it — on a hand-made design and on both filled templates.

use chrono::NaiveDate;
use partner_blueprint::domain::Design;
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::decision::{
    Direction, Goal, GoalNeeds, Lever, LeverKind, Moved, Need, RETURN_YEAR, SHARE_YEAR,
    must_be_true, quarterly_churn, tornado,
};
use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::journey::StageKind;
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Days, Deals, Horizon, Money, Percent, Recruits, Relative};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

fn pct(value: u32) -> Percent {
    Percent::whole(value)
}

fn kickoff() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date")
}

fn set_days(design: &mut Design, kind: StageKind, days: u32) {
    for stage in &mut design.journey.stages {
        if stage.kind == kind {
            stage.duration_days = Days::of(days);
        }
    }
}

/// Referral partners only, recruited at a flat n a quarter (n/3 a month from the program's
/// first month) and signed at once; half active two months after recruiting starts (30 + 31
/// days); no churn; one deal a partner a month, half qualified, 10,000 each. Direct pipeline
/// of 10,000,000 a quarter growing 10 % a quarter; twelve quarters.
fn hand_design() -> Design {
    let mut design = Template::Blank.design(kickoff());
    design.firm.average_deal_size = Money::whole(10_000);
    design.firm.direct_win_rate = pct(20);
    design.firm.partner_sales_cycle_days = Days::of(91);
    design.firm.direct_pipeline_per_quarter = Money::whole(10_000_000);
    set_days(&mut design, StageKind::Recruit, 0);
    set_days(&mut design, StageKind::Onboard, 30);
    set_days(&mut design, StageKind::Activate, 31);
    let referral = design
        .archetypes
        .get_mut(ArchetypeKind::Referral)
        .expect("in the catalogue");
    referral.chosen = true;
    referral.pool.activation_rate = pct(50);
    referral.pool.deals_per_partner = Deals::of(3);
    referral.pool.deal_size = Relative::of(100);
    let a = &mut design.assumptions;
    a.quarters = Horizon::of(12);
    a.recruits_per_quarter = vec![Recruits::of(30)];
    a.registration_to_pipeline = pct(50);
    a.win_rate_lift = pct(25);
    a.churn_per_quarter = Percent::ZERO;
    a.direct_pipeline_growth = pct(10);
    design
}

fn needs(design: &Design) -> Vec<GoalNeeds> {
    must_be_true(design, &forecast(design))
}

fn need_of(needs: &[GoalNeeds], goal: Goal, kind: LeverKind) -> Need {
    needs
        .iter()
        .find(|n| n.goal == goal)
        .and_then(|n| n.requirements.iter().find(|r| r.lever.kind == kind))
        .map(|r| r.need)
        .expect("the goal and the lever")
}

#[test]
fn the_recruits_the_year_two_floor_needs_are_the_closed_form() {
    let design = hand_design();
    // Month m (0-based) has (m − 1) × n/3 partners signed two months or more before, half of
    // them active, each registering one deal a month, half qualified at 10,000: pipeline(m) =
    // 0.5 × (m − 1) × n/3 × 5,000. Year two is months 12–23: Σ (m − 1) = 11 + … + 22 = 198, so
    // the year's partner pipeline is 165,000 × n.
    let per_recruit = Decimal::from(165_000);
    let growth = Decimal::new(11, 1);
    let direct: Decimal = (4..8)
        .map(|q| (0..q).fold(Decimal::from(10_000_000), |d, _| d * growth))
        .sum();
    let f = forecast(&design);
    let year_two = f.year(2).expect("year two");
    assert_eq!(year_two.direct_pipeline.round_dp(6), direct.round_dp(6));
    assert_eq!(
        year_two.partner_pipeline.round_dp(6),
        (per_recruit * Decimal::from(30)).round_dp(6)
    );
    // 25 % of the year's pipeline: P ≥ D × 25 / 75.
    let floor = Decimal::from(25);
    let asked = direct * floor / (Decimal::ONE_HUNDRED - floor);
    let closed_form = (asked / per_recruit).ceil();
    assert_eq!(closed_form, Decimal::from(138));
    assert_eq!(
        need_of(&needs(&design), Goal::Floor(2), LeverKind::Recruits),
        Need::Value(closed_form)
    );
}

#[test]
fn a_lever_that_cannot_move_the_share_says_so() {
    // The win-rate lift changes what closes, not what is registered: no lift meets a share
    // floor the design misses.
    let design = hand_design();
    let needs = needs(&design);
    assert!(
        !needs
            .iter()
            .find(|n| n.goal == Goal::Floor(2))
            .expect("a floor")
            .met
    );
    assert_eq!(
        need_of(&needs, Goal::Floor(2), LeverKind::Lift),
        Need::Unreachable
    );
    assert_eq!(
        need_of(&needs, Goal::Floor(2), LeverKind::PartnerCycle),
        Need::Unreachable
    );
}

/// Applies every required value and checks the goal is met there and missed one step worse;
/// and that a lever said unable misses the goal at its best.
fn confirm(design: &Design) -> usize {
    let mut checked = 0;
    for goal_needs in needs(design) {
        let (goal, threshold) = (goal_needs.goal, goal_needs.threshold);
        for r in &goal_needs.requirements {
            let met_at = |value: Decimal| {
                let mut moved = design.clone();
                r.lever.set(&mut moved, value);
                goal.met_by(&forecast(&moved), threshold)
            };
            let (min, max) = r.lever.range();
            let step = r.lever.step();
            match (r.need, r.lever.direction()) {
                (Need::Value(v), Direction::Up) => {
                    assert!(met_at(v), "{:?} {:?} at {v}", goal, r.lever);
                    if v > min {
                        assert!(!met_at(v - step), "{:?} {:?} below {v}", goal, r.lever);
                    }
                }
                (Need::Value(v), Direction::Down) => {
                    assert!(met_at(v), "{:?} {:?} at {v}", goal, r.lever);
                    if v < max {
                        assert!(!met_at(v + step), "{:?} {:?} above {v}", goal, r.lever);
                    }
                }
                (Need::Unreachable, Direction::Up) => assert!(!met_at(max)),
                (Need::Unreachable, Direction::Down) => assert!(!met_at(min)),
            }
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_required_value_meets_its_goal_and_one_step_worse_misses_it() {
    assert!(confirm(&hand_design()) > 20);
    for template in [Template::SeriesBSaas, Template::ServicesFirm] {
        assert!(
            confirm(&template.design(kickoff())) > 40,
            "{}",
            template.label()
        );
    }
}

#[test]
fn the_series_b_template_has_a_binding_lever_for_each_floor() {
    let design = Template::SeriesBSaas.design(kickoff());
    let needs = needs(&design);
    let levers = Lever::all(&design);
    for goal in [Goal::Floor(1), Goal::Floor(2), Goal::Floor(3)] {
        let n = needs.iter().find(|n| n.goal == goal).expect("the floor");
        assert_eq!(n.requirements.len(), levers.len());
        assert!(n.binding.is_some(), "{goal:?}");
    }
}

/// `design` with the tornado's assumption `moved` typed as `value`, set field by field here.
fn moved_to(design: &Design, moved: Moved, value: Decimal) -> Design {
    let mut d = design.clone();
    let percent = Percent::new(value.min(Decimal::ONE_HUNDRED)).expect("a percentage");
    match moved {
        Moved::Lever(lever) => match (lever.kind, lever.pool) {
            (LeverKind::Activation, Some(kind)) => {
                d.archetypes
                    .get_mut(kind)
                    .expect("chosen")
                    .pool
                    .activation_rate = percent;
            }
            (LeverKind::Deals, Some(kind)) => {
                d.archetypes
                    .get_mut(kind)
                    .expect("chosen")
                    .pool
                    .deals_per_partner = Deals::new(value).expect("deals");
            }
            (LeverKind::Lift, None) => d.assumptions.win_rate_lift = percent,
            (LeverKind::FirstDealDays, None) => {
                // The Series B onboard stage is shorter than the band's low: activate takes the rest.
                let onboard = d
                    .journey
                    .stages
                    .iter()
                    .find(|s| s.kind == StageKind::Onboard)
                    .map_or(0, |s| s.duration_days.get());
                let days = value.to_u32().expect("whole days");
                assert!(days >= onboard);
                set_days(&mut d, StageKind::Activate, days - onboard);
            }
            other => panic!("no such bar: {other:?}"),
        },
        Moved::Share(kind) => {
            d.archetypes
                .get_mut(kind)
                .expect("chosen")
                .economics
                .partner_share = percent;
        }
        Moved::Churn => d.assumptions.churn_per_quarter = percent,
        Moved::CoMarketing => {
            d.assumptions.co_marketing_per_quarter = Money::new(value).expect("money");
        }
        Moved::Retention => d.assumptions.gross_retention = percent,
    }
    d
}

#[test]
fn the_tornado_moves_each_assumption_to_its_bands_ends_widest_swing_first() {
    let design = Template::SeriesBSaas.design(kickoff());
    let base = forecast(&design);
    let bars = tornado(&design, &base);
    // Two pools (activation, deals, share each), lift, days to a first deal, churn,
    // co-marketing and, for a subscription firm, retention.
    assert_eq!(bars.len(), 11);
    for pair in bars.windows(2) {
        assert!(pair[0].share_swing() >= pair[1].share_swing());
    }
    for bar in &bars {
        for (value, share, ratio) in [
            (bar.low_value, bar.share.0, bar.ratio.0),
            (bar.high_value, bar.share.1, bar.ratio.1),
        ] {
            let f = forecast(&moved_to(&design, bar.moved, value));
            assert_eq!(
                share,
                f.year(SHARE_YEAR).expect("year two").sourced_share,
                "{}",
                bar.label
            );
            assert_eq!(
                ratio,
                f.year(RETURN_YEAR).and_then(|y| y.own_revenue_to_cost()),
                "{}",
                bar.label
            );
        }
    }
    // Deals are typed a quarter: a reseller or MSP's 3–50 a year is 0.8–12.5 a quarter.
    let msp_deals = bars
        .iter()
        .find(|b| {
            b.moved
                == Moved::Lever(Lever {
                    kind: LeverKind::Deals,
                    pool: Some(ArchetypeKind::Msp),
                })
        })
        .expect("the MSP pool's deals");
    assert_eq!(
        (msp_deals.low_value, msp_deals.high_value),
        (Decimal::new(8, 1), Decimal::new(125, 1))
    );
    // Churn's 0–15 % a year is 0–3.98 % a quarter.
    let churn = bars
        .iter()
        .find(|b| b.moved == Moved::Churn)
        .expect("churn");
    assert_eq!(churn.high_value, Decimal::new(398, 2));
    // Only what touches pipeline moves the share; fees and churn's effect on revenue move the
    // return.
    let fee = bars
        .iter()
        .find(|b| b.moved == Moved::Share(ArchetypeKind::SystemsIntegrator))
        .expect("the SI fee");
    assert_eq!(fee.share_swing(), Decimal::ZERO);
    assert!(fee.ratio_swing() > Decimal::ZERO);
}

#[test]
fn churn_a_quarter_and_a_year_agree() {
    for yearly in [0u32, 5, 10, 15, 50] {
        let quarterly = quarterly_churn(Decimal::from(yearly));
        let back = partner_blueprint::domain::bands::churn_a_year(quarterly);
        assert!(
            (back - Decimal::from(yearly)).abs() < Decimal::new(5, 2),
            "{yearly}: {back}"
        );
    }
}
