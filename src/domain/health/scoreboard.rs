//! Rules of mechanic 5, the scoreboard (002 "Build the measurement scoreboard", "Activity
//! metrics replace output metrics", FAQ "How do I know if my partner program is working?").

use rust_decimal::Decimal;

use super::super::catalogue::SHARE_FLOORS;
use super::super::design::Mechanic;
use super::super::places::scoreboard;
use super::super::scoreboard::{Metric, MetricFamily};
use super::{Check, Context, Finding, Rule, Severity};

fn metrics<'a>(ctx: &'a Context<'a>) -> impl Iterator<Item = (usize, &'a Metric)> {
    ctx.design.scoreboard.metrics.iter().enumerate()
}

fn metric_name(metric: &Metric) -> String {
    if metric.name.trim().is_empty() {
        format!("Metric {}", metric.id)
    } else {
        format!("\"{}\"", metric.name.trim())
    }
}

fn family_name(family: MetricFamily) -> &'static str {
    match family {
        MetricFamily::Capability => "capability (certified partners by archetype)",
        MetricFamily::Capacity => "capacity (partner reps active in the last 60 days)",
        MetricFamily::Motion => "motion (co-marketed touches and registered deals per partner)",
        MetricFamily::Conversion => "conversion (registered-deal-to-pipeline rate)",
        MetricFamily::SourcedPipeline => "partner-sourced pipeline",
        MetricFamily::InfluencedPipeline => "partner-influenced pipeline",
        MetricFamily::SourcedClosedWon => "partner-sourced closed-won",
        MetricFamily::Other => "other",
    }
}

/// No metric of a lagging family (partner-sourced pipeline, partner-influenced pipeline,
/// partner-sourced closed-won). A metric's family, not its kind, decides: an "output" that is
/// not one of the three does not keep the program funded.
pub(super) const ACTIVITY_ONLY: Rule = Rule {
    id: "scoreboard.activity-only",
    severity: Severity::Critical,
    mechanic: Mechanic::Scoreboard,
    source: "002 \"Activity metrics replace output metrics\"",
    summary: "No lagging (output) metric",
    check: Check::Design(activity_only),
};

fn activity_only(ctx: &Context) -> Vec<Finding> {
    if metrics(ctx).any(|(_, m)| m.family.is_lagging()) {
        return Vec::new();
    }
    vec![ACTIVITY_ONLY.finding(
        "The scoreboard has no output metric: add partner-sourced pipeline and partner-sourced \
         closed-won.",
        scoreboard::METRICS.path(),
    )]
}

/// A leading family has no metric: one finding per family.
pub(super) const MISSING_LEADING: Rule = Rule {
    id: "scoreboard.missing-leading",
    severity: Severity::Warning,
    mechanic: Mechanic::Scoreboard,
    source: "002",
    summary: "A leading family (capability, capacity, motion, conversion) is missing",
    check: Check::Design(missing_leading),
};

fn missing_leading(ctx: &Context) -> Vec<Finding> {
    MetricFamily::LEADING
        .into_iter()
        .filter(|&family| !metrics(ctx).any(|(_, m)| m.family == family))
        .map(|family| {
            MISSING_LEADING.finding(
                format!("No leading metric measures {}.", family_name(family)),
                scoreboard::METRICS.path(),
            )
        })
        .collect()
}

/// A metric has no owner, or its owner is not a role on the plan: one finding per metric.
pub(super) const NO_OWNER: Rule = Rule {
    id: "scoreboard.no-owner",
    severity: Severity::Warning,
    mechanic: Mechanic::Scoreboard,
    source: "002",
    summary: "A metric has no owner role",
    check: Check::Design(no_owner),
};

fn no_owner(ctx: &Context) -> Vec<Finding> {
    let roles = &ctx.design.operating.roles;
    metrics(ctx)
        .filter_map(|(index, m)| {
            let message = match &m.owner {
                None => format!("{} has no owner.", metric_name(m)),
                Some(id) if !roles.iter().any(|r| &r.id == id) => format!(
                    "{} is owned by \"{id}\", which is not a role on the plan.",
                    metric_name(m)
                ),
                Some(_) => return None,
            };
            Some(NO_OWNER.finding(message, scoreboard::OWNER.at(&[index])))
        })
        .collect()
}

/// A metric has no quarterly target: one finding per metric.
pub(super) const NO_TARGET: Rule = Rule {
    id: "scoreboard.no-target",
    severity: Severity::Warning,
    mechanic: Mechanic::Scoreboard,
    source: "002 \"forecastable partner-sourced pipeline\"",
    summary: "A metric has no quarterly target",
    check: Check::Design(no_target),
};

fn no_target(ctx: &Context) -> Vec<Finding> {
    metrics(ctx)
        .filter(|(_, m)| m.quarterly_targets.is_empty())
        .map(|(index, m)| {
            NO_TARGET.finding(
                format!("{} has no quarterly target.", metric_name(m)),
                scoreboard::TARGETS.at(&[index]),
            )
        })
        .collect()
}

/// The sourced-share target of year 1, 2 or 3 is missing or under its floor (15, 25, 35 %):
/// one finding per year.
pub(super) const BELOW_FLOOR: Rule = Rule {
    id: "scoreboard.below-floor",
    severity: Severity::Warning,
    mechanic: Mechanic::Scoreboard,
    source: "002 FAQ",
    summary: "The sourced-share target is under 15/25/35 % in year 1/2/3",
    check: Check::Design(below_floor),
};

fn below_floor(ctx: &Context) -> Vec<Finding> {
    let targets = &ctx.design.scoreboard.sourced_share_targets;
    SHARE_FLOORS
        .into_iter()
        .enumerate()
        .filter_map(|(index, floor)| {
            let year = index + 1;
            match targets.get(index) {
                None => Some(BELOW_FLOOR.finding(
                    format!(
                        "Year {year} has no partner-sourced share target; the healthy floor is \
                         {floor} %."
                    ),
                    scoreboard::SHARE_TARGETS.path(),
                )),
                Some(target) if target.value() < Decimal::from(floor) => Some(BELOW_FLOOR.finding(
                    format!(
                        "Year {year}'s partner-sourced share target of {target} is under the \
                         {floor} % floor."
                    ),
                    scoreboard::SHARE_TARGET.at(&[index]),
                )),
                Some(_) => None,
            }
        })
        .collect()
}

/// A year's sourced-share target is not above the year before: one finding per flat year.
pub(super) const FLAT_SHARE: Rule = Rule {
    id: "scoreboard.flat-share",
    severity: Severity::Warning,
    mechanic: Mechanic::Scoreboard,
    source: "002 FAQ",
    summary: "The sourced-share target does not grow year over year",
    check: Check::Design(flat_share),
};

fn flat_share(ctx: &Context) -> Vec<Finding> {
    let targets = &ctx.design.scoreboard.sourced_share_targets;
    targets
        .windows(2)
        .enumerate()
        .filter_map(|(index, pair)| {
            let [earlier, later] = pair else { return None };
            (later <= earlier).then(|| {
                FLAT_SHARE.finding(
                    format!(
                        "Year {}'s share target ({later}) does not grow from year {}'s \
                         ({earlier}): a flat share means activity, not output.",
                        index + 2,
                        index + 1
                    ),
                    scoreboard::SHARE_TARGET.at(&[index + 1]),
                )
            })
        })
        .collect()
}
