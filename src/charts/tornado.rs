//! What matters most: every banded assumption moved to its band's low and then its high, the
//! others held (`domain::decision::tornado`), as one row each, widest swing at the top. Each
//! bar runs from the lower outcome to the higher, around a line at the design's own outcome:
//! the part toward the outcome at the band's low in one colour, toward the band's high in
//! another. One chart reads program year two's sourced share, another year three's revenue to
//! cost.

use rust_decimal::Decimal;

use super::hbars::{self, Layout, Row};
use super::kit::{self, SMALL, TEXT};
use super::look::{Anchor, Look, Palette, Rgb};
use super::scale::ticks;
use super::sketch::Sketch;
use super::words::{float, grouped, percent, short};
use super::{Chart, Table};
use crate::domain::decision::{Bar, RETURN_YEAR, SHARE_YEAR};
use crate::domain::forecast::Forecast;
use crate::domain::order;
use crate::domain::values::capitalised;

/// The outcome a tornado reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Program year two's partner-sourced share of new pipeline, %.
    Share,
    /// Program year three's partner revenue to program cost.
    Return,
}

impl Measure {
    /// The outcome in words, as a sentence goes on: "year-2 sourced share".
    fn outcome(self) -> String {
        match self {
            Measure::Share => format!("year-{SHARE_YEAR} sourced share"),
            Measure::Return => format!("year-{RETURN_YEAR} revenue to cost"),
        }
    }

    /// The unit after a figure.
    fn unit(self) -> &'static str {
        match self {
            Measure::Share => " %",
            Measure::Return => " : 1",
        }
    }

    /// An outcome to one decimal place, for the chart and its message: "14.2 %", "3.1 : 1".
    fn show(self, value: Decimal) -> String {
        format!("{}{}", grouped(value.round_dp(1)), self.unit())
    }

    /// An outcome as the engine reports it, for the table (ratios to two places).
    fn exact(self, value: Decimal) -> String {
        match self {
            Measure::Share => percent(value),
            Measure::Return => format!("{} : 1", grouped(value.round_dp(2))),
        }
    }

    /// A swing, for the table: "6.63 points", "1.25".
    fn swing(self, value: Decimal) -> String {
        match self {
            Measure::Share => format!("{} points", grouped(value)),
            Measure::Return => grouped(value.round_dp(2)),
        }
    }

    /// A value on the axis: "15 %", "2.5 : 1".
    fn tick(self, value: f64) -> String {
        format!("{}{}", short(value), self.unit())
    }
}

/// One assumption's row: its band's ends and the outcome at each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swing {
    /// The assumption, as a sentence starts: "Partner churn".
    pub name: String,
    /// The band's low and high in the band's unit: "5 % a year".
    pub low_value: String,
    pub high_value: String,
    /// The outcome with the assumption at its band's low, and at its high.
    pub at_low: Decimal,
    pub at_high: Decimal,
}

impl Swing {
    /// How far the outcome moves across the band.
    pub fn swing(&self) -> Decimal {
        (self.at_high - self.at_low).abs()
    }

    fn lower(&self) -> Decimal {
        self.at_low.min(self.at_high)
    }

    fn higher(&self) -> Decimal {
        self.at_low.max(self.at_high)
    }
}

/// The tornado chart's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornadoChart {
    pub measure: Measure,
    /// The design's own outcome; none when it cannot be measured (a horizon short of the year,
    /// a year that spends nothing).
    pub base: Option<Decimal>,
    /// One per assumption, widest swing first.
    pub rows: Vec<Swing>,
}

impl TornadoChart {
    /// The tornado of `bars` for `measure`, around the design's own forecast `base`. Bars whose
    /// outcome cannot be measured at both ends of the band are left out.
    pub fn new(bars: &[Bar], base: &Forecast, measure: Measure) -> TornadoChart {
        let mut rows: Vec<Swing> = bars
            .iter()
            .filter_map(|bar| {
                let (at_low, at_high) = match (measure, bar.ratio) {
                    (Measure::Share, _) => bar.share,
                    (Measure::Return, (Some(low), Some(high))) => (low, high),
                    (Measure::Return, _) => return None,
                };
                Some(Swing {
                    name: capitalised(&bar.label),
                    low_value: bar.band.unit.show(bar.band.low),
                    high_value: bar.band.unit.show(bar.band.high),
                    at_low,
                    at_high,
                })
            })
            .collect();
        // The engine orders by share swing; each measure is read by its own.
        order::sort_by(&mut rows, |a, b| b.swing().cmp(&a.swing()));
        let base = match measure {
            Measure::Share => base.year(SHARE_YEAR).map(|y| y.sourced_share),
            Measure::Return => base
                .year(RETURN_YEAR)
                .filter(|y| y.quarters == 4)
                .and_then(|y| y.own_revenue_to_cost()),
        };
        TornadoChart {
            measure,
            base,
            rows,
        }
    }

    /// A row's outcomes in words, low to high: "12.3 – 18.9 %".
    fn range(&self, row: &Swing) -> String {
        let (low, high) = (row.lower().round_dp(1), row.higher().round_dp(1));
        if low == high {
            return format!("{} either way", self.measure.show(low));
        }
        format!(
            "{} – {}{}",
            grouped(low),
            grouped(high),
            self.measure.unit()
        )
    }

    /// The value at the left of the bar region and the ticks right of it: from a round value
    /// under the lowest outcome, so that narrow swings still show as bars.
    fn scale(&self) -> (f64, Vec<f64>) {
        let values = self
            .rows
            .iter()
            .flat_map(|r| [r.at_low, r.at_high])
            .chain(self.base)
            .map(float);
        let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        if !(low.is_finite() && high.is_finite()) {
            return (0.0, ticks(0.0, 4));
        }
        let rough = ticks(high - low, 4);
        let step = rough.get(1).copied().unwrap_or(1.0);
        let from = ((low / step).floor() * step).max(0.0).min(low);
        (from, ticks(high - from, 4))
    }

    /// The colours of the parts toward the band's low and toward its high.
    fn colours(p: &Palette) -> (Rgb, Rgb) {
        (p.second, p.accent)
    }

    /// The rows as bars over the scale starting at `from`, in `p`'s colours.
    fn bars(&self, p: &Palette, from: f64) -> Vec<Row> {
        let (low_colour, high_colour) = TornadoChart::colours(p);
        self.rows
            .iter()
            .map(|row| {
                let (lower, higher) = (float(row.lower()), float(row.higher()));
                // The lower end's colour from the base down to it, the higher's from the base up.
                let (down, up) = if row.at_low <= row.at_high {
                    (low_colour, high_colour)
                } else {
                    (high_colour, low_colour)
                };
                let parts = if higher > lower {
                    let split = self.base.map_or(lower, |b| float(b).clamp(lower, higher));
                    let below = (split - lower) / (higher - lower);
                    vec![(below, down), (1.0 - below, up)]
                } else {
                    Vec::new()
                };
                Row {
                    name: row.name.clone(),
                    start: lower - from,
                    value: higher - from,
                    colour: up,
                    hollow: false,
                    words: self.range(row),
                    flag: None,
                    parts,
                }
            })
            .collect()
    }

    fn layout(&self, p: &Palette, from: f64, marks: &[f64]) -> Layout {
        let (low_colour, high_colour) = TornadoChart::colours(p);
        Layout {
            top: marks.last().copied().unwrap_or(1.0),
            ticks: marks
                .iter()
                .map(|m| (*m, self.measure.tick(from + m)))
                .collect(),
            // As wide as the longest name; the layout keeps it to 40 % of the chart.
            name_width: self
                .rows
                .iter()
                .map(|r| kit::text_width(&r.name, TEXT))
                .fold(120.0, f64::max),
            words_width: 110.0,
            row_height: 28.0,
            centred: false,
            threshold: None,
            key: vec![
                (low_colour, "At the band's low".to_owned()),
                (high_colour, "At the band's high".to_owned()),
            ],
        }
    }

    /// The message drawn in place of the bars when there are none, in lines `width` wide.
    fn empty_lines(&self, width: f64) -> Vec<String> {
        kit::wrap(&self.message(), (width - 16.0).max(40.0), TEXT)
    }
}

/// The height of a line of the message drawn in place of the bars, CSS pixels.
const MESSAGE_LINE: f64 = 18.0;

impl Chart for TornadoChart {
    fn name(&self) -> &'static str {
        match self.measure {
            Measure::Share => "tornado-share",
            Measure::Return => "tornado-return",
        }
    }

    fn title(&self) -> &'static str {
        match self.measure {
            Measure::Share => "What matters most: year-2 sourced share",
            Measure::Return => "What matters most: year-3 revenue to cost",
        }
    }

    fn message(&self) -> String {
        let outcome = self.measure.outcome();
        let Some(top) = self.rows.first() else {
            return format!(
                "Nothing banded to move: no assumption with a published band changes {outcome} \
                 that the forecast can measure."
            );
        };
        let designed = self
            .base
            .map(|b| format!(", against {} as designed", self.measure.show(b)))
            .unwrap_or_default();
        format!(
            "{} matters most: {outcome} runs from {} to {} across its published band{designed}.",
            top.name,
            self.measure.show(top.lower()),
            self.measure.show(top.higher()),
        )
    }

    fn table(&self) -> Table {
        let outcome = self.measure.outcome();
        let at_low = format!("{} at the low", capitalised(&outcome));
        let at_high = format!("{} at the high", capitalised(&outcome));
        let designed = self
            .base
            .map(|b| format!("; as designed, {}", self.measure.exact(b)))
            .unwrap_or_default();
        let mut table = Table::new(
            format!(
                "Each banded assumption at its band's low and at its high, the others held, and \
                 {outcome} at each; widest swing first{designed}"
            ),
            &[
                ("Assumption", false),
                ("Band's low", true),
                (at_low.as_str(), true),
                ("Band's high", true),
                (at_high.as_str(), true),
                ("Swing", true),
            ],
        );
        for row in &self.rows {
            table.push(vec![
                row.name.clone(),
                row.low_value.clone(),
                self.measure.exact(row.at_low),
                row.high_value.clone(),
                self.measure.exact(row.at_high),
                self.measure.swing(row.swing()),
            ]);
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        if self.rows.is_empty() {
            let lines = self.empty_lines(f64::from(width)).len().max(1);
            return (16.0 + MESSAGE_LINE * lines as f64).ceil() as u32;
        }
        let p = Palette::light();
        let (from, marks) = self.scale();
        self.layout(&p, from, &marks)
            .height(&self.bars(&p, from), width)
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        let p = look.palette;
        let width = f64::from(area.size().0) / look.scale;
        if self.rows.is_empty() {
            for (i, line) in self.empty_lines(width).iter().enumerate() {
                let y = 8.0 + MESSAGE_LINE * (i as f64 + 0.5);
                kit::label(
                    area,
                    look,
                    line,
                    (look.px(8.0), look.px(y)),
                    (TEXT, p.muted, Anchor::Left),
                );
            }
            return;
        }
        let (from, marks) = self.scale();
        let layout = self.layout(&p, from, &marks);
        let bars = self.bars(&p, from);
        hbars::draw(area, look, &bars, &layout);
        let Some(base) = self.base else {
            return;
        };
        // The design's own outcome: a line over the bars, its words above them, kept inside
        // the chart.
        let (top, bottom) = hbars::across(area, look, &bars, &layout, float(base) - from);
        kit::line(area, look, top, bottom, p.text, 2.0);
        let words = format!("As designed {}", self.measure.show(base));
        let half = look.px(kit::text_width(&words, SMALL) / 2.0);
        let x = top.0.min(look.px(width - 4.0) - half).max(half);
        kit::text(
            area,
            &words,
            (x, top.1 - look.px(2.0)),
            &look.bold(SMALL, p.text, Anchor::Bottom),
        )
    }
}
