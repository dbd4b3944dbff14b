//! The services firm's scoreboard: 001's metrics (referrals each way, conversion, revenue from
//! referrals) mapped onto 002's leading and lagging families, each owned.

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
                "briefed-partners",
                "Partners briefed on our ICP and pitch",
                F::Capability,
                Activity,
                "growth-director",
                "partners",
                &[3, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10],
            ),
            metric(
                "active-contacts",
                "Partner contacts who referred or pitched in the last 60 days",
                F::Capacity,
                Activity,
                "growth-director",
                "people",
                &[2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9],
            ),
            metric(
                "joint-touches",
                "Referrals and co-marketed touches per partner",
                F::Motion,
                Activity,
                "marketing-manager",
                "per partner",
                &[1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
            ),
            metric(
                "referral-conversion",
                "Referral-to-proposal rate",
                F::Conversion,
                Activity,
                "growth-director",
                "%",
                &[50, 60, 60, 70, 70, 70, 70, 70, 70, 70, 70, 70],
            ),
            metric(
                "sourced-pipeline",
                "Partner-sourced pipeline",
                F::SourcedPipeline,
                Output,
                "growth-director",
                "USD",
                &[
                    0, 230000, 280000, 320000, 370000, 410000, 450000, 490000, 530000, 570000,
                    600000, 640000,
                ],
            ),
            metric(
                "influenced-pipeline",
                "Partner-influenced pipeline",
                F::InfluencedPipeline,
                Output,
                "founder",
                "USD",
                &[
                    0, 55000, 110000, 110000, 165000, 165000, 165000, 220000, 220000, 220000,
                    275000, 275000,
                ],
            ),
            metric(
                "sourced-closed-won",
                "Revenue closed from partner referrals",
                F::SourcedClosedWon,
                Output,
                "founder",
                "USD",
                &[
                    0, 50000, 115000, 135000, 155000, 175000, 195000, 215000, 230000, 250000,
                    265000, 280000,
                ],
            ),
            metric(
                "program-return",
                "Partner revenue per dollar of program cost",
                F::Other,
                Output,
                "operations-director",
                "ratio",
                &[0, 2, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5],
            ),
        ],
        // 001: strategic networks "generate 20-40% of their new business"; above 002's floors.
        sourced_share_targets: vec![pct(20), pct(30), pct(40)],
    }
}
