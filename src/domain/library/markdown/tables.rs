//! The mechanics that are lists, as Markdown tables: archetypes, the operating model, the
//! journey, the scoreboard and the candidates.

use std::fmt::Write;

use super::owner;
use super::words::{self, cell, text};
use crate::domain::Design;
use crate::domain::analysis::Analysis;
use crate::domain::scenarios::compare;
use crate::domain::values::Id;

/// A Markdown table, written once its rows are in.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Self {
        Table {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn write(&self, md: &mut String) {
        let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
        md.push_str(&line(&self.header));
        md.push_str(&line(&vec!["---".to_owned(); self.header.len()]));
        for row in &self.rows {
            md.push_str(&line(row));
        }
        md.push('\n');
    }
}

/// The title of the role with this id, or the id itself when no role has it.
pub fn role_title(design: &Design, id: &Id) -> String {
    design
        .operating
        .roles
        .iter()
        .find(|r| &r.id == id)
        .map_or_else(|| text(id.as_str(), true), |r| cell(&r.title))
}

fn metric_name(design: &Design, id: &Id) -> String {
    design
        .scoreboard
        .metrics
        .iter()
        .find(|m| &m.id == id)
        .map_or_else(|| text(id.as_str(), true), |m| cell(&m.name))
}

fn none_yet(md: &mut String, what: &str) {
    let _ = writeln!(md, "*No {what} yet.*\n");
}

pub fn archetypes(md: &mut String, design: &Design) {
    md.push_str("## Archetypes\n\n");
    let chosen: Vec<_> = design.archetypes.chosen().collect();
    if chosen.is_empty() {
        none_yet(md, "archetype chosen");
        return;
    }
    let mut t = Table::new(&[
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
            cell(&a.friction_removed),
            cell(&a.enablement),
            a.cadence.label().to_owned(),
        ]);
    }
    t.write(md);
}

pub fn operating(md: &mut String, design: &Design) {
    let op = &design.operating;
    let c = &design.firm.currency;
    md.push_str("## Operating model\n\n### Roles\n\n");
    if op.roles.is_empty() {
        none_yet(md, "roles");
    } else {
        let mut t = Table::new(&[
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
            let acc: Vec<&str> = r
                .accountabilities
                .iter()
                .map(|a| words::accountability(*a))
                .collect();
            t.row(vec![
                cell(&r.title),
                words::role_kind(r.kind).to_owned(),
                if r.to_hire() {
                    "to hire".to_owned()
                } else {
                    cell(&r.person)
                },
                words::percent(r.time_share),
                words::money(r.annual_cost, c),
                r.starts
                    .map_or_else(|| "the program's start".to_owned(), |d| d.to_string()),
                r.owns_metric
                    .as_ref()
                    .map_or_else(|| "—".to_owned(), |m| metric_name(design, m)),
                if acc.is_empty() {
                    "—".to_owned()
                } else {
                    acc.join(", ")
                },
            ]);
        }
        t.write(md);
    }

    let a = &op.attribution;
    md.push_str("### Attribution\n\n");
    let mut t = Table::new(&["Category", "Definition", "Incentive", "Reporting line"]);
    for (name, rule) in [
        ("Sourced", &a.sourced),
        ("Influenced", &a.influenced),
        ("Co-sold", &a.co_sold),
    ] {
        t.row(vec![
            name.to_owned(),
            cell(&rule.definition),
            cell(&rule.incentive),
            cell(&rule.reporting_line),
        ]);
    }
    t.write(md);
    let _ = writeln!(
        md,
        "- **How a deal moves between them:** {}",
        cell(&a.movement)
    );
    let _ = writeln!(
        md,
        "- **Competing claims:** {}{}\n",
        a.conflict_rule.map_or("—", words::conflict_rule),
        if a.conflict_note.trim().is_empty() {
            String::new()
        } else {
            format!(" — {}", cell(&a.conflict_note))
        }
    );

    let r = &op.deal_registration;
    md.push_str("### Deal registration\n\n");
    let fields = if r.required_fields.is_empty() {
        "—".to_owned()
    } else {
        r.required_fields
            .iter()
            .map(|f| cell(f))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(md, "- **In use:** {}", words::yes_no(r.enabled));
    let _ = writeln!(
        md,
        "- **Smallest deal:** {}",
        r.minimum_deal_size
            .map_or_else(|| "any deal".to_owned(), |m| words::money(m, c))
    );
    let _ = writeln!(md, "- **Required fields:** {fields}");
    let _ = writeln!(
        md,
        "- **Protection:** {} days; **answered within** {} hours",
        r.protection_days, r.response_hours
    );
    let _ = writeln!(
        md,
        "- **Conflicts settled by:** {}\n",
        cell(&r.conflict_process)
    );

    md.push_str("### Tiers\n\n");
    if op.tiers.is_empty() {
        none_yet(md, "tiers (optional at launch)");
    } else {
        let mut t = Table::new(&[
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
                cell(&tier.name),
                tier.min_sourced_deals_per_year.to_string(),
                tier.min_certified_reps.to_string(),
                cell(&tier.criteria_note),
                words::percent(tier.commission_rate),
                cell(&tier.support_level),
                tier.check_in.label().to_owned(),
                cell(&tier.commitments),
            ]);
        }
        t.write(md);
    }

    let comp = &op.compensation;
    md.push_str("### Compensation\n\n");
    let _ = writeln!(
        md,
        "- **Trigger:** {}",
        comp.trigger.map_or("—", words::trigger)
    );
    let _ = writeln!(md, "- **Model:** {}", words::model(&comp.model, c));
    let _ = writeln!(
        md,
        "- **Paid:** {}\n",
        comp.payment_days_after_client_payment.map_or_else(
            || "—".to_owned(),
            |d| format!("{d} days after the client pays")
        )
    );

    let tools = &op.tooling;
    md.push_str("### Tooling and timeline\n\n");
    let _ = writeln!(
        md,
        "- **Attribution fields in the CRM at launch:** {}",
        words::yes_no(tools.crm_attribution_fields)
    );
    let _ = writeln!(
        md,
        "- **PRM:** {}",
        tools.prm_from_quarter.map_or_else(
            || "none planned".to_owned(),
            |q| format!("from program quarter {q}")
        )
    );
    let _ = writeln!(
        md,
        "- **Ecosystem (account-overlap) data:** {}",
        words::yes_no(tools.ecosystem_data)
    );
    let _ = writeln!(
        md,
        "- **Tool spend:** {} a quarter",
        words::money(tools.cost_per_quarter, c)
    );
    let _ = writeln!(
        md,
        "- **PRM spend:** {} a quarter from its planned quarter",
        words::money(tools.prm_cost_per_quarter, c)
    );
    let _ = writeln!(md, "- **Design complete:** {}", op.timeline.design_complete);
    let _ = writeln!(
        md,
        "- **Partnerships hire:** {}\n",
        op.timeline.partnerships_hire
    );
}

pub fn journey(md: &mut String, design: &Design) {
    md.push_str("## Journey\n\n");
    if design.journey.stages.is_empty() {
        none_yet(md, "stages");
        return;
    }
    let mut t = Table::new(&[
        "Stage",
        "Definition of done",
        "Criteria",
        "Owner",
        "Days",
        "Exit metric",
        "Activities",
    ]);
    for s in &design.journey.stages {
        let activities: Vec<String> = s.activities.iter().map(|a| cell(a)).collect();
        t.row(vec![
            s.kind.label().to_owned(),
            cell(&s.definition_of_done),
            cell(&s.criteria),
            owner(design, s.owner.as_ref()),
            s.duration_days.to_string(),
            cell(&s.exit_metric),
            if activities.is_empty() {
                "—".to_owned()
            } else {
                activities.join("; ")
            },
        ]);
    }
    t.write(md);
}

pub fn scoreboard(md: &mut String, design: &Design) {
    let sb = &design.scoreboard;
    md.push_str("## Scoreboard\n\n");
    if sb.metrics.is_empty() {
        none_yet(md, "metrics");
    } else {
        let mut t = Table::new(&[
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
                cell(&m.name),
                words::family(m.family).to_owned(),
                words::metric_kind(m.kind).to_owned(),
                owner(design, m.owner.as_ref()),
                cell(&m.unit),
                if targets.is_empty() {
                    "—".to_owned()
                } else {
                    targets.join(", ")
                },
            ]);
        }
        t.write(md);
    }
    if !sb.sourced_share_targets.is_empty() {
        let years: Vec<String> = sb
            .sourced_share_targets
            .iter()
            .enumerate()
            .map(|(i, p)| format!("year {}: {}", i + 1, words::percent(*p)))
            .collect();
        let _ = writeln!(
            md,
            "**Partner-sourced share of new pipeline, targets:** {}\n",
            years.join(", ")
        );
    }
}

pub fn candidates(md: &mut String, design: &Design, analysis: &Analysis) {
    let c = &design.candidates;
    md.push_str("## Candidates\n\n");
    let _ = writeln!(md, "Pass threshold: **{} / 100**.\n", c.pass_threshold);
    if !c.criteria.is_empty() {
        let mut t = Table::new(&["Criterion", "Weight"]);
        for cr in &c.criteria {
            t.row(vec![cell(&cr.name), cr.weight.to_string()]);
        }
        t.write(md);
    }
    if analysis.ranking.ranked.is_empty() {
        none_yet(md, "candidates");
        return;
    }
    let mut t = Table::new(&[
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
        let flags: Vec<&str> = r.red_flags.iter().map(|f| f.label()).collect();
        t.row(vec![
            r.position.to_string(),
            cell(&r.name),
            archetype.to_owned(),
            words::number(r.score),
            if flags.is_empty() {
                "—".to_owned()
            } else {
                flags.join(", ")
            },
            words::yes_no(r.passes).to_owned(),
            words::yes_no(r.selected).to_owned(),
            words::yes_no(r.recommended).to_owned(),
        ]);
    }
    t.write(md);
}

/// The scenarios: the headline figures of each beside the design as designed, then each one's
/// overrides against the design's own values.
pub fn scenarios(md: &mut String, design: &Design) {
    if design.scenarios.list.is_empty() {
        return;
    }
    md.push_str("## Scenarios\n\n");
    let headlines = compare(design);
    let years: Vec<u32> = headlines
        .first()
        .map(|h| h.shares.iter().map(|(year, _)| *year).collect())
        .unwrap_or_default();
    let mut header = vec!["Figure".to_owned()];
    header.extend(headlines.iter().map(|h| {
        let name = cell(&h.name);
        if h.active {
            format!("{name} (active)")
        } else {
            name
        }
    }));
    let mut table = Table {
        header,
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
    table.write(md);
    for scenario in &design.scenarios.list {
        let _ = writeln!(md, "### {}\n", text(&scenario.name, false));
        if scenario.overrides.is_empty() {
            md.push_str("No assumption overridden.\n\n");
            continue;
        }
        let mut table = Table::new(&["Assumption", "As designed", "In this scenario"]);
        for o in &scenario.overrides {
            let Some(moved) = o.moved() else {
                continue;
            };
            let own = moved
                .current(design)
                .map_or_else(String::new, words::number);
            table.row(vec![cell(&moved.label()), own, words::number(o.value)]);
        }
        table.write(md);
    }
}
