//! The goals a design is held to in decision support (BLUEPRINT.md second edition, "Decision
//! support"): each program year's sourced-share floor (002 FAQ: 15, 25, 35 %), each share target
//! the scoreboard sets, and 5:1 revenue to cost in program year three (001).

use rust_decimal::Decimal;

use super::super::forecast::{Forecast, TARGET_REVENUE_TO_COST};

/// The program year whose revenue to cost is judged (001: 5:1 "by year three").
pub const RETURN_YEAR: u32 = 3;

/// One goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Goal {
    /// The sourced-share floor of this program year.
    Floor(u32),
    /// The scoreboard's sourced-share target for this program year.
    Target(u32),
    /// 5:1 revenue to cost in program year three.
    Return,
}

impl Goal {
    /// The goals `forecast` can judge: a floor for each program year it reaches, a target for
    /// each year the scoreboard sets one, and the return once the horizon reaches year three.
    pub fn all(forecast: &Forecast) -> Vec<Goal> {
        let mut goals: Vec<Goal> = forecast.years.iter().map(|y| Goal::Floor(y.year)).collect();
        goals.extend(
            forecast
                .years
                .iter()
                .filter(|y| y.target.is_some_and(|t| t.value() > Decimal::ZERO))
                .map(|y| Goal::Target(y.year)),
        );
        if forecast.year(RETURN_YEAR).is_some_and(|y| y.quarters == 4) {
            goals.push(Goal::Return);
        }
        goals
    }

    /// What the goal asks of the forecast: a share in percent, or a ratio.
    pub fn threshold(self, forecast: &Forecast) -> Option<Decimal> {
        match self {
            Goal::Floor(year) => forecast.year(year).map(|y| y.floor.value()),
            Goal::Target(year) => forecast.year(year)?.target.map(|t| t.value()),
            Goal::Return => Some(Decimal::from(TARGET_REVENUE_TO_COST)),
        }
    }

    /// What the forecast achieves toward the goal; none when it cannot be measured (a year
    /// that spends nothing has no revenue to cost).
    pub fn measure(self, forecast: &Forecast) -> Option<Decimal> {
        match self {
            Goal::Floor(year) | Goal::Target(year) => forecast.year(year).map(|y| y.sourced_share),
            Goal::Return => forecast.year(RETURN_YEAR)?.own_revenue_to_cost(),
        }
    }

    /// Whether `forecast` meets the goal, against `threshold`.
    pub fn met_by(self, forecast: &Forecast, threshold: Decimal) -> bool {
        self.measure(forecast).is_some_and(|m| m >= threshold)
    }

    /// The goal in words: "the 25 % floor of year 2", "5:1 revenue to cost in year 3".
    pub fn words(self, threshold: Decimal) -> String {
        let threshold = threshold.round_dp(1).normalize();
        match self {
            Goal::Floor(year) => format!("the {threshold} % sourced-share floor of year {year}"),
            Goal::Target(year) => format!("the scoreboard's {threshold} % target for year {year}"),
            Goal::Return => format!("{threshold}:1 revenue to cost in year {RETURN_YEAR}"),
        }
    }
}
