//! When a mechanic counts as "filled" (started): the user has written or chosen something in it
//! beyond the template's defaults. `sequence.out-of-order` reads it, and readiness scores a
//! mechanic that is not filled as 0.
//!
//! - Thesis: any statement written, an owning archetype named or a purpose chosen.
//! - Archetypes: any archetype chosen.
//! - Operating model: any role, attribution text, deal registration switched on, tier,
//!   commission trigger or CRM attribution fields.
//! - Journey: any stage with a definition of done, criteria, an owner, an exit metric or
//!   activities.
//! - Scoreboard: any metric or sourced-share target.
//! - Candidates: any candidate.
//! - Economics: any cost in the plan (a role's annual cost, tools or co-marketing).

use super::super::design::{Design, Mechanic};
use super::super::journey::Stage;
use super::super::operating::AttributionRule;
use super::words::is_missing;

/// Whether the user has started this mechanic.
pub fn filled(design: &Design, mechanic: Mechanic) -> bool {
    match mechanic {
        Mechanic::Thesis => {
            let t = &design.thesis;
            let v = &t.partner_value;
            t.owning_archetype.is_some()
                || !t.purposes.is_empty()
                || [
                    &t.customer,
                    &t.friction,
                    &t.partner_reason,
                    &v.financial,
                    &v.strategic,
                    &v.reputational,
                ]
                .into_iter()
                .any(|text| !is_missing(text))
        }
        Mechanic::Archetypes => design.archetypes.chosen().next().is_some(),
        Mechanic::OperatingModel => {
            let o = &design.operating;
            let a = &o.attribution;
            !o.roles.is_empty()
                || [&a.sourced, &a.influenced, &a.co_sold]
                    .into_iter()
                    .any(attribution_written)
                || !is_missing(&a.movement)
                || a.conflict_rule.is_some()
                || o.deal_registration.enabled
                || !o.tiers.is_empty()
                || o.compensation.trigger.is_some()
                || o.tooling.crm_attribution_fields
        }
        Mechanic::Journey => design.journey.stages.iter().any(stage_written),
        Mechanic::Scoreboard => {
            !design.scoreboard.metrics.is_empty()
                || !design.scoreboard.sourced_share_targets.is_empty()
        }
        Mechanic::Candidates => !design.candidates.candidates.is_empty(),
        Mechanic::Economics => {
            design
                .operating
                .roles
                .iter()
                .any(|r| !r.annual_cost.amount().is_zero())
                || !design.operating.tooling.cost_per_quarter.amount().is_zero()
                || !design
                    .assumptions
                    .co_marketing_per_quarter
                    .amount()
                    .is_zero()
        }
    }
}

fn attribution_written(rule: &AttributionRule) -> bool {
    [&rule.definition, &rule.incentive, &rule.reporting_line]
        .into_iter()
        .any(|text| !is_missing(text))
}

fn stage_written(stage: &Stage) -> bool {
    stage.owner.is_some()
        || !stage.activities.is_empty()
        || [
            &stage.definition_of_done,
            &stage.criteria,
            &stage.exit_metric,
        ]
        .into_iter()
        .any(|text| !is_missing(text))
}
