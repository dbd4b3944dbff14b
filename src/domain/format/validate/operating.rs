//! The operating model's checks: roles and the metric each owns, attribution, deal
//! registration, tiers, compensation, tooling and the timeline.

use super::Known;
use crate::domain::format::checks::At;
use crate::domain::format::error::ImportError;
use crate::domain::format::limits::{
    COMMISSION_YEARS_MAX, COUNT_MAX, DAYS_MAX, LIST_MAX, PROGRAM_QUARTERS_MAX, RESPONSE_HOURS_MAX,
};
use crate::domain::operating::{
    AttributionRule, Compensation, CompensationModel, DealRegistration, OperatingModel, Role, Tier,
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

    compensation(&at.field("compensation"), &model.compensation)?;

    if let Some(quarter) = model.tooling.prm_from_quarter {
        at.field("tooling").field("prm_from_quarter").within(
            quarter,
            1,
            PROGRAM_QUARTERS_MAX,
            "a program quarter",
        )?;
    }

    let timeline = at.field("timeline");
    timeline
        .field("design_complete")
        .date(model.timeline.design_complete)?;
    timeline
        .field("partnerships_hire")
        .date(model.timeline.partnerships_hire)
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
    at.field("protection_days").within(
        registration.protection_days,
        0,
        DAYS_MAX,
        "a number of days",
    )?;
    at.field("response_hours").within(
        registration.response_hours,
        0,
        RESPONSE_HOURS_MAX,
        "a number of hours",
    )?;
    at.field("conflict_process")
        .long(&registration.conflict_process)
}

fn tier(at: &At, tier: &Tier) -> Result<(), ImportError> {
    at.field("name").name(&tier.name)?;
    at.field("min_sourced_deals_per_year").within(
        tier.min_sourced_deals_per_year,
        0,
        COUNT_MAX,
        "a number of deals",
    )?;
    at.field("min_certified_reps").within(
        tier.min_certified_reps,
        0,
        COUNT_MAX,
        "a number of people",
    )?;
    at.field("criteria_note").long(&tier.criteria_note)?;
    at.field("support_level").long(&tier.support_level)?;
    at.field("commitments").long(&tier.commitments)
}

fn compensation(at: &At, compensation: &Compensation) -> Result<(), ImportError> {
    if let Some(days) = compensation.payment_days_after_client_payment {
        at.field("payment_days_after_client_payment").within(
            days,
            0,
            DAYS_MAX,
            "a number of days",
        )?;
    }
    let model = at.field("model");
    match &compensation.model {
        CompensationModel::Ongoing { years, .. } => {
            model
                .field("years")
                .within(*years, 0, COMMISSION_YEARS_MAX, "a number of years")?;
        }
        CompensationModel::TieredByVolume { bands } => {
            let at = model.field("bands");
            at.list(bands, LIST_MAX)?;
            let mut previous: Option<u32> = None;
            for (index, band) in bands.iter().enumerate() {
                let from = at.item(index).field("from_referrals");
                from.within(band.from_referrals, 0, COUNT_MAX, "a number of referrals")?;
                if let Some(previous) = previous
                    && band.from_referrals <= previous
                {
                    return Err(from.fail(format!(
                        "expected bands in ascending order, more than {previous} referrals, found {}",
                        band.from_referrals
                    )));
                }
                previous = Some(band.from_referrals);
            }
        }
        CompensationModel::FlatFee { .. }
        | CompensationModel::FirstProject { .. }
        | CompensationModel::ByInvolvement { .. }
        | CompensationModel::RevenueSplit { .. } => {}
    }
    Ok(())
}
