//! The program's economics: cumulative program cost against cumulative partner revenue over the
//! quarters, the payback quarter marked, and the revenue-to-cost ratio against 001's 5 to 1.

use rust_decimal::Decimal;

use super::columns::{self, Plot};
use super::kit::{self, Key, LEGEND_ROW, SMALL, legend_rows};
use super::look::{Anchor, Look};
use super::sketch::Sketch;
use super::words::{self, float, money, ratio, short};
use super::{Chart, Table};
use crate::domain::forecast::{Forecast, TARGET_REVENUE_TO_COST};

/// One quarter's money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyPoint {
    pub quarter: u32,
    pub cost: Decimal,
    pub revenue: Decimal,
    pub cumulative_cost: Decimal,
    pub cumulative_revenue: Decimal,
}

/// The economics chart's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EconomicsChart {
    pub currency: String,
    pub points: Vec<MoneyPoint>,
    pub payback_quarter: Option<u32>,
    /// Cumulative revenue over cumulative cost at the horizon.
    pub revenue_to_cost: Option<Decimal>,
    /// (revenue − cost) / cost at the horizon.
    pub net_roi: Option<Decimal>,
}

impl EconomicsChart {
    /// The chart of the engine's forecast economics, in the design's currency.
    pub fn new(forecast: &Forecast, currency: &str) -> EconomicsChart {
        EconomicsChart {
            currency: currency.to_owned(),
            points: forecast
                .quarters
                .iter()
                .map(|q| MoneyPoint {
                    quarter: q.quarter,
                    cost: q.cost.total,
                    revenue: q.closed_won_revenue,
                    cumulative_cost: q.cumulative_cost,
                    cumulative_revenue: q.cumulative_revenue,
                })
                .collect(),
            payback_quarter: forecast.payback_quarter,
            revenue_to_cost: forecast.revenue_to_cost,
            net_roi: forecast.net_roi,
        }
    }

    fn legend(&self) -> [String; 3] {
        [
            "Partner revenue, cumulative".to_owned(),
            "Program cost, cumulative".to_owned(),
            "Payback".to_owned(),
        ]
    }

    fn legend_rows(&self, width: f64) -> usize {
        let legend = self.legend();
        legend_rows(&legend.each_ref().map(String::as_str), width - 8.0)
    }

    /// The ratio in words, and the target.
    fn ratio_words(&self) -> (String, String) {
        match self.revenue_to_cost {
            Some(r) => (
                format!("Revenue to cost {}", ratio(r)),
                format!("(target {TARGET_REVENUE_TO_COST} to 1)"),
            ),
            None => (
                "Revenue to cost:".to_owned(),
                "no program cost yet".to_owned(),
            ),
        }
    }

    /// The ratio's words on one line, or on two when a chart `width` CSS pixels wide is too
    /// narrow for one.
    fn ratio_lines(&self, width: f64) -> Vec<String> {
        let (ratio, target) = self.ratio_words();
        let line = format!("{ratio} {target}");
        if kit::text_width(&line, SMALL) <= width - 16.0 {
            vec![line]
        } else {
            vec![ratio, target]
        }
    }

    fn totals(&self) -> (Decimal, Decimal) {
        self.points
            .last()
            .map_or((Decimal::ZERO, Decimal::ZERO), |p| {
                (p.cumulative_cost, p.cumulative_revenue)
            })
    }
}

impl Chart for EconomicsChart {
    fn name(&self) -> &'static str {
        "economics"
    }

    fn title(&self) -> &'static str {
        "Economics: cumulative cost against partner revenue"
    }

    fn message(&self) -> String {
        let (cost, revenue) = self.totals();
        let quarters = self.points.len();
        if cost.is_zero() && revenue.is_zero() {
            return format!(
                "Over {quarters} quarters the forecast has neither program cost nor partner revenue yet."
            );
        }
        let against = match self.revenue_to_cost {
            Some(r) if r >= Decimal::from(TARGET_REVENUE_TO_COST) => {
                format!(
                    ", {}, at or above the {TARGET_REVENUE_TO_COST} to 1 target",
                    ratio(r)
                )
            }
            Some(r) => format!(
                ", {}, under the {TARGET_REVENUE_TO_COST} to 1 target",
                ratio(r)
            ),
            None => String::new(),
        };
        let payback = match self.payback_quarter {
            Some(q) => format!("it pays back in quarter {q}"),
            None => format!("it does not pay back within {quarters} quarters"),
        };
        format!(
            "Over {quarters} quarters the program costs {} and partners bring {} in revenue{against}; {payback}.",
            words::money_short(cost, &self.currency),
            words::money_short(revenue, &self.currency),
        )
    }

    fn table(&self) -> Table {
        let c = &self.currency;
        let (h1, h2, h3, h4) = (
            format!("Program cost ({c})"),
            format!("Cumulative cost ({c})"),
            format!("Partner revenue ({c})"),
            format!("Cumulative revenue ({c})"),
        );
        let roi = self
            .net_roi
            .and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED))
            .map(|r| format!("; net ROI {}", words::percent(r)))
            .unwrap_or_default();
        let payback = self
            .payback_quarter
            .map_or("no payback within the horizon".to_owned(), |q| {
                format!("payback in Q{q}")
            });
        let mut table = Table::new(
            format!(
                "Program cost and partner revenue by quarter. {}{roi}; {payback}.",
                self.ratio_lines(f64::MAX).join(" ")
            ),
            &[
                ("Quarter", false),
                (&h1, true),
                (&h2, true),
                (&h3, true),
                (&h4, true),
            ],
        );
        for p in &self.points {
            let mark = if self.payback_quarter == Some(p.quarter) {
                " (payback)"
            } else {
                ""
            };
            table.push(vec![
                format!("Q{}{mark}", p.quarter),
                money(p.cost),
                money(p.cumulative_cost),
                money(p.revenue),
                money(p.cumulative_revenue),
            ]);
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        let width = f64::from(width);
        let rows = self.legend_rows(width) + self.ratio_lines(width).len();
        (columns::header(rows) + 240.0).round() as u32
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        let p = look.palette;
        let css_width = f64::from(area.size().0) / look.scale;
        let legend = self.legend();
        columns::legend(
            area,
            look,
            &[
                (Key::Line, p.accent, &legend[0]),
                (Key::DashedLine, p.second, &legend[1]),
                (Key::Dashes, p.ok, &legend[2]),
            ],
        );
        let legend_rows = self.legend_rows(css_width);
        let (x, y) = columns::legend_origin(look);
        let ratio = self.ratio_lines(css_width);
        for (i, line) in ratio.iter().enumerate() {
            kit::text(
                area,
                line,
                (x, y + look.px(LEGEND_ROW * (legend_rows + i) as f64)),
                &look.bold(SMALL, p.text, Anchor::Left),
            );
        }
        let rows = legend_rows + ratio.len();
        let plot = Plot::inside(area, look, rows, false, self.points.len());
        let max = self
            .points
            .iter()
            .map(|m| float(m.cumulative_cost).max(float(m.cumulative_revenue)))
            .fold(0.0, f64::max);
        let axis = columns::value_axis(area, look, &plot, max, false, short);
        columns::caption(area, look, &plot, &self.currency);

        if let Some(q) = self.payback_quarter {
            let i = self.points.iter().position(|m| m.quarter == q);
            if let Some(i) = i {
                let x = plot.centre(i);
                kit::dashed(area, look, (x, plot.top), (x, plot.bottom), p.ok, 2.0);
                kit::text(
                    area,
                    &format!("Payback Q{q}"),
                    (x + look.px(5.0), plot.top + look.px(2.0)),
                    &look.bold(SMALL, p.ok, Anchor::TopLeft),
                );
            }
        }
        let line = |pick: fn(&MoneyPoint) -> Decimal| -> Vec<(i32, i32)> {
            self.points
                .iter()
                .enumerate()
                .map(|(i, m)| (plot.centre(i), axis.at(float(pick(m)))))
                .collect()
        };
        let cost = line(|m| m.cumulative_cost);
        for pair in cost.windows(2) {
            kit::dashed(area, look, pair[0], pair[1], p.second, 2.0);
        }
        for point in &cost {
            kit::square(area, look, *point, 3.0, p.second);
        }
        let revenue = line(|m| m.cumulative_revenue);
        kit::polyline(area, look, revenue.clone(), p.accent, 2.5);
        for point in revenue {
            kit::dot(area, look, point, 3.5, p.accent);
        }
        let labels: Vec<String> = self
            .points
            .iter()
            .map(|m| format!("Q{}", m.quarter))
            .collect();
        columns::slot_labels(area, look, &plot, &labels)
    }
}
