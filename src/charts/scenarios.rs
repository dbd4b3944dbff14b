//! Scenarios side by side: the partner-sourced share of new pipeline each quarter, one line per
//! scenario (`domain::scenarios::compare`, the design as designed first), against each program
//! year's healthy floor. Lines differ in colour and, every other one, in dashes and square marks,
//! so they stay apart without colour; the active scenario's line is drawn thicker.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::columns::{self, Plot};
use super::kit::{self, Key, legend_rows};
use super::look::{Look, Palette, Rgb};
use super::sketch::{Point, Sketch};
use super::words::{float, grouped, money, percent, percent_short, short};
use super::{Chart, Table};
use crate::domain::decision::{RETURN_YEAR, SHARE_YEAR};
use crate::domain::forecast::Forecast;
use crate::domain::order;
use crate::domain::scenarios::Headline;

/// Quarters in a program year.
const QUARTERS_PER_YEAR: usize = 4;

/// The scenario chart's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioChart {
    /// One per scenario, the design as designed first.
    pub headlines: Vec<Headline>,
    /// Each program year and its healthy floor, %.
    pub floors: Vec<(u32, Decimal)>,
    /// Each quarter's number and first day.
    pub quarters: Vec<(u32, NaiveDate)>,
}

impl ScenarioChart {
    /// The chart of `headlines`, with the floors and quarters of the design's forecast `base`.
    pub fn new(headlines: &[Headline], base: &Forecast) -> ScenarioChart {
        ScenarioChart {
            headlines: headlines.to_vec(),
            floors: base
                .years
                .iter()
                .map(|y| (y.year, y.floor.value()))
                .collect(),
            quarters: base
                .quarters
                .iter()
                .map(|q| (q.quarter, q.starts))
                .collect(),
        }
    }

    /// The colour of line `i`: the design as designed in the text's colour, then the series
    /// colours in turn (a cautious preset comes second, in the warning's colour).
    fn colour(p: &Palette, i: usize) -> Rgb {
        [p.text, p.second, p.accent, p.ok, p.muted][i % 5]
    }

    /// Whether line `i` is dashed with square marks rather than solid with dots.
    fn dashed(i: usize) -> bool {
        i % 2 == 1
    }

    /// A scenario's name, "(active)" after the active one's.
    fn named(headline: &Headline) -> String {
        if headline.active {
            format!("{} (active)", headline.name)
        } else {
            headline.name.clone()
        }
    }

    /// The legend: a line per scenario and the floors' dashes.
    fn legend(&self, p: &Palette) -> Vec<(Key, Rgb, String)> {
        let mut entries: Vec<(Key, Rgb, String)> = self
            .headlines
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let key = if ScenarioChart::dashed(i) {
                    Key::DashedLine
                } else {
                    Key::Line
                };
                (key, ScenarioChart::colour(p, i), ScenarioChart::named(h))
            })
            .collect();
        let floors: Vec<String> = self
            .floors
            .iter()
            .map(|(_, f)| f.normalize().to_string())
            .collect();
        entries.push((
            Key::Dashes,
            p.critical,
            format!("Healthy floor ({} %)", floors.join(" / ")),
        ));
        entries
    }

    fn legend_rows(&self, width: f64) -> usize {
        let legend = self.legend(&Palette::light());
        let words: Vec<&str> = legend.iter().map(|(_, _, w)| w.as_str()).collect();
        legend_rows(&words, width - 8.0)
    }

    /// How many quarters the chart spans.
    fn slots(&self) -> usize {
        self.headlines
            .iter()
            .map(|h| h.quarterly.len())
            .chain([self.quarters.len()])
            .max()
            .unwrap_or(0)
    }

    /// The program year the message reads: year two, or the last the forecast reaches.
    fn read_year(&self) -> Option<(u32, Decimal)> {
        self.floors
            .iter()
            .find(|(year, _)| *year == SHARE_YEAR)
            .or(self.floors.last())
            .copied()
    }
}

/// The share `headline` reaches in program year `year`.
fn share_in(headline: &Headline, year: u32) -> Option<Decimal> {
    headline
        .shares
        .iter()
        .find(|(y, _)| *y == year)
        .map(|(_, s)| *s)
}

impl Chart for ScenarioChart {
    fn name(&self) -> &'static str {
        "scenarios"
    }

    fn title(&self) -> &'static str {
        "Scenarios side by side"
    }

    fn message(&self) -> String {
        let Some((year, floor)) = self.read_year() else {
            return "The forecast reaches no program year, so there is no share to compare."
                .to_owned();
        };
        let mut read: Vec<(String, Decimal)> = self
            .headlines
            .iter()
            .filter_map(|h| share_in(h, year).map(|s| (ScenarioChart::named(h), s)))
            .collect();
        order::sort_by(&mut read, |a, b| a.1.cmp(&b.1));
        let shares: Vec<String> = read
            .iter()
            .map(|(name, share)| format!("{name} {}", percent_short(*share)))
            .collect();
        let meeting = read.iter().filter(|(_, s)| *s >= floor).count();
        format!(
            "Year-{year} sourced share: {}; the floor is {}, which {meeting} of {} meet.",
            shares.join(", "),
            percent_short(floor),
            read.len()
        )
    }

    fn table(&self) -> Table {
        let share_heads: Vec<String> = self
            .floors
            .iter()
            .map(|(year, floor)| format!("Sourced share, year {year} (floor {})", percent(*floor)))
            .collect();
        let ratio = format!("Revenue to cost, year {RETURN_YEAR}");
        let mut columns = vec![("Scenario", false)];
        columns.extend(share_heads.iter().map(|h| (h.as_str(), true)));
        columns.extend([
            (ratio.as_str(), true),
            ("Partner revenue over the forecast", true),
            ("Cost over the forecast", true),
        ]);
        let mut table = Table::new(
            "Each scenario beside the design as designed: the partner-sourced share of new \
             pipeline each program year against its floor, revenue to cost, and partner revenue \
             and cost over the forecast",
            &columns,
        );
        for h in &self.headlines {
            let mut row = vec![ScenarioChart::named(h)];
            row.extend(
                self.floors
                    .iter()
                    .map(|(year, _)| share_in(h, *year).map(percent).unwrap_or_default()),
            );
            row.push(h.return_year_three.map_or_else(
                || "—".to_owned(),
                |r| format!("{} : 1", grouped(r.round_dp(2))),
            ));
            row.push(money(h.revenue));
            row.push(money(h.cost));
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
        let slots = self.slots();
        let plot = Plot::inside(area, look, self.legend_rows(css_width), false, slots);
        let max = self
            .headlines
            .iter()
            .flat_map(|h| h.quarterly.iter())
            .chain(self.floors.iter().map(|(_, f)| f))
            .map(|v| float(*v))
            .fold(0.0, f64::max);
        let axis =
            columns::value_axis(area, look, &plot, max, false, |v| format!("{} %", short(v)));

        for (y, (_, floor)) in self.floors.iter().enumerate() {
            let first = y * QUARTERS_PER_YEAR;
            let last = (first + QUARTERS_PER_YEAR).min(slots);
            if first >= last {
                continue;
            }
            let at = axis.at(float(*floor));
            kit::dashed(
                area,
                look,
                (plot.slot(first).0, at),
                (plot.slot(last - 1).1, at),
                p.critical,
                2.0,
            );
        }
        // The active line last, over the others.
        let mut lines: Vec<usize> = (0..self.headlines.len()).collect();
        order::sort_by_key(&mut lines, |i| self.headlines[*i].active);
        for i in lines {
            let h = &self.headlines[i];
            let colour = ScenarioChart::colour(&p, i);
            let width = if h.active { 3.5 } else { 2.0 };
            let points: Vec<Point> = h
                .quarterly
                .iter()
                .enumerate()
                .map(|(q, share)| (plot.centre(q), axis.at(float(*share))))
                .collect();
            if ScenarioChart::dashed(i) {
                for pair in points.windows(2) {
                    kit::dashed(area, look, pair[0], pair[1], colour, width);
                }
                for point in points {
                    kit::square(area, look, point, 3.0, colour);
                }
            } else {
                kit::polyline(area, look, points.clone(), colour, width);
                for point in points {
                    kit::dot(area, look, point, 3.5, colour);
                }
            }
        }
        let labels: Vec<String> = (0..slots)
            .map(|i| {
                let number = self.quarters.get(i).map_or(i as u32 + 1, |(q, _)| *q);
                format!("Q{number}")
            })
            .collect();
        columns::slot_labels(area, look, &plot, &labels)
    }
}
