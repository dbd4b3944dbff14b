//! The design as a Markdown document that reads well pasted into a wiki or a doc: a heading per
//! mechanic, tables for roles, tiers, metrics and candidates, and the health findings. User text
//! is escaped, so markup in it shows as text wherever the document is pasted.

mod tables;
mod words;

use std::fmt::Write;

use crate::domain::Design;
use crate::domain::analysis::Analysis;
use crate::domain::health::Severity;

use tables::{Table, role_title};
use words::{cell, text};

/// The design and its analysis as Markdown.
pub fn to_markdown(design: &Design, analysis: &Analysis) -> String {
    let mut md = String::new();
    let title = if design.title.trim().is_empty() {
        "Untitled design".to_owned()
    } else {
        text(design.title.trim(), true)
    };
    let _ = writeln!(md, "# {title}\n");
    let readiness = &analysis.readiness;
    let verdict = if readiness.ready_to_hire {
        "Ready to hire: no critical finding.".to_owned()
    } else {
        let n = analysis
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Critical)
            .count();
        format!(
            "Not ready to hire: {n} critical finding{} to resolve.",
            if n == 1 { "" } else { "s" }
        )
    };
    let _ = writeln!(
        md,
        "Partner program design. **Readiness {} / 100.** {verdict}\n",
        readiness.overall
    );
    firm(&mut md, design);
    thesis(&mut md, design);
    tables::archetypes(&mut md, design);
    tables::operating(&mut md, design);
    tables::journey(&mut md, design);
    tables::scoreboard(&mut md, design);
    tables::candidates(&mut md, design, analysis);
    tables::scenarios(&mut md, design);
    findings(&mut md, analysis);
    md
}

fn firm(md: &mut String, design: &Design) {
    let f = &design.firm;
    let c = &f.currency;
    md.push_str("## Firm profile\n\n");
    let mut t = Table::new(&["", ""]);
    t.row(vec!["Firm".into(), cell(&f.name)]);
    t.row(vec!["Kind".into(), words::firm_kind(f.kind).into()]);
    t.row(vec!["Headcount".into(), f.headcount.to_string()]);
    t.row(vec!["Stage".into(), words::firm_stage(f.stage).into()]);
    t.row(vec![
        "Annual revenue".into(),
        words::money(f.annual_revenue, c),
    ]);
    t.row(vec![
        "Direct new pipeline per quarter".into(),
        words::money(f.direct_pipeline_per_quarter, c),
    ]);
    t.row(vec![
        "Average deal size".into(),
        words::money(f.average_deal_size, c),
    ]);
    t.row(vec![
        "Direct win rate".into(),
        words::percent(f.direct_win_rate),
    ]);
    t.row(vec![
        "Direct sales cycle".into(),
        format!("{} days", f.sales_cycle_days),
    ]);
    t.row(vec![
        "Sells subscriptions".into(),
        if f.sells_subscriptions { "yes" } else { "no" }.into(),
    ]);
    t.row(vec![
        "Partner sales cycle".into(),
        format!("{} days", f.partner_sales_cycle_days),
    ]);
    t.row(vec!["Design kickoff".into(), f.kickoff.to_string()]);
    t.write(md);
    if !f.icp.trim().is_empty() {
        let _ = writeln!(
            md,
            "**Ideal customer profile:** {}\n",
            text(f.icp.trim(), false)
        );
    }
}

fn thesis(md: &mut String, design: &Design) {
    let t = &design.thesis;
    md.push_str("## Thesis\n\n");
    let owning = t.owning_archetype.map_or("—", |a| a.label());
    let purposes: Vec<&str> = t.purposes.iter().map(|p| words::purpose(*p)).collect();
    let lines = [
        (
            "The customer who buys faster with a partner",
            cell(&t.customer),
        ),
        (
            "The archetype that owns that relationship",
            owning.to_owned(),
        ),
        ("The friction partners remove", cell(&t.friction)),
        ("Why a partner recommends us", cell(&t.partner_reason)),
        (
            "What the partner gets, financially",
            cell(&t.partner_value.financial),
        ),
        ("… strategically", cell(&t.partner_value.strategic)),
        ("… in reputation", cell(&t.partner_value.reputational)),
        (
            "Program purposes",
            if purposes.is_empty() {
                "—".to_owned()
            } else {
                purposes.join(", ")
            },
        ),
    ];
    for (label, value) in lines {
        let _ = writeln!(md, "- **{label}:** {value}");
    }
    md.push('\n');
}

fn findings(md: &mut String, analysis: &Analysis) {
    md.push_str("## Health findings\n\n");
    if analysis.findings.is_empty() {
        md.push_str("No findings: nothing in the design breaks a known rule.\n");
        return;
    }
    for severity in Severity::ALL {
        let of: Vec<_> = analysis
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if of.is_empty() {
            continue;
        }
        let _ = writeln!(md, "### {} ({})\n", severity.label(), of.len());
        for f in of {
            let _ = writeln!(
                md,
                "- `{}` {} *Source: {}.*",
                f.rule,
                text(&f.message, true),
                text(f.source, true)
            );
        }
        md.push('\n');
    }
}

/// The owner role's title for an id, for tables.
fn owner(design: &Design, id: Option<&crate::domain::values::Id>) -> String {
    id.map_or_else(|| "—".to_owned(), |id| role_title(design, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analysis::analyse;
    use crate::domain::templates::Template;

    fn markdown_of(template: Template) -> String {
        let design = template.design(chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap());
        to_markdown(&design, &analyse(&design))
    }

    #[test]
    fn every_mechanic_has_its_heading() {
        let md = markdown_of(Template::SeriesBSaas);
        for heading in [
            "## Firm profile",
            "## Thesis",
            "## Archetypes",
            "## Operating model",
            "### Roles",
            "### Attribution",
            "### Deal registration",
            "### Tiers",
            "### Compensation",
            "### Tooling and timeline",
            "## Journey",
            "## Scoreboard",
            "## Candidates",
            "## Health findings",
        ] {
            assert!(md.contains(&format!("\n{heading}\n")), "missing {heading}");
        }
    }

    #[test]
    fn roles_tiers_metrics_and_candidates_are_tables() {
        let md = markdown_of(Template::SeriesBSaas);
        for header in [
            "| Role | Kind | Person |",
            "| Tier | Sourced deals a year |",
            "| Metric | Family | Kind | Owner |",
            "| Rank | Candidate |",
        ] {
            assert!(md.contains(header), "missing table {header}");
        }
    }

    #[test]
    fn a_blank_design_lists_its_critical_findings() {
        let md = markdown_of(Template::Blank);
        assert!(md.contains("Not ready to hire"));
        assert!(md.contains("### Critical"));
        assert!(md.contains("`archetypes.none`"));
    }

    #[test]
    fn markup_in_a_title_is_escaped() {
        let mut design =
            Template::Blank.design(chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap());
        design.title = "<img src=x onerror=alert(1)> | *bold*".to_owned();
        let md = to_markdown(&design, &analyse(&design));
        assert!(md.starts_with("# \\<img src=x onerror=alert(1)\\> \\| \\*bold\\*\n"));
        let escaped = md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\'));
        assert!(escaped, "every < is escaped");
    }
}
