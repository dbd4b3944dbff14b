//! The Series B scoreboard: every leading family, the three lagging metrics and the program's
//! return, each owned by the role that answers for it, with targets for twelve quarters read off
//! the template's own forecast (partners, registrations, pipeline, closed-won, cumulative return
//! rounded down).

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
                  quarterly: &[u32]| Metric {
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
                &[4, 6, 10, 14, 17, 21, 26, 31, 36, 41, 46, 50],
            ),
            metric(
                "active-partner-reps",
                "Partner reps active in the last 60 days",
                F::Capacity,
                Activity,
                "partner-manager",
                "reps",
                &[7, 12, 19, 27, 34, 41, 52, 62, 72, 82, 92, 100],
            ),
            metric(
                "registered-deals",
                "Registered deals and co-marketed touches per partner",
                F::Motion,
                Activity,
                "partner-marketing",
                "per partner",
                &[4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
            ),
            metric(
                "registration-conversion",
                "Registered-deal-to-pipeline rate",
                F::Conversion,
                Activity,
                "partner-ops",
                "%",
                &[70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70],
            ),
            metric(
                "sourced-pipeline",
                "Partner-sourced pipeline",
                F::SourcedPipeline,
                Output,
                "cro",
                "USD",
                &[
                    800000, 1300000, 2200000, 3000000, 3800000, 4600000, 5800000, 7000000, 8100000,
                    9200000, 10300000, 11300000,
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
                    0, 200000, 430000, 720000, 1030000, 1330000, 1630000, 2030000, 2480000,
                    2910000, 3320000, 3730000,
                ],
            ),
            metric(
                "program-return",
                "Partner revenue per dollar of program cost",
                F::Other,
                Output,
                "cfo",
                "ratio",
                &[0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5],
            ),
        ],
        // 002 FAQ's floors, growing each year; year three reaches the 20–40 % Series B+ band.
        sourced_share_targets: vec![pct(15), pct(25), pct(35)],
    }
}
