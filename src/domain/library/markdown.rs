//! The design as a Markdown document that reads well pasted into a wiki or a doc, in the board
//! pack's outline: the summary, a heading per mechanic with its tables, and the findings with
//! their sources. What it says comes from `domain::brief`, as the board pack's does; this module
//! only lays it out. User text is escaped, so markup in it shows as text wherever the document is
//! pasted.

mod escape;

use std::fmt::Write;

use crate::domain::Design;
use crate::domain::analysis::Analysis;
use crate::domain::brief::{Block, Chapter, Sheet, Summary, appendix, chapters, summarise};

use escape::text;

/// The design and its analysis as Markdown: the title, the summary, the design's chapters in
/// order, and the findings with their sources as the appendix.
pub fn to_markdown(design: &Design, analysis: &Analysis) -> String {
    let mut md = String::new();
    let title = if design.title.trim().is_empty() {
        "Untitled design".to_owned()
    } else {
        text(design.title.trim(), true)
    };
    let _ = writeln!(md, "# {title}\n");
    let summary = summarise(design, analysis);
    let _ = writeln!(
        md,
        "Partner program design. **Readiness {} / 100.** {}\n",
        summary.verdict.score,
        summary.verdict.sentence()
    );
    write_summary(&mut md, &summary);
    for chapter in chapters(design, analysis) {
        write_chapter(&mut md, &chapter);
    }
    findings(&mut md, analysis);
    md
}

/// The summary: each group of facts as a table with the facts' sources.
fn write_summary(md: &mut String, summary: &Summary) {
    md.push_str("## Summary\n\n");
    for (heading, facts) in &summary.groups {
        let _ = writeln!(md, "**{heading}**\n");
        let mut sheet = Sheet::new(&["", "", "Source"]);
        for f in facts {
            sheet.row(vec![f.label.clone(), f.value.clone(), f.source.clone()]);
        }
        write_table(md, &sheet);
    }
}

fn write_chapter(md: &mut String, chapter: &Chapter) {
    let _ = writeln!(md, "## {}\n", chapter.title);
    for part in &chapter.parts {
        if let Some(heading) = &part.heading {
            let _ = writeln!(md, "### {}\n", text(heading, true));
        }
        for block in &part.blocks {
            match block {
                Block::Table(sheet) => write_table(md, sheet),
                Block::Facts(lines) => {
                    for (label, value) in lines {
                        let _ = writeln!(md, "- **{label}:** {}", text(value, true));
                    }
                    md.push('\n');
                }
                Block::Note(note) => {
                    let _ = writeln!(md, "*{}*\n", text(note, true));
                }
            }
        }
    }
}

/// A table, every cell escaped.
fn write_table(md: &mut String, sheet: &Sheet) {
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let escaped = |cells: &[String]| cells.iter().map(|c| text(c, true)).collect::<Vec<_>>();
    md.push_str(&line(escaped(&sheet.head)));
    md.push_str(&line(vec!["---".to_owned(); sheet.head.len()]));
    for row in &sheet.rows {
        md.push_str(&line(escaped(row)));
    }
    md.push('\n');
}

fn findings(md: &mut String, analysis: &Analysis) {
    md.push_str("## Appendix: findings and their sources\n\n");
    let groups = appendix(analysis);
    if groups.is_empty() {
        md.push_str("No findings: nothing in the design breaks a known rule.\n");
        return;
    }
    for (severity, of) in groups {
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
            "## Summary",
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
            "## Appendix: findings and their sources",
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
