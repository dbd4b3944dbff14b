//! What matters most: each banded assumption moved to its band's low and then its high, the
//! others held, and what that does to program year two's sourced share and to program year
//! three's revenue to cost. Sorted by swing, the assumptions draw a tornado: the widest bar is
//! the guess that matters most.

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

use super::super::archetypes::ArchetypeKind;
use super::super::bands::{self, Band};
use super::super::design::Design;
use super::super::forecast::{Forecast, outline};
use super::super::order;
use super::super::path::DocPath;
use super::super::places::{archetypes, assumptions};
use super::super::values::{Money, Percent};
use super::goals::RETURN_YEAR;
use super::levers::{Lever, LeverKind};

/// The program year whose share the tornado reads.
pub const SHARE_YEAR: u32 = 2;

/// An assumption the tornado moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Moved {
    /// One of decision support's levers (activation, deals, lift, days to a first deal).
    Lever(Lever),
    /// A pool's partner share: its fee or margin.
    Share(ArchetypeKind),
    /// Partner churn, judged a year and typed a quarter.
    Churn,
    /// Co-marketing, judged as a share of the partner revenue over the forecast.
    CoMarketing,
    /// Gross retention, for a firm that sells subscriptions.
    Retention,
}

/// One bar: the assumption at its band's low and high, and the two outcomes at each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub moved: Moved,
    pub band: &'static Band,
    /// The assumption in words.
    pub label: String,
    /// The field that sets it.
    pub path: DocPath,
    /// The value typed into the field at the band's low and high.
    pub low_value: Decimal,
    pub high_value: Decimal,
    /// Year two's sourced share (%) with the assumption at its low and its high.
    pub share: (Decimal, Decimal),
    /// Year three's revenue to cost with the assumption at its low and its high; none when the
    /// horizon stops short of year three or the year spends nothing.
    pub ratio: (Option<Decimal>, Option<Decimal>),
}

impl Bar {
    /// How far the share moves between the low and the high.
    pub fn share_swing(&self) -> Decimal {
        (self.share.1 - self.share.0).abs()
    }

    /// How far revenue to cost moves between the low and the high.
    pub fn ratio_swing(&self) -> Decimal {
        match self.ratio {
            (Some(low), Some(high)) => (high - low).abs(),
            _ => Decimal::ZERO,
        }
    }
}

/// The tornado of `design`, whose forecast is `base`: one bar per banded assumption, widest
/// share swing first (ties by return swing).
pub fn tornado(design: &Design, base: &Forecast) -> Vec<Bar> {
    let mut scratch = super::scratch(design);
    let mut bars: Vec<Bar> = moved(design)
        .into_iter()
        .filter_map(|m| bar(&mut scratch, design, base, m))
        .collect();
    order::sort_by(&mut bars, |a, b| {
        b.share_swing()
            .cmp(&a.share_swing())
            .then(b.ratio_swing().cmp(&a.ratio_swing()))
    });
    bars
}

/// The assumptions of `design` the tornado moves.
fn moved(design: &Design) -> Vec<Moved> {
    let mut out = Vec::new();
    for profile in design.archetypes.chosen() {
        for kind in [LeverKind::Activation, LeverKind::Deals] {
            out.push(Moved::Lever(Lever {
                kind,
                pool: Some(profile.kind),
            }));
        }
        if bands::share_band(profile.kind).is_some() {
            out.push(Moved::Share(profile.kind));
        }
    }
    for kind in [LeverKind::Lift, LeverKind::FirstDealDays] {
        let lever = Lever { kind, pool: None };
        if Lever::all(design).contains(&lever) {
            out.push(Moved::Lever(lever));
        }
    }
    out.push(Moved::Churn);
    out.push(Moved::CoMarketing);
    if design.firm.sells_subscriptions {
        out.push(Moved::Retention);
    }
    out
}

/// One bar: two forecasts of the scratch design, restored to `design`'s value after.
fn bar(scratch: &mut Design, design: &Design, base: &Forecast, m: Moved) -> Option<Bar> {
    let band = band_of(m)?;
    let low_value = typed(m, band.low, base)?;
    let high_value = typed(m, band.high, base)?;
    let mut outcome = |value: Decimal| {
        set(scratch, m, value);
        let f = outline(scratch);
        set_from(scratch, design, m);
        (
            f.year(SHARE_YEAR)
                .map_or(Decimal::ZERO, |y| y.sourced_share),
            f.year(RETURN_YEAR)
                .filter(|y| y.quarters == 4)
                .and_then(|y| y.own_revenue_to_cost()),
        )
    };
    let (share_low, ratio_low) = outcome(low_value);
    let (share_high, ratio_high) = outcome(high_value);
    Some(Bar {
        moved: m,
        band,
        label: label(m),
        path: path(m, design),
        low_value,
        high_value,
        share: (share_low, share_high),
        ratio: (ratio_low, ratio_high),
    })
}

fn band_of(m: Moved) -> Option<&'static Band> {
    match m {
        Moved::Lever(lever) => lever.band().map(|(band, _)| band),
        Moved::Share(kind) => bands::share_band(kind),
        Moved::Churn => Some(&bands::CHURN),
        Moved::CoMarketing => Some(&bands::CO_MARKETING),
        Moved::Retention => Some(&bands::GROSS_RETENTION),
    }
}

/// The value to type into the field for `banded`, a figure in the band's unit: deals a year are
/// typed a quarter, churn a year a quarter, co-marketing's share of the partner revenue over the
/// forecast (the design's own) as an amount a quarter.
fn typed(m: Moved, banded: Decimal, base: &Forecast) -> Option<Decimal> {
    Some(match m {
        Moved::Lever(lever) => {
            let (_, factor) = lever.band()?;
            (banded / factor).round_dp(1)
        }
        Moved::Churn => quarterly_churn(banded),
        Moved::CoMarketing => {
            let revenue: Decimal = base.years.iter().map(|y| y.revenue).sum();
            let quarters = Decimal::from(base.quarters.len().max(1));
            (revenue * banded / Decimal::ONE_HUNDRED / quarters).round()
        }
        Moved::Share(_) | Moved::Retention => banded,
    })
}

/// The share a quarter that loses `yearly` % a year: 1 − (1 − y)^¼, to a hundredth of a percent.
pub fn quarterly_churn(yearly: Decimal) -> Decimal {
    let kept = 1.0 - yearly.to_f64().unwrap_or(0.0) / 100.0;
    let quarterly = (1.0 - kept.max(0.0).powf(0.25)) * 100.0;
    Decimal::from_f64(quarterly)
        .unwrap_or_default()
        .round_dp(2)
        .normalize()
}

fn set(design: &mut Design, m: Moved, value: Decimal) {
    let percent = || Percent::new(value.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)).ok();
    match m {
        Moved::Lever(lever) => lever.set(design, value),
        Moved::Share(kind) => {
            if let (Some(p), Some(share)) = (design.archetypes.get_mut(kind), percent()) {
                p.economics.partner_share = share;
            }
        }
        Moved::Churn => {
            if let Some(churn) = percent() {
                design.assumptions.churn_per_quarter = churn;
            }
        }
        Moved::CoMarketing => {
            if let Ok(amount) = Money::new(value) {
                design.assumptions.co_marketing_per_quarter = amount;
            }
        }
        Moved::Retention => {
            if let Some(retention) = percent() {
                design.assumptions.gross_retention = retention;
            }
        }
    }
}

/// Puts `m` back to `design`'s own value.
fn set_from(scratch: &mut Design, design: &Design, m: Moved) {
    match m {
        Moved::Lever(Lever {
            kind: LeverKind::FirstDealDays,
            ..
        }) => scratch.journey.stages.clone_from(&design.journey.stages),
        Moved::Lever(lever) => {
            if let Some(current) = lever.current(design) {
                lever.set(scratch, current);
            }
        }
        Moved::Share(kind) => {
            if let (Some(s), Some(d)) = (
                scratch.archetypes.get_mut(kind),
                design.archetypes.get(kind),
            ) {
                s.economics.partner_share = d.economics.partner_share;
            }
        }
        Moved::Churn => {
            scratch.assumptions.churn_per_quarter = design.assumptions.churn_per_quarter
        }
        Moved::CoMarketing => {
            scratch.assumptions.co_marketing_per_quarter =
                design.assumptions.co_marketing_per_quarter;
        }
        Moved::Retention => {
            scratch.assumptions.gross_retention = design.assumptions.gross_retention
        }
    }
}

fn label(m: Moved) -> String {
    match m {
        Moved::Lever(lever) => lever.words(),
        Moved::Share(kind) => format!("the {} pool's {}", kind.label(), kind.share_name()),
        Moved::Churn => "partner churn".to_owned(),
        Moved::CoMarketing => "co-marketing".to_owned(),
        Moved::Retention => "gross retention".to_owned(),
    }
}

fn path(m: Moved, design: &Design) -> DocPath {
    match m {
        Moved::Lever(lever) => lever.path(design),
        Moved::Share(kind) => {
            let index = design
                .archetypes
                .catalogue
                .iter()
                .position(|a| a.kind == kind)
                .unwrap_or(0);
            archetypes::PARTNER_SHARE.at(&[index])
        }
        Moved::Churn => assumptions::CHURN.path(),
        Moved::CoMarketing => assumptions::CO_MARKETING.path(),
        Moved::Retention => assumptions::RETENTION.path(),
    }
}

/// The banded assumptions of `design`, in the order the tornado takes them.
pub fn banded(design: &Design) -> Vec<Moved> {
    moved(design)
}

impl Moved {
    /// Sets the assumption in `design` to `value`, typed in its field's unit.
    pub fn set(self, design: &mut Design, value: Decimal) {
        set(design, self, value);
    }

    /// The value to type into its field for `banded`, a figure in its band's unit (the design's
    /// forecast is `base`); none for an assumption without a band.
    pub fn typed(self, banded: Decimal, base: &Forecast) -> Option<Decimal> {
        typed(self, banded, base)
    }

    /// The assumption in words: "the Referral pool's activation rate".
    pub fn label(self) -> String {
        label(self)
    }

    /// The field that sets it.
    pub fn path(self, design: &Design) -> DocPath {
        path(self, design)
    }

    /// Its value in `design`, in its field's unit.
    pub fn current(self, design: &Design) -> Option<Decimal> {
        let a = &design.assumptions;
        match self {
            Moved::Lever(lever) => lever.current(design),
            Moved::Share(kind) => design
                .archetypes
                .get(kind)
                .map(|p| p.economics.partner_share.value()),
            Moved::Churn => Some(a.churn_per_quarter.value()),
            Moved::CoMarketing => Some(a.co_marketing_per_quarter.amount()),
            Moved::Retention => Some(a.gross_retention.value()),
        }
    }
}
