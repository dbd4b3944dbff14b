//! Commission on a sample deal (the firm's average deal size): what a partner earns under each
//! of the six compensation models, the design's chosen one marked, and at each tier's rate.

use rust_decimal::Decimal;

use super::hbars::{self, Layout, Row};
use super::look::{Look, Palette};
use super::scale::ticks;
use super::sketch::Sketch;
use super::words::{self, float, money, percent, short};
use super::{Chart, Table};
use crate::domain::Design;
use crate::domain::commissions::{ModelAmount, TierAmount, by_model, by_tier};

/// What the sample deal earns under one model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelRow {
    pub model: &'static str,
    pub amount: Decimal,
    pub chosen: bool,
}

/// What the sample deal earns at one tier's rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierRow {
    pub tier: String,
    /// Percent.
    pub rate: Decimal,
    pub amount: Decimal,
}

/// The commissions chart's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommissionsChart {
    pub currency: String,
    /// The sample deal's value.
    pub deal: Decimal,
    pub models: Vec<ModelRow>,
    pub tiers: Vec<TierRow>,
}

impl CommissionsChart {
    /// The chart of `commissions::by_model` and `by_tier` for a deal of `deal`.
    pub fn new(
        models: &[ModelAmount],
        tiers: &[TierAmount],
        deal: Decimal,
        currency: &str,
    ) -> CommissionsChart {
        CommissionsChart {
            currency: currency.to_owned(),
            deal,
            models: models
                .iter()
                .map(|m| ModelRow {
                    model: m.label,
                    amount: m.amount,
                    chosen: m.chosen,
                })
                .collect(),
            tiers: tiers
                .iter()
                .map(|t| TierRow {
                    tier: t.tier.clone(),
                    rate: t.rate.value(),
                    amount: t.amount,
                })
                .collect(),
        }
    }

    /// The chart for a design: a sample deal of the firm's average deal size.
    pub fn of(design: &Design) -> CommissionsChart {
        let deal = design.firm.average_deal_size;
        CommissionsChart::new(
            &by_model(&design.operating.compensation, deal),
            &by_tier(design, deal),
            deal.amount(),
            design.firm.currency.code(),
        )
    }

    fn amount(&self, value: Decimal) -> String {
        format!("{} {}", self.currency, money(value))
    }

    fn max(&self) -> f64 {
        self.models
            .iter()
            .map(|m| m.amount)
            .chain(self.tiers.iter().map(|t| t.amount))
            .map(float)
            .fold(0.0, f64::max)
    }

    /// The bars of the models, then the tiers, in `p`'s colours.
    fn bars(&self, p: &Palette) -> Vec<Row> {
        let models = self.models.iter().map(|m| Row {
            start: 0.0,
            name: m.model.to_owned(),
            value: float(m.amount),
            colour: if m.chosen { p.accent } else { p.muted },
            hollow: false,
            words: if m.chosen {
                format!("{} · chosen", words::money_short(m.amount, &self.currency))
            } else {
                words::money_short(m.amount, &self.currency)
            },
            flag: None,
            parts: Vec::new(),
        });
        let tiers = self.tiers.iter().map(|t| Row {
            start: 0.0,
            name: format!("Tier: {}", t.tier),
            value: float(t.amount),
            colour: p.second,
            hollow: false,
            words: format!(
                "{} · {}",
                words::money_short(t.amount, &self.currency),
                percent(t.rate)
            ),
            flag: None,
            parts: Vec::new(),
        });
        let rows: Vec<Row> = models.chain(tiers).collect();
        rows
    }

    fn layout(&self) -> Layout {
        let marks = ticks(self.max(), 4);
        Layout {
            top: marks.last().copied().unwrap_or(1.0),
            ticks: marks.iter().map(|v| (*v, short(*v))).collect(),
            name_width: 150.0,
            words_width: 150.0,
            row_height: 26.0,
            centred: false,
            threshold: None,
            key: Vec::new(),
        }
    }
}

impl Chart for CommissionsChart {
    fn name(&self) -> &'static str {
        "commissions"
    }

    fn title(&self) -> &'static str {
        "Commission on a sample deal, by model and by tier"
    }

    fn message(&self) -> String {
        let deal = self.amount(self.deal);
        let chosen = self
            .models
            .iter()
            .find(|m| m.chosen)
            .map(|m| {
                format!(
                    " the chosen model, {}, pays {};",
                    m.model.to_ascii_lowercase(),
                    self.amount(m.amount)
                )
            })
            .unwrap_or_default();
        let low = self.models.iter().min_by_key(|m| m.amount);
        let high = self.models.iter().max_by_key(|m| m.amount);
        let range = match (low, high) {
            (Some(l), Some(h)) => format!(
                " across the {} models a partner earns from {} ({}) to {} ({}).",
                self.models.len(),
                self.amount(l.amount),
                l.model.to_ascii_lowercase(),
                self.amount(h.amount),
                h.model.to_ascii_lowercase()
            ),
            _ => String::new(),
        };
        let tiers = if self.tiers.is_empty() {
            String::new()
        } else {
            let each: Vec<String> = self
                .tiers
                .iter()
                .map(|t| format!("{} {}", t.tier, self.amount(t.amount)))
                .collect();
            format!(" By tier: {}.", each.join(", "))
        };
        format!("On a sample deal of {deal},{chosen}{range}{tiers}")
    }

    fn table(&self) -> Table {
        let commission = format!("Commission ({})", self.currency);
        let mut table = Table::new(
            format!(
                "Commission on a sample deal of {}, under each model and at each tier's rate",
                self.amount(self.deal)
            ),
            &[
                ("Paid under", false),
                ("Kind", false),
                ("Rate", true),
                (&commission, true),
            ],
        );
        for m in &self.models {
            let kind = if m.chosen { "model (chosen)" } else { "model" };
            table.push(vec![
                m.model.to_owned(),
                kind.to_owned(),
                String::new(),
                money(m.amount),
            ]);
        }
        for t in &self.tiers {
            table.push(vec![
                t.tier.clone(),
                "tier".to_owned(),
                percent(t.rate),
                money(t.amount),
            ]);
        }
        table
    }

    fn height(&self, width: u32) -> u32 {
        self.layout().height(&self.bars(&Palette::light()), width)
    }

    fn sketch(&self, area: &mut Sketch, look: &Look) {
        hbars::draw(area, look, &self.bars(&look.palette), &self.layout())
    }
}
