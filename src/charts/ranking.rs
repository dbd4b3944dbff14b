//! The candidate ranking: a bar per candidate of its weighted score, 0–100, best first, the pass
//! threshold as a dashed line, and red flags marked in words and with a triangle. A long list
//! shows its top [`SHOWN_CANDIDATES`] with a note; the table lists every candidate.

use rust_decimal::Decimal;

use super::hbars::{self, Layout, Row};
use super::kit::{self, SMALL, TEXT};
use super::look::{Anchor, Look, Palette};
use super::sketch::Sketch;
use super::words::{float, grouped, plural};
use super::{Chart, Table};
use crate::domain::ranking::Ranking;

/// How many candidates the chart draws; the rest are in the table.
pub const SHOWN_CANDIDATES: usize = 25;

/// A line of the note under a shortened list, CSS pixels.
const NOTE_LINE: f64 = 18.0;

/// One candidate as the chart shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankRow {
    pub position: usize,
    pub name: String,
    /// 0–100.
    pub score: Decimal,
    pub meets_threshold: bool,
    /// The red flags' names.
    pub red_flags: Vec<&'static str>,
    pub passes: bool,
    pub recommended: bool,
    pub selected: bool,
}

/// The ranking chart's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankingChart {
    pub threshold: u32,
    pub passing: usize,
    /// The launch-set size the firm should aim for.
    pub launch: (usize, usize),
    /// Every candidate, best first (only the drawn ones in [`Chart::drawn`]'s copy).
    pub rows: Vec<RankRow>,
    /// How many candidates there are.
    pub total: usize,
}

impl RankingChart {
    /// The chart of the engine's ranking.
    pub fn new(ranking: &Ranking) -> RankingChart {
        RankingChart {
            threshold: ranking.pass_threshold,
            passing: ranking.passing,
            launch: (ranking.bounds.min, ranking.bounds.max),
            rows: ranking
                .ranked
                .iter()
                .map(|c| RankRow {
                    position: c.position,
                    name: c.name.clone(),
                    score: c.score,
                    meets_threshold: c.meets_threshold,
                    red_flags: c.red_flags.iter().map(|f| f.label()).collect(),
                    passes: c.passes,
                    recommended: c.recommended,
                    selected: c.selected,
                })
                .collect(),
            total: ranking.ranked.len(),
        }
    }

    /// The candidates the chart draws.
    pub fn shown(&self) -> &[RankRow] {
        &self.rows[..self.rows.len().min(SHOWN_CANDIDATES)]
    }

    fn shortened(&self) -> bool {
        self.total > SHOWN_CANDIDATES
    }

    fn layout(&self) -> Layout {
        Layout {
            top: 100.0,
            ticks: [0, 25, 50, 75, 100]
                .map(|t| (f64::from(t), t.to_string()))
                .to_vec(),
            name_width: 170.0,
            words_width: 210.0,
            row_height: 24.0,
            centred: false,
            threshold: Some((
                f64::from(self.threshold),
                format!("Pass threshold {}", self.threshold),
            )),
            key: Vec::new(),
        }
    }

    /// The note under a shortened list, in lines that fit a chart `width` CSS pixels wide.
    fn note_lines(&self, width: f64) -> Vec<String> {
        if !self.shortened() {
            return Vec::new();
        }
        let note = format!(
            "Showing the top {SHOWN_CANDIDATES} of {} candidates; the table lists every one.",
            self.total
        );
        kit::wrap(&note, width - 16.0, SMALL)
    }

    /// The bars of the candidates shown, in `p`'s colours.
    fn bars(&self, p: &Palette) -> Vec<Row> {
        self.shown()
            .iter()
            .map(|r| Row {
                start: 0.0,
                name: format!("{}. {}", r.position, r.name),
                value: float(r.score),
                colour: if !r.red_flags.is_empty() {
                    p.critical
                } else if r.passes {
                    p.accent
                } else {
                    p.muted
                },
                hollow: false,
                words: status(r, self.threshold),
                flag: (!r.red_flags.is_empty())
                    .then(|| plural(r.red_flags.len(), "red flag", "red flags")),
                parts: Vec::new(),
            })
            .collect()
    }

    fn flagged(&self) -> usize {
        self.rows.iter().filter(|r| !r.red_flags.is_empty()).count()
    }
}

fn status(row: &RankRow, threshold: u32) -> String {
    let score = grouped(row.score);
    if row.recommended {
        format!("{score} · launch set")
    } else if row.passes {
        format!("{score} · passes")
    } else if !row.meets_threshold {
        format!("{score} · under {threshold}")
    } else {
        score
    }
}

impl Chart for RankingChart {
    fn name(&self) -> &'static str {
        "ranking"
    }

    fn title(&self) -> &'static str {
        "Candidate ranking"
    }

    /// The candidates past the top [`SHOWN_CANDIDATES`] are in the table, not in the picture.
    fn drawn(&self) -> Self {
        RankingChart {
            rows: self.shown().to_vec(),
            ..self.clone()
        }
    }

    fn message(&self) -> String {
        let Some(top) = self.rows.first() else {
            return "No candidates scored yet.".to_owned();
        };
        let shown = if self.shortened() {
            format!(" The chart shows the top {SHOWN_CANDIDATES}; the table lists every one.")
        } else {
            String::new()
        };
        format!(
            "{} scored against a pass threshold of {}: {} pass, {} with red flags. Top: {} at {}. Aim to launch with {} to {}.{shown}",
            plural(self.total, "candidate", "candidates"),
            self.threshold,
            self.passing,
            self.flagged(),
            top.name,
            grouped(top.score),
            self.launch.0,
            self.launch.1,
        )
    }

    fn table(&self) -> Table {
        let mut table = Table::new(
            format!(
                "Every candidate, best first, against the pass threshold of {}; {} pass",
                self.threshold, self.passing
            ),
            &[
                ("Candidate", false),
                ("Rank", true),
                ("Score", true),
                ("Meets threshold", false),
                ("Red flags", false),
                ("Passes", false),
                ("Recommended", false),
                ("Selected", false),
            ],
        );
        let yes = |b: bool| if b { "yes" } else { "no" }.to_owned();
        for r in &self.rows {
            table.push(vec![
                r.name.clone(),
                r.position.to_string(),
                grouped(r.score),
                yes(r.meets_threshold),
                if r.red_flags.is_empty() {
                    "none".to_owned()
                } else {
                    r.red_flags.join("; ")
                },
                yes(r.passes),
                yes(r.recommended),
                yes(r.selected),
            ]);
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        let note = self.note_lines(f64::from(width)).len() as f64 * NOTE_LINE;
        self.layout().height(&self.bars(&Palette::light()), width) + note.ceil() as u32
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        let p = look.palette;
        if self.rows.is_empty() {
            // The scale and the threshold, and where the bars will be, the words.
            hbars::draw(area, look, &[], &self.layout());
            return kit::label(
                area,
                look,
                "No candidates yet.",
                (look.px(8.0), look.px(34.0)),
                (TEXT, p.muted, Anchor::Left),
            );
        }
        hbars::draw(area, look, &self.bars(&p), &self.layout());
        let (w, h) = area.size();
        let lines = self.note_lines(f64::from(w) / look.scale);
        let first = h as i32 - look.px(NOTE_LINE * lines.len() as f64 - NOTE_LINE / 2.0);
        for (i, line) in lines.iter().enumerate() {
            kit::label(
                area,
                look,
                line,
                (look.px(8.0), first + look.px(NOTE_LINE * i as f64)),
                (SMALL, p.muted, Anchor::Left),
            );
        }
    }
}
