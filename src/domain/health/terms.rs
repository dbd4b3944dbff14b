//! Rules of the partner's terms: tiers and compensation (003 Step 3 "Tier structure (optional at
//! launch)", "Be specific about the trigger … and the timing of payment"; 001 tiering, revenue
//! sharing and payment terms).

use rust_decimal::prelude::ToPrimitive;

use super::super::design::Mechanic;
use super::super::operating::{CompensationModel, Tier};
use super::super::path::Place;
use super::super::places::operating;
use super::{Check, Context, Finding, Rule, Severity};

/// How many tiers a partner base supports (elinkages.com partner-tier glossary): two under 50
/// active partners, three at 50–200, four above 200.
pub fn tiers_supported(partners: u32) -> usize {
    match partners {
        0..50 => 2,
        50..=200 => 3,
        _ => 4,
    }
}

fn tier_name(tier: &Tier, index: usize) -> String {
    if tier.name.trim().is_empty() {
        format!("Tier {}", index + 1)
    } else {
        tier.name.trim().to_owned()
    }
}

/// A higher tier asks less (sourced deals, certified reps) or gives less (commission rate,
/// check-in frequency) than the tier below it: one finding per field that goes backwards.
pub(super) const NOT_MONOTONIC: Rule = Rule {
    id: "tiers.not-monotonic",
    severity: Severity::Critical,
    mechanic: Mechanic::OperatingModel,
    source: "003, 001",
    summary: "A higher tier asks less or gives less than a lower one",
    check: Check::Design(not_monotonic),
};

fn not_monotonic(ctx: &Context) -> Vec<Finding> {
    let tiers = &ctx.design.operating.tiers;
    let mut findings = Vec::new();
    for (lower_index, pair) in tiers.windows(2).enumerate() {
        let [lower, higher] = pair else { continue };
        let index = lower_index + 1;
        let (hi, lo) = (tier_name(higher, index), tier_name(lower, lower_index));
        let mut push = |place: Place, what: String| {
            findings.push(NOT_MONOTONIC.finding(what, place.at(&[index])));
        };
        if higher.min_sourced_deals_per_year < lower.min_sourced_deals_per_year {
            push(
                operating::TIER_MIN_DEALS,
                format!(
                    "{hi} asks for fewer sourced deals a year ({}) than {lo} ({}).",
                    higher.min_sourced_deals_per_year, lower.min_sourced_deals_per_year
                ),
            );
        }
        if higher.min_certified_reps < lower.min_certified_reps {
            push(
                operating::TIER_MIN_REPS,
                format!(
                    "{hi} asks for fewer certified reps ({}) than {lo} ({}).",
                    higher.min_certified_reps, lower.min_certified_reps
                ),
            );
        }
        if higher.commission_rate < lower.commission_rate {
            push(
                operating::TIER_COMMISSION,
                format!(
                    "{hi} pays a lower commission ({}) than {lo} ({}).",
                    higher.commission_rate, lower.commission_rate
                ),
            );
        }
        if higher.check_in.per_year() < lower.check_in.per_year() {
            push(
                operating::TIER_CHECK_IN,
                format!(
                    "{hi} is checked in with less often ({}) than {lo} ({}).",
                    higher.check_in.label().to_ascii_lowercase(),
                    lower.check_in.label().to_ascii_lowercase()
                ),
            );
        }
    }
    findings
}

/// More tiers than the partner base supports: the most partners the forecast has active at
/// once, against [`tiers_supported`]. Replaces a fixed count of first-year recruits.
pub(super) const TOO_MANY_FOR_PARTNERS: Rule = Rule {
    id: "tiers.too-many-for-partners",
    severity: Severity::Info,
    mechanic: Mechanic::OperatingModel,
    source: "elinkages.com",
    summary: "More tiers than the partner count supports (2 under 50, 3 at 50–200)",
    check: Check::Design(too_many_for_partners),
};

fn too_many_for_partners(ctx: &Context) -> Vec<Finding> {
    let tiers = ctx.design.operating.tiers.len();
    let most = ctx
        .forecast
        .quarters
        .iter()
        .map(|q| q.active_partners)
        .max()
        .unwrap_or_default();
    let partners = most.floor().to_u32().unwrap_or(u32::MAX);
    let supported = tiers_supported(partners);
    if tiers <= supported {
        return Vec::new();
    }
    vec![TOO_MANY_FOR_PARTNERS.finding(
        format!(
            "{tiers} tiers for at most {partners} active partners in the forecast: {supported} \
             tiers are enough under {}; more cannot be told apart.",
            match supported {
                2 => "50 partners",
                3 => "200 partners",
                _ => "any count",
            }
        ),
        operating::TIERS.path(),
    )]
}

/// The compensation plan has no trigger, or no payment timing: one finding each.
pub(super) const NO_TRIGGER: Rule = Rule {
    id: "compensation.no-trigger",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "003 Step 3, 001",
    summary: "The fee has no trigger or no payment timing",
    check: Check::Design(no_trigger),
};

fn no_trigger(ctx: &Context) -> Vec<Finding> {
    let c = &ctx.design.operating.compensation;
    let mut findings = Vec::new();
    if c.trigger.is_none() {
        findings.push(NO_TRIGGER.finding(
            "The fee has no trigger: say whether a qualified introduction or a closed deal earns it.",
            operating::TRIGGER.path(),
        ));
    }
    if c.payment_days_after_client_payment.is_none() {
        findings.push(NO_TRIGGER.finding(
            "The fee has no payment timing (001: net-30 from client payment is common).",
            operating::PAYMENT_DAYS.path(),
        ));
    }
    findings
}

/// A tiered-by-volume plan whose bands do not ascend: a band starts at fewer referrals than the
/// one before it, or pays less.
pub(super) const BANDS_DESCEND: Rule = Rule {
    id: "compensation.bands-descend",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "001 \"Tiered incentive programs reward partners who refer more\"",
    summary: "A volume band starts lower or pays less than the band before it",
    check: Check::Design(bands_descend),
};

fn bands_descend(ctx: &Context) -> Vec<Finding> {
    let CompensationModel::TieredByVolume { bands } = &ctx.design.operating.compensation.model
    else {
        return Vec::new();
    };
    bands
        .windows(2)
        .enumerate()
        .filter_map(|(lower_index, pair)| {
            let [lower, higher] = pair else { return None };
            let index = lower_index + 1;
            let (place, what) = if higher.from_referrals <= lower.from_referrals {
                (operating::BAND_FROM, "does not start above")
            } else if higher.rate < lower.rate {
                (operating::BAND_RATE, "pays less than")
            } else {
                return None;
            };
            Some(BANDS_DESCEND.finding(
                format!(
                    "The band from {} referrals ({}) {what} the band from {} ({}).",
                    higher.from_referrals, higher.rate, lower.from_referrals, lower.rate
                ),
                place.at(&[index]),
            ))
        })
        .collect()
}
