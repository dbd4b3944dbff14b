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
                &[2, 6, 9, 12, 14, 16, 18, 20, 22, 24, 26, 28],
            ),
            metric(
                "active-partner-reps",
                "Partner reps active in the last 60 days",
                F::Capacity,
                Activity,
                "partner-manager",
                "reps",
                &[3, 10, 16, 22, 26, 30, 34, 38, 42, 46, 50, 54],
            ),
            metric(
                "registered-deals",
                "Registered deals and co-marketed touches per partner",
                F::Motion,
                Activity,
                "partner-marketing",
                "per partner",
                &[1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3],
            ),
            metric(
                "registration-conversion",
                "Registered-deal-to-pipeline rate",
                F::Conversion,
                Activity,
                "partner-ops",
                "%",
                &[40, 50, 55, 60, 60, 60, 60, 60, 60, 60, 60, 60],
            ),
            metric(
                "sourced-pipeline",
                "Partner-sourced pipeline",
                F::SourcedPipeline,
                Output,
                "cro",
                "USD",
                &[
                    0, 600_000, 1_200_000, 1_800_000, 2_400_000, 2_800_000, 3_200_000, 3_600_000,
                    4_000_000, 4_400_000, 4_800_000, 5_200_000,
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
                    500_000, 900_000, 1_300_000, 1_700_000, 2_000_000, 2_300_000, 2_600_000,
                    2_900_000, 3_200_000, 3_500_000, 3_800_000, 4_100_000,
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
                    0, 60_000, 240_000, 420_000, 600_000, 780_000, 900_000, 1_020_000, 1_140_000,
                    1_260_000, 1_380_000, 1_500_000,
                ],
            ),
            metric(
                "program-return",
                "Partner revenue per dollar of program cost",
                F::Other,
                Output,
                "cfo",
                "ratio",
                &[0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6],
            ),
        ],
        // 002 FAQ's floors, growing each year; year three reaches the 20–40 % Series B+ band.
        sourced_share_targets: vec![pct(15), pct(25), pct(35)],
    }
}
