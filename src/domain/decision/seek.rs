//! Goal seek: the least value of one lever (the greatest, for a lever where less helps) at which
//! the forecast meets a goal, the other assumptions held, exact to the lever's step.
//!
//! The lever's values are numbered from its worst end (index 0) to its best in steps, so that a
//! higher index never hurts. Each goal is read as a margin that is zero where it is just met: for
//! a share goal, the year's partner pipeline less the pipeline the floor asks for against the
//! direct pipeline (P − t/(100 − t) × D); for the return, the year's revenue less five times its
//! cost. Where a lever enters the forecast linearly — recruits, activation, deals, deal size,
//! registration rate, lift below a 100 % win rate — the margin is a straight line in the index,
//! so the secant through two forecasts lands on the answer; a lever that moves the forecast by
//! whole months (the days to a first deal, the partner sales cycle), or a kink (the registration
//! minimum, a win rate at 100 %), takes more steps. Every answer is confirmed: the forecast at
//! the answer meets the goal and one step less does not. The search is bounded by the lever's
//! range, so it always ends.

use std::collections::HashMap;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::super::design::Design;
use super::super::forecast::{Forecast, RATIO_DP, SHARE_DP, outline};
use super::super::timing::months_of_days;
use super::goals::{Goal, RETURN_YEAR};
use super::levers::{Direction, Lever, LeverKind};

/// What a forecast says of one goal: whether it is met, and by how much (zero where just met).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub met: bool,
    pub margin: Decimal,
}

/// The goal read from a forecast, against its threshold.
pub fn read(goal: Goal, threshold: Decimal, forecast: &Forecast) -> Reading {
    match goal {
        Goal::Floor(year) | Goal::Target(year) => {
            let Some(y) = forecast.year(year) else {
                return Reading {
                    met: false,
                    margin: Decimal::MIN,
                };
            };
            // The share is reported to SHARE_DP places: a share that rounds up to the threshold
            // meets it.
            let least = threshold - half_unit(SHARE_DP);
            let asked = Decimal::ONE_HUNDRED - least;
            let margin = if asked > Decimal::ZERO {
                y.partner_pipeline - y.direct_pipeline * least / asked
            } else {
                -y.direct_pipeline
            };
            Reading {
                met: y.sourced_share >= threshold,
                margin,
            }
        }
        Goal::Return => {
            let Some(y) = forecast.year(RETURN_YEAR) else {
                return Reading {
                    met: false,
                    margin: Decimal::MIN,
                };
            };
            Reading {
                met: goal.met_by(forecast, threshold),
                margin: y.revenue - y.cost * (threshold - half_unit(RATIO_DP)),
            }
        }
    }
}

/// How far from zero, in money, a margin must be for its sign to be sure: the quarters' figures
/// are rounded to cents before a year adds them.
const NOISE: Decimal = Decimal::ONE;

/// Half of the last reported place: 0.005 for two places.
fn half_unit(places: u32) -> Decimal {
    Decimal::new(5, places + 1)
}

/// One lever's forecasts, each made once: a scratch copy of the design with the lever set,
/// cached by what the forecast sees (the index, or the whole months for a lever of days).
pub struct Seeker<'a> {
    scratch: Design,
    lever: Lever,
    goals: &'a [(Goal, Decimal)],
    steps: u64,
    cache: HashMap<u64, Vec<Reading>>,
}

impl<'a> Seeker<'a> {
    /// A seeker over `lever` of `design` (whose candidates the forecast does not read, so the
    /// copy leaves them out), judging `goals` with their thresholds; `base` is the design's own
    /// forecast, read where the lever's value is the design's.
    pub fn new(
        design: &Design,
        base: &Forecast,
        lever: Lever,
        goals: &'a [(Goal, Decimal)],
    ) -> Seeker<'a> {
        let scratch = super::scratch(design);
        let (min, max) = lever.range();
        let steps = ((max - min) / lever.step()).trunc();
        let mut seeker = Seeker {
            scratch,
            lever,
            goals,
            steps: steps.to_u64().unwrap_or(0),
            cache: HashMap::new(),
        };
        // Recruits are set flat, so the design's own ramp is not one of the lever's values.
        if let Some(current) = lever.current(design)
            && lever.kind != LeverKind::Recruits
        {
            let i = seeker.index_of(current);
            if seeker.value(i) == current {
                let key = seeker.key(i, current);
                let readings = goals.iter().map(|&(g, t)| read(g, t, base)).collect();
                seeker.cache.insert(key, readings);
            }
        }
        seeker
    }

    /// The indices between which the margins are a straight line in the index, for a lever
    /// that enters the forecast linearly; none for a lever of days, which moves the forecast by
    /// whole months.
    fn linear_region(&self) -> Option<(u64, u64)> {
        let design = &self.scratch;
        let best = self.best();
        match self.lever.kind {
            LeverKind::FirstDealDays | LeverKind::PartnerCycle => None,
            LeverKind::DealSize => {
                let registration = &design.operating.deal_registration;
                let average = design.firm.average_deal_size.amount();
                let minimum = registration
                    .minimum_deal_size
                    .filter(|_| registration.enabled)
                    .map(|m| m.amount());
                match minimum {
                    Some(minimum) if average > Decimal::ZERO => {
                        // A deal under the registration minimum cannot be registered.
                        let least = (minimum * Decimal::ONE_HUNDRED / average).ceil();
                        let low = self.index_of(least);
                        let low = if self.value(low) < least {
                            low + 1
                        } else {
                            low
                        };
                        (low < best).then_some((low, best))
                    }
                    _ => Some((0, best)),
                }
            }
            LeverKind::Lift => {
                // Past a 100 % partner win rate, more lift changes nothing.
                let direct = design.firm.direct_win_rate.fraction();
                if direct <= Decimal::ZERO {
                    return Some((0, best));
                }
                let cap = (Decimal::ONE / direct - Decimal::ONE) * Decimal::ONE_HUNDRED;
                let high = self.index_of(cap.min(self.lever.range().1));
                (high > 0).then_some((0, high))
            }
            _ => Some((0, best)),
        }
    }

    /// The least index meeting goal `g`, or none when even the best value misses it: in
    /// closed form from the straight line through two forecasts where the lever enters
    /// linearly and the answer is clear of the reports' rounding, by [`Seeker::least`]
    /// otherwise.
    pub fn solve(&mut self, g: usize, hint: u64) -> Option<u64> {
        let Some((low, high)) = self.linear_region() else {
            return self.least(g, hint);
        };
        let a = hint.clamp(low, high);
        let b = if a == high { low } else { high };
        if a == b {
            return self.least(g, hint);
        }
        let (ra, rb) = (self.at(a)[g], self.at(b)[g]);
        let run = Decimal::from(b) - Decimal::from(a);
        let Some(slope) = (rb.margin - ra.margin).checked_div(run) else {
            return self.least(g, hint);
        };
        let from_low = |i: Option<u64>| match i {
            // Under the line's lowest index the lever may still meet the goal (a deal size
            // under the registration minimum while the other pools carry the share).
            Some(i) if i == low && low > 0 => None,
            other => Some(other),
        };
        if slope <= Decimal::ZERO {
            let answer = match (ra.met, rb.met) {
                (true, true) => Some(low),
                (false, false) if high == self.best() => None,
                _ => return self.least(g, hint),
            };
            return from_low(answer).unwrap_or_else(|| self.least(g, hint));
        }
        let Some(root) = ra
            .margin
            .checked_div(slope)
            .map(|shift| Decimal::from(a) - shift)
        else {
            return self.least(g, hint);
        };
        let index = root.ceil().max(Decimal::from(low));
        if index > Decimal::from(high) {
            return if high == self.best() {
                None
            } else {
                self.least(g, hint)
            };
        }
        let Some(i) = index.to_u64() else {
            return self.least(g, hint);
        };
        let predicted = |at: u64| ra.margin + slope * (Decimal::from(at) - Decimal::from(a));
        let clear = predicted(i) >= NOISE && (i == low || predicted(i - 1) <= -NOISE);
        if clear {
            from_low(Some(i)).unwrap_or_else(|| self.least(g, i))
        } else {
            self.least(g, i)
        }
    }

    /// The lever's value at index `i`.
    pub fn value(&self, i: u64) -> Decimal {
        let (min, max) = self.lever.range();
        let offset = Decimal::from(i) * self.lever.step();
        match self.lever.direction() {
            Direction::Up => min + offset,
            Direction::Down => max - offset,
        }
    }

    /// The index of the value nearest `value` on the lever's worse side: the first index whose
    /// value is at least as good.
    pub fn index_of(&self, value: Decimal) -> u64 {
        let (min, max) = self.lever.range();
        let offset = match self.lever.direction() {
            Direction::Up => value - min,
            Direction::Down => max - value,
        };
        let i = (offset / self.lever.step()).floor();
        i.to_u64().unwrap_or(0).min(self.steps)
    }

    /// The index of the best value.
    pub fn best(&self) -> u64 {
        self.steps
    }

    /// The goals read at index `i`.
    pub fn at(&mut self, i: u64) -> &[Reading] {
        let value = self.value(i);
        let key = self.key(i, value);
        if !self.cache.contains_key(&key) {
            self.lever.set(&mut self.scratch, value);
            let f = outline(&self.scratch);
            let readings = self
                .goals
                .iter()
                .map(|&(goal, threshold)| read(goal, threshold, &f))
                .collect();
            self.cache.insert(key, readings);
        }
        &self.cache[&key]
    }

    /// What the forecast sees of index `i`: the index itself, or for a lever of days the whole
    /// months the forecast counts (`timing::months_of_days`), so days in one month share one
    /// forecast.
    fn key(&self, i: u64, value: Decimal) -> u64 {
        let days = value.trunc().to_u32().unwrap_or(u32::MAX);
        match self.lever.kind {
            LeverKind::FirstDealDays => {
                let recruit = self
                    .scratch
                    .journey
                    .stages
                    .iter()
                    .find(|s| s.kind == super::super::journey::StageKind::Recruit)
                    .map_or(0, |s| s.duration_days.get());
                months_of_days(recruit.saturating_add(days)) as u64
            }
            LeverKind::PartnerCycle => months_of_days(days) as u64,
            _ => i,
        }
    }

    /// The least index at which goal `g` is met, or none when even the best value misses it.
    /// `hint` is an index to try first (the design's own value).
    pub fn least(&mut self, g: usize, hint: u64) -> Option<u64> {
        let best = self.best();
        if !self.at(best)[g].met {
            return None;
        }
        let hint = hint.min(best);
        let (mut lo, mut hi) = if self.at(hint)[g].met {
            if hint == 0 || self.at(0)[g].met {
                return Some(0);
            }
            (0, hint)
        } else {
            (hint, best)
        };
        // lo misses, hi meets. Secant on the margin, with its neighbour to close the bracket;
        // halving when the secant does not help.
        while hi - lo > 1 {
            let (m_lo, m_hi) = (self.at(lo)[g].margin, self.at(hi)[g].margin);
            let width = hi - lo;
            let guess = secant(lo, hi, m_lo, m_hi).unwrap_or(lo + width / 2);
            let i = guess.clamp(lo + 1, hi - 1);
            if self.at(i)[g].met {
                hi = i;
                if i - 1 > lo && !self.at(i - 1)[g].met {
                    lo = i - 1;
                }
            } else {
                lo = i;
                if i + 1 < hi && self.at(i + 1)[g].met {
                    hi = i + 1;
                }
            }
            if hi - lo > width / 2 && hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if self.at(mid)[g].met {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
        }
        Some(hi)
    }
}

/// The first index at which the line through (lo, m_lo) and (hi, m_hi) reaches zero, rounded
/// up; none when the line does not rise.
fn secant(lo: u64, hi: u64, m_lo: Decimal, m_hi: Decimal) -> Option<u64> {
    let rise = m_hi.checked_sub(m_lo)?;
    if rise <= Decimal::ZERO {
        return None;
    }
    let run = Decimal::from(hi - lo);
    let along = (-m_lo).checked_mul(run)?.checked_div(rise)?.ceil();
    let along = along.to_u64()?;
    Some(lo.saturating_add(along))
}
