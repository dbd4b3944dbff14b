//! The brief's one page: the thesis in its three statements, the chosen archetypes, the
//! readiness verdict and what blocks it, the partner-sourced share of each program year against
//! its floor, three economics figures and the two paths' first closed-won dates — every figure
//! with its source, so a board member can ask where it comes from.

use rust_decimal::Decimal;

use super::Fact;
use super::words::{self, plain};
use crate::domain::analysis::Analysis;
use crate::domain::catalogue::{SHARE_FLOORS, sourced_share_floor};
use crate::domain::forecast::TARGET_REVENUE_TO_COST;
use crate::domain::health::Severity;
use crate::domain::plan::{MilestoneKind, compare_paths};
use crate::domain::scenarios::effective;
use crate::domain::{Design, Mechanic};

/// The readiness verdict and what blocks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Overall readiness, 0–100.
    pub score: u32,
    pub ready: bool,
    /// How many critical findings stand in the way.
    pub criticals: usize,
    /// Each mechanic with a critical finding and the rules that raised them, in the order of
    /// the mechanics.
    pub blockers: Vec<(Mechanic, Vec<&'static str>)>,
}

impl Verdict {
    /// The verdict in one sentence.
    pub fn sentence(&self) -> String {
        if self.ready {
            "Ready to hire: no critical finding in any mechanic.".to_owned()
        } else {
            format!(
                "Not ready to hire: {} critical finding{} to resolve first.",
                self.criticals,
                if self.criticals == 1 { "" } else { "s" }
            )
        }
    }

    /// What blocks the verdict, mechanic by mechanic: `Thesis (thesis.incomplete)`; none when
    /// nothing does.
    pub fn blocked_by(&self) -> Option<String> {
        let each: Vec<String> = self
            .blockers
            .iter()
            .map(|(m, rules)| format!("{} ({})", m.label(), rules.join(", ")))
            .collect();
        (!each.is_empty()).then(|| each.join("; "))
    }
}

/// The summary page: the verdict, and groups of facts under their headings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub verdict: Verdict,
    /// Thesis, archetypes, readiness, sourced share, economics and the two paths, in order.
    pub groups: Vec<(&'static str, Vec<Fact>)>,
}

/// The summary of a design whose analysis is `analysis`.
pub fn summarise(design: &Design, analysis: &Analysis) -> Summary {
    let verdict = verdict(analysis);
    let groups = vec![
        ("Thesis", thesis(design)),
        ("Archetypes", archetypes(design)),
        ("Readiness", readiness(&verdict)),
        ("Partner-sourced share of new pipeline", shares(analysis)),
        ("Economics", economics(design, analysis)),
        ("Design first or hire first", paths(design)),
    ];
    Summary { verdict, groups }
}

fn verdict(analysis: &Analysis) -> Verdict {
    let critical = |m: Mechanic| {
        let mut rules: Vec<&'static str> = analysis
            .findings
            .iter()
            .filter(|f| f.mechanic == m && f.severity == Severity::Critical)
            .map(|f| f.rule)
            .collect();
        rules.dedup();
        rules
    };
    Verdict {
        score: analysis.readiness.overall,
        ready: analysis.readiness.ready_to_hire,
        criticals: analysis
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Critical)
            .count(),
        blockers: Mechanic::ALL
            .into_iter()
            .map(|m| (m, critical(m)))
            .filter(|(_, rules)| !rules.is_empty())
            .collect(),
    }
}

fn thesis(design: &Design) -> Vec<Fact> {
    let t = &design.thesis;
    vec![
        Fact::new(
            "The customer who buys faster with a partner",
            plain(&t.customer),
            "thesis.customer · 002",
        ),
        Fact::new(
            "The archetype that owns that relationship",
            t.owning_archetype.map_or("—", |a| a.label()),
            "thesis.owning_archetype · 002",
        ),
        Fact::new(
            "The friction partners remove",
            plain(&t.friction),
            "thesis.friction · 002",
        ),
    ]
}

fn archetypes(design: &Design) -> Vec<Fact> {
    let chosen: Vec<&str> = design.archetypes.chosen().map(|a| a.kind.label()).collect();
    let value = if chosen.is_empty() {
        "None chosen".to_owned()
    } else {
        chosen.join(", ")
    };
    vec![Fact::new(
        "Chosen for launch",
        value,
        "archetypes.catalogue · 002 (three at most, two better)",
    )]
}

fn readiness(verdict: &Verdict) -> Vec<Fact> {
    let mut facts = vec![
        Fact::new(
            "Readiness",
            format!("{} / 100", verdict.score),
            "readiness, from the health check",
        ),
        Fact::new("Verdict", verdict.sentence(), "002 (no critical finding)"),
    ];
    if let Some(blocked) = verdict.blocked_by() {
        facts.push(Fact::new(
            "What blocks it",
            blocked,
            "health check, critical findings",
        ));
    }
    facts
}

/// Each year the floors name, whether or not the horizon reaches it.
fn shares(analysis: &Analysis) -> Vec<Fact> {
    (1..=SHARE_FLOORS.len() as u32)
        .map(|year| {
            let floor = words::percent(sourced_share_floor(year));
            let value = match analysis.forecast.year(year) {
                Some(y) => format!(
                    "{} against the {floor} floor: {}",
                    words::share(y.sourced_share),
                    if y.meets_floor {
                        "meets it"
                    } else {
                        "below it"
                    }
                ),
                None => format!("beyond the forecast's horizon; the floor is {floor}"),
            };
            Fact::new(format!("Year {year}"), value, "forecast · floors 002 FAQ")
        })
        .collect()
}

fn economics(design: &Design, analysis: &Analysis) -> Vec<Fact> {
    let c = &design.firm.currency;
    let f = &analysis.forecast;
    let target = words::ratio(Decimal::from(TARGET_REVENUE_TO_COST));
    let year_three = match f.year(3) {
        Some(y) if y.quarters == 4 => y.revenue_to_cost.map_or_else(
            || "no program cost yet".to_owned(),
            |r| format!("{} against a target of {target}", words::ratio(r)),
        ),
        _ => "the forecast does not reach the end of year three".to_owned(),
    };
    let quarters = f.quarters.len();
    let roi = f.net_roi.map_or_else(
        || "no program cost yet".to_owned(),
        |r| {
            format!(
                "{} over {quarters} quarters: {} of partner revenue on {} of program cost",
                words::share(r * Decimal::ONE_HUNDRED),
                words::amount(f.total_revenue(), c),
                words::amount(f.total_cost(), c)
            )
        },
    );
    let payback = f.payback_quarter.map_or_else(
        || format!("not within {quarters} quarters"),
        |q| format!("program quarter {q}"),
    );
    vec![
        Fact::new(
            "Revenue to cost by year three",
            year_three,
            "forecast · 001 (5:1 or better)",
        ),
        Fact::new("Net return on the program", roi, "forecast · 004"),
        Fact::new("Payback", payback, "forecast"),
    ]
}

fn paths(design: &Design) -> Vec<Fact> {
    let paths = compare_paths(&effective(design));
    let when = |plan: &crate::domain::plan::PathPlan, kind| {
        plan.milestone(kind).map_or_else(
            || "—".to_owned(),
            |m| format!("{} (month {})", words::date(m.date), m.month),
        )
    };
    let source = "002 worked example · timeline, journey, partner sales cycle";
    let lost = paths.pipeline_months_lost;
    vec![
        Fact::new(
            "Design first: first partner-sourced closed-won",
            when(&paths.design_first, MilestoneKind::FirstClosedWon),
            source,
        ),
        Fact::new(
            "Hire first: first partner-sourced closed-won",
            format!(
                "{} to {}",
                when(&paths.hire_first, MilestoneKind::FirstClosedWonEarliest),
                when(&paths.hire_first, MilestoneKind::FirstClosedWonLatest)
            ),
            source,
        ),
        Fact::new(
            "Pipeline lost by hiring first",
            format!("{} to {} months", lost.fewest, lost.most),
            source,
        ),
    ]
}
