//! The forecast judged against the design's own goals: pipeline early enough to be forecastable
//! (002: "forecastable partner-sourced pipeline within two quarters of launch"), each program
//! year's share against its healthy floor (002 FAQ: 15, 25, 35 %), and the scoreboard's share
//! targets against what the forecast delivers.

use rust_decimal::Decimal;

use super::super::design::Mechanic;
use super::super::places::{assumptions, journey, scoreboard};
use super::super::timing::{Timing, months_of_days};
use super::{Check, Context, Finding, Rule, Severity};

/// The quarters from the hire within which partner-sourced pipeline should appear.
pub const EARLY_QUARTERS: usize = 2;

/// How far, in percentage points, a scoreboard target may sit above the forecast's share.
pub const TARGET_SLACK_POINTS: u32 = 5;

/// The forecast has no partner-sourced pipeline in the first two quarters from the hire.
pub(super) const NO_EARLY_PIPELINE: Rule = Rule {
    id: "forecast.no-early-pipeline",
    severity: Severity::Critical,
    mechanic: Mechanic::Economics,
    source: "002 \"forecastable partner-sourced pipeline within two quarters of launch\"",
    summary: "No partner-sourced pipeline within two quarters of the hire",
    check: Check::Design(no_early_pipeline),
};

fn no_early_pipeline(ctx: &Context) -> Vec<Finding> {
    let early = &ctx.forecast.quarters[..EARLY_QUARTERS.min(ctx.forecast.quarters.len())];
    if early.iter().any(|q| q.pipeline > Decimal::ZERO) {
        return Vec::new();
    }
    let timing = Timing::of(ctx.design);
    let recruits = &ctx.design.assumptions.recruits_per_quarter;
    let recruited_early = (0..EARLY_QUARTERS).any(|q| {
        recruits
            .get(q)
            .or(recruits.last())
            .is_some_and(|r| r.get() > 0)
    });
    let (cause, path) = if !recruited_early {
        (
            "no partner is recruited in those quarters".to_owned(),
            assumptions::RECRUITS.path(),
        )
    } else if months_of_days(timing.first_deal_days) >= EARLY_QUARTERS * 3 {
        (
            format!(
                "the journey takes {} days from recruiting a partner to its first registered \
                 deal (recruit, onboard and activate)",
                timing.first_deal_days
            ),
            journey::STAGES.path(),
        )
    } else {
        (
            "the partners recruited register no deal that becomes pipeline (an activation, \
             deals a partner or registered-to-pipeline rate of zero)"
                .to_owned(),
            assumptions::REGISTRATION.path(),
        )
    };
    vec![NO_EARLY_PIPELINE.finding(
        format!(
            "The forecast has no partner-sourced pipeline in the first {EARLY_QUARTERS} quarters \
             from the hire: {cause}. A program is forecastable when sourced pipeline shows \
             within two quarters."
        ),
        path,
    )]
}

/// A program year's forecast sourced share is under that year's floor: one finding per year.
pub(super) const BELOW_FLOOR: Rule = Rule {
    id: "forecast.below-floor",
    severity: Severity::Warning,
    mechanic: Mechanic::Economics,
    source: "002 FAQ",
    summary: "The forecast's sourced share is under 15/25/35 % in year 1/2/3",
    check: Check::Design(below_floor),
};

fn below_floor(ctx: &Context) -> Vec<Finding> {
    ctx.forecast
        .years
        .iter()
        .filter(|y| !y.meets_floor)
        .map(|y| {
            BELOW_FLOOR.finding(
                format!(
                    "In program year {}, the forecast's partner-sourced share is {} % of new \
                     pipeline, under the year's {} floor.",
                    y.year,
                    y.sourced_share.round_dp(1).normalize(),
                    y.floor
                ),
                assumptions::WHOLE.path(),
            )
        })
        .collect()
}

/// A scoreboard share target sits more than [`TARGET_SLACK_POINTS`] points above the share the
/// forecast produces that year: the scoreboard promises what the design does not deliver.
pub(super) const TARGET_UNBACKED: Rule = Rule {
    id: "forecast.target-unbacked",
    severity: Severity::Warning,
    mechanic: Mechanic::Scoreboard,
    source: "002 \"forecastable\"",
    summary: "A sourced-share target is more than 5 points above the forecast's share",
    check: Check::Design(target_unbacked),
};

fn target_unbacked(ctx: &Context) -> Vec<Finding> {
    let slack = Decimal::from(TARGET_SLACK_POINTS);
    ctx.forecast
        .years
        .iter()
        .filter_map(|y| {
            let target = y.target?;
            (target.value() > y.sourced_share + slack).then(|| {
                let index = (y.year - 1) as usize;
                TARGET_UNBACKED.finding(
                    format!(
                        "Year {}'s scoreboard target is {target} partner-sourced, but the \
                         forecast produces {} %: the design backs the target only within \
                         {TARGET_SLACK_POINTS} points.",
                        y.year,
                        y.sourced_share.round_dp(1).normalize()
                    ),
                    scoreboard::SHARE_TARGET.at(&[index]),
                )
            })
        })
        .collect()
}
