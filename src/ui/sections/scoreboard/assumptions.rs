//! The forecast's assumptions (`design.assumptions`): the horizon, recruiting, activation, deal
//! flow, win-rate lift, churn, co-marketing and the direct pipeline's growth, each with its
//! default's source; then what they add up to.

use leptos::prelude::*;

use crate::domain::bands;
use crate::domain::catalogue::default_assumptions;
use crate::domain::forecast::TARGET_REVENUE_TO_COST;
use crate::domain::places::assumptions;
use crate::domain::timing::{Timing, months_of_days};
use crate::domain::values::{Horizon, Money, Percent, Recruits};
use crate::ui::erase::{flag, handler, text};
use crate::ui::form::{Access, Choice, ListOf, Options, Typed, field, labelled, list_of, member};
use crate::ui::state::use_app;

static QUARTERS: Choice<Horizon> = labelled(assumptions::QUARTERS, "Quarters forecast")
    .hint(
        "8 to 12. Twelve cover the three program years of the 15/25/35 % floors; each metric's \
         targets follow.",
    )
    .choice(
        Options::Listed(|| {
            (Horizon::MIN..=Horizon::MAX)
                .map(|q| (Horizon::of(q), format!("{q} quarters")))
                .collect()
        }),
        Access {
            get: |d, _| Some(d.assumptions.quarters),
            set: |d, _, q| {
                d.assumptions.quarters = q;
                d.scoreboard.fit_targets(q.get() as usize);
            },
        },
    );

static REGISTRATION: Typed<Percent> =
    labelled(assumptions::REGISTRATION, "Registration to pipeline")
        .hint(
            "Share of registered deals that become qualified pipeline. 50 % is a neutral start \
             until you have your own rate.",
        )
        .typed(member!(assumptions.registration_to_pipeline));

static LIFT: Typed<Percent> = labelled(assumptions::LIFT, "Win-rate lift with a partner")
    .hint_made(|_, _| {
        format!(
            "Partner win rate = direct win rate × (1 + lift). {}",
            bands::WIN_RATE_LIFT.words()
        )
    })
    .judged()
    .typed(member!(assumptions.win_rate_lift));

static CHURN: Typed<Percent> = labelled(assumptions::CHURN, "Partner churn per quarter")
    .hint_made(|_, _| {
        let example = default_assumptions().churn_per_quarter.value();
        format!(
            "Share of active partners off-boarded or lost each quarter (003: partners with no \
             results after two quarters of active enablement leave); {example} % by default. \
             Judged a year: {example} % a quarter is {}. {}",
            bands::CHURN.unit.show(bands::churn_a_year(example)),
            bands::CHURN.words()
        )
    })
    .judged()
    .typed(member!(assumptions.churn_per_quarter));

static CO_MARKETING: Typed<Money> = labelled(assumptions::CO_MARKETING, "Co-marketing per quarter")
    .hint_made(|_, _| {
        format!(
            "Judged over the forecast as a share of the partner revenue it brings. {}",
            bands::CO_MARKETING.words()
        )
    })
    .judged()
    .typed(member!(assumptions.co_marketing_per_quarter));

static ENABLEMENT: Typed<Money> = labelled(
    assumptions::ENABLEMENT,
    "Enablement per active partner per year",
)
.hint(
    "Training, certification, sandboxes and materials for one active partner a year; \
             the forecast costs it month by month for the partners active. Your own estimate.",
)
.typed(member!(assumptions.enablement_per_partner_year));

static RETENTION: Typed<Percent> = labelled(assumptions::RETENTION, "Gross retention per year")
    .hint_made(|_, _| {
        format!(
            "For a firm that sells subscriptions: the share of a partner-sourced customer's \
             yearly value that renews; sourced pipeline share stays new pipeline only. {}",
            bands::GROSS_RETENTION.words()
        )
    })
    .judged()
    .typed(member!(assumptions.gross_retention));

static GROWTH: Typed<Percent> = labelled(
    assumptions::DIRECT_GROWTH,
    "Direct pipeline growth per quarter",
)
.hint(
    "Growth of the direct team's new pipeline each quarter: the sourced share is measured \
     against it. 0 % by default.",
)
.typed(member!(assumptions.direct_pipeline_growth));

/// Partners recruited in the quarter at `at[0]`.
static RECRUITS_IN: Typed<Recruits> =
    labelled(assumptions::RECRUITS_IN, "Q{n} recruits").typed(Access {
        get: |d, at| {
            d.assumptions
                .recruits_per_quarter
                .get(*at.first()?)
                .copied()
        },
        set: |d, at, v| {
            if let Some(slot) = at
                .first()
                .and_then(|&q| d.assumptions.recruits_per_quarter.get_mut(q))
            {
                *slot = v;
            }
        },
    });

/// Partners recruited per quarter: as many figures as quarters at most.
static RECRUITS: ListOf<Recruits> =
    list_of!(assumptions::RECRUITS, 12, assumptions.recruits_per_quarter);

/// Every field of the part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &QUARTERS,
    &REGISTRATION,
    &LIFT,
    &CHURN,
    &CO_MARKETING,
    &ENABLEMENT,
    &RETENTION,
    &GROWTH,
    &RECRUITS_IN,
];

/// The forecast assumptions fieldset.
#[component]
pub fn Assumptions() -> impl IntoView {
    view! {
        <fieldset class="scoreboard-assumptions" id=assumptions::WHOLE.path().element_id() tabindex="-1">
            <legend>"Forecast assumptions"</legend>
            <p class="hint">"Every figure is a default you can change; each hint gives its source."</p>
            <div class="field-grid">
                {field(&QUARTERS, &[])}
                <Timing/>
                <p class="hint">
                    "Activation, deals a partner and deal size are each archetype's own: see \
                     In the forecast on each chosen archetype."
                </p>
                {field(&REGISTRATION, &[])}
                {field(&LIFT, &[])}
                {field(&CHURN, &[])}
                {field(&CO_MARKETING, &[])}
                {field(&ENABLEMENT, &[])}
                {field(&RETENTION, &[])}
                {field(&GROWTH, &[])}
            </div>
            <RecruitList />
            <Outcome />
        </fieldset>
    }
}

/// Partners recruited per quarter: a list whose last figure repeats to the horizon, grown and
/// shrunk at its end.
#[component]
fn RecruitList() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let len = RECRUITS.len(app, &[]);
    let quarters = Memo::new(move |_| d.with(|d| d.assumptions.quarters.get() as usize));
    let add = move |_: leptos::ev::MouseEvent| {
        let last = d.with_untracked(|d| d.assumptions.recruits_per_quarter.last().copied());
        RECRUITS.add(app, &[], last.unwrap_or_default(), None);
    };
    let remove = move |_: leptos::ev::MouseEvent| {
        if let Some(last) = len.get_untracked().checked_sub(1) {
            RECRUITS.remove(app, &[], last, &format!("Q{} recruits", last + 1));
        }
    };
    view! {
        <fieldset class="scoreboard-recruits">
            <legend>"Partners recruited per quarter"</legend>
            <p class="hint">
                {text(move || match len.get() {
                    0 => "No recruiting planned: add a quarter.".to_owned(),
                    n if n >= quarters.get() => "One figure for each quarter of the forecast.".to_owned(),
                    n => format!("The last figure repeats: from Q{} on, each quarter recruits as many as Q{n}.", n + 1),
                })}
                " Default 6, then 2 a quarter: 003 \"start with five to ten\", 001 \"5–10 new partners per year\"."
            </p>
            <div class="scoreboard-quarters">
                {move || (0..len.get()).map(|q| field(&RECRUITS_IN, &[q])).collect_view()}
            </div>
            <div class="item-controls scoreboard-recruit-controls">
                <button type="button" id=RECRUITS.path(&[]).element_id()
                    disabled=flag(move || len.get() >= quarters.get())
                    on:click=handler(add)>
                    {text(move || format!("Add Q{} recruits", len.get() + 1))}
                </button>
                <button type="button" class="remove" disabled=flag(move || len.get() == 0) on:click=handler(remove)>
                    {text(move || format!("Remove Q{} recruits", len.get().max(1)))}
                </button>
            </div>
        </fieldset>
    }
}

/// When a partner's first deal and its close come, as the forecast reads them from the journey
/// and the partner sales cycle: no separate figure to keep in step.
#[component]
fn Timing() -> impl IntoView {
    let app = use_app();
    let timing = Memo::new(move |_| app.design.with(Timing::of));
    view! {
        <p class="hint assumptions-timing">
            {text(move || {
                let t = timing.get();
                format!(
                    "Timing comes from the journey and the firm: a partner's first registered deal \
                     comes {} days after recruiting starts (the recruit, onboard and activate \
                     stages' durations; the forecast counts {} months), and it closes {} days \
                     later (the partner sales cycle; {} months). From signing to a first deal \
                     (onboard and activate) is {} days: {}",
                    t.first_deal_days,
                    months_of_days(t.first_deal_days),
                    t.partner_cycle_days,
                    months_of_days(t.partner_cycle_days),
                    t.signed_to_first_deal_days(),
                    bands::DAYS_TO_FIRST_DEAL.words(),
                )
            })}
        </p>
    }
}

/// What the assumptions add up to: the return and the payback quarter, from the forecast.
#[component]
fn Outcome() -> impl IntoView {
    let app = use_app();
    let summary = Memo::new(move |_| {
        app.analysis.with(|a| {
            (
                a.forecast.revenue_to_cost,
                a.forecast.payback_quarter,
                a.forecast.quarters.len(),
            )
        })
    });
    view! {
        <p class="scoreboard-outcome" aria-live="polite">
            {text(move || {
                let (ratio, payback, quarters) = summary.get();
                let ratio = match ratio {
                    Some(r) => format!("Over {quarters} quarters, partner revenue returns {}:1 of program cost", r.round_dp(1).normalize()),
                    None => format!("Over {quarters} quarters the program costs nothing, so its return cannot be judged"),
                };
                let payback = match payback {
                    Some(q) => format!("it pays back in quarter {q}"),
                    None => "it does not pay back within the forecast".to_owned(),
                };
                format!("{ratio} (001: {TARGET_REVENUE_TO_COST}:1 or better); {payback}.")
            })}
        </p>
    }
}
