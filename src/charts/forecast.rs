//! The forecast: partner-sourced pipeline per quarter (bars) and the partner-sourced share of
//! all new pipeline (a line) against each program year's healthy floor, 15, 25 and 35 % (002
//! FAQ). With more than one archetype pool, each quarter's bar stacks the pools' parts.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::columns::{self, Plot};
use super::kit::{self, Key, legend_rows};
use super::look::{Look, Palette, Rgb};
use super::sketch::Sketch;
use super::words::{self, float, money, percent, percent_short, short};
use super::{Chart, Table};
use crate::domain::forecast::Forecast;

/// Quarters in a program year.
const QUARTERS_PER_YEAR: usize = 4;

/// One quarter as the chart shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarterPoint {
    pub quarter: u32,
    pub starts: NaiveDate,
    /// Partner-sourced pipeline (money).
    pub pipeline: Decimal,
    /// Direct pipeline (money).
    pub direct: Decimal,
    /// Partner-sourced share of new pipeline, percent.
    pub share: Decimal,
    /// Each pool's part of the partner-sourced pipeline, in the order of `ForecastChart::pools`.
    pub pools: Vec<Decimal>,
}

/// One program year: its share against its floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearPoint {
    pub year: u32,
    pub pipeline: Decimal,
    pub direct: Decimal,
    pub share: Decimal,
    /// The healthy floor, percent.
    pub floor: Decimal,
    pub meets_floor: bool,
}

/// The forecast chart's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForecastChart {
    pub currency: String,
    /// The chosen archetypes whose pools make up the partner-sourced pipeline.
    pub pools: Vec<&'static str>,
    pub quarters: Vec<QuarterPoint>,
    pub years: Vec<YearPoint>,
}

impl ForecastChart {
    /// The chart of the engine's forecast, in the design's currency.
    pub fn new(forecast: &Forecast, currency: &str) -> ForecastChart {
        ForecastChart {
            currency: currency.to_owned(),
            pools: forecast
                .quarters
                .first()
                .map(|q| q.pools.iter().map(|p| p.kind.label()).collect())
                .unwrap_or_default(),
            quarters: forecast
                .quarters
                .iter()
                .map(|q| QuarterPoint {
                    quarter: q.quarter,
                    starts: q.starts,
                    pipeline: q.pipeline,
                    direct: q.direct_pipeline,
                    share: q.sourced_share,
                    pools: q.pools.iter().map(|p| p.pipeline).collect(),
                })
                .collect(),
            years: forecast
                .years
                .iter()
                .map(|y| YearPoint {
                    year: y.year,
                    pipeline: y.partner_pipeline,
                    direct: y.direct_pipeline,
                    share: y.sourced_share,
                    floor: y.floor.value(),
                    meets_floor: y.meets_floor,
                })
                .collect(),
        }
    }

    /// Whether the bars are split by pool: when the design has more than one.
    fn split(&self) -> bool {
        self.pools.len() > 1
    }

    /// Each pool's part of the partner pipeline over the forecast, in words; none for one pool.
    fn split_words(&self) -> String {
        let total: Decimal = self.quarters.iter().map(|q| q.pipeline).sum();
        if !self.split() || total.is_zero() {
            return String::new();
        }
        let parts: Vec<String> = self
            .pools
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let pool: Decimal = self.quarters.iter().filter_map(|q| q.pools.get(i)).sum();
                format!(
                    "{name} {}",
                    percent_short(pool / total * Decimal::ONE_HUNDRED)
                )
            })
            .collect();
        format!(" Of the partner pipeline: {}.", parts.join(", "))
    }

    /// The legend: a block per pool (one block for a single pool), the share's line and the
    /// floor's dashes.
    fn legend(&self, p: &Palette) -> Vec<(Key, Rgb, String)> {
        let mut entries: Vec<(Key, Rgb, String)> = if self.split() {
            self.pools
                .iter()
                .enumerate()
                .map(|(i, name)| (Key::Block, p.series(i), format!("{name} pipeline")))
                .collect()
        } else {
            vec![(Key::Block, p.accent, "Partner-sourced pipeline".to_owned())]
        };
        entries.push((Key::Line, p.text, "Share of new pipeline".to_owned()));
        entries.push((
            Key::Dashes,
            p.critical,
            "Healthy floor (15 / 25 / 35 %)".to_owned(),
        ));
        entries
    }

    fn legend_rows(&self, width: f64) -> usize {
        let legend = self.legend(&Palette::light());
        let words: Vec<&str> = legend.iter().map(|(_, _, w)| w.as_str()).collect();
        legend_rows(&words, width - 8.0)
    }

    /// The floor of the year quarter `index` (0-based) falls in.
    fn floor_of(&self, index: usize) -> Option<Decimal> {
        self.years.get(index / QUARTERS_PER_YEAR).map(|y| y.floor)
    }
}

fn against_floor(year: &YearPoint) -> String {
    let side = if year.share > year.floor {
        "above"
    } else if year.meets_floor {
        "at"
    } else {
        "below"
    };
    format!(
        "{} in {}, {side} the {} floor",
        percent_short(year.share),
        words::year(year.year),
        percent_short(year.floor)
    )
}

impl Chart for ForecastChart {
    fn name(&self) -> &'static str {
        "forecast"
    }

    fn title(&self) -> &'static str {
        "Forecast: partner-sourced pipeline and its share"
    }

    fn message(&self) -> String {
        let peak = self.quarters.iter().max_by_key(|q| q.pipeline);
        match peak {
            Some(peak) if peak.pipeline > Decimal::ZERO => {
                let years: Vec<String> = self.years.iter().map(against_floor).collect();
                format!(
                    "Sourced share reaches {}. Partner-sourced pipeline peaks at {} in quarter {}.{}",
                    years.join("; "),
                    words::money_short(peak.pipeline, &self.currency),
                    peak.quarter,
                    self.split_words()
                )
            }
            _ => "The forecast has no partner-sourced pipeline yet, so the sourced share stays at 0 %, below every year's floor.".to_owned(),
        }
    }

    fn table(&self) -> Table {
        let pipeline = format!("Partner-sourced pipeline ({})", self.currency);
        let direct = format!("Direct pipeline ({})", self.currency);
        let pool_heads: Vec<String> = self
            .pools
            .iter()
            .map(|name| format!("Of which {name} ({})", self.currency))
            .collect();
        let mut columns = vec![
            ("Period", false),
            ("Starts", false),
            (pipeline.as_str(), true),
            (direct.as_str(), true),
            ("Sourced share", true),
            ("Floor", true),
        ];
        columns.extend(pool_heads.iter().map(|h| (h.as_str(), true)));
        let mut table = Table::new(
            "Forecast by quarter, then by program year: partner-sourced pipeline, direct pipeline, the sourced share against the year's floor, and each archetype's part of the partner pipeline",
            &columns,
        );
        for (i, q) in self.quarters.iter().enumerate() {
            let mut row = vec![
                format!("Q{}", q.quarter),
                words::date(q.starts),
                money(q.pipeline),
                money(q.direct),
                percent(q.share),
                self.floor_of(i).map(percent).unwrap_or_default(),
            ];
            row.extend(q.pools.iter().map(|p| money(*p)));
            table.push(row);
        }
        for (y, quarters) in self.years.iter().zip(self.quarters.chunks(4)) {
            let mut row = vec![
                format!("Year {}", y.year),
                String::new(),
                money(y.pipeline),
                money(y.direct),
                percent(y.share),
                format!(
                    "{} ({})",
                    percent(y.floor),
                    if y.meets_floor { "met" } else { "not met" }
                ),
            ];
            row.extend((0..self.pools.len()).map(|pool| {
                money(
                    quarters
                        .iter()
                        .filter_map(|q| q.pools.get(pool))
                        .copied()
                        .sum(),
                )
            }));
            table.push(row);
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        let rows = self.legend_rows(f64::from(width));
        (columns::header(rows) + 250.0).round() as u32
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        let p = look.palette;
        let css_width = f64::from(area.size().0) / look.scale;
        let legend = self.legend(&p);
        let entries: Vec<(Key, Rgb, &str)> = legend
            .iter()
            .map(|(k, c, w)| (*k, *c, w.as_str()))
            .collect();
        columns::legend(area, look, &entries);
        let plot = Plot::inside(
            area,
            look,
            self.legend_rows(css_width),
            true,
            self.quarters.len(),
        );
        let max_pipeline = self
            .quarters
            .iter()
            .map(|q| float(q.pipeline))
            .fold(0.0, f64::max);
        let money_axis = columns::value_axis(area, look, &plot, max_pipeline, false, short);
        columns::caption(area, look, &plot, &self.currency);
        let max_share = self
            .quarters
            .iter()
            .map(|q| float(q.share))
            .chain(self.years.iter().map(|y| float(y.floor)))
            .fold(0.0, f64::max);
        let share_axis = columns::value_axis(area, look, &plot, max_share, true, |v| {
            format!("{} %", short(v))
        });

        for (i, q) in self.quarters.iter().enumerate() {
            let (a, b) = plot.slot(i);
            let inset = (b - a) / 5;
            // Each pool's part stacked on the last, in the legend's order.
            let parts = if self.split() {
                q.pools.as_slice()
            } else {
                std::slice::from_ref(&q.pipeline)
            };
            let mut sum = Decimal::ZERO;
            let mut bottom = plot.bottom;
            for (j, part) in parts.iter().enumerate() {
                sum += *part;
                let top = money_axis.at(float(sum));
                if top < bottom {
                    let colour = if self.split() { p.series(j) } else { p.accent };
                    kit::bar(area, (a + inset, top), (b - inset, bottom), colour);
                    bottom = top;
                }
            }
        }
        for (y, year) in self.years.iter().enumerate() {
            let first = y * QUARTERS_PER_YEAR;
            let last = (first + QUARTERS_PER_YEAR).min(self.quarters.len());
            if first >= last {
                continue;
            }
            let at = share_axis.at(float(year.floor));
            kit::dashed(
                area,
                look,
                (plot.slot(first).0, at),
                (plot.slot(last - 1).1, at),
                p.critical,
                2.0,
            );
        }
        let points: Vec<(i32, i32)> = self
            .quarters
            .iter()
            .enumerate()
            .map(|(i, q)| (plot.centre(i), share_axis.at(float(q.share))))
            .collect();
        kit::polyline(area, look, points.clone(), p.text, 2.0);
        for point in points {
            kit::dot(area, look, point, 3.5, p.text);
        }
        let labels: Vec<String> = self
            .quarters
            .iter()
            .map(|q| format!("Q{}", q.quarter))
            .collect();
        columns::slot_labels(area, look, &plot, &labels)
    }
}
