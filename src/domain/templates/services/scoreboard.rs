//! The services firm's scoreboard: 001's metrics (referrals each way, conversion, revenue from
//! referrals) mapped onto 002's leading and lagging families, each owned, with targets read off
//! the template's own forecast (cumulative return rounded down).

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
                "briefed-partners",
                "Partners briefed on our ICP and pitch",
                F::Capability,
                Activity,
                "growth-director",
                "partners",
                &[4, 4, 6, 7, 8, 9, 10, 10, 11, 12, 13, 14],
            ),
            metric(
                "active-contacts",
                "Partner contacts who referred or pitched in the last 60 days",
                F::Capacity,
                Activity,
                "growth-director",
                "people",
                &[1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
            ),
            metric(
                "joint-touches",
                "Referrals and co-marketed touches per partner",
                F::Motion,
                Activity,
                "marketing-manager",
                "per partner",
                &[1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
            ),
            metric(
                "referral-conversion",
                "Referral-to-proposal rate",
                F::Conversion,
                Activity,
                "growth-director",
                "%",
                &[70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70],
            ),
            metric(
                "sourced-pipeline",
                "Partner-sourced pipeline",
                F::SourcedPipeline,
                Output,
                "growth-director",
                "USD",
                &[
                    0, 230000, 340000, 440000, 540000, 630000, 720000, 810000, 890000, 970000,
                    1050000, 1120000,
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
                    0, 50000, 130000, 175000, 220000, 265000, 305000, 345000, 385000, 420000,
                    455000, 490000,
                ],
            ),
            metric(
                "program-return",
                "Partner revenue per dollar of program cost",
                F::Other,
                Output,
                "operations-director",
                "ratio",
                &[0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5],
            ),
        ],
        // 002's floors: a network of six to a dozen partners grows into 001's strategic
        // networks that "generate 20-40% of their new business" by year three.
        sourced_share_targets: vec![pct(15), pct(25), pct(35)],
    }
}
