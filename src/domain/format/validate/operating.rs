//! The operating model's checks: roles and the metric each owns, attribution, deal
//! registration, tiers, compensation, tooling and the timeline.

use super::Known;
use crate::domain::format::checks::At;
use crate::domain::format::error::ImportError;
use crate::domain::format::limits::LIST_MAX;
use crate::domain::operating::{
    AttributionRule, BandClash, Compensation, CompensationModel, DealRegistration, OperatingModel,
    Role, Tier, band_start_clash,
};

/// Checks the operating model at `at` (`design.operating`).
pub(super) fn check(at: &At, model: &OperatingModel, known: &Known) -> Result<(), ImportError> {
    let roles = at.field("roles");
    roles.list(&model.roles, LIST_MAX)?;
    roles.unique_ids(model.roles.iter().map(|r| &r.id))?;
    for (index, role) in model.roles.iter().enumerate() {
        self::role(&roles.item(index), role, known)?;
    }

    let attribution = at.field("attribution");
    rule(&attribution.field("sourced"), &model.attribution.sourced)?;
    rule(
        &attribution.field("influenced"),
        &model.attribution.influenced,
    )?;
    rule(&attribution.field("co_sold"), &model.attribution.co_sold)?;
    attribution
        .field("movement")
        .long(&model.attribution.movement)?;
    attribution
        .field("conflict_note")
        .long(&model.attribution.conflict_note)?;

    deal_registration(&at.field("deal_registration"), &model.deal_registration)?;

    let tiers = at.field("tiers");
    tiers.list(&model.tiers, LIST_MAX)?;
    for (index, tier) in model.tiers.iter().enumerate() {
        self::tier(&tiers.item(index), tier)?;
    }

    compensation(&at.field("compensation"), &model.compensation)
}

fn role(at: &At, role: &Role, known: &Known) -> Result<(), ImportError> {
    at.field("title").name(&role.title)?;
    at.field("person").name(&role.person)?;
    if let Some(metric) = &role.owns_metric {
        at.field("owns_metric")
            .refers(metric, &known.metrics, "scoreboard metrics")?;
    }
    at.field("accountabilities")
        .once(&role.accountabilities, "accountability")
}

fn rule(at: &At, rule: &AttributionRule) -> Result<(), ImportError> {
    at.field("definition").long(&rule.definition)?;
    at.field("incentive").long(&rule.incentive)?;
    at.field("reporting_line").long(&rule.reporting_line)
}

fn deal_registration(at: &At, registration: &DealRegistration) -> Result<(), ImportError> {
    let fields = at.field("required_fields");
    fields.list(&registration.required_fields, LIST_MAX)?;
    for (index, field) in registration.required_fields.iter().enumerate() {
        fields.item(index).name(field)?;
    }
    at.field("conflict_process")
        .long(&registration.conflict_process)
}

fn tier(at: &At, tier: &Tier) -> Result<(), ImportError> {
    at.field("name").name(&tier.name)?;
    at.field("criteria_note").long(&tier.criteria_note)?;
    at.field("support_level").long(&tier.support_level)?;
    at.field("commitments").long(&tier.commitments)
}

fn compensation(at: &At, compensation: &Compensation) -> Result<(), ImportError> {
    let model = at.field("model");
    match &compensation.model {
        CompensationModel::TieredByVolume { bands } => {
            let at = model.field("bands");
            at.list(bands, LIST_MAX)?;
            for (index, band) in bands.iter().enumerate() {
                if let Some(BandClash::Before(previous)) =
                    band_start_clash(bands, index, band.from_referrals)
                {
                    return Err(at.item(index).field("from_referrals").fail(format!(
                        "expected bands in ascending order, more than {previous} referrals, found {}",
                        band.from_referrals
                    )));
                }
            }
        }
        CompensationModel::FlatFee { .. }
        | CompensationModel::FirstProject { .. }
        | CompensationModel::Ongoing { .. }
        | CompensationModel::ByInvolvement { .. }
        | CompensationModel::RevenueSplit { .. } => {}
    }
    Ok(())
}
