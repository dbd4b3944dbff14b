//! A design's assumptions read in their bands' units: each chosen archetype's activation, deals a
//! year and partner share; the days from signing a partner to its first deal, from the journey;
//! the win-rate lift; churn a year; co-marketing as a share of the partner revenue it serves;
//! and, for a firm that sells subscriptions, gross retention. Each reading carries the place of
//! the field that sets it.

use rust_decimal::Decimal;

use super::super::design::Design;
use super::super::forecast::Forecast;
use super::super::journey::StageKind;
use super::super::path::DocPath;
use super::super::places::{archetypes, assumptions, journey};
use super::super::timing::Timing;
use super::super::values::grouped;
use super::{
    ACTIVATION, Band, CHURN, CO_MARKETING, DAYS_TO_FIRST_DEAL, GROSS_RETENTION, WIN_RATE_LIFT,
    deals_band, share_band,
};

/// One assumption of a design, in its band's unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub band: &'static Band,
    /// Whose assumption it is, starting a sentence: "The referral partners' activation".
    pub subject: String,
    /// The value in the band's unit.
    pub value: Decimal,
    /// How the value was typed, where that differs from the band's unit: "3 % a quarter".
    pub typed_as: Option<String>,
    /// The band is another archetype's, standing in until a source gives this one its own.
    pub stand_in: bool,
    /// The field that sets the value.
    pub path: DocPath,
}

impl Reading {
    /// The value in words, with how it was typed: "11.5 % (3 % a quarter)".
    pub fn shown(&self) -> String {
        let value = self.band.show(self.value);
        match &self.typed_as {
            Some(typed) => format!("{value} ({typed})"),
            None => value,
        }
    }
}

/// Share of partners lost in a year, in percent, at `quarterly` percent a quarter:
/// 1 − (1 − q)⁴. 3 % a quarter is 11.5 % a year.
pub fn churn_a_year(quarterly: Decimal) -> Decimal {
    let kept = Decimal::ONE - quarterly / Decimal::ONE_HUNDRED;
    (Decimal::ONE - kept * kept * kept * kept) * Decimal::ONE_HUNDRED
}

/// Every assumption of `design` that has a band, read against `forecast` (its own).
pub fn readings(design: &Design, forecast: &Forecast) -> Vec<Reading> {
    let mut out = Vec::new();
    for (index, profile) in design.archetypes.catalogue.iter().enumerate() {
        if !profile.chosen {
            continue;
        }
        let at = [index];
        let whose = format!("The {} pool's", profile.kind.label());
        out.push(Reading {
            band: &ACTIVATION,
            subject: format!("{whose} activation rate"),
            value: profile.pool.activation_rate.value(),
            typed_as: None,
            stand_in: false,
            path: archetypes::POOL_ACTIVATION.at(&at),
        });
        let (deals, stand_in) = deals_band(profile.kind);
        let quarterly = profile.pool.deals_per_partner.get();
        out.push(Reading {
            band: deals,
            subject: format!("{whose} deals a partner"),
            value: quarterly * Decimal::from(4),
            typed_as: Some(format!("{} a quarter", quarterly.normalize())),
            stand_in,
            path: archetypes::POOL_DEALS.at(&at),
        });
        if let Some(band) = share_band(profile.kind) {
            out.push(Reading {
                band,
                subject: format!("{whose} {}", profile.kind.share_name()),
                value: profile.economics.partner_share.value(),
                typed_as: None,
                stand_in: false,
                path: archetypes::PARTNER_SHARE.at(&at),
            });
        }
    }
    if let Some(path) = first_deal_field(design) {
        out.push(Reading {
            band: &DAYS_TO_FIRST_DEAL,
            subject: "The time from signing a partner to its first registered deal (onboard and \
                      activate)"
                .to_owned(),
            value: Decimal::from(Timing::of(design).signed_to_first_deal_days()),
            typed_as: None,
            stand_in: false,
            path,
        });
    }
    let a = &design.assumptions;
    out.push(Reading {
        band: &WIN_RATE_LIFT,
        subject: "The win-rate lift with a partner".to_owned(),
        value: a.win_rate_lift.value(),
        typed_as: None,
        stand_in: false,
        path: assumptions::LIFT.path(),
    });
    out.push(Reading {
        band: &CHURN,
        subject: "Partner churn".to_owned(),
        value: churn_a_year(a.churn_per_quarter.value()),
        typed_as: Some(format!("{} % a quarter", a.churn_per_quarter.show())),
        stand_in: false,
        path: assumptions::CHURN.path(),
    });
    if let Some(reading) = co_marketing(design, forecast) {
        out.push(reading);
    }
    if design.firm.sells_subscriptions {
        out.push(Reading {
            band: &GROSS_RETENTION,
            subject: "Gross retention".to_owned(),
            value: a.gross_retention.value(),
            typed_as: None,
            stand_in: false,
            path: assumptions::RETENTION.path(),
        });
    }
    out
}

/// The field that sets the days to a first deal: the activate stage's duration, else the
/// onboard stage's; none when the journey has neither, which its own rules report.
fn first_deal_field(design: &Design) -> Option<DocPath> {
    let stages = &design.journey.stages;
    let index = |kind: StageKind| stages.iter().position(|s| s.kind == kind);
    index(StageKind::Activate)
        .or_else(|| index(StageKind::Onboard))
        .map(|i| journey::DURATION.at(&[i]))
}

/// Co-marketing as a share of the partner revenue the forecast brings, both over its whole
/// horizon: a fixed amount a quarter is a large share of the first year's revenue and a small one
/// of the third's, and the plan is judged as a whole. None while the forecast brings no revenue
/// (its own rules say why).
fn co_marketing(design: &Design, forecast: &Forecast) -> Option<Reading> {
    let revenue: Decimal = forecast.years.iter().map(|y| y.revenue).sum();
    if revenue <= Decimal::ZERO {
        return None;
    }
    let spent: Decimal = forecast.quarters.iter().map(|q| q.cost.co_marketing).sum();
    Some(Reading {
        band: &CO_MARKETING,
        subject: format!(
            "Co-marketing over the forecast's {} quarters",
            forecast.quarters.len()
        ),
        value: spent / revenue * Decimal::ONE_HUNDRED,
        typed_as: Some(format!(
            "{currency} {} a quarter against {currency} {} of partner revenue",
            grouped(design.assumptions.co_marketing_per_quarter.amount()),
            grouped(revenue.round()),
            currency = design.firm.currency.code(),
        )),
        stand_in: false,
        path: assumptions::CO_MARKETING.path(),
    })
}
