//! Commissions side by side: what one sample deal earns under each compensation model (the
//! "commission by model" chart) and under each tier's rate.

use std::mem::discriminant;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::super::design::Design;
use super::super::operating::{Compensation, CompensationModel, VolumeBand};
use super::super::values::{Count, Money, Percent, Years};
use super::{Involvement, SampleDeal, cents, commission_per_deal};
use crate::domain::forecast::saturating::mul;

/// What a sample deal earns under one model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelAmount {
    pub label: &'static str,
    /// Every payment the deal earns, summed (all years of an ongoing commission).
    pub amount: Decimal,
    /// This is the design's chosen model, with the design's figures.
    pub chosen: bool,
}

/// What a sample deal earns at one tier's commission rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TierAmount {
    pub tier: String,
    pub rate: Percent,
    /// Rounded to cents.
    pub amount: Decimal,
}

/// A percentage from tenths: `tenths(75)` is 7.5 %.
fn tenths(value: i64) -> Percent {
    Percent::new(Decimal::new(value, 1)).unwrap_or(Percent::ZERO)
}

/// The six models with the articles' figures: a 500 flat fee (001: "partnerships implode over
/// $500 commissions"), 15 % of the first project (001: 10–20 %), 10 % ongoing for three years
/// (001: 10 % while the client stays), by involvement at the middle of each range (001:
/// passive 5–10, standard 10–15, active 20–25 %), tiered 10/15/20 % from referrals 1/4/11
/// (001), and a 60/40 revenue split (the partner's 40 %).
pub fn default_models() -> [CompensationModel; 6] {
    [
        CompensationModel::FlatFee {
            amount: Money::whole(500),
        },
        CompensationModel::FirstProject {
            rate: Percent::whole(15),
        },
        CompensationModel::Ongoing {
            rate: Percent::whole(10),
            years: Years::of(3),
        },
        CompensationModel::ByInvolvement {
            passive: tenths(75),
            standard: tenths(125),
            active: tenths(225),
        },
        CompensationModel::TieredByVolume {
            bands: vec![
                VolumeBand {
                    from_referrals: Count::of(1),
                    rate: Percent::whole(10),
                },
                VolumeBand {
                    from_referrals: Count::of(4),
                    rate: Percent::whole(15),
                },
                VolumeBand {
                    from_referrals: Count::of(11),
                    rate: Percent::whole(20),
                },
            ],
        },
        CompensationModel::RevenueSplit {
            partner_share: Percent::whole(40),
        },
    ]
}

/// The model's name, for charts and tables.
pub fn model_label(model: &CompensationModel) -> &'static str {
    match model {
        CompensationModel::FlatFee { .. } => "Flat fee",
        CompensationModel::FirstProject { .. } => "% of first project",
        CompensationModel::Ongoing { .. } => "Ongoing %",
        CompensationModel::ByInvolvement { .. } => "By involvement",
        CompensationModel::TieredByVolume { .. } => "Tiered by volume",
        CompensationModel::RevenueSplit { .. } => "Revenue split",
    }
}

/// What one deal of `deal_value` earns under each of the six models: the design's own figures
/// for its chosen model, [`default_models`] for the others. The deal is a partner's first
/// referral of the year, with standard involvement.
pub fn by_model(comp: &Compensation, deal_value: Money) -> Vec<ModelAmount> {
    default_models()
        .into_iter()
        .map(|default| {
            let chosen = discriminant(&default) == discriminant(&comp.model);
            let model = if chosen { comp.model.clone() } else { default };
            let label = model_label(&model);
            let with_model = Compensation {
                trigger: comp.trigger,
                model,
                payment_days_after_client_payment: comp.payment_days_after_client_payment,
            };
            let amount = commission_per_deal(&with_model, &sample(deal_value))
                .iter()
                .fold(Decimal::ZERO, |sum, p| super::add(sum, p.amount));
            ModelAmount {
                label,
                amount,
                chosen,
            }
        })
        .collect()
}

/// What one deal of `deal_value` earns at each tier's commission rate, lowest tier first.
pub fn by_tier(design: &Design, deal_value: Money) -> Vec<TierAmount> {
    design
        .operating
        .tiers
        .iter()
        .map(|tier| TierAmount {
            tier: tier.name.clone(),
            rate: tier.commission_rate,
            amount: cents(mul(deal_value.amount(), tier.commission_rate.fraction())),
        })
        .collect()
}

fn sample(value: Money) -> SampleDeal {
    SampleDeal {
        value,
        introduced: NaiveDate::MIN,
        client_paid: NaiveDate::MIN,
        involvement: Involvement::Standard,
        referral_number: 1,
    }
}
