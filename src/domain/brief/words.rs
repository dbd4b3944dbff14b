//! Plain words for the design's choices and figures in the brief: what the board pack shows and
//! the Markdown export writes, before either escapes it.

use rust_decimal::Decimal;

use crate::domain::firm::{FirmKind, FirmStage};
use crate::domain::operating::{
    Accountability, CommissionTrigger, CompensationModel, ConflictRule, RoleKind,
};
use crate::domain::scoreboard::{MetricFamily, MetricKind};
use crate::domain::thesis::ProgramPurpose;
use crate::domain::values::{Currency, Money, Percent, grouped};

/// User text for a cell or a fact: trimmed, or an em dash when empty.
pub fn plain(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_owned()
    } else {
        s.trim().to_owned()
    }
}

/// A whole or decimal number with thousands separators: `1,800,000.5`.
pub fn number(n: Decimal) -> String {
    grouped(n)
}

pub fn money(m: Money, currency: &Currency) -> String {
    format!("{} {}", currency.code(), number(m.amount()))
}

/// An amount the forecast reports, to the whole unit, with its currency: `USD 1,234,568`.
pub fn amount(value: Decimal, currency: &Currency) -> String {
    format!("{} {}", currency.code(), number(value.round()))
}

/// A share the forecast reports, to one decimal place: `23.2 %`.
pub fn share(value: Decimal) -> String {
    format!("{} %", number(value.round_dp(1)))
}

/// A ratio as "3.7 : 1".
pub fn ratio(value: Decimal) -> String {
    format!("{} : 1", number(value.round_dp(1)))
}

/// A date as people read it: `19 Jul 2027`.
pub fn date(value: chrono::NaiveDate) -> String {
    value.format("%-d %b %Y").to_string()
}

pub fn percent(p: Percent) -> String {
    format!("{} %", p.value().normalize())
}

pub fn firm_kind(k: FirmKind) -> &'static str {
    match k {
        FirmKind::Software => "Software or product company",
        FirmKind::Services => "Professional-services firm or agency",
        FirmKind::Other => "Other",
    }
}

pub fn firm_stage(s: FirmStage) -> &'static str {
    s.label()
}

pub fn purpose(p: ProgramPurpose) -> &'static str {
    match p {
        ProgramPurpose::ServiceExtension => "Service extension",
        ProgramPurpose::MarketReach => "Market reach",
        ProgramPurpose::CoSelling => "Co-selling",
    }
}

pub fn role_kind(k: RoleKind) -> &'static str {
    match k {
        RoleKind::PartnerManager => "Partner manager",
        RoleKind::PartnerOps => "Partner operations",
        RoleKind::PartnerMarketing => "Partner marketing",
        RoleKind::ExecutiveSponsor => "Executive sponsor",
        RoleKind::HeadOfPartnerships => "Head of partnerships",
        RoleKind::RevenueOwner => "Revenue owner",
        RoleKind::FinanceOwner => "Finance owner",
        RoleKind::Other => "Other",
    }
}

pub fn accountability(a: Accountability) -> &'static str {
    match a {
        Accountability::RevenueLine => "revenue line",
        Accountability::System => "system",
        Accountability::FinancialAssumptions => "financial assumptions",
    }
}

pub fn conflict_rule(r: ConflictRule) -> &'static str {
    match r {
        ConflictRule::FirstIntroduction => "First formal introduction gets credit",
        ConflictRule::MostInfluence => "Most influence gets credit",
        ConflictRule::Split => "Credit is split",
        ConflictRule::Custom => "Custom (see note)",
    }
}

pub fn trigger(t: CommissionTrigger) -> &'static str {
    match t {
        CommissionTrigger::QualifiedIntroduction => "Qualified introduction",
        CommissionTrigger::ClosedDeal => "Closed deal",
    }
}

/// The compensation model in one line.
pub fn model(m: &CompensationModel, currency: &Currency) -> String {
    match m {
        CompensationModel::FlatFee { amount } => {
            format!("Flat fee of {}", money(*amount, currency))
        }
        CompensationModel::FirstProject { rate } => {
            format!("{} of the first project", percent(*rate))
        }
        CompensationModel::Ongoing { rate, years } => {
            format!("{} of revenue for {years} years", percent(*rate))
        }
        CompensationModel::ByInvolvement {
            passive,
            standard,
            active,
        } => format!(
            "By involvement: passive {}, standard {}, active selling {}",
            percent(*passive),
            percent(*standard),
            percent(*active)
        ),
        CompensationModel::TieredByVolume { bands } => {
            let bands: Vec<String> = bands
                .iter()
                .map(|b| format!("from {} referrals {}", b.from_referrals, percent(b.rate)))
                .collect();
            format!("Tiered by volume: {}", bands.join("; "))
        }
        CompensationModel::RevenueSplit { partner_share } => {
            format!("Revenue split: partner share {}", percent(*partner_share))
        }
    }
}

pub fn family(f: MetricFamily) -> &'static str {
    match f {
        MetricFamily::Capability => "Capability (leading)",
        MetricFamily::Capacity => "Capacity (leading)",
        MetricFamily::Motion => "Motion (leading)",
        MetricFamily::Conversion => "Conversion (leading)",
        MetricFamily::SourcedPipeline => "Sourced pipeline (lagging)",
        MetricFamily::InfluencedPipeline => "Influenced pipeline (lagging)",
        MetricFamily::SourcedClosedWon => "Sourced closed-won (lagging)",
        MetricFamily::Other => "Other",
    }
}

pub fn metric_kind(k: MetricKind) -> &'static str {
    match k {
        MetricKind::Activity => "Activity",
        MetricKind::Output => "Output",
    }
}

pub fn yes_no(b: bool) -> &'static str {
    if b { "Yes" } else { "No" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_user_text_is_a_dash() {
        assert_eq!(plain("  a b \n"), "a b");
        assert_eq!(plain("  "), "—");
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(number(Decimal::new(1_800_000, 0)), "1,800,000");
        assert_eq!(number(Decimal::new(-12_345_675, 2)), "-123,456.75");
        assert_eq!(number(Decimal::new(999, 0)), "999");
    }
}
