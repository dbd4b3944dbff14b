#![cfg(not(target_arch = "wasm32"))]
//! Path A against path B: the Series B template reproduces 002's worked example to the week,
//! a later hire moves every later milestone, and the week and month counting holds at the
//! edges of the calendar.

use chrono::{Days, NaiveDate};
use partner_blueprint::domain::Design;
use partner_blueprint::domain::plan::{
    MilestoneKind, MonthRange, Path, PathComparison, compare_paths, month_of, months_between,
    week_of,
};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::PlanDate;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// A Monday, so week numbers line up with calendar weeks in the comments below.
fn kickoff() -> NaiveDate {
    date(2026, 1, 5)
}

fn series_b(kickoff: NaiveDate) -> Design {
    Template::SeriesBSaas.design(kickoff)
}

/// (date, week, month) of a milestone, or a failure naming the missing kind.
fn at(comparison: &PathComparison, path: Path, kind: MilestoneKind) -> (NaiveDate, i64, i64) {
    let plan = match path {
        Path::DesignFirst => &comparison.design_first,
        Path::HireFirst => &comparison.hire_first,
    };
    let m = plan
        .milestone(kind)
        .unwrap_or_else(|| panic!("{kind:?} is on {path:?}"));
    (m.date, m.week, m.month)
}

#[test]
fn the_series_b_template_reproduces_path_a_of_002_to_the_week() {
    let c = compare_paths(&series_b(kickoff()));
    let a = Path::DesignFirst;
    // 002: "founder writes the thesis and operating model in weeks 1-6".
    assert_eq!(
        at(&c, a, MilestoneKind::DesignStarts),
        (date(2026, 1, 5), 1, 1)
    );
    // Kickoff + 41 days, a Sunday: the last day of week 6.
    assert_eq!(
        at(&c, a, MilestoneKind::DesignComplete),
        (date(2026, 2, 15), 6, 2)
    );
    // "hires a Director of Partnerships in week 8": kickoff + 49 days.
    assert_eq!(
        at(&c, a, MilestoneKind::PartnershipsHire),
        (date(2026, 2, 23), 8, 2)
    );
    // "ships first joint-sourced opportunity in week 16": hire + 8 weeks = kickoff + 105 days.
    assert_eq!(
        at(&c, a, MilestoneKind::FirstJointOpportunity),
        (date(2026, 4, 20), 16, 4)
    );
    // "first partner-sourced closed-won deal at month six": + 8 weeks = kickoff + 161 days,
    // week 24; month 6 runs 5 June to 4 July.
    assert_eq!(
        at(&c, a, MilestoneKind::FirstClosedWon),
        (date(2026, 6, 15), 24, 6)
    );
    // "Path A costs an additional six weeks of founder attention up front."
    assert_eq!(c.design_weeks, 6);
}

#[test]
fn path_a_milestones_are_in_date_order() {
    let c = compare_paths(&series_b(kickoff()));
    let kinds: Vec<MilestoneKind> = c.design_first.milestones.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MilestoneKind::DesignStarts,
            MilestoneKind::DesignComplete,
            MilestoneKind::PartnershipsHire,
            MilestoneKind::FirstJointOpportunity,
            MilestoneKind::FirstClosedWon,
        ]
    );
}

#[test]
fn path_b_hires_in_week_one_and_closes_first_in_months_nine_to_eleven() {
    let c = compare_paths(&series_b(kickoff()));
    let b = Path::HireFirst;
    assert_eq!(
        at(&c, b, MilestoneKind::PartnershipsHire),
        (date(2026, 1, 5), 1, 1)
    );
    // First day of month 9: kickoff + 8 months = 5 September, day 243, week 35.
    assert_eq!(
        at(&c, b, MilestoneKind::FirstClosedWonEarliest),
        (date(2026, 9, 5), 35, 9)
    );
    // Last day of month 11: the day before kickoff + 11 months = 4 December, day 333, week 48.
    assert_eq!(
        at(&c, b, MilestoneKind::FirstClosedWonLatest),
        (date(2026, 12, 4), 48, 11)
    );
}

#[test]
fn hiring_first_loses_three_to_six_months_of_pipeline() {
    let c = compare_paths(&series_b(kickoff()));
    // 15 June → 5 September: 2 months to 15 August, 21 of the next 31 days: 3 months.
    // 15 June → 4 December: 5 months to 15 November, 19 of the next 30 days: 6 months,
    // 002's "The delta is six months of pipeline".
    assert_eq!(c.pipeline_months_lost, MonthRange { fewest: 3, most: 6 });
}

#[test]
fn path_a_closes_first_in_month_six_whatever_the_kickoff_date() {
    let mut day = date(2025, 1, 1);
    while day < date(2029, 1, 1) {
        let c = compare_paths(&series_b(day));
        let (_, week, month) = at(&c, Path::DesignFirst, MilestoneKind::FirstClosedWon);
        assert_eq!((week, month), (24, 6), "kickoff {day}");
        let (_, week, _) = at(&c, Path::DesignFirst, MilestoneKind::FirstJointOpportunity);
        assert_eq!(week, 16, "kickoff {day}");
        assert_eq!(c.pipeline_months_lost.most, 6, "kickoff {day}");
        day = day.succ_opt().expect("inside the calendar");
    }
}

#[test]
fn a_later_hire_shifts_every_later_milestone_by_the_same_days() {
    let mut design = series_b(kickoff());
    let on_time = compare_paths(&design);
    design.operating.timeline.partnerships_hire = PlanDate::new(date(2026, 3, 9)).unwrap(); // week 10
    let late = compare_paths(&design);
    for kind in [
        MilestoneKind::PartnershipsHire,
        MilestoneKind::FirstJointOpportunity,
        MilestoneKind::FirstClosedWon,
    ] {
        let before = at(&on_time, Path::DesignFirst, kind).0;
        let after = at(&late, Path::DesignFirst, kind).0;
        assert_eq!((after - before).num_days(), 14, "{kind:?}");
    }
    assert_eq!(
        at(
            &late,
            Path::DesignFirst,
            MilestoneKind::FirstJointOpportunity
        )
        .1,
        18
    );
    // Path B does not depend on the design's dates.
    assert_eq!(late.hire_first, on_time.hire_first);
}

#[test]
fn a_design_finishing_after_the_hire_delays_the_first_opportunity() {
    let mut design = series_b(kickoff());
    design.operating.timeline.design_complete = PlanDate::new(date(2026, 3, 15)).unwrap(); // day 69, week 10
    let c = compare_paths(&design);
    let (opportunity, week, _) = at(&c, Path::DesignFirst, MilestoneKind::FirstJointOpportunity);
    assert_eq!(opportunity, date(2026, 5, 10));
    assert_eq!(week, 18);
    assert_eq!(c.design_weeks, 10);
}

#[test]
fn a_path_a_later_than_path_b_loses_path_b_nothing() {
    let mut design = series_b(kickoff());
    design.operating.timeline.design_complete = PlanDate::new(date(2026, 12, 1)).unwrap();
    design.operating.timeline.partnerships_hire = PlanDate::new(date(2026, 12, 1)).unwrap();
    let c = compare_paths(&design);
    assert_eq!(c.pipeline_months_lost, MonthRange { fewest: 0, most: 0 });
}

#[test]
fn weeks_are_seven_day_blocks_from_the_kickoff() {
    let k = kickoff();
    assert_eq!(week_of(k, k), 1);
    assert_eq!(week_of(k, k + Days::new(6)), 1);
    assert_eq!(week_of(k, k + Days::new(7)), 2);
    assert_eq!(week_of(k, k + Days::new(41)), 6);
    assert_eq!(week_of(k, k + Days::new(49)), 8);
    assert_eq!(week_of(k, k - Days::new(1)), 0);
    assert_eq!(week_of(k, k - Days::new(8)), -1);
}

#[test]
fn months_are_calendar_months_from_the_kickoff_and_short_months_end_early() {
    let k = date(2026, 1, 31);
    assert_eq!(month_of(k, k), 1);
    assert_eq!(month_of(k, date(2026, 2, 27)), 1);
    // Kickoff + 1 month is 28 February: month 2 starts there.
    assert_eq!(month_of(k, date(2026, 2, 28)), 2);
    assert_eq!(month_of(k, date(2026, 3, 30)), 2);
    assert_eq!(month_of(k, date(2026, 3, 31)), 3);
    assert_eq!(month_of(k, date(2027, 1, 31)), 13);
    // Month 0 runs from kickoff − 1 month (31 December) to the day before the kickoff.
    assert_eq!(month_of(k, date(2026, 1, 30)), 0);
    assert_eq!(month_of(k, date(2025, 12, 31)), 0);
    assert_eq!(month_of(k, date(2025, 12, 30)), -1);
    assert_eq!(month_of(k, date(2025, 11, 30)), -1);
}

#[test]
fn months_between_round_to_the_nearest_month() {
    let from = date(2026, 6, 15);
    assert_eq!(months_between(from, from), 0);
    assert_eq!(months_between(from, date(2026, 6, 1)), 0);
    assert_eq!(months_between(from, date(2026, 6, 29)), 0); // 14 of 30 days
    assert_eq!(months_between(from, date(2026, 6, 30)), 1); // 15 of 30: half rounds up
    assert_eq!(months_between(from, date(2026, 7, 15)), 1);
    assert_eq!(months_between(from, date(2027, 6, 15)), 12);
}

#[test]
fn dates_at_the_ends_of_the_years_a_plan_holds_do_not_panic() {
    let last = PlanDate::clamped(NaiveDate::MAX);
    let mut design = series_b(last.date() - Days::new(30));
    design.operating.timeline.design_complete = last;
    design.operating.timeline.partnerships_hire = last;
    let c = compare_paths(&design);
    assert_eq!(c.design_first.path, Path::DesignFirst);
    let mut design = series_b(NaiveDate::MIN);
    design.operating.timeline.partnerships_hire = last;
    let c = compare_paths(&design);
    assert!(c.design_weeks >= 1);
}
