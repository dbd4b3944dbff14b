//! The partner funnel over the forecast's horizon: recruited → active → registered deals →
//! pipeline → closed-won. Partners and deals are counted on two scales (each stage's bar is its
//! share of the first stage of its kind), and every bar says its count and unit in words. With
//! more than one archetype pool, each bar is split into the pools' parts, with a legend.

use rust_decimal::Decimal;

use super::hbars::{self, Layout, Row};
use super::look::{Look, Palette, Rgb};
use super::sketch::Sketch;
use super::words::{self, count, float, grouped, money};
use super::{Chart, Table};
use crate::domain::forecast::{Funnel, PoolFunnel};

/// The funnel chart's data: the engine's funnel in the design's currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunnelChart {
    pub currency: String,
    pub funnel: Funnel,
}

/// A count to one decimal place, for words on the chart: `42.53` → `42.5`.
fn about(value: Decimal) -> String {
    grouped(value.round_dp(1))
}

/// `part` as a share of `whole`, 0–100; 0 when the whole is none.
fn share_of(part: Decimal, whole: Decimal) -> f64 {
    if whole > Decimal::ZERO {
        (float(part) / float(whole) * 100.0).clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// A pool's count at funnel stage `stage` (0 recruited … 4 closed-won).
fn at_stage(pool: &PoolFunnel, stage: usize) -> Decimal {
    match stage {
        0 => pool.recruited,
        1 => pool.active,
        2 => pool.registered_deals,
        3 => pool.opportunities,
        _ => pool.closed_won_deals,
    }
}

impl FunnelChart {
    /// Whether the bars are split by pool: when the design has more than one.
    fn split(&self) -> bool {
        self.funnel.pools.len() > 1
    }

    /// The chart of the engine's funnel.
    pub fn new(funnel: Funnel, currency: &str) -> FunnelChart {
        FunnelChart {
            currency: currency.to_owned(),
            funnel,
        }
    }

    /// Each stage: its name, count, unit and money, if any.
    fn stages(&self) -> [(String, Decimal, &'static str, Option<Decimal>); 5] {
        let f = &self.funnel;
        [
            ("Recruited".to_owned(), f.recruited, "partners", None),
            (
                format!("Active in Q{}", f.quarters),
                f.active,
                "partners",
                None,
            ),
            ("Registered".to_owned(), f.registered_deals, "deals", None),
            (
                "Pipeline".to_owned(),
                f.opportunities,
                "deals",
                Some(f.pipeline),
            ),
            (
                "Closed-won".to_owned(),
                f.closed_won_deals,
                "deals",
                Some(f.closed_won_revenue),
            ),
        ]
    }

    /// The chart's bars, in `p`'s colours.
    fn bars(&self, p: &Palette) -> Vec<Row> {
        let f = &self.funnel;
        let colour = |unit: &str, last: bool| -> Rgb {
            match (unit, last) {
                (_, true) => p.ok,
                ("partners", _) => p.second,
                _ => p.accent,
            }
        };
        let rows: Vec<Row> = self
            .stages()
            .into_iter()
            .enumerate()
            .map(|(i, (name, n, unit, worth))| {
                let whole = if unit == "partners" {
                    f.recruited
                } else {
                    f.registered_deals
                };
                let worth = worth
                    .map(|w| format!(" · {}", words::money_short(w, &self.currency)))
                    .unwrap_or_default();
                // Split, each pool's part of the stage in its series colour.
                let parts = if self.split() && !n.is_zero() {
                    f.pools
                        .iter()
                        .enumerate()
                        .map(|(j, pool)| (share_of(at_stage(pool, i), n) / 100.0, p.series(j)))
                        .collect()
                } else {
                    Vec::new()
                };
                Row {
                    start: 0.0,
                    name,
                    value: share_of(n, whole),
                    colour: colour(unit, i == 4),
                    hollow: n.is_zero(),
                    words: format!("{} {unit}{worth}", about(n)),
                    flag: None,
                    parts,
                }
            })
            .collect();
        rows
    }

    /// The layout, with a legend of the pools' colours when the bars are split.
    fn layout(&self, p: &Palette) -> Layout {
        let key = if self.split() {
            self.funnel
                .pools
                .iter()
                .enumerate()
                .map(|(j, pool)| (p.series(j), pool.kind.label().to_owned()))
                .collect()
        } else {
            Vec::new()
        };
        Layout {
            top: 100.0,
            ticks: Vec::new(),
            name_width: 110.0,
            words_width: 170.0,
            row_height: 34.0,
            centred: true,
            threshold: None,
            key,
        }
    }
}

impl Chart for FunnelChart {
    fn name(&self) -> &'static str {
        "funnel"
    }

    fn title(&self) -> &'static str {
        "Partner funnel"
    }

    fn message(&self) -> String {
        let f = &self.funnel;
        if f.recruited.is_zero() {
            return "The forecast recruits no partners yet, so the funnel is empty.".to_owned();
        }
        format!(
            "Over {} quarters, {} partners are recruited and {} are active in quarter {}; they register {} deals, {} become pipeline worth {}, and {} close, worth {}.",
            f.quarters,
            about(f.recruited),
            about(f.active),
            f.quarters,
            about(f.registered_deals),
            about(f.opportunities),
            words::money_short(f.pipeline, &self.currency),
            about(f.closed_won_deals),
            words::money_short(f.closed_won_revenue, &self.currency),
        )
    }

    fn table(&self) -> Table {
        let value = format!("Worth ({})", self.currency);
        let pool_heads: Vec<String> = self
            .funnel
            .pools
            .iter()
            .map(|p| format!("Of which {}", p.kind.label()))
            .collect();
        let mut columns = vec![
            ("Stage", false),
            ("Count", true),
            ("Unit", false),
            (value.as_str(), true),
        ];
        columns.extend(pool_heads.iter().map(|h| (h.as_str(), true)));
        let mut table = Table::new(
            format!(
                "The partner funnel over {} quarters, as the forecast counts it, and each \
                 archetype's part of it",
                self.funnel.quarters
            ),
            &columns,
        );
        for (stage, (name, n, unit, worth)) in self.stages().into_iter().enumerate() {
            let mut row = vec![
                name,
                count(n),
                unit.to_owned(),
                worth.map(money).unwrap_or_default(),
            ];
            row.extend(
                self.funnel
                    .pools
                    .iter()
                    .map(|pool| count(at_stage(pool, stage))),
            );
            table.push(row);
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        let p = Palette::light();
        self.layout(&p).height(&self.bars(&p), width)
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        let p = &look.palette;
        hbars::draw(area, look, &self.bars(p), &self.layout(p))
    }
}
