//! The forecast's assumptions (`design.assumptions`): the horizon, recruiting, activation, deal
//! flow, win-rate lift, churn, co-marketing and the direct pipeline's growth, each with its
//! default's source; then what they add up to.

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::forecast::TARGET_REVENUE_TO_COST;
use crate::domain::values::{
    Amount, Deals, Horizon, Money, Percent, QuarterCount, Recruits, Whole,
};
use crate::ui::erase::{flag, handler, text};
use crate::ui::fields::{ParsedField, Select, field_id};
use crate::ui::state::use_app;

/// One percentage assumption: its path, label, hint, reader and writer.
type PercentField = (
    &'static str,
    &'static str,
    &'static str,
    fn(&Design) -> Percent,
    fn(&mut Design, Percent),
);

const PERCENTS: [PercentField; 5] = [
    (
        "assumptions.activation_rate",
        "Activation rate",
        "Share of recruited partners who become active: 30–50 % when managed, under 20 % unmanaged (PRM vendor figures). 004: 70 % of one firm's 50 partners were inactive within three months.",
        |d| d.assumptions.activation_rate,
        |d, v| d.assumptions.activation_rate = v,
    ),
    (
        "assumptions.registration_to_pipeline",
        "Registration to pipeline",
        "Share of registered deals that become qualified pipeline. 50 % is a neutral start until you have your own rate.",
        |d| d.assumptions.registration_to_pipeline,
        |d, v| d.assumptions.registration_to_pipeline = v,
    ),
    (
        "assumptions.win_rate_lift",
        "Win-rate lift with a partner",
        "Partner win rate = direct win rate × (1 + lift). 11.7 % is the average across Crossbeam's network; 002 claims 30–50 %.",
        |d| d.assumptions.win_rate_lift,
        |d, v| d.assumptions.win_rate_lift = v,
    ),
    (
        "assumptions.churn_per_quarter",
        "Partner churn per quarter",
        "Share of active partners off-boarded or lost each quarter. 003: partners with no results after two quarters of active enablement leave; 5 % by default.",
        |d| d.assumptions.churn_per_quarter,
        |d, v| d.assumptions.churn_per_quarter = v,
    ),
    (
        "assumptions.direct_pipeline_growth",
        "Direct pipeline growth per quarter",
        "Growth of the direct team's new pipeline each quarter: the sourced share is measured against it. 0 % by default.",
        |d| d.assumptions.direct_pipeline_growth,
        |d, v| d.assumptions.direct_pipeline_growth = v,
    ),
];

/// The forecast assumptions fieldset.
#[component]
pub fn Assumptions() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let currency = Signal::derive(move || d.read().firm.currency.code().to_owned());
    let percent = |(path, label, hint, get, set): PercentField| {
        view! {
            <ParsedField path label hint suffix="%"
                value=move || d.with(get)
                parse=Percent::parse format=Percent::show
                on_change=Callback::new(move |v| app.edit(path, |d| set(d, v))) />
        }
    };
    let [activation, registration, lift, churn, growth] = PERCENTS.map(percent);
    view! {
        <fieldset class="scoreboard-assumptions" id=field_id("assumptions") tabindex="-1">
            <legend>"Forecast assumptions"</legend>
            <p class="hint">"Every figure is a default you can change; each hint gives its source."</p>
            <div class="field-grid">
                <Select path="assumptions.quarters" label="Quarters forecast"
                    hint="8 to 12. Twelve cover the three program years of the 15/25/35 % floors; each metric's targets follow."
                    options=(Horizon::MIN..=Horizon::MAX).map(|q| (Horizon::of(q), format!("{q} quarters"))).collect()
                    value=move || d.with(|d| d.assumptions.quarters)
                    on_change=Callback::new(move |q: Horizon| app.edit("assumptions.quarters", |d| {
                        d.assumptions.quarters = q;
                        d.scoreboard.fit_targets(q.get() as usize);
                    })) />
                {activation}
                <ParsedField path="assumptions.quarters_to_activate" label="Quarters to activate"
                    suffix="quarters" inputmode="numeric"
                    hint="From recruitment to a partner's first deal. Practitioners aim under 90 days (one quarter); the median is about 4.7 months (TSIA, as quoted)."
                    value=move || d.with(|d| d.assumptions.quarters_to_activate)
                    parse=QuarterCount::parse format=QuarterCount::show
                    on_change=Callback::new(move |v| app.edit("assumptions.quarters_to_activate", |d| d.assumptions.quarters_to_activate = v)) />
                <ParsedField path="assumptions.deals_per_active_partner" label="Deals per active partner per quarter"
                    hint="Deals an active partner registers each quarter. 001: a new partnership makes 2–5 referrals in its first year, about one a quarter."
                    value=move || d.with(|d| d.assumptions.deals_per_active_partner)
                    parse=Deals::parse format=Deals::show
                    on_change=Callback::new(move |v| app.edit("assumptions.deals_per_active_partner", |d| d.assumptions.deals_per_active_partner = v)) />
                {registration}
                {lift}
                {churn}
                <ParsedField path="assumptions.co_marketing_per_quarter" label="Co-marketing per quarter" prefix=currency
                    hint="Co-marketing funds are commonly 2–5 % of channel revenue."
                    value=move || d.with(|d| d.assumptions.co_marketing_per_quarter)
                    parse=Money::parse format=Money::show
                    on_change=Callback::new(move |v: Money| app.edit("assumptions.co_marketing_per_quarter", |d| d.assumptions.co_marketing_per_quarter = v)) />
                {growth}
            </div>
            <Recruits />
            <Outcome />
        </fieldset>
    }
}

/// Partners recruited per quarter: a list whose last figure repeats to the horizon.
#[component]
fn Recruits() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let len = Memo::new(move |_| d.with(|d| d.assumptions.recruits_per_quarter.len()));
    let quarters = Memo::new(move |_| d.with(|d| d.assumptions.quarters.get() as usize));
    let add = move |_: leptos::ev::MouseEvent| {
        app.edit(&format!("add recruits {}", len.get_untracked()), |d| {
            let recruits = &mut d.assumptions.recruits_per_quarter;
            recruits.push(recruits.last().copied().unwrap_or_default());
        });
    };
    let remove = move |_: leptos::ev::MouseEvent| {
        let n = len.get_untracked();
        app.remove(&format!("Q{n} recruits"), |d| {
            d.assumptions.recruits_per_quarter.pop();
        });
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
                {move || (0..len.get()).map(|q| {
                    let path = format!("assumptions.recruits_per_quarter.{q}");
                    let key = path.clone();
                    view! {
                        <ParsedField path label=format!("Q{} recruits", q + 1) inputmode="numeric"
                            value=move || d.with(|d| d.assumptions.recruits_per_quarter.get(q).copied().unwrap_or_default())
                            parse=Recruits::parse format=Recruits::show
                            on_change=Callback::new(move |v| app.edit(&key, |d| {
                                if let Some(slot) = d.assumptions.recruits_per_quarter.get_mut(q) {
                                    *slot = v;
                                }
                            })) />
                    }
                }).collect_view()}
            </div>
            <div class="item-controls scoreboard-recruit-controls">
                <button type="button" id=field_id("assumptions.recruits_per_quarter")
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
