//! The design part by part, in the blueprint's order: the firm profile, the five mechanics, the
//! forecast, the candidates and the scenarios, each as tables and facts of plain text.

use super::words::{self, plain};
use super::{Block, Chapter, Part, Sheet};
use crate::domain::analysis::Analysis;
use crate::domain::scenarios::compare;
use crate::domain::values::Id;
use crate::domain::{Design, Mechanic};

/// The mechanics' chapters in the brief's order: the five, then the forecast they add up to,
/// then the candidates it is met with.
const ORDER: [Mechanic; 7] = [
    Mechanic::Thesis,
    Mechanic::Archetypes,
    Mechanic::OperatingModel,
    Mechanic::Journey,
    Mechanic::Scoreboard,
    Mechanic::Economics,
    Mechanic::Candidates,
];

/// Every chapter of the brief, in order.
pub fn chapters(design: &Design, analysis: &Analysis) -> Vec<Chapter> {
    let mut all = vec![firm(design)];
    all.extend(ORDER.map(|m| chapter_of(design, analysis, m)));
    all.extend(scenarios(design));
    for chapter in &mut all {
        if let Some(mechanic) = chapter.mechanic {
            chapter.parts.extend(decisions(design, mechanic));
        }
    }
    all
}

/// The chapter of one step of the workshop, without its decisions: what the presenter view
/// shows of the step while the room adds to its log.
pub fn chapter_of(design: &Design, analysis: &Analysis, mechanic: Mechanic) -> Chapter {
    match mechanic {
        Mechanic::Thesis => thesis(design),
        Mechanic::Archetypes => archetypes(design),
        Mechanic::OperatingModel => operating(design),
        Mechanic::Journey => journey(design),
        Mechanic::Scoreboard => scoreboard(design),
        Mechanic::Economics => forecast(design, analysis),
        Mechanic::Candidates => candidates(design, analysis),
    }
}

/// The decisions taken on a mechanic, at the end of its chapter, in the order they were taken:
/// what, the options weighed, who owns it and when. None when the log has none for it.
fn decisions(design: &Design, mechanic: Mechanic) -> Option<Part> {
    let mut sheet = Sheet::new(&["Decision", "Options considered", "Owner", "Date"]);
    for decision in design.decisions_of(mechanic) {
        sheet.row(vec![
            plain(&decision.what),
            plain(&decision.options),
            plain(&decision.owner),
            words::date(decision.date.date()),
        ]);
    }
    (!sheet.rows.is_empty()).then(|| Part::headed("Decisions", vec![Block::Table(sheet)]))
}

/// The title of the role with this id, or the id itself when no role has it.
fn role_title(design: &Design, id: &Id) -> String {
    design
        .operating
        .roles
        .iter()
        .find(|r| &r.id == id)
        .map_or_else(|| id.as_str().to_owned(), |r| plain(&r.title))
}

/// The owner role's title for an id, for tables.
fn owner(design: &Design, id: Option<&Id>) -> String {
    id.map_or_else(|| "—".to_owned(), |id| role_title(design, id))
}

fn metric_name(design: &Design, id: &Id) -> String {
    design
        .scoreboard
        .metrics
        .iter()
        .find(|m| &m.id == id)
        .map_or_else(|| id.as_str().to_owned(), |m| plain(&m.name))
}

fn none_yet(what: &str) -> Block {
    Block::Note(format!("No {what} yet."))
}

/// Labelled values as a block.
fn facts<const N: usize>(lines: [(&str, String); N]) -> Block {
    Block::Facts(
        lines
            .into_iter()
            .map(|(label, value)| (label.to_owned(), value))
            .collect(),
    )
}

/// Items joined by `sep`, or a dash for none.
fn joined(items: &[String], sep: &str) -> String {
    if items.is_empty() {
        "—".to_owned()
    } else {
        items.join(sep)
    }
}

fn firm(design: &Design) -> Chapter {
    let f = &design.firm;
    let c = &f.currency;
    let mut t = Sheet::new(&["Figure", "Value"]);
    let rows = [
        ("Firm", plain(&f.name)),
        ("Kind", words::firm_kind(f.kind).into()),
        ("Headcount", f.headcount.to_string()),
        ("Stage", words::firm_stage(f.stage).into()),
        ("Annual revenue", words::money(f.annual_revenue, c)),
        (
            "Direct new pipeline per quarter",
            words::money(f.direct_pipeline_per_quarter, c),
        ),
        ("Average deal size", words::money(f.average_deal_size, c)),
        ("Direct win rate", words::percent(f.direct_win_rate)),
        ("Direct sales cycle", format!("{} days", f.sales_cycle_days)),
        (
            "Sells subscriptions",
            if f.sells_subscriptions { "yes" } else { "no" }.into(),
        ),
        (
            "Partner sales cycle",
            format!("{} days", f.partner_sales_cycle_days),
        ),
        ("Design kickoff", f.kickoff.to_string()),
    ];
    for (label, value) in rows {
        t.row(vec![label.to_owned(), value]);
    }
    let mut blocks = vec![Block::Table(t)];
    if !f.icp.trim().is_empty() {
        blocks.push(facts([("Ideal customer profile", plain(&f.icp))]));
    }
    Chapter {
        title: "Firm profile",
        mechanic: None,
        parts: vec![Part::plain(blocks)],
    }
}

fn thesis(design: &Design) -> Chapter {
    let t = &design.thesis;
    let owning = t.owning_archetype.map_or("—", |a| a.label());
    let purposes: Vec<String> = t
        .purposes
        .iter()
        .map(|p| words::purpose(*p).to_owned())
        .collect();
    let lines = facts([
        (
            "The customer who buys faster with a partner",
            plain(&t.customer),
        ),
        (
            "The archetype that owns that relationship",
            owning.to_owned(),
        ),
        ("The friction partners remove", plain(&t.friction)),
        ("Why a partner recommends us", plain(&t.partner_reason)),
        (
            "What the partner gets, financially",
            plain(&t.partner_value.financial),
        ),
        ("… strategically", plain(&t.partner_value.strategic)),
        ("… in reputation", plain(&t.partner_value.reputational)),
        ("Program purposes", joined(&purposes, ", ")),
    ]);
    Chapter {
        title: "Thesis",
        mechanic: Some(Mechanic::Thesis),
        parts: vec![Part::plain(vec![lines])],
    }
}

fn archetypes(design: &Design) -> Chapter {
    let chosen: Vec<_> = design.archetypes.chosen().collect();
    let block = if chosen.is_empty() {
        none_yet("archetype chosen")
    } else {
        let mut t = Sheet::new(&[
            "Archetype",
            "ICP match",
            "Partner share",
            "Share of recruits",
            "Activation",
            "Deals a partner a quarter",
            "Deal size",
            "Friction removed",
            "Enablement",
            "Cadence",
        ]);
        for a in chosen {
            t.row(vec![
                a.kind.label().to_owned(),
                format!("{} / 5", a.icp_match.value()),
                format!(
                    "{} ({})",
                    words::percent(a.economics.partner_share),
                    a.kind.share_name()
                ),
                words::percent(a.pool.recruit_share),
                words::percent(a.pool.activation_rate),
                a.pool.deals_per_partner.get().normalize().to_string(),
                format!("{} % of the average", a.pool.deal_size.get().normalize()),
                plain(&a.friction_removed),
                plain(&a.enablement),
                a.cadence.label().to_owned(),
            ]);
        }
        Block::Table(t)
    };
    Chapter {
        title: "Archetypes",
        mechanic: Some(Mechanic::Archetypes),
        parts: vec![Part::plain(vec![block])],
    }
}

fn operating(design: &Design) -> Chapter {
    let op = &design.operating;
    let c = &design.firm.currency;
    let roles = if op.roles.is_empty() {
        none_yet("roles")
    } else {
        let mut t = Sheet::new(&[
            "Role",
            "Kind",
            "Person",
            "Time",
            "Annual cost",
            "Costs from",
            "Owns metric",
            "Accountable for",
        ]);
        for r in &op.roles {
            let acc: Vec<String> = r
                .accountabilities
                .iter()
                .map(|a| words::accountability(*a).to_owned())
                .collect();
            t.row(vec![
                plain(&r.title),
                words::role_kind(r.kind).to_owned(),
                if r.to_hire() {
                    "to hire".to_owned()
                } else {
                    plain(&r.person)
                },
                words::percent(r.time_share),
                words::money(r.annual_cost, c),
                r.starts
                    .map_or_else(|| "the program's start".to_owned(), |d| d.to_string()),
                r.owns_metric
                    .as_ref()
                    .map_or_else(|| "—".to_owned(), |m| metric_name(design, m)),
                joined(&acc, ", "),
            ]);
        }
        Block::Table(t)
    };

    let a = &op.attribution;
    let mut attribution = Sheet::new(&["Category", "Definition", "Incentive", "Reporting line"]);
    for (name, rule) in [
        ("Sourced", &a.sourced),
        ("Influenced", &a.influenced),
        ("Co-sold", &a.co_sold),
    ] {
        attribution.row(vec![
            name.to_owned(),
            plain(&rule.definition),
            plain(&rule.incentive),
            plain(&rule.reporting_line),
        ]);
    }
    let claims = format!(
        "{}{}",
        a.conflict_rule.map_or("—", words::conflict_rule),
        if a.conflict_note.trim().is_empty() {
            String::new()
        } else {
            format!(" — {}", a.conflict_note.trim())
        }
    );
    let movement = facts([
        ("How a deal moves between them", plain(&a.movement)),
        ("Competing claims", claims),
    ]);

    let r = &op.deal_registration;
    let fields: Vec<String> = r.required_fields.iter().map(|f| plain(f)).collect();
    let registration = facts([
        ("In use", words::yes_no(r.enabled).to_owned()),
        (
            "Smallest deal",
            r.minimum_deal_size
                .map_or_else(|| "any deal".to_owned(), |m| words::money(m, c)),
        ),
        ("Required fields", joined(&fields, ", ")),
        (
            "Protection",
            format!(
                "{} days; answered within {} hours",
                r.protection_days, r.response_hours
            ),
        ),
        ("Conflicts settled by", plain(&r.conflict_process)),
    ]);

    let tiers = if op.tiers.is_empty() {
        none_yet("tiers (optional at launch)")
    } else {
        let mut t = Sheet::new(&[
            "Tier",
            "Sourced deals a year",
            "Certified reps",
            "Other criteria",
            "Commission",
            "Support",
            "Check-in",
            "Commitments",
        ]);
        for tier in &op.tiers {
            t.row(vec![
                plain(&tier.name),
                tier.min_sourced_deals_per_year.to_string(),
                tier.min_certified_reps.to_string(),
                plain(&tier.criteria_note),
                words::percent(tier.commission_rate),
                plain(&tier.support_level),
                tier.check_in.label().to_owned(),
                plain(&tier.commitments),
            ]);
        }
        Block::Table(t)
    };

    let comp = &op.compensation;
    let compensation = facts([
        (
            "Trigger",
            comp.trigger.map_or("—", words::trigger).to_owned(),
        ),
        ("Model", words::model(&comp.model, c)),
        (
            "Paid",
            comp.payment_days_after_client_payment.map_or_else(
                || "—".to_owned(),
                |d| format!("{d} days after the client pays"),
            ),
        ),
    ]);

    let tools = &op.tooling;
    let tooling = facts([
        (
            "Attribution fields in the CRM at launch",
            words::yes_no(tools.crm_attribution_fields).to_owned(),
        ),
        (
            "PRM",
            tools.prm_from_quarter.map_or_else(
                || "none planned".to_owned(),
                |q| format!("from program quarter {q}"),
            ),
        ),
        (
            "Ecosystem (account-overlap) data",
            words::yes_no(tools.ecosystem_data).to_owned(),
        ),
        (
            "Tool spend",
            format!("{} a quarter", words::money(tools.cost_per_quarter, c)),
        ),
        (
            "PRM spend",
            format!(
                "{} a quarter from its planned quarter",
                words::money(tools.prm_cost_per_quarter, c)
            ),
        ),
        ("Design complete", op.timeline.design_complete.to_string()),
        (
            "Partnerships hire",
            op.timeline.partnerships_hire.to_string(),
        ),
    ]);

    Chapter {
        title: "Operating model",
        mechanic: Some(Mechanic::OperatingModel),
        parts: vec![
            Part::headed("Roles", vec![roles]),
            Part::headed("Attribution", vec![Block::Table(attribution), movement]),
            Part::headed("Deal registration", vec![registration]),
            Part::headed("Tiers", vec![tiers]),
            Part::headed("Compensation", vec![compensation]),
            Part::headed("Tooling and timeline", vec![tooling]),
        ],
    }
}

fn journey(design: &Design) -> Chapter {
    let block = if design.journey.stages.is_empty() {
        none_yet("stages")
    } else {
        let mut t = Sheet::new(&[
            "Stage",
            "Definition of done",
            "Criteria",
            "Owner",
            "Days",
            "Exit metric",
            "Activities",
        ]);
        for s in &design.journey.stages {
            let activities: Vec<String> = s.activities.iter().map(|a| plain(a)).collect();
            t.row(vec![
                s.kind.label().to_owned(),
                plain(&s.definition_of_done),
                plain(&s.criteria),
                owner(design, s.owner.as_ref()),
                s.duration_days.to_string(),
                plain(&s.exit_metric),
                joined(&activities, "; "),
            ]);
        }
        Block::Table(t)
    };
    Chapter {
        title: "Journey",
        mechanic: Some(Mechanic::Journey),
        parts: vec![Part::plain(vec![block])],
    }
}

fn scoreboard(design: &Design) -> Chapter {
    let sb = &design.scoreboard;
    let mut blocks = Vec::new();
    if sb.metrics.is_empty() {
        blocks.push(none_yet("metrics"));
    } else {
        let mut t = Sheet::new(&[
            "Metric",
            "Family",
            "Kind",
            "Owner",
            "Unit",
            "Targets by quarter",
        ]);
        for m in &sb.metrics {
            let targets: Vec<String> = m
                .quarterly_targets
                .iter()
                .enumerate()
                .map(|(i, v)| format!("Q{}: {}", i + 1, words::number(v.get())))
                .collect();
            t.row(vec![
                plain(&m.name),
                words::family(m.family).to_owned(),
                words::metric_kind(m.kind).to_owned(),
                owner(design, m.owner.as_ref()),
                plain(&m.unit),
                joined(&targets, ", "),
            ]);
        }
        blocks.push(Block::Table(t));
    }
    if !sb.sourced_share_targets.is_empty() {
        let years: Vec<String> = sb
            .sourced_share_targets
            .iter()
            .enumerate()
            .map(|(i, p)| format!("year {}: {}", i + 1, words::percent(*p)))
            .collect();
        blocks.push(facts([(
            "Partner-sourced share of new pipeline, targets",
            years.join(", "),
        )]));
    }
    Chapter {
        title: "Scoreboard",
        mechanic: Some(Mechanic::Scoreboard),
        parts: vec![Part::plain(blocks)],
    }
}

/// The forecast's program years: the sourced share against its floor, revenue, cost and
/// revenue-to-cost.
fn forecast(design: &Design, analysis: &Analysis) -> Chapter {
    let c = &design.firm.currency;
    let f = &analysis.forecast;
    let mut t = Sheet::new(&[
        "Program year",
        "Sourced share",
        "Floor",
        "Partner revenue",
        "Program cost",
        "Revenue to cost, cumulative",
    ]);
    for y in &f.years {
        t.row(vec![
            format!("Year {} ({} quarters)", y.year, y.quarters),
            words::share(y.sourced_share),
            words::percent(y.floor),
            words::amount(y.revenue, c),
            words::amount(y.cost, c),
            y.revenue_to_cost
                .map_or_else(|| "—".to_owned(), words::ratio),
        ]);
    }
    let payback = f.payback_quarter.map_or_else(
        || "not within the forecast".to_owned(),
        |q| format!("quarter {q}"),
    );
    let blocks = vec![
        Block::Table(t),
        facts([
            ("Quarters forecast", f.quarters.len().to_string()),
            ("Payback", payback),
        ]),
    ];
    Chapter {
        title: "Forecast",
        mechanic: Some(Mechanic::Economics),
        parts: vec![Part::plain(blocks)],
    }
}

fn candidates(design: &Design, analysis: &Analysis) -> Chapter {
    let c = &design.candidates;
    let mut blocks = vec![Block::Note(format!(
        "Pass threshold: {} / 100.",
        c.pass_threshold
    ))];
    if !c.criteria.is_empty() {
        let mut t = Sheet::new(&["Criterion", "Weight"]);
        for cr in &c.criteria {
            t.row(vec![plain(&cr.name), cr.weight.to_string()]);
        }
        blocks.push(Block::Table(t));
    }
    if analysis.ranking.ranked.is_empty() {
        blocks.push(none_yet("candidates"));
    } else {
        let mut t = Sheet::new(&[
            "Rank",
            "Candidate",
            "Archetype",
            "Score",
            "Red flags",
            "Passes",
            "Selected",
            "Recommended",
        ]);
        for r in &analysis.ranking.ranked {
            let archetype = c
                .candidates
                .iter()
                .find(|cand| cand.id == r.id)
                .and_then(|cand| cand.archetype)
                .map_or("—", |a| a.label());
            let flags: Vec<String> = r.red_flags.iter().map(|f| f.label().to_owned()).collect();
            t.row(vec![
                r.position.to_string(),
                plain(&r.name),
                archetype.to_owned(),
                words::number(r.score),
                joined(&flags, ", "),
                words::yes_no(r.passes).to_owned(),
                words::yes_no(r.selected).to_owned(),
                words::yes_no(r.recommended).to_owned(),
            ]);
        }
        blocks.push(Block::Table(t));
    }
    Chapter {
        title: "Candidates",
        mechanic: Some(Mechanic::Candidates),
        parts: vec![Part::plain(blocks)],
    }
}

/// The scenarios: the headline figures of each beside the design as designed, then each one's
/// overrides against the design's own values; no chapter without scenarios.
fn scenarios(design: &Design) -> Option<Chapter> {
    if design.scenarios.list.is_empty() {
        return None;
    }
    let headlines = compare(design);
    let years: Vec<u32> = headlines
        .first()
        .map(|h| h.shares.iter().map(|(year, _)| *year).collect())
        .unwrap_or_default();
    let mut head = vec!["Figure".to_owned()];
    head.extend(headlines.iter().map(|h| {
        let name = plain(&h.name);
        if h.active {
            format!("{name} (active)")
        } else {
            name
        }
    }));
    let mut table = Sheet {
        head,
        rows: Vec::new(),
    };
    for (index, year) in years.iter().enumerate() {
        let mut row = vec![format!("Sourced share, year {year}")];
        row.extend(headlines.iter().map(|h| {
            h.shares
                .get(index)
                .map_or_else(String::new, |(_, s)| format!("{} %", words::number(*s)))
        }));
        table.row(row);
    }
    let mut row = vec!["Revenue to cost, year 3".to_owned()];
    row.extend(headlines.iter().map(|h| {
        h.return_year_three
            .map_or_else(|| "—".to_owned(), |r| format!("{} : 1", words::number(r)))
    }));
    table.row(row);
    let mut parts = vec![Part::plain(vec![Block::Table(table)])];
    for scenario in &design.scenarios.list {
        if scenario.overrides.is_empty() {
            let note = Block::Note("No assumption overridden.".to_owned());
            parts.push(Part::headed(&scenario.name, vec![note]));
            continue;
        }
        let mut table = Sheet::new(&["Assumption", "As designed", "In this scenario"]);
        for o in &scenario.overrides {
            let Some(moved) = o.moved() else {
                continue;
            };
            let own = moved
                .current(design)
                .map_or_else(String::new, words::number);
            table.row(vec![plain(&moved.label()), own, words::number(o.value)]);
        }
        parts.push(Part::headed(&scenario.name, vec![Block::Table(table)]));
    }
    Some(Chapter {
        title: "Scenarios",
        mechanic: None,
        parts,
    })
}
