//! The operating model's checks: roles and the metric each owns, attribution, deal
//! registration, tiers, compensation, tooling and the timeline.

use super::Known;
use crate::domain::format::error::ImportError;
use crate::domain::format::limits::LIST_MAX;
use crate::domain::operating::{
    AttributionRule, BandClash, Compensation, CompensationModel, DealRegistration, OperatingModel,
    Role, Tier, band_start_clash,
};
use crate::domain::path::DocPath;

/// Checks the operating model at `at` (`design.operating`).
pub(super) fn check(
    at: &DocPath,
    model: &OperatingModel,
    known: &Known,
) -> Result<(), ImportError> {
    let roles = at.member("roles");
    roles.list(&model.roles, LIST_MAX)?;
    roles.unique_ids(model.roles.iter().map(|r| &r.id))?;
    for (index, role) in model.roles.iter().enumerate() {
        self::role(&roles.item(index), role, known)?;
    }

    let attribution = at.member("attribution");
    rule(&attribution.member("sourced"), &model.attribution.sourced)?;
    rule(
        &attribution.member("influenced"),
        &model.attribution.influenced,
    )?;
    rule(&attribution.member("co_sold"), &model.attribution.co_sold)?;
    attribution
        .member("movement")
        .long(&model.attribution.movement)?;
    attribution
        .member("conflict_note")
        .long(&model.attribution.conflict_note)?;

    deal_registration(&at.member("deal_registration"), &model.deal_registration)?;

    let tiers = at.member("tiers");
    tiers.list(&model.tiers, LIST_MAX)?;
    for (index, tier) in model.tiers.iter().enumerate() {
        self::tier(&tiers.item(index), tier)?;
    }

    compensation(&at.member("compensation"), &model.compensation)
}

fn role(at: &DocPath, role: &Role, known: &Known) -> Result<(), ImportError> {
    at.member("title").name(&role.title)?;
    at.member("person").name(&role.person)?;
    if let Some(metric) = &role.owns_metric {
        at.member("owns_metric")
            .refers(metric, &known.metrics, "scoreboard metrics")?;
    }
    at.member("accountabilities")
        .once(&role.accountabilities, "accountability")
}

fn rule(at: &DocPath, rule: &AttributionRule) -> Result<(), ImportError> {
    at.member("definition").long(&rule.definition)?;
    at.member("incentive").long(&rule.incentive)?;
    at.member("reporting_line").long(&rule.reporting_line)
}

fn deal_registration(at: &DocPath, registration: &DealRegistration) -> Result<(), ImportError> {
    let fields = at.member("required_fields");
    fields.list(&registration.required_fields, LIST_MAX)?;
    for (index, field) in registration.required_fields.iter().enumerate() {
        fields.item(index).name(field)?;
    }
    at.member("conflict_process")
        .long(&registration.conflict_process)
}

fn tier(at: &DocPath, tier: &Tier) -> Result<(), ImportError> {
    at.member("name").name(&tier.name)?;
    at.member("criteria_note").long(&tier.criteria_note)?;
    at.member("support_level").long(&tier.support_level)?;
    at.member("commitments").long(&tier.commitments)
}

fn compensation(at: &DocPath, compensation: &Compensation) -> Result<(), ImportError> {
    let model = at.member("model");
    match &compensation.model {
        CompensationModel::TieredByVolume { bands } => {
            let at = model.member("bands");
            at.list(bands, LIST_MAX)?;
            for (index, band) in bands.iter().enumerate() {
                if let Some(BandClash::Before(previous)) =
                    band_start_clash(bands, index, band.from_referrals)
                {
                    return Err(at.item(index).member("from_referrals").fail(format!(
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
