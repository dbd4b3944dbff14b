#![cfg(not(target_arch = "wasm32"))]
//! Decision support's charts drawn natively to an SVG string and read back: the tornado's rows
//! in the order of their swing around the design's own outcome, the scenarios' lines against
//! the floors, each chart's message and table, and every text inside the chart at any width.

#[path = "charts/svg.rs"]
mod svg;

use chrono::NaiveDate;
use partner_blueprint::charts::words;
use partner_blueprint::charts::{
    AnyChart, Chart, ChartKind, Look, Measure, ScenarioChart, TornadoChart,
};
use partner_blueprint::domain::Design;
use partner_blueprint::domain::analysis::analyse;
use partner_blueprint::domain::decision::{SHARE_YEAR, tornado};
use partner_blueprint::domain::forecast::{Forecast, forecast};
use partner_blueprint::domain::scenarios::{AS_DESIGNED, compare, effective, presets};
use partner_blueprint::domain::templates::Template;
use rust_decimal::Decimal;
use svg::{Element, bars, elements, segments, tagged, text_at, texts};
use words::float;

const WIDTH: u32 = 1000;
const ACCENT: &str = "#1F4E79";
const CRITICAL: &str = "#A4161A";
const OK: &str = "#2D6A30";
const SECOND: &str = "#8A5A00";
const TEXT: &str = "#1B1F24";

fn series_b() -> Design {
    let kickoff = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    Template::SeriesBSaas.design(kickoff)
}

/// Series B with its three presets, Ambitious active.
fn with_presets() -> Design {
    let mut design = series_b();
    let made = presets(&design, &forecast(&design));
    design.scenarios.active = Some(made[2].id.clone());
    design.scenarios.list = made;
    design
}

fn tornado_chart(design: &Design, measure: Measure) -> TornadoChart {
    let base = forecast(design);
    TornadoChart::new(&tornado(design, &base), &base, measure)
}

fn scenario_chart(design: &Design) -> ScenarioChart {
    ScenarioChart::new(&compare(design), &forecast(&effective(design)))
}

fn has_text(svg: &str, words: &str) -> bool {
    texts(svg).iter().any(|t| t == words)
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1.5
}

/// A figure to one decimal place, as the charts write it.
fn one_place(value: Decimal) -> String {
    words::grouped(value.round_dp(1))
}

/// The value axis read back from its labels (`"<number><unit>"`): the x of `value`.
fn x_on_axis(all: &[Element], unit: &str) -> impl Fn(f64) -> f64 {
    let labels: Vec<(f64, f64)> = tagged(all, "text")
        .into_iter()
        .filter_map(|t| {
            let number: f64 = t.text.strip_suffix(unit)?.parse().ok()?;
            Some((number, t.num("x")))
        })
        .collect();
    let [(v0, x0), (v1, x1), ..] = labels[..] else {
        panic!("the axis has two labels at least: {labels:?}");
    };
    move |value| x0 + (value - v0) * (x1 - x0) / (v1 - v0)
}

/// Where the name `name` is written: in full, or shortened with an ellipsis.
fn name_at(all: &[Element], name: &str) -> Option<(f64, f64)> {
    tagged(all, "text")
        .into_iter()
        .find(|t| {
            t.text == name
                || t.text
                    .strip_suffix('…')
                    .is_some_and(|start| name.starts_with(start))
        })
        .map(|t| (t.num("x"), t.num("y")))
}

/// The filled rectangles of `colours` that cross the horizontal line at `y`.
fn rects_at<'a>(all: &'a [Element], y: f64, colours: &[&str]) -> Vec<&'a Element> {
    colours
        .iter()
        .flat_map(|c| bars(all, c))
        .filter(|r| r.num("y") <= y && y <= r.num("y") + r.num("height"))
        .collect()
}

// The tornado.

#[test]
fn the_tornado_draws_a_row_per_assumption_widest_swing_at_the_top() {
    let design = series_b();
    let base = forecast(&design);
    let bars = tornado(&design, &base);
    assert!(bars.len() > 3, "Series B bands several assumptions");
    let chart = TornadoChart::new(&bars, &base, Measure::Share);
    assert_eq!(chart.rows.len(), bars.len());
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    let mut previous = f64::NEG_INFINITY;
    for (row, bar) in chart.rows.iter().zip(&bars) {
        assert_eq!(row.swing(), bar.share_swing(), "{}", row.name);
        let (_, y) = name_at(&all, &row.name).unwrap_or_else(|| panic!("{} is named", row.name));
        assert!(y > previous, "{} is drawn below the wider swings", row.name);
        previous = y;
        let (low, high) = (row.at_low.min(row.at_high), row.at_low.max(row.at_high));
        let range = format!("{} – {} %", one_place(low), one_place(high));
        let words = if one_place(low) == one_place(high) {
            format!("{} % either way", one_place(low))
        } else {
            range
        };
        assert!(has_text(&svg, &words), "{}: {words}", row.name);
    }
    assert!(
        chart.rows.windows(2).all(|w| w[0].swing() >= w[1].swing()),
        "widest first"
    );
    assert!(has_text(&svg, "At the band's low"));
    assert!(has_text(&svg, "At the band's high"));
}

#[test]
fn each_tornado_bar_runs_from_the_lower_outcome_to_the_higher_around_the_base_line() {
    let design = series_b();
    let chart = tornado_chart(&design, Measure::Share);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    let x_of = x_on_axis(&all, " %");
    let base = forecast(&design)
        .year(SHARE_YEAR)
        .expect("a year two")
        .sourced_share;
    assert_eq!(chart.base, Some(base));
    let (label, _) =
        text_at(&all, &format!("As designed {} %", one_place(base))).expect("the base is labelled");
    let line = segments(&all, TEXT)
        .into_iter()
        .find(|(x1, y1, x2, y2)| x1 == x2 && y2 - y1 > 40.0)
        .expect("a line down across the rows");
    assert!(
        near(line.0, x_of(float(base))),
        "the base line at {} for {base} %, {} expected",
        line.0,
        x_of(float(base))
    );
    assert!(near(label, line.0), "the label sits over the line");
    let top = &chart.rows[0];
    let (_, y) = name_at(&all, &top.name).expect("the top row is named");
    let parts = rects_at(&all, y, &[SECOND, ACCENT]);
    assert_eq!(parts.len(), 2, "a part toward each end of the band");
    let from = parts.iter().map(|r| r.num("x")).fold(f64::MAX, f64::min);
    let to = parts
        .iter()
        .map(|r| r.num("x") + r.num("width"))
        .fold(f64::MIN, f64::max);
    let (low, high) = (top.at_low.min(top.at_high), top.at_low.max(top.at_high));
    assert!(near(from, x_of(float(low))), "starts at {low}");
    assert!(near(to, x_of(float(high))), "ends at {high}");
    // The part toward the outcome at the band's low is in the low's colour.
    let low_part = parts
        .iter()
        .find(|r| r.attr("fill") == Some(SECOND))
        .expect("the band's low part");
    let low_x = if top.at_low < top.at_high {
        low_part.num("x")
    } else {
        low_part.num("x") + low_part.num("width")
    };
    assert!(
        near(low_x, x_of(float(top.at_low))),
        "the low part reaches the outcome at the low"
    );
}

#[test]
fn the_tornado_names_what_matters_most_and_tables_every_row() {
    let chart = tornado_chart(&series_b(), Measure::Share);
    let top = &chart.rows[0];
    let base = chart.base.expect("a year two");
    assert_eq!(
        chart.message(),
        format!(
            "{} matters most: year-2 sourced share runs from {} % to {} % across its published \
             band, against {} % as designed.",
            top.name,
            one_place(top.at_low.min(top.at_high)),
            one_place(top.at_low.max(top.at_high)),
            one_place(base)
        )
    );
    let table = chart.table();
    assert!(table.caption.contains("widest swing first"));
    assert_eq!(table.rows.len(), chart.rows.len());
    assert_eq!(table.head.len(), 6);
    for (i, row) in chart.rows.iter().enumerate() {
        assert_eq!(table.cell(i, 0), Some(row.name.as_str()));
        assert_eq!(table.cell(i, 1), Some(row.low_value.as_str()));
        assert_eq!(table.cell(i, 2), Some(words::percent(row.at_low).as_str()));
        assert_eq!(table.cell(i, 3), Some(row.high_value.as_str()));
        assert_eq!(table.cell(i, 4), Some(words::percent(row.at_high).as_str()));
        let swing = format!("{} points", words::grouped(row.swing()));
        assert_eq!(table.cell(i, 5), Some(swing.as_str()));
    }
}

#[test]
fn the_return_tornado_sorts_by_the_revenue_to_cost_swing_and_leaves_out_unmeasured_bars() {
    let design = series_b();
    let base = forecast(&design);
    let mut bars = tornado(&design, &base);
    let measured = bars
        .iter()
        .filter(|b| b.ratio.0.is_some() && b.ratio.1.is_some())
        .count();
    assert!(measured > 3, "Series B reaches a full year three");
    let chart = TornadoChart::new(&bars, &base, Measure::Return);
    assert_eq!(chart.rows.len(), measured);
    assert!(
        chart.rows.windows(2).all(|w| w[0].swing() >= w[1].swing()),
        "widest revenue-to-cost swing first"
    );
    let share = tornado_chart(&design, Measure::Share);
    let by_share: Vec<&str> = share
        .rows
        .iter()
        .map(|r| r.name.as_str())
        .filter(|name| chart.rows.iter().any(|c| c.name == *name))
        .collect();
    let by_ratio: Vec<&str> = chart.rows.iter().map(|r| r.name.as_str()).collect();
    assert_ne!(by_share, by_ratio, "the two measures rank differently here");
    // Whatever order the bars come in.
    bars.reverse();
    assert_eq!(TornadoChart::new(&bars, &base, Measure::Return), chart);
    let svg = svg::draw(&chart, WIDTH);
    let top = &chart.rows[0];
    let (low, high) = (top.at_low.min(top.at_high), top.at_low.max(top.at_high));
    assert!(has_text(
        &svg,
        &format!("{} – {} : 1", one_place(low), one_place(high))
    ));
    assert!(chart.message().starts_with(&format!(
        "{} matters most: year-3 revenue to cost runs from {} : 1",
        top.name,
        one_place(low)
    )));
    assert!(chart.message().contains("as designed"));
}

#[test]
fn a_tornado_with_nothing_banded_draws_its_message_instead_of_bars() {
    let base = forecast(&series_b());
    for measure in [Measure::Share, Measure::Return] {
        let chart = TornadoChart::new(&[], &base, measure);
        let message = chart.message();
        assert!(message.starts_with("Nothing banded to move"), "{message}");
        for width in [280, WIDTH] {
            let svg = svg::draw(&chart, width);
            assert_eq!(texts(&svg).join(" "), message, "at {width} px");
            assert!(
                tagged(&elements(&svg), "rect").is_empty(),
                "no bars at {width} px"
            );
        }
        let table = chart.table();
        assert!(!table.caption.is_empty());
        assert!(table.rows.is_empty());
    }
}

#[test]
fn a_narrow_tornado_stacks_each_name_over_its_bar() {
    let chart = tornado_chart(&series_b(), Measure::Share);
    let svg = svg::draw(&chart, 390);
    let all = elements(&svg);
    let top = &chart.rows[0];
    let (x, y) = name_at(&all, &top.name).expect("the top row is named");
    assert!(x < 20.0, "the name starts at the left edge");
    let under = tagged(&all, "rect")
        .into_iter()
        .filter(|r| [Some(SECOND), Some(ACCENT)].contains(&r.attr("fill")))
        .any(|r| r.num("y") > y && r.num("y") < y + 60.0);
    assert!(under, "the bar is under its name");
    assert!(chart.height(390) > chart.height(WIDTH));
}

// Scenarios.

#[test]
fn the_scenarios_draw_a_line_each_with_the_active_one_thicker() {
    let design = with_presets();
    let chart = scenario_chart(&design);
    let names: Vec<&str> = chart.headlines.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, [AS_DESIGNED, "Conservative", "Base", "Ambitious"]);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    for name in [AS_DESIGNED, "Conservative", "Base", "Ambitious (active)"] {
        assert!(has_text(&svg, name), "the legend names {name}");
    }
    assert!(!has_text(&svg, "Ambitious"), "the active one is marked");
    let quarters = chart.quarters.len();
    assert_eq!(quarters, 12);
    // As designed and Base: solid lines through every quarter, with dots.
    for colour in [TEXT, ACCENT] {
        let solid = tagged(&all, "polyline")
            .into_iter()
            .filter(|p| p.attr("stroke") == Some(colour) && p.points().len() == quarters)
            .count();
        assert_eq!(solid, 1, "one solid line in {colour}");
    }
    // Conservative and Ambitious: dashed, with a square at each quarter and in the legend.
    for colour in [SECOND, OK] {
        let squares = tagged(&all, "rect")
            .into_iter()
            .filter(|r| r.attr("fill") == Some(colour))
            .count();
        assert_eq!(squares, quarters + 1, "squares in {colour}");
        assert!(
            segments(&all, colour).len() > quarters,
            "dashes in {colour}"
        );
    }
    let width_of = |colour: &str| {
        tagged(&all, "polyline")
            .into_iter()
            .filter(|p| p.attr("stroke") == Some(colour) && p.points().len() == 2)
            .map(|p| p.num("stroke-width"))
            .fold(0.0, f64::max)
    };
    assert!(
        width_of(OK) > width_of(SECOND),
        "Ambitious, active, is drawn thicker than Conservative"
    );
    let labels: Vec<String> = (1..=12).map(|q| format!("Q{q}")).collect();
    for label in &labels {
        assert!(has_text(&svg, label), "{label} on the axis");
    }
}

#[test]
fn the_scenarios_draw_each_years_floor() {
    let chart = scenario_chart(&with_presets());
    let floors: Vec<f64> = chart.floors.iter().map(|(_, f)| float(*f)).collect();
    assert_eq!(floors, [15.0, 25.0, 35.0]);
    let svg = svg::draw(&chart, WIDTH);
    let all = elements(&svg);
    assert!(has_text(&svg, "Healthy floor (15 / 25 / 35 %)"));
    let labels: Vec<(f64, f64)> = tagged(&all, "text")
        .into_iter()
        .filter_map(|t| Some((t.text.strip_suffix(" %")?.parse().ok()?, t.num("y"))))
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
    for floor in floors {
        assert!(
            floor_ys.iter().any(|y| near(*y, y_of(floor))),
            "the {floor} % floor"
        );
    }
}

#[test]
fn the_scenarios_say_each_ones_year_two_share_and_table_every_one() {
    let design = with_presets();
    let chart = scenario_chart(&design);
    let headlines = compare(&design);
    let mut read: Vec<(String, Decimal)> = headlines
        .iter()
        .map(|h| {
            let name = if h.active {
                format!("{} (active)", h.name)
            } else {
                h.name.clone()
            };
            (name, h.shares[1].1)
        })
        .collect();
    read.sort_by_key(|r| r.1);
    let shares: Vec<String> = read
        .iter()
        .map(|(n, s)| format!("{n} {}", words::percent_short(*s)))
        .collect();
    let meeting = read.iter().filter(|(_, s)| *s >= Decimal::from(25)).count();
    assert_eq!(
        chart.message(),
        format!(
            "Year-2 sourced share: {}; the floor is 25 %, which {meeting} of 4 meet.",
            shares.join(", ")
        )
    );
    let table = chart.table();
    assert!(!table.caption.is_empty());
    assert_eq!(table.rows.len(), 4);
    assert_eq!(table.cell(0, 0), Some(AS_DESIGNED));
    assert_eq!(table.cell(3, 0), Some("Ambitious (active)"));
    for (i, h) in headlines.iter().enumerate() {
        for (year, (_, share)) in h.shares.iter().enumerate() {
            assert_eq!(
                table.cell(i, 1 + year),
                Some(words::percent(*share).as_str())
            );
        }
        assert_eq!(table.cell(i, 5), Some(words::money(h.revenue).as_str()));
        assert_eq!(table.cell(i, 6), Some(words::money(h.cost).as_str()));
    }
    assert!(
        table.cell(0, 4).is_some_and(|r| r.ends_with(" : 1")),
        "year three's revenue to cost"
    );
}

// Any chart.

#[test]
fn decision_charts_name_themselves_apart_from_the_analysis_charts() {
    let design = with_presets();
    let analysis = analyse(&design);
    let currency = design.firm.currency.code();
    let analysis_charts = AnyChart::all_of(&design, &analysis);
    assert_eq!(analysis_charts.len(), 7);
    let decision: Vec<AnyChart> = ChartKind::DECISION
        .iter()
        .map(|kind| AnyChart::of(*kind, |f| f(&design), |f| f(&analysis, currency)))
        .collect();
    let names: Vec<&str> = decision.iter().map(|c| c.name()).collect();
    assert_eq!(names, ["tornado-share", "tornado-return", "scenarios"]);
    let titles: Vec<&str> = decision.iter().map(|c| c.title()).collect();
    assert_eq!(
        titles,
        [
            "What matters most: year-2 sourced share",
            "What matters most: year-3 revenue to cost",
            "Scenarios side by side"
        ]
    );
    for chart in &decision {
        assert!(analysis_charts.iter().all(|c| c.name() != chart.name()));
        assert!(!chart.message().is_empty());
        assert!(!chart.table().caption.is_empty());
        assert!(!svg::draw(chart, WIDTH).is_empty());
    }
    // Read under the active scenario, as every chart is.
    let under = effective(&design);
    let base = forecast(&under);
    let share = AnyChart::tornado(&tornado(&under, &base), &base, Measure::Share);
    assert_eq!(decision[0], share);
    assert_eq!(
        decision[2],
        AnyChart::scenarios(&compare(&design), &forecast(&under))
    );
}

// Robustness.

/// Both decision charts of `design`, each measure of the tornado.
fn decision_charts(design: &Design) -> Vec<AnyChart> {
    let base: Forecast = forecast(design);
    let bars = tornado(design, &base);
    vec![
        AnyChart::tornado(&bars, &base, Measure::Share),
        AnyChart::tornado(&bars, &base, Measure::Return),
        AnyChart::tornado(&[], &base, Measure::Share),
        AnyChart::scenarios(&compare(design), &base),
    ]
}

#[test]
fn decision_charts_draw_at_any_width_and_pixel_ratio_without_panicking() {
    let kickoff = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    let designs = [
        with_presets(),
        Template::Blank.design(kickoff),
        Template::ServicesFirm.design(kickoff),
    ];
    for design in &designs {
        for chart in decision_charts(design) {
            for width in [1, 80, 280, 390, 800, 1400] {
                for scale in [1.0, 2.0] {
                    let look = Look {
                        scale,
                        ..Look::default()
                    };
                    assert!(!svg::draw_with(&chart, width, &look).is_empty());
                }
            }
        }
    }
}

/// How far right a text element reaches, by the width the charts place text with.
fn right_end(text: &Element) -> f64 {
    // plotters writes the font size divided by 1.24; a character is about 0.56 em.
    let wide = text.text.chars().count() as f64 * text.num("font-size") * 1.24 * 0.56;
    let x = text.num("x");
    match text.attr("text-anchor") {
        Some("end") => x,
        Some("middle") => x + wide / 2.0,
        _ => x + wide,
    }
}

#[test]
fn no_decision_chart_writes_past_its_right_edge() {
    for chart in decision_charts(&with_presets()) {
        for width in [280, 390, 800, 1400] {
            for scale in [1.0, 2.0] {
                let look = Look {
                    scale,
                    ..Look::default()
                };
                let all = elements(&svg::draw_with(&chart, width, &look));
                let edge = f64::from(width) * scale;
                for text in tagged(&all, "text") {
                    assert!(
                        right_end(text) <= edge + 1.0,
                        "{} at {width} px × {scale}: {:?} runs to {} past {edge}",
                        chart.name(),
                        text.text,
                        right_end(text)
                    );
                }
            }
        }
    }
}
