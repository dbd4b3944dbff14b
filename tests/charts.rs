#![cfg(not(target_arch = "wasm32"))]
//! Every chart drawn natively to an SVG string, and read back: the bars, labels and lines it
//! drew, the threshold and payback marks where they belong, its message in words and its table.

#[path = "charts/designs.rs"]
mod designs;
#[path = "charts/svg.rs"]
mod svg;

use std::fs;
use std::path::Path;

use partner_blueprint::charts::words;
use partner_blueprint::charts::{
    AnyChart, Chart, CommissionsChart, EconomicsChart, ForecastChart, FunnelChart, Look, Palette,
    PathsChart, RankingChart, ReadinessChart, Rgb, SHOWN_CANDIDATES,
};
use partner_blueprint::domain::Design;
use partner_blueprint::domain::analysis::{Analysis, analyse};
use partner_blueprint::domain::archetypes::ArchetypeKind;
use partner_blueprint::domain::operating::{Role, RoleKind};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Id, Money, Percent, Recruits};
use rust_decimal::Decimal;
use svg::{bars, elements, segments, tagged, text_at, texts};
use words::float;

const WIDTH: u32 = 760;
const ACCENT: &str = "#1F4E79";
const CRITICAL: &str = "#A4161A";
const OK: &str = "#2D6A30";
const SECOND: &str = "#8A5A00";
const TEXT: &str = "#1B1F24";
const MUTED: &str = "#4F5965";

fn series_b() -> (Design, Analysis) {
    let design = designs::series_b();
    let analysis = analyse(&design);
    (design, analysis)
}

fn blank() -> (Design, Analysis) {
    let design = designs::template(Template::Blank);
    let analysis = analyse(&design);
    (design, analysis)
}

fn forecast_chart((design, analysis): &(Design, Analysis)) -> ForecastChart {
    ForecastChart::new(&analysis.forecast, design.firm.currency.code())
}

fn economics_chart((design, analysis): &(Design, Analysis)) -> EconomicsChart {
    EconomicsChart::new(&analysis.forecast, design.firm.currency.code())
}

fn has_text(svg: &str, words: &str) -> bool {
    texts(svg).iter().any(|t| t == words)
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1.5
}

// Readiness.

#[test]
fn readiness_draws_a_bar_per_mechanic_with_its_score_and_counts() {
    let (_, analysis) = series_b();
    let chart = ReadinessChart::new(&analysis.readiness);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    assert_eq!(bars(&all, OK).len(), 7, "seven mechanics, all clear");
    for name in [
        "Thesis",
        "Archetypes",
        "Operating model",
        "Journey",
        "Scoreboard",
        "Candidates",
        "Economics",
    ] {
        assert!(has_text(&svg, name), "{name} is labelled");
    }
    assert!(has_text(&svg, "100 · no critical, no warnings"));
    assert_eq!(
        chart.message(),
        "Overall readiness 100 / 100, ready to hire: no critical finding in any mechanic."
    );
}

#[test]
fn a_bars_words_end_before_the_charts_right_edge() {
    // Bold 12 px text takes about 0.55 em a character in a browser's sans-serif: the
    // longest words a ready mechanic gets, 30 characters, are about 200 px wide.
    let words = "100 · no critical, no warnings";
    let wide = words.chars().count() as f64 * 12.0 * 0.56;
    let (_, analysis) = series_b();
    let chart = ReadinessChart::new(&analysis.readiness);
    for width in [WIDTH, 900, 1200] {
        let svg = svg::draw(&chart, width);
        let (x, _) = text_at(&elements(&svg), words).expect("the words are drawn");
        assert!(
            x + wide <= f64::from(width),
            "at {width} px the words start at {x} and run past the edge"
        );
    }
}

#[test]
fn readiness_of_a_blank_design_outlines_unstarted_mechanics_and_is_not_ready() {
    let (_, analysis) = blank();
    let chart = ReadinessChart::new(&analysis.readiness);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    let outlines = tagged(&all, "rect")
        .into_iter()
        .filter(|r| r.attr("fill") == Some("none"))
        .count();
    assert_eq!(outlines, 7, "no mechanic is started");
    assert!(has_text(&svg, "not started · 3 critical, 3 warnings"));
    assert_eq!(
        chart.message(),
        "Overall readiness 0 / 100, not ready to hire: 14 critical findings to resolve, in \
         Thesis (3), Archetypes (1), Operating model (1), Journey (7), Scoreboard (1), \
         Economics (1). Lowest: Thesis at 0 / 100."
    );
    let table = chart.table();
    assert_eq!(table.rows.len(), 7);
    assert_eq!(table.cell(3, 0), Some("Journey"));
    assert_eq!(table.cell(3, 2), Some("7"));
}

// Forecast.

#[test]
fn the_forecast_draws_a_bar_per_quarter_the_share_line_and_the_three_floors() {
    let design = series_b();
    let chart = forecast_chart(&design);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    let with_pipeline = design
        .1
        .forecast
        .quarters
        .iter()
        .filter(|q| !q.pipeline.is_zero())
        .count();
    // 002's first joint-sourced opportunity comes eight weeks after the hire: in quarter 1.
    assert_eq!(with_pipeline, 12, "every quarter has partner pipeline");
    // Two pools, stacked in the legend's order: the first pool's part in the accent colour at
    // the bottom, the second's on top of it, each as tall as its pipeline.
    let forecast = &design.1.forecast;
    assert_eq!(forecast.quarters[0].pools.len(), 2);
    let (first, second) = (bars(&all, ACCENT), bars(&all, SECOND));
    assert_eq!(
        (first.len(), second.len()),
        (with_pipeline + 1, with_pipeline + 1),
        "a part per pool per quarter with pipeline, and the legend's keys"
    );
    for pool in &forecast.quarters[0].pools {
        assert!(has_text(&svg, &format!("{} pipeline", pool.kind.label())));
    }
    // Skip the legend's keys (drawn first); pair each quarter's two parts.
    // Pixels per unit of money, from the last (tallest) quarter's first part.
    let last = forecast.quarters.len();
    let scale = first[last].num("height") / float(forecast.quarters[last - 1].pools[0].pipeline);
    for (i, q) in forecast.quarters.iter().enumerate() {
        let (low, high) = (first[i + 1], second[i + 1]);
        assert!(
            near(high.num("y") + high.num("height"), low.num("y")),
            "Q{}: the second pool's part sits on the first's",
            q.quarter
        );
        assert!(
            near(low.num("x"), high.num("x")),
            "Q{}: one column",
            q.quarter
        );
        for (bar, pool) in [(low, 0), (high, 1)] {
            let expected = float(q.pools[pool].pipeline) * scale;
            assert!(
                near(bar.num("height"), expected),
                "Q{} pool {pool}: {} tall, {expected} expected",
                q.quarter,
                bar.num("height")
            );
        }
    }
    for q in 1..=12 {
        assert!(has_text(&svg, &format!("Q{q}")), "Q{q} is labelled");
    }
    let line = tagged(&all, "polyline")
        .into_iter()
        .find(|p| p.attr("stroke") == Some(TEXT) && p.points().len() == 12)
        .expect("the share line through twelve quarters");
    let xs: Vec<f64> = line.points().iter().map(|p| p.0).collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "left to right");

    // The floors: dashes at 15, 25 and 35 % on the share axis, placed from its labels.
    let labels: Vec<(f64, f64)> = (0..=10)
        .filter_map(|step| {
            let percent = f64::from(step * 10);
            text_at(&all, &format!("{percent} %")).map(|(_, y)| (percent, y))
        })
        .collect();
    let [(p0, y0), (p1, y1), ..] = labels[..] else {
        panic!("the share axis has two labels at least: {labels:?}");
    };
    let y_of = |percent: f64| y0 + (percent - p0) * (y1 - y0) / (p1 - p0);
    let floor_ys: Vec<f64> = segments(&all, CRITICAL)
        .into_iter()
        .filter(|(_, y1, _, y2)| y1 == y2)
        .map(|(_, y, _, _)| y)
        .collect();
    for floor in [15.0, 25.0, 35.0] {
        assert!(
            floor_ys.iter().any(|y| near(*y, y_of(floor))),
            "the {floor} % floor"
        );
    }
}

#[test]
fn the_forecast_says_each_years_share_against_its_floor() {
    let chart = forecast_chart(&series_b());
    assert_eq!(
        chart.message(),
        "Sourced share reaches 15.8 % in year one, above the 15 % floor; 36.8 % in year two, \
         above the 25 % floor; 44.6 % in year three, above the 35 % floor. Partner-sourced \
         pipeline peaks at USD 14.5M in quarter 12. Of the partner pipeline: Managed \
         service provider (MSP) 40.7 %, Systems integrator (SI) 59.3 %."
    );
    let (mut design, _) = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(4)];
    let analysis = analyse(&design);
    let year_two = analysis.forecast.year(2).expect("a second year");
    assert!(year_two.sourced_share < year_two.floor.value());
    let message = forecast_chart(&(design, analysis.clone())).message();
    let expected = format!(
        "{} in year two, below the 25 % floor",
        words::percent_short(year_two.sourced_share)
    );
    assert!(message.contains(&expected), "{message}");
}

#[test]
fn the_forecast_table_lists_the_engines_quarters_then_its_years() {
    let (design, analysis) = series_b();
    let table = forecast_chart(&(design, analysis.clone())).table();
    assert_eq!(table.rows.len(), 12 + 3);
    let q2 = &analysis.forecast.quarters[1];
    assert_eq!(table.cell(1, 0), Some("Q2"));
    assert_eq!(table.cell(1, 2), Some("1,035,308.29"));
    assert_eq!(table.cell(1, 4), Some("9.79 %"));
    assert_eq!(table.cell(1, 2), Some(words::money(q2.pipeline).as_str()));
    assert_eq!(table.cell(13, 0), Some("Year 2"));
    assert_eq!(table.cell(13, 4), Some("36.83 %"));
    assert_eq!(table.cell(13, 5), Some("25 % (met)"));
    // Each chosen archetype's part of the pipeline, in catalogue order, adding up to it.
    assert_eq!(
        table.head[6..],
        [
            "Of which Managed service provider (MSP) (USD)",
            "Of which Systems integrator (SI) (USD)"
        ]
        .map(String::from)
    );
    for (row, q) in analysis.forecast.quarters.iter().enumerate() {
        let parts: Decimal = q.pools.iter().map(|p| p.pipeline).sum();
        assert_eq!(parts, q.pipeline, "Q{}", q.quarter);
        assert_eq!(
            table.cell(row, 6),
            Some(words::money(q.pools[0].pipeline).as_str())
        );
    }
}

#[test]
fn a_forecast_without_pipeline_says_so_and_draws_no_bars() {
    let chart = forecast_chart(&blank());
    let svg = svg::draw(&chart, WIDTH);
    assert_eq!(
        bars(&elements(&svg), ACCENT).len(),
        1,
        "only the legend's key"
    );
    assert!(
        chart
            .message()
            .starts_with("The forecast has no partner-sourced pipeline yet")
    );
}

// Funnel.

#[test]
fn the_funnel_draws_five_stages_with_their_counts_and_money() {
    let (design, analysis) = series_b();
    let funnel = analysis.forecast.funnel();
    let chart = FunnelChart::new(funnel.clone(), design.firm.currency.code());
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    // Two pools: every stage's bar split into the two pools' parts, in the legend's colours,
    // each part as long as the pool's share of the stage.
    assert_eq!(funnel.pools.len(), 2);
    for pool in &funnel.pools {
        assert!(
            has_text(&svg, pool.kind.label()),
            "the legend names {:?}",
            pool.kind
        );
    }
    let (first, second) = (bars(&all, ACCENT), bars(&all, SECOND));
    assert_eq!(
        (first.len(), second.len()),
        (6, 6),
        "five parts and a key each"
    );
    assert!(
        bars(&all, OK).is_empty(),
        "the pools' colours, not the stages'"
    );
    let recruited = [first[1], second[1]];
    let whole = recruited[0].num("width") + recruited[1].num("width");
    for (bar, pool) in recruited.iter().zip(&funnel.pools) {
        let share = float(pool.recruited) / float(funnel.recruited);
        assert!(
            near(bar.num("width"), whole * share),
            "{:?}: {} of {whole} wide for a share of {share}",
            pool.kind,
            bar.num("width")
        );
    }
    assert!(
        near(
            recruited[0].num("x") + recruited[0].num("width"),
            recruited[1].num("x")
        ),
        "the second part follows the first"
    );
    for stage in [
        "Recruited",
        "Active in Q12",
        "Registered",
        "Pipeline",
        "Closed-won",
    ] {
        assert!(has_text(&svg, stage), "{stage}");
    }
    assert!(has_text(&svg, "224 partners"));
    assert!(has_text(&svg, "294.1 deals · USD 23.5M"));
    assert_eq!(
        chart.message(),
        "Over 12 quarters, 224 partners are recruited and 85 are active in quarter 12; they \
         register 1,552.2 deals, 1,086.5 become pipeline worth USD 86.9M, and 294.1 close, \
         worth USD 23.5M."
    );
    let table = chart.table();
    assert_eq!(table.cell(3, 0), Some("Pipeline"));
    assert_eq!(
        table.cell(3, 3),
        Some(words::money(funnel.pipeline).as_str())
    );
    assert_eq!(
        table.cell(4, 1),
        Some(words::count(funnel.closed_won_deals).as_str())
    );
    // A column per chosen archetype with its part of each stage.
    assert_eq!(
        table.head[4..],
        [
            "Of which Managed service provider (MSP)",
            "Of which Systems integrator (SI)"
        ]
        .map(String::from)
    );
    let recruited: Decimal = funnel.pools.iter().map(|p| p.recruited).sum();
    assert_eq!(recruited, funnel.recruited);
    assert_eq!(
        table.cell(0, 5),
        Some(words::count(funnel.pools[1].recruited).as_str())
    );
}

// Economics.

#[test]
fn economics_marks_the_payback_quarter_and_shows_the_ratio() {
    let chart = economics_chart(&series_b());
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    assert!(has_text(&svg, "Payback Q4"));
    assert!(has_text(&svg, "Revenue to cost 5 to 1 (target 5 to 1)"));
    let (q4, _) = text_at(&all, "Q4").expect("Q4 on the axis");
    let marker = segments(&all, OK)
        .into_iter()
        .filter(|(x1, _, x2, _)| x1 == x2 && near(*x1, q4))
        .count();
    assert!(marker > 3, "a dashed line at Q4");
    let revenue = tagged(&all, "polyline")
        .into_iter()
        .find(|p| p.attr("stroke") == Some(ACCENT) && p.points().len() == 12);
    assert!(revenue.is_some(), "cumulative revenue over twelve quarters");
    assert_eq!(
        chart.message(),
        "Over 12 quarters the program costs USD 6.4M and partners bring USD 32.4M in revenue, \
         5 to 1, at or above the 5 to 1 target; it pays back in quarter 4."
    );
    let table = chart.table();
    assert_eq!(table.cell(3, 0), Some("Q4 (payback)"));
}

#[test]
fn economics_without_revenue_never_pays_back() {
    let quiet = economics_chart(&blank());
    assert!(
        !texts(&svg::draw(&quiet, WIDTH))
            .iter()
            .any(|t| t.starts_with("Payback Q"))
    );
    assert_eq!(
        quiet.message(),
        "Over 12 quarters the forecast has neither program cost nor partner revenue yet."
    );
    let (mut design, _) = blank();
    design.operating.roles.push(Role {
        id: Id::new("partner-manager").expect("an id"),
        title: "Partner manager".to_owned(),
        kind: RoleKind::PartnerManager,
        person: String::new(),
        time_share: Percent::whole(100),
        annual_cost: Money::whole(120_000),
        starts: None,
        owns_metric: None,
        accountabilities: Vec::new(),
    });
    let analysis = analyse(&design);
    let message = economics_chart(&(design, analysis)).message();
    assert!(
        message.contains("does not pay back within 12 quarters"),
        "{message}"
    );
}

// Paths.

#[test]
fn the_paths_mark_every_milestone_in_date_order_and_the_pipeline_lost() {
    let (design, _) = series_b();
    let chart = PathsChart::of(&design);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    let diamonds: Vec<_> = tagged(&all, "polygon")
        .into_iter()
        .filter(|p| p.points().len() == 4)
        .collect();
    assert_eq!(
        diamonds.len(),
        5 + 1,
        "path A's five milestones and path B's hire"
    );
    let path_a: Vec<f64> = diamonds
        .iter()
        .filter(|d| d.attr("fill") == Some(ACCENT))
        .map(|d| d.points()[0].0)
        .collect();
    assert!(path_a.windows(2).all(|w| w[0] <= w[1]), "in date order");
    for label in [
        "Path A: design first",
        "Path B: hire first",
        "Kickoff",
        "Design complete · wk 6",
        "Hire · wk 8",
        "First opportunity · wk 16",
        "First closed-won · month 6",
        "Hire · wk 1",
        "The hire's design · months 5–7",
        "First closed-won · months 9–11",
        "3 to 5 months of pipeline lost",
        "Jan 2026",
    ] {
        assert!(has_text(&svg, label), "{label}");
    }
    assert_eq!(
        chart.message(),
        "Designing first brings the first partner-sourced closed-won deal on 20 Jul 2026 \
         (month 6), after 6 weeks of design; hiring first brings it between 30 Oct 2026 and \
         30 Dec 2026 (months 9 to 11): 3 to 5 months of pipeline lost by hiring first."
    );
    let table = chart.table();
    assert_eq!(table.rows.len(), 10);
    assert_eq!(table.cell(2, 0), Some("Partnerships hire starts"));
    assert_eq!(table.cell(2, 2), Some("23 Feb 2026"));
    assert_eq!(table.cell(2, 3), Some("8"));
}

// Ranking.

#[test]
fn two_hundred_candidates_show_the_top_ones_with_a_note_and_the_table_lists_all() {
    let design = designs::large();
    let chart = RankingChart::new(&analyse(&design).ranking);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    let drawn = bars(&all, ACCENT).len() + bars(&all, CRITICAL).len() + bars(&all, MUTED).len();
    assert_eq!(drawn, SHOWN_CANDIDATES);
    assert!(has_text(
        &svg,
        "Showing the top 25 of 200 candidates; the table lists every one."
    ));
    assert!(
        chart.height(WIDTH) < 25 * 24 + 120,
        "the height stays readable"
    );
    assert_eq!(chart.table().rows.len(), 200);
    assert!(
        chart
            .message()
            .starts_with("200 candidates scored against a pass threshold")
    );
    assert!(
        chart
            .message()
            .ends_with("The chart shows the top 25; the table lists every one.")
    );
}

#[test]
fn the_threshold_line_sits_at_the_pass_threshold_and_red_flags_are_marked() {
    let (_, analysis) = series_b();
    let chart = RankingChart::new(&analysis.ranking);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    let (x50, _) = text_at(&all, "50").expect("the score axis");
    let (x75, _) = text_at(&all, "75").expect("the score axis");
    let expected = x50 + (x75 - x50) * (70.0 - 50.0) / 25.0;
    let threshold: Vec<_> = segments(&all, CRITICAL)
        .into_iter()
        .filter(|(x1, _, x2, _)| x1 == x2)
        .collect();
    assert!(threshold.len() > 3, "a dashed line");
    assert!(threshold.iter().all(|(x, ..)| near(*x, expected)), "at 70");
    assert!(has_text(&svg, "Pass threshold 70"));

    let flagged = analysis
        .ranking
        .ranked
        .iter()
        .filter(|c| !c.red_flags.is_empty())
        .count();
    let triangles = tagged(&all, "polygon")
        .into_iter()
        .filter(|p| p.points().len() == 3 && p.attr("fill") == Some(CRITICAL))
        .count();
    assert_eq!(triangles, flagged);
    assert!(has_text(&svg, "2 red flags"));
    assert!(has_text(&svg, "1. Northbeam Consulting"));
    assert!(has_text(&svg, "90 · launch set"));
}

#[test]
fn no_candidates_draws_a_message_instead_of_bars() {
    let (_, analysis) = blank();
    let chart = RankingChart::new(&analysis.ranking);
    let svg = svg::draw(&chart, WIDTH);
    assert!(has_text(&svg, "No candidates yet."));
    assert!(
        has_text(&svg, "Pass threshold 70"),
        "the scale and the bar are drawn"
    );
    assert_eq!(chart.message(), "No candidates scored yet.");
}

// Commissions.

#[test]
fn commissions_draw_a_bar_per_model_and_per_tier_with_the_chosen_model_marked() {
    let (design, _) = series_b();
    let chart = CommissionsChart::of(&design);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    assert_eq!(bars(&all, ACCENT).len(), 1, "the chosen model");
    assert_eq!(bars(&all, MUTED).len(), 5, "the other models");
    assert_eq!(bars(&all, SECOND).len(), 2, "the two tiers");
    assert!(has_text(&svg, "USD 8K · chosen"));
    assert!(has_text(&svg, "Tier: Certified"));
    assert_eq!(
        chart.message(),
        "On a sample deal of USD 80,000, the chosen model, by involvement, pays USD 8,000; \
         across the 6 models a partner earns from USD 500 (flat fee) to USD 32,000 (revenue \
         split). By tier: Registered USD 8,000, Certified USD 12,000."
    );
    let table = chart.table();
    assert_eq!(table.cell(3, 1), Some("model (chosen)"));
    assert_eq!(table.cell(7, 2), Some("15 %"));
    assert_eq!(table.cell(7, 3), Some("12,000"));
}

// The look.

#[test]
fn a_chart_drawn_at_twice_the_pixel_ratio_is_twice_the_size_with_the_same_marks() {
    let chart = forecast_chart(&series_b());
    let double = Look {
        scale: 2.0,
        ..Look::default()
    };
    let one = elements(&svg::draw(&chart, WIDTH));
    let two = elements(&svg::draw_with(&chart, WIDTH, &double));
    let size = |all: &[svg::Element]| {
        let root = all.iter().find(|e| e.tag == "svg").expect("an svg root");
        (root.num("width"), root.num("height"))
    };
    assert_eq!(size(&two).0, 2.0 * size(&one).0);
    assert_eq!(size(&two).1, 2.0 * size(&one).1);
    assert_eq!(bars(&two, ACCENT).len(), bars(&one, ACCENT).len());
    let font = |all: &[svg::Element]| {
        all.iter()
            .find(|e| e.tag == "text")
            .map(|e| e.num("font-size"))
            .unwrap_or_default()
    };
    assert!(near(font(&two), 2.0 * font(&one)), "text scales too");
}

#[test]
fn a_chart_draws_in_the_colours_of_the_theme_it_is_given() {
    let dark = Palette::from_lookup(|name| {
        Some(
            match name {
                "--text" => "#e8ecf1",
                "--accent" => "#8cc3f5",
                "--critical" => "#ff8a8d",
                _ => "#a9b4c0",
            }
            .to_owned(),
        )
    });
    assert_eq!(dark.accent, Rgb(0x8c, 0xc3, 0xf5));
    let look = Look {
        palette: dark,
        scale: 1.0,
    };
    let svg = svg::draw_with(&forecast_chart(&series_b()), WIDTH, &look);
    assert!(!svg.contains(ACCENT), "no light-theme accent left");
    assert_eq!(bars(&elements(&svg), "#8CC3F5").len(), 12 + 1);
}

#[test]
fn every_chart_names_itself_and_captions_its_table() {
    let (design, analysis) = series_b();
    let charts = AnyChart::all_of(&design, &analysis);
    let mut unique: Vec<&str> = charts.iter().map(|c| c.name()).collect();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 7);
    let mut titles: Vec<&str> = charts.iter().map(|c| c.title()).collect();
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), 7);
    // Any chart names, says, tables and draws as the chart inside it does.
    for chart in &charts {
        assert!(!chart.message().is_empty());
        assert!(!chart.table().caption.is_empty());
        assert!(!svg::draw(chart, WIDTH).is_empty());
    }
}

// Purity.

/// The charts draw on any backend and never reach for the browser or the UI.
#[test]
fn chart_code_uses_no_browser_or_ui_crate() {
    let forbidden = [
        "leptos",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "plotters_canvas",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("charts.rs")];
    for entry in fs::read_dir(root.join("charts")).expect("src/charts") {
        files.push(entry.expect("an entry").path());
    }
    let mut offences = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("a source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if forbidden.contains(&word) {
                    offences.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}

// Robustness.

/// Every chart of a design, drawn at `width`.
fn draw_all(design: &Design, width: u32, look: &Look) {
    let analysis = analyse(design);
    let currency = design.firm.currency.code();
    svg::draw_with(&ReadinessChart::new(&analysis.readiness), width, look);
    svg::draw_with(
        &ForecastChart::new(&analysis.forecast, currency),
        width,
        look,
    );
    svg::draw_with(
        &FunnelChart::new(analysis.forecast.funnel(), currency),
        width,
        look,
    );
    svg::draw_with(
        &EconomicsChart::new(&analysis.forecast, currency),
        width,
        look,
    );
    svg::draw_with(&PathsChart::of(design), width, look);
    svg::draw_with(&RankingChart::new(&analysis.ranking), width, look);
    svg::draw_with(&CommissionsChart::of(design), width, look);
}

#[test]
fn every_chart_draws_at_any_width_and_pixel_ratio_without_panicking() {
    let designs = [
        designs::template(Template::Blank),
        designs::template(Template::SeriesBSaas),
        designs::template(Template::ServicesFirm),
        designs::large(),
    ];
    for design in &designs {
        for width in [1, 24, 80, 200, 360, 1920] {
            for scale in [1.0, 1.5, 2.0, 3.0] {
                let look = Look {
                    scale,
                    ..Look::default()
                };
                draw_all(design, width, &look);
            }
        }
    }
}

#[test]
fn the_forecast_of_a_blank_design_with_firm_figures_reads_as_the_browser_test_expects() {
    // tests/e2e/charts.test.mjs types these two figures into the blank design's firm profile.
    let mut design = designs::template(Template::Blank);
    design.firm.average_deal_size = Money::whole(50_000);
    design.firm.direct_pipeline_per_quarter = Money::whole(1_000_000);
    // A forecast needs an archetype: referral partners, with the catalogue's pool.
    design
        .archetypes
        .get_mut(ArchetypeKind::Referral)
        .expect("in the catalogue")
        .chosen = true;
    let analysis = analyse(&design);
    let chart = forecast_chart(&(design, analysis));
    let table = chart.table();
    // The blank journey's first deal comes 120 days (four months) after recruiting starts, on
    // two recruits a month in quarter 1. Quarter 2 (months 4–6): 0.6 partners active from
    // month 5 (2 × 30 %), 0.6 × (1 − 2 % / 3) + 0.6 = 1.196 in month 6; a third of a deal each
    // a month: 0.59867 registered, half qualified, × 50,000 = 14,966.67.
    assert_eq!(
        table.rows[1][2..],
        ["14,966.67", "1,000,000", "1.47 %", "15 %", "14,966.67"].map(String::from)
    );
    assert_eq!(table.head[6], "Of which Referral partner (USD)");
    assert_eq!(table.cell(12, 5), Some("15 % (not met)"));
    assert!(
        chart
            .message()
            .starts_with("Sourced share reaches 3.1 % in year one, below the 15 % floor;"),
        "{}",
        chart.message()
    );
}

// Narrow charts.

#[test]
fn a_narrow_chart_stacks_each_name_over_a_bar_as_wide_as_the_chart() {
    let (_, analysis) = series_b();
    let chart = ReadinessChart::new(&analysis.readiness);
    let svg = svg::draw(&chart, 300);
    let all = elements(&svg);
    let full = bars(&all, OK);
    assert_eq!(full.len(), 7);
    assert!(
        full.iter().all(|b| b.num("width") >= 280.0),
        "a score of 100 spans the chart"
    );
    assert!(has_text(&svg, "Thesis"));
    assert!(has_text(&svg, "100 · no critical, no warnings"));
    assert!(
        chart.height(300) > chart.height(WIDTH),
        "stacked rows are taller"
    );
}

#[test]
fn a_narrow_timeline_numbers_its_milestones_and_names_them_in_a_key() {
    let (design, _) = series_b();
    let chart = PathsChart::of(&design);
    let svg = svg::draw(&chart, 300);
    for n in 1..=7 {
        assert!(has_text(&svg, &n.to_string()), "milestone {n}");
    }
    for words in ["Kickoff", "Hire · wk 8", "First closed-won · months 9–11"] {
        assert!(has_text(&svg, words), "{words} in the key");
    }
    assert!(chart.height(300) > chart.height(WIDTH));
}

#[test]
fn a_narrow_ranking_wraps_its_note() {
    let chart = RankingChart::new(&analyse(&designs::large()).ranking);
    let svg = svg::draw(&chart, 300);
    let note: Vec<String> = texts(&svg)
        .into_iter()
        .skip_while(|t| !t.starts_with("Showing the top"))
        .collect();
    assert!(note.len() > 1, "the note takes several lines");
    assert_eq!(
        note.join(" "),
        "Showing the top 25 of 200 candidates; the table lists every one."
    );
}

// The board pack's pictures.

#[test]
fn every_chart_of_the_board_pack_draws_to_svg_with_its_marks() {
    let (design, analysis) = series_b();
    let mut charts: Vec<AnyChart> = AnyChart::all_of(&design, &analysis).to_vec();
    charts.extend(
        partner_blueprint::charts::ChartKind::DECISION
            .map(|kind| AnyChart::of(kind, |f| f(&design), |f| f(&analysis, "USD"))),
    );
    for chart in charts {
        let svg = partner_blueprint::charts::svg::to_svg(&chart, WIDTH, &Look::default());
        assert!(svg.starts_with("<svg"), "{}: {svg:.40}", chart.name());
        let drawn = elements(&svg).iter().filter(|e| e.tag != "svg").count();
        assert!(drawn > 10, "{} draws only {drawn} elements", chart.name());
        let url = partner_blueprint::charts::svg::data_url(&svg);
        assert!(!url.contains(['"', '#', '<', ' ']), "{}", chart.name());
    }
}
