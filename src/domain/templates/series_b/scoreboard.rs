//! The Series B scoreboard: every leading family, the three lagging metrics and the program's
//! return, each owned by the role that answers for it, with targets for twelve quarters.

use super::super::super::catalogue::template_id;
use super::super::super::scoreboard::{Metric, MetricFamily, MetricKind, Scoreboard};
use super::super::{pct, targets};

pub(super) fn scoreboard() -> Scoreboard {
    let metric = |id: &str,
                  name: &str,
                  family: MetricFamily,
                  kind: MetricKind,
                  owner: &str,
                  unit: &str,
                  quarterly: &[i64]| Metric {
        id: template_id(id),
        name: name.to_owned(),
        family,
        kind,
        owner: Some(template_id(owner)),
        unit: unit.to_owned(),
        quarterly_targets: targets(quarterly),
    };
    use MetricFamily as F;
    use MetricKind::{Activity, Output};
    Scoreboard {
        metrics: vec![
            metric(
                "certified-partners",
                "Certified partners by archetype",
                F::Capability,
                Activity,
                "partner-manager",
                "partners",
                &[2, 6, 10, 14, 18, 22, 26, 30, 34, 38, 41, 44],
            ),
            metric(
                "active-partner-reps",
                "Partner reps active in the last 60 days",
                F::Capacity,
                Activity,
                "partner-manager",
                "reps",
                &[2, 4, 12, 21, 30, 39, 48, 56, 64, 71, 78, 85],
            ),
            metric(
                "registered-deals",
                "Registered deals and co-marketed touches per partner",
                F::Motion,
                Activity,
                "partner-marketing",
                "per partner",
                &[1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
            ),
            metric(
                "registration-conversion",
                "Registered-deal-to-pipeline rate",
                F::Conversion,
                Activity,
                "partner-ops",
                "%",
                &[50, 55, 60, 65, 65, 65, 65, 65, 65, 65, 65, 65],
            ),
            metric(
                "sourced-pipeline",
                "Partner-sourced pipeline",
                F::SourcedPipeline,
                Output,
                "cro",
                "USD",
                &[
                    0, 300000, 900000, 1600000, 2300000, 3000000, 3700000, 4300000, 4900000,
                    5500000, 6000000, 6600000,
                ],
            ),
            metric(
                "influenced-pipeline",
                "Partner-influenced pipeline",
                F::InfluencedPipeline,
                Output,
                "head-of-partnerships",
                "USD",
                &[
                    500000, 700000, 900000, 1200000, 1500000, 1800000, 2100000, 2400000, 2700000,
                    3000000, 3300000, 3600000,
                ],
            ),
            metric(
                "sourced-closed-won",
                "Partner-sourced closed-won revenue",
                F::SourcedClosedWon,
                Output,
                "ceo",
                "USD",
                &[
                    0, 0, 70000, 250000, 500000, 750000, 1000000, 1200000, 1450000, 1650000,
                    1850000, 2050000,
                ],
            ),
            metric(
                "program-return",
                "Partner revenue per dollar of program cost",
                F::Other,
                Output,
                "cfo",
                "ratio",
                &[0, 0, 0, 1, 2, 3, 4, 4, 5, 5, 5, 6],
            ),
        ],
        // 002 FAQ's floors, growing each year; year three reaches the 20–40 % Series B+ band.
        sourced_share_targets: vec![pct(15), pct(25), pct(35)],
    }
}
