//! The partner-sourced share of total new pipeline targeted for each program year, each beside
//! its healthy floor (002 FAQ: 15, 25, 35 %) and the share the forecast reaches that year.

use leptos::prelude::*;

use crate::domain::catalogue::{sourced_share_floor, stage_share_band};
use crate::domain::forecast::horizon;
use crate::domain::places::scoreboard;
use crate::domain::values::Percent;
use crate::ui::erase::text;
use crate::ui::form::{Access, Typed, field, labelled};
use crate::ui::state::use_app;

/// Program years shown even when the design sets no target: the three the floors cover.
const YEARS: usize = 3;

/// A program year's target. Set past the list's end, the years before it take their floors.
pub(super) static SHARE_TARGET: Typed<Option<Percent>> =
    labelled(scoreboard::SHARE_TARGET, "Year {n} target")
        .hint_made(|_, at| {
            let year = at.first().map_or(1, |y| *y as u32 + 1);
            format!(
                "Floor {} (002 FAQ); boards expect 20–40 %.",
                sourced_share_floor(year)
            )
        })
        .typed(Access {
            get: |d, at| {
                Some(
                    d.scoreboard
                        .sourced_share_targets
                        .get(*at.first()?)
                        .copied(),
                )
            },
            set: |d, at, v| {
                if let (Some(&year), Some(v)) = (at.first(), v) {
                    d.scoreboard.set_share_target(year, v);
                }
            },
        });

/// Every field of the part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[&SHARE_TARGET];

/// The sourced-share targets fieldset.
#[component]
pub fn ShareTargets() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let years = Memo::new(move |_| d.with(|d| d.scoreboard.sourced_share_targets.len().max(YEARS)));
    view! {
        <fieldset class="scoreboard-share" id=scoreboard::SHARE_TARGETS.path().element_id() tabindex="-1">
            <legend>"Partner-sourced share of new pipeline"</legend>
            <p class="hint">
                "Target share of total new pipeline that partners source, per program year. Healthy floors: 15 % in year one, 25 % in year two, 35 % in year three (002 FAQ). Series B+ boards expect 20–40 % (002, 001)."
            </p>
            <p class="hint scoreboard-stage-band">
                {text(move || {
                    let stage = d.with(|d| d.firm.stage);
                    let (low, high) = stage_share_band(stage);
                    format!(
                        "A {} firm typically sees {low}–{high} % of new pipeline sourced by partners (partnermatch.co benchmark, a vendor's figures; seed/Series A 0–10 %, Series B/C 20–30 %, public 40–50 %).",
                        stage.label()
                    )
                })}
            </p>
            <div class="scoreboard-share-years">
                {move || (0..years.get()).map(|year| view! { <ShareYear year /> }).collect_view()}
            </div>
        </fieldset>
    }
}

/// One program year's target (0-based `year`), its floor and the forecast's share.
#[component]
fn ShareYear(year: usize) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let number = year as u32 + 1;
    let floor = sourced_share_floor(number);
    let forecast = Memo::new(move |_| {
        app.analysis.with(|a| {
            a.forecast
                .year(number)
                .map(|y| (y.sourced_share, y.meets_floor, y.quarters))
        })
    });
    let quarters = move || d.with(horizon);
    view! {
        <div class="scoreboard-share-year">
            {field(&SHARE_TARGET, &[year])}
            <p class="scoreboard-forecast">
                {text(move || match forecast.get() {
                    Some((share, meets, covered)) => {
                        let verdict = if meets {
                            format!("at or above the {floor} floor")
                        } else {
                            format!("under the {floor} floor")
                        };
                        let partial = if covered < 4 {
                            format!(" (over the {covered} quarter{} the forecast reaches)", if covered == 1 { "" } else { "s" })
                        } else {
                            String::new()
                        };
                        format!("Forecast: {} % in year {number}{partial}, {verdict}.", share.normalize())
                    }
                    None => format!("The forecast's {} quarters stop before year {number}.", quarters()),
                })}
            </p>
        </div>
    }
}
