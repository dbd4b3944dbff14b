#![cfg(not(target_arch = "wasm32"))]
//! The brief of the Series B template: its summary names the verdict, the three share floors,
//! the three economics figures and the two paths' dates, each with a source; its chapters follow
//! the blueprint's order.

use partner_blueprint::domain::analysis::analyse;
use partner_blueprint::domain::brief::{Fact, chapters, summarise};
use partner_blueprint::domain::catalogue::SHARE_FLOORS;
use partner_blueprint::domain::templates::Template;

fn kickoff() -> chrono::NaiveDate {
    // 002's worked example: a Monday kickoff on 4 January 2027.
    chrono::NaiveDate::from_ymd_opt(2027, 1, 4).expect("a date")
}

fn group<'a>(groups: &'a [(&'static str, Vec<Fact>)], heading: &str) -> &'a [Fact] {
    groups
        .iter()
        .find(|(h, _)| *h == heading)
        .map(|(_, facts)| facts.as_slice())
        .unwrap_or_else(|| panic!("no group {heading}"))
}

#[test]
fn the_series_b_summary_names_verdict_floors_economics_and_both_dates() {
    let design = Template::SeriesBSaas.design(kickoff());
    let analysis = analyse(&design);
    let summary = summarise(&design, &analysis);
    let all: Vec<&Fact> = summary.groups.iter().flat_map(|(_, f)| f).collect();
    assert!(
        all.iter().all(|f| !f.source.is_empty()),
        "every fact has a source"
    );

    let readiness = group(&summary.groups, "Readiness");
    assert_eq!(
        readiness[0].value,
        format!("{} / 100", analysis.readiness.overall)
    );
    assert!(readiness[1].value.contains("eady to hire"), "{readiness:?}");

    let shares = group(&summary.groups, "Partner-sourced share of new pipeline");
    assert_eq!(shares.len(), 3);
    for (fact, floor) in shares.iter().zip(SHARE_FLOORS) {
        assert!(
            fact.value.contains(&format!("the {floor} % floor")),
            "{fact:?}"
        );
    }

    let economics = group(&summary.groups, "Economics");
    let labels: Vec<&str> = economics.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Revenue to cost by year three",
            "Net return on the program",
            "Payback"
        ]
    );
    assert!(economics[0].value.contains(": 1"), "{:?}", economics[0]);
    assert!(economics[0].source.contains("001"));
    assert!(economics[1].source.contains("004"));

    let paths = group(&summary.groups, "Design first or hire first");
    // 002: first closed-won in July 2027 designing first, October to December hiring first.
    assert!(paths[0].value.contains("Jul 2027"), "{:?}", paths[0]);
    assert!(paths[1].value.contains("Oct 2027"), "{:?}", paths[1]);
    assert!(paths[1].value.contains("Dec 2027"), "{:?}", paths[1]);
}

#[test]
fn a_blank_design_is_not_ready_and_says_what_blocks_it() {
    let design = Template::Blank.design(kickoff());
    let summary = summarise(&design, &analyse(&design));
    assert!(!summary.verdict.ready);
    let blocked = summary.verdict.blocked_by().expect("something blocks it");
    assert!(blocked.contains("archetypes.none"), "{blocked}");
}

#[test]
fn the_chapters_follow_the_blueprints_order() {
    let design = Template::SeriesBSaas.design(kickoff());
    let titles: Vec<&str> = chapters(&design, &analyse(&design))
        .iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(
        &titles[..8],
        [
            "Firm profile",
            "Thesis",
            "Archetypes",
            "Operating model",
            "Journey",
            "Scoreboard",
            "Forecast",
            "Candidates"
        ]
    );
}

#[test]
fn a_decision_closes_its_mechanics_chapter_in_the_brief_and_the_markdown() {
    use partner_blueprint::domain::Mechanic;
    use partner_blueprint::domain::library::to_markdown;
    use partner_blueprint::domain::values::PlanDate;

    let mut design = Template::SeriesBSaas.design(kickoff());
    let quiet = chapters(&design, &analyse(&design));
    assert!(
        quiet
            .iter()
            .flat_map(|c| &c.parts)
            .all(|p| p.heading.as_deref() != Some("Decisions")),
        "no log, no Decisions part"
    );
    let date = PlanDate::new(kickoff()).expect("a plan date");
    design
        .add_decision(
            Mechanic::Journey,
            "Onboard in 30 days",
            "30 or 60 days",
            "Dana | CRO",
            date,
        )
        .expect("a decision");
    let analysis = analyse(&design);
    let all = chapters(&design, &analysis);
    let with_log: Vec<&str> = all
        .iter()
        .filter(|c| {
            c.parts
                .iter()
                .any(|p| p.heading.as_deref() == Some("Decisions"))
        })
        .map(|c| c.title)
        .collect();
    assert_eq!(
        with_log,
        ["Journey"],
        "only the journey's chapter has a log"
    );
    let md = to_markdown(&design, &analysis);
    let journey = md.find("## Journey").expect("a Journey chapter");
    let log = md.find("| Onboard in 30 days | 30 or 60 days | Dana \\| CRO | 4 Jan 2027 |");
    assert!(
        log.is_some_and(|at| at > journey),
        "the decision is a row of the journey's chapter:\n{md}"
    );
}
