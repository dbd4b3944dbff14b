//! The forecast turned into a decision (BLUEPRINT.md second edition, "Decision support"): what
//! each lever would have to be for each goal, which assumption matters most, and scenarios side
//! by side. Decision support forecasts the design dozens of times over, so it waits for typing
//! to pause and runs in a task of its own, never on a keystroke.

mod export;
mod needs;
mod scenarios;

pub use scenarios::ActiveNote;

use leptos::prelude::*;

use crate::charts::{AnyChart, Measure, Palette};
use crate::domain::Design;
use crate::domain::Mechanic;
use crate::domain::decision::{Bar, GoalNeeds, must_be_true, tornado};
use crate::domain::forecast::{Forecast, forecast};
use crate::domain::scenarios::{Headline, compare, effective};
use crate::ui::charts::{ChartFigure, watched_palette};
use crate::ui::health::{FindingsList, ReadinessBadge};
use crate::ui::state::use_app;

/// Every field of the section, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = scenarios::FIELDS;

/// What decision support says of the design as it was when typing last paused.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Decision {
    /// The forecast of the design as the app reads it (under its active scenario).
    base: Forecast,
    needs: Vec<GoalNeeds>,
    bars: Vec<Bar>,
    headlines: Vec<Headline>,
}

/// Decision support for `design`, read under its active scenario.
fn decide(design: &Design) -> Decision {
    let read = effective(design);
    let base = forecast(&read);
    Decision {
        needs: must_be_true(&read, &base),
        bars: tornado(&read, &base),
        headlines: compare(design),
        base,
    }
}

/// The Forecast section.
#[component]
pub fn ForecastSection() -> impl IntoView {
    let app = use_app();
    let decision = RwSignal::new(None::<Decision>);
    let pause = app.typing_pause();
    // Follows every change of the design, scenarios included (which the analysis does not see
    // while none is active); the work itself waits for typing to pause.
    Effect::new(move |_| {
        app.design.track();
        pause.then(move || {
            let Some(next) = app.design.try_with_untracked(decide) else {
                return;
            };
            if decision.try_with_untracked(|now| now.as_ref() != Some(&next)) == Some(true) {
                decision.set(Some(next));
            }
        });
    });
    let needs = Memo::new(move |_| decision.with(|d| d.as_ref().map(|d| d.needs.clone())));
    let palette = watched_palette();
    view! {
        <ReadinessBadge mechanic=Mechanic::Economics />
        <FindingsList mechanic=Mechanic::Economics heading="Health of the forecast" />
        <scenarios::Reading />
        <export::ExportForecast />
        <section class="decision" aria-labelledby="what-must-be-true">
            <h3 id="what-must-be-true">"What must be true"</h3>
            <p class="hint">
                "For each goal, the value each single lever would need, the others held as they are, for the forecast to just meet it: the floors of 15, 25 and 35 % of new pipeline sourced by partners (002 FAQ), the scoreboard's own targets, and 5:1 revenue to cost by year three (001). Each is set against its published band; the binding lever is the one whose required value sits most comfortably inside its band (docs/DECISIONS.md)."
            </p>
            {move || match needs.get() {
                None => view! { <p class="working" role="status">"Working out what must be true…"</p> }.into_any(),
                Some(needs) => view! { <needs::Needs needs /> }.into_any(),
            }}
        </section>
        <section class="decision" aria-labelledby="what-matters-most">
            <h3 id="what-matters-most">"What matters most"</h3>
            <p class="hint">
                "Each assumption with a published band moved to the band's low and then its high, the others held: how far year two's sourced share and year three's revenue to cost move. The widest bar is the guess most worth testing before the board sees the plan."
            </p>
            <DecisionChart decision palette pick=|d| AnyChart::tornado(&d.bars, &d.base, Measure::Share) />
            <DecisionChart decision palette pick=|d| AnyChart::tornado(&d.bars, &d.base, Measure::Return) />
        </section>
        <section class="decision" aria-labelledby="scenarios-heading">
            <h3 id="scenarios-heading">"Scenarios"</h3>
            <scenarios::Scenarios />
            <scenarios::Comparison headlines=Memo::new(move |_| decision.with(|d| d.as_ref().map(|d| d.headlines.clone()))) />
            <DecisionChart decision palette pick=|d| AnyChart::scenarios(&d.headlines, &d.base) />
        </section>
    }
}

/// One of decision support's charts, once there is a decision to draw.
#[component]
fn DecisionChart(
    decision: RwSignal<Option<Decision>>,
    palette: Signal<Palette>,
    /// The chart made from the decision.
    pick: fn(&Decision) -> AnyChart,
) -> impl IntoView {
    let ready = Memo::new(move |_| decision.with(Option::is_some));
    move || {
        // A decision, once made, is only ever replaced by the next.
        if !ready.get() {
            return view! { <p class="working">"Drawing…"</p> }.into_any();
        }
        let Some(first) = decision.with_untracked(|d| d.as_ref().map(pick)) else {
            return ().into_any();
        };
        let chart = Memo::new(move |_| {
            decision
                .with(|d| d.as_ref().map(pick))
                .unwrap_or_else(|| first.clone())
        });
        view! { <ChartFigure chart palette /> }.into_any()
    }
}
