//! Commissions (001, 003): what a partner earns per deal and per partner-year under each
//! compensation model, and when it is paid.
//!
//! - A payment is due `payment_days_after_client_payment` days after the client pays (001:
//!   net-30); undecided timing pays on the client's payment day and says so in the note.
//! - With a qualified-introduction trigger a flat fee is earned at the introduction, so it is
//!   dated from the introduction; every rate model is a share of money the client pays, so it
//!   is dated from the client's payment.
//! - An ongoing commission pays once a year for `years` years (at most [`MAX_ONGOING_YEARS`]):
//!   the client is assumed to pay the deal's value again on each anniversary.
//! - Tiered by volume is marginal, like tax brackets: the n-th referral of a partner-year is paid
//!   the rate of the band n falls in (001: 1–3 at 10 %, 4–10 at 15 %, 11+ at 20 %), so the fourth
//!   deal of a year earns 15 % while the first three keep their 10 %. Counts restart each year.
//! - Each payment is rounded to cents once, as it is computed; totals are sums of payments.

mod compare;

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use super::forecast::saturating::{add, div, mul};
use super::operating::{CommissionTrigger, Compensation, CompensationModel, VolumeBand};
use super::order;
use super::values::{Money, Percent, Whole};

pub use compare::{ModelAmount, TierAmount, by_model, by_tier, default_models, model_label};

/// The most yearly payments an ongoing commission is followed for.
pub const MAX_ONGOING_YEARS: u32 = 50;

/// The most deals a partner-year is followed for: one a day.
pub const MAX_DEALS_PER_YEAR: u32 = 366;

/// Decimal places a payment is rounded to: cents.
const MONEY_DP: u32 = 2;

/// How involved a partner was in a deal (001: passive, standard, active selling).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Involvement {
    /// The partner mentioned the firm; the firm did all the selling.
    Passive,
    /// A straightforward referral.
    #[default]
    Standard,
    /// The partner actively sold on the firm's behalf.
    Active,
}

/// A deal to compute a commission for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleDeal {
    /// The deal's value: the first project, or the first year of a recurring contract.
    pub value: Money,
    /// The day the partner introduced the client.
    pub introduced: NaiveDate,
    /// The day the client pays (the first time, for a recurring contract).
    pub client_paid: NaiveDate,
    pub involvement: Involvement,
    /// The deal's place among the partner's referrals this year, 1-based (tiered by volume).
    pub referral_number: u32,
}

/// One payment to the partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payment {
    pub date: NaiveDate,
    /// Rounded to cents.
    pub amount: Decimal,
    /// What the payment is for, in words.
    pub note: String,
}

/// What one partner earns over a year of deals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartnerYear {
    /// Deals followed (the request, capped at [`MAX_DEALS_PER_YEAR`]).
    pub deals: u32,
    /// Every payment for those deals, by date; an ongoing commission's later years included.
    pub payments: Vec<Payment>,
    /// Commission on the deals' first year (each deal's first payment).
    pub first_year_total: Decimal,
    /// Every payment, later years included.
    pub total: Decimal,
    /// `first_year_total` over the year's deal value, as a fraction; none for no deal value.
    pub effective_rate: Option<Decimal>,
}

/// The rate a rate-based model pays on a deal's value; none for a flat fee. For an ongoing
/// commission this is the yearly rate.
pub fn rate(
    model: &CompensationModel,
    involvement: Involvement,
    referral_number: u32,
) -> Option<Percent> {
    match model {
        CompensationModel::FlatFee { .. } => None,
        CompensationModel::FirstProject { rate } | CompensationModel::Ongoing { rate, .. } => {
            Some(*rate)
        }
        CompensationModel::ByInvolvement {
            passive,
            standard,
            active,
        } => Some(match involvement {
            Involvement::Passive => *passive,
            Involvement::Standard => *standard,
            Involvement::Active => *active,
        }),
        CompensationModel::TieredByVolume { bands } => Some(band_rate(bands, referral_number)),
        CompensationModel::RevenueSplit { partner_share } => Some(*partner_share),
    }
}

/// The rate of the band the `referral_number`-th referral of a year falls in: the band with the
/// highest `from_referrals` not above it; 0 % before the first band.
pub fn band_rate(bands: &[VolumeBand], referral_number: u32) -> Percent {
    bands
        .iter()
        .filter(|b| b.from_referrals.get() <= referral_number)
        .max_by_key(|b| b.from_referrals)
        .map_or(Percent::ZERO, |b| b.rate)
}

/// The average rate, as a fraction, over a partner-year of `referrals` referrals each paid at
/// its band's rate; 0 for no referrals.
pub fn average_band_rate(bands: &[VolumeBand], referrals: u32) -> Decimal {
    if referrals == 0 {
        return Decimal::ZERO;
    }
    let mut starts: Vec<u32> = bands
        .iter()
        .map(|b| b.from_referrals.get().max(1))
        .collect();
    order::sort(&mut starts);
    starts.dedup();
    let mut paid = Decimal::ZERO;
    for (i, &from) in starts.iter().enumerate() {
        let until = starts
            .get(i + 1)
            .map_or(referrals, |next| (next - 1).min(referrals));
        if from <= until {
            let count = Decimal::from(until - from + 1);
            paid = add(paid, mul(count, band_rate(bands, from).fraction()));
        }
    }
    div(paid, Decimal::from(referrals)).unwrap_or(Decimal::ZERO)
}

/// The day a commission is paid for money the client paid on `client_paid`.
pub fn payment_date(comp: &Compensation, client_paid: NaiveDate) -> NaiveDate {
    let days = comp.payment_days_after_client_payment.map_or(0, Whole::get);
    client_paid
        .checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// The payments one deal earns, in date order.
pub fn commission_per_deal(comp: &Compensation, deal: &SampleDeal) -> Vec<Payment> {
    let value = deal.value.amount();
    let timing = if comp.payment_days_after_client_payment.is_some() {
        ""
    } else {
        " (payment timing not set)"
    };
    match &comp.model {
        CompensationModel::FlatFee { amount } => {
            let earned = if comp.trigger == Some(CommissionTrigger::QualifiedIntroduction) {
                deal.introduced
            } else {
                deal.client_paid
            };
            vec![Payment {
                date: payment_date(comp, earned),
                amount: cents(amount.amount()),
                note: format!("Flat fee{timing}"),
            }]
        }
        CompensationModel::Ongoing { rate, years } => {
            let years = years.get().min(MAX_ONGOING_YEARS);
            (0..years)
                .map(|year| {
                    let paid = deal
                        .client_paid
                        .checked_add_months(Months::new(12 * year))
                        .unwrap_or(NaiveDate::MAX);
                    Payment {
                        date: payment_date(comp, paid),
                        amount: cents(mul(value, rate.fraction())),
                        note: format!("Year {} of {years}: {rate} of {value}{timing}", year + 1),
                    }
                })
                .collect()
        }
        model => {
            let rate = rate(model, deal.involvement, deal.referral_number).unwrap_or(Percent::ZERO);
            vec![Payment {
                date: payment_date(comp, deal.client_paid),
                amount: cents(mul(value, rate.fraction())),
                note: format!("{rate} of {value}{timing}"),
            }]
        }
    }
}

/// A partner-year of `deals_per_year` deals of `deal_value`, spread evenly over the year from
/// `first_close` (deal i, 0-based, is paid by the client `i × 365 / n` days after the first),
/// standard involvement, each introduced the day its client pays.
pub fn partner_year(
    comp: &Compensation,
    deals_per_year: u32,
    deal_value: Money,
    first_close: NaiveDate,
) -> PartnerYear {
    let deals = deals_per_year.min(MAX_DEALS_PER_YEAR);
    let mut payments = Vec::new();
    let mut first_year_total = Decimal::ZERO;
    for i in 0..deals {
        let offset = u64::from(i) * 365 / u64::from(deals);
        let client_paid = first_close
            .checked_add_days(chrono::Days::new(offset))
            .unwrap_or(NaiveDate::MAX);
        let deal = SampleDeal {
            value: deal_value,
            introduced: client_paid,
            client_paid,
            involvement: Involvement::Standard,
            referral_number: i + 1,
        };
        let deal_payments = commission_per_deal(comp, &deal);
        if let Some(first) = deal_payments.first() {
            first_year_total = add(first_year_total, first.amount);
        }
        payments.extend(deal_payments);
    }
    order::sort_by_key(&mut payments, |p| p.date);
    let total = payments
        .iter()
        .fold(Decimal::ZERO, |sum, p| add(sum, p.amount));
    let year_value = mul(Decimal::from(deals), deal_value.amount());
    PartnerYear {
        deals,
        payments,
        first_year_total,
        total,
        effective_rate: div(first_year_total, year_value),
    }
}

/// The commission the forecast books for a quarter's deals, unrounded: a flat fee per qualified
/// opportunity (qualified-introduction trigger) or per won deal; otherwise the model's rate on
/// the won revenue, with standard involvement, and for tiered by volume the average band rate
/// of a partner who refers `referrals_per_partner_year` deals a year. An ongoing commission
/// counts its first year only, as the forecast counts each deal's first-year value.
pub fn quarter_commission(
    comp: &Compensation,
    won_revenue: Decimal,
    won_deals: Decimal,
    opportunities: Decimal,
    referrals_per_partner_year: Decimal,
) -> Decimal {
    match &comp.model {
        CompensationModel::FlatFee { amount } => {
            let paid_for = if comp.trigger == Some(CommissionTrigger::QualifiedIntroduction) {
                opportunities
            } else {
                won_deals
            };
            mul(paid_for, amount.amount())
        }
        CompensationModel::TieredByVolume { bands } => {
            let referrals = referrals_per_partner_year
                .round()
                .to_u32()
                .unwrap_or(u32::MAX)
                .max(1);
            mul(won_revenue, average_band_rate(bands, referrals))
        }
        model => {
            let rate = rate(model, Involvement::Standard, 1).unwrap_or(Percent::ZERO);
            mul(won_revenue, rate.fraction())
        }
    }
}

fn cents(amount: Decimal) -> Decimal {
    amount.round_dp(MONEY_DP).normalize()
}
