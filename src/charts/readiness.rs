//! Readiness by mechanic: a bar per mechanic from 0 to 100, with its critical and warning
//! counts in words, and the verdict in the message.

use super::hbars::{self, Layout, Row};
use super::look::{Look, Palette};
use super::sketch::Sketch;
use super::words::plural;
use super::{Chart, Table};
use crate::domain::readiness::{FULL_SCORE, Readiness};

/// One mechanic's readiness, as the chart shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MechanicRow {
    pub name: &'static str,
    /// 0–100.
    pub score: u32,
    pub started: bool,
    pub critical: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// Readiness per mechanic and overall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadinessChart {
    pub rows: Vec<MechanicRow>,
    pub overall: u32,
    pub ready_to_hire: bool,
}

impl ReadinessChart {
    /// The chart of the engine's readiness.
    pub fn new(readiness: &Readiness) -> ReadinessChart {
        ReadinessChart {
            rows: readiness
                .mechanics
                .iter()
                .map(|m| MechanicRow {
                    name: m.mechanic.label(),
                    score: m.score,
                    started: m.started,
                    critical: m.critical,
                    warnings: m.warnings,
                    infos: m.infos,
                })
                .collect(),
            overall: readiness.overall,
            ready_to_hire: readiness.ready_to_hire,
        }
    }

    /// The chart's bars, in `p`'s colours.
    fn bars(&self, p: &Palette) -> Vec<Row> {
        let rows: Vec<Row> = self
            .rows
            .iter()
            .map(|r| Row {
                start: 0.0,
                name: r.name.to_owned(),
                value: f64::from(r.score),
                colour: if r.critical > 0 {
                    p.critical
                } else if r.warnings > 0 {
                    p.warning
                } else {
                    p.ok
                },
                hollow: !r.started,
                words: if r.started {
                    format!("{} · {}", r.score, counts(r))
                } else {
                    format!("not started · {}", counts(r))
                },
                flag: None,
                parts: Vec::new(),
            })
            .collect();
        rows
    }

    fn layout() -> Layout {
        Layout {
            top: f64::from(FULL_SCORE),
            ticks: [0, 25, 50, 75, 100]
                .map(|t| (f64::from(t), t.to_string()))
                .to_vec(),
            name_width: 120.0,
            words_width: 190.0,
            row_height: 28.0,
            centred: false,
            threshold: None,
            key: Vec::new(),
        }
    }
}

fn counts(row: &MechanicRow) -> String {
    match (row.critical, row.warnings) {
        (0, 0) => "no critical, no warnings".to_owned(),
        (c, w) => format!("{c} critical, {}", plural(w, "warning", "warnings")),
    }
}

impl Chart for ReadinessChart {
    fn name(&self) -> &'static str {
        "readiness"
    }

    fn title(&self) -> &'static str {
        "Readiness by mechanic"
    }

    fn message(&self) -> String {
        let verdict = if self.ready_to_hire {
            "ready to hire: no critical finding in any mechanic".to_owned()
        } else {
            let with_critical: Vec<String> = self
                .rows
                .iter()
                .filter(|r| r.critical > 0)
                .map(|r| format!("{} ({})", r.name, r.critical))
                .collect();
            let total: usize = self.rows.iter().map(|r| r.critical).sum();
            format!(
                "not ready to hire: {} to resolve, in {}",
                plural(total, "critical finding", "critical findings"),
                with_critical.join(", ")
            )
        };
        let lowest = self
            .rows
            .iter()
            .min_by_key(|r| r.score)
            .filter(|r| r.score < FULL_SCORE)
            .map(|r| format!(" Lowest: {} at {} / 100.", r.name, r.score))
            .unwrap_or_default();
        format!(
            "Overall readiness {} / 100, {verdict}.{lowest}",
            self.overall
        )
    }

    fn table(&self) -> Table {
        let mut table = Table::new(
            format!(
                "Readiness by mechanic, 0–100. Overall {} / 100; {}.",
                self.overall,
                if self.ready_to_hire {
                    "ready to hire"
                } else {
                    "not ready to hire"
                }
            ),
            &[
                ("Mechanic", false),
                ("Readiness", true),
                ("Critical", true),
                ("Warnings", true),
                ("Advice", true),
                ("Started", false),
            ],
        );
        for r in &self.rows {
            table.push(vec![
                r.name.to_owned(),
                r.score.to_string(),
                r.critical.to_string(),
                r.warnings.to_string(),
                r.infos.to_string(),
                if r.started { "yes" } else { "no" }.to_owned(),
            ]);
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        Self::layout().height(&self.bars(&Palette::light()), width)
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        hbars::draw(area, look, &self.bars(&look.palette), &Self::layout())
    }
}
