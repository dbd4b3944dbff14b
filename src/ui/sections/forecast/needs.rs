//! What must be true: one table per goal, a row per lever — its value now, the value it would
//! need, where that stands against its published band — with a link to the field it would change
//! and a button that applies the value to the active scenario (or, with none active, to the
//! design), as a step Undo takes back.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::bands::Standing;
use crate::domain::decision::{
    Direction, Goal as GoalKind, GoalNeeds, Lever, Moved, Need, Requirement,
};
use crate::domain::library::VersionKind;
use crate::ui::erase::handler;
use crate::ui::health::go_to_field;
use crate::ui::library::Library;
use crate::ui::section::Section;
use crate::ui::state::{Notice, use_app};

use crate::domain::values::capitalised;

/// Every goal's table.
#[component]
pub fn Needs(needs: Vec<GoalNeeds>) -> impl IntoView {
    if needs.is_empty() {
        return view! {
            <p class="no-findings">"The forecast reaches no program year yet: there is no goal to work back from."</p>
        }
        .into_any();
    }
    needs
        .into_iter()
        .map(|goal| view! { <Goal goal /> })
        .collect_view()
        .into_any()
}

/// One goal: whether the forecast meets it, the binding lever, and each lever's requirement.
#[component]
fn Goal(goal: GoalNeeds) -> impl IntoView {
    let words = goal.goal.words(goal.threshold);
    let heading = capitalised(&words);
    let reached = goal.achieved.unwrap_or_default();
    let unit = if goal.goal == GoalKind::Return {
        ":1"
    } else {
        " %"
    };
    let status = match (goal.met, goal.achieved) {
        (true, _) => format!(
            "Met: the forecast reaches {}{unit}.",
            reached.round_dp(1).normalize()
        ),
        (false, Some(_)) => format!(
            "Not met: the forecast reaches {}{unit}.",
            reached.round_dp(1).normalize()
        ),
        (false, None) => {
            "Not met: the year spends nothing, so it has no return to judge.".to_owned()
        }
    };
    let binding = match goal
        .binding
        .and_then(|lever| goal.requirements.iter().find(|r| r.lever == lever))
    {
        Some(r) => format!(
            "Binding lever: {}, which would need {} — {}.",
            r.lever.words(),
            need_words(r),
            standing_words(r.standing)
        ),
        None => "No single lever meets it from inside its published band: it needs more than one to move, or a different design.".to_owned(),
    };
    let caption = format!("What each lever would have to be for {words}");
    let class = if goal.met { "goal met" } else { "goal unmet" };
    let binding_lever = goal.binding;
    view! {
        <article class=class data-goal=words.clone()>
            <h4>{heading}</h4>
            <p class="goal-status">{status}</p>
            <p class="goal-binding">{binding}</p>
            <div class="table-scroll">
                <table class="needs">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Lever"</th>
                            <th scope="col">"Now"</th>
                            <th scope="col">"Would need"</th>
                            <th scope="col">"Against its band"</th>
                            <th scope="col"><span class="visually-hidden">"Apply"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {goal
                            .requirements
                            .into_iter()
                            .map(|r| {
                                let binding = Some(r.lever) == binding_lever;
                                view! { <LeverRow r binding goal=words.clone() /> }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </article>
    }
}

/// One lever's requirement for a goal.
#[component]
fn LeverRow(r: Requirement, binding: bool, goal: String) -> impl IntoView {
    let app = use_app();
    let lever = r.lever;
    let path = app.design.with_untracked(|d| lever.path(d));
    let href = Section::for_path(&path).href();
    let needed = need_words(&r);
    let spare = room_to_spare(&r);
    let standing = if spare {
        "beyond its band on the easy side: room to spare"
    } else {
        standing_words(r.standing)
    };
    let value = match r.need {
        Need::Value(value) => Some(value),
        Need::Unreachable => None,
    };
    // A lever already at or past what the goal needs has nothing to apply.
    let helps = value.filter(|v| match lever.direction() {
        Direction::Up => *v > r.current,
        Direction::Down => *v < r.current,
    });
    let apply = helps.map(|value| {
        let target = app.design.with_untracked(|d| {
            d.scenarios.active().map_or_else(
                || "the design".to_owned(),
                |s| format!("scenario “{}”", s.name),
            )
        });
        let label = format!("Apply {} to {target}, for {goal}", lever.show(value));
        view! {
            <button type="button" class="apply" aria-label=label
                on:click=handler(move |_| apply_need(lever, value))>"Apply"</button>
        }
    });
    let class = if binding { "binding" } else { "" };
    view! {
        <tr class=class>
            <th scope="row">{capitalised(&lever.words())}{binding.then_some(" (binding)")}</th>
            <td data-label="Now">{lever.show(r.current)}</td>
            <td data-label="Would need">
                <a href=href on:click=handler(move |e: leptos::ev::MouseEvent| {
                    e.prevent_default();
                    go_to_field(&path);
                })>{needed}</a>
            </td>
            <td data-label="Against its band" class=if spare { "standing inside" } else { standing_class(r.standing, value.is_some()) }>{standing}</td>
            <td>{apply}</td>
        </tr>
    }
}

/// Sets `lever` to `value` in the active scenario, or in the design with none active: one step
/// of its own, with an Undo in the notice.
fn apply_need(lever: Lever, value: Decimal) {
    let app = use_app();
    // The design as it was, kept as a version before the lever changes it.
    let unkept = use_context::<Library>()
        .and_then(|l| l.take_version(VersionKind::BeforeScenario).err())
        .map(|words| format!(" {words}"))
        .unwrap_or_default();
    let mut target = String::new();
    app.change(|d| match d.scenarios.active_mut() {
        Some(scenario) => {
            scenario.set(Moved::Lever(lever), value);
            target = format!("scenario “{}”", scenario.name);
        }
        None => {
            lever.set(d, value);
            target = "the design".to_owned();
        }
    });
    app.notice.set(Some(Notice {
        message: format!(
            "Set {} to {} in {target}.{unkept}",
            lever.words(),
            lever.show(value)
        ),
        offers_undo: true,
    }));
}

/// What a lever would need, in words: "at least 12 partners", "at most 60 days".
fn need_words(r: &Requirement) -> String {
    match r.need {
        Need::Value(value) => {
            let bound = match r.lever.direction() {
                Direction::Up => "at least",
                Direction::Down => "at most",
            };
            format!("{bound} {}", r.lever.show(value))
        }
        Need::Unreachable => "cannot meet it alone".to_owned(),
    }
}

/// Whether a required value lies outside its band on the side that asks less than the band's
/// least (a lever where more helps, needed below the band's low; days, needed above its high):
/// the goal leaves room to spare, nothing is stretched.
fn room_to_spare(r: &Requirement) -> bool {
    let (Need::Value(value), Some((band, factor))) = (r.need, r.lever.band()) else {
        return false;
    };
    let value = value * factor;
    match r.lever.direction() {
        Direction::Up => value < band.low,
        Direction::Down => value > band.high,
    }
}

/// Where a required value stands against its band: inside, stretched or implausible.
fn standing_words(standing: Option<Standing>) -> &'static str {
    match standing {
        Some(Standing::Typical) => "inside: typical",
        Some(Standing::InBand) => "inside its band",
        Some(Standing::Optimistic) => "stretched: past what the source calls optimistic",
        Some(Standing::OutOfBand) => "stretched: outside its published band",
        Some(Standing::Implausible) => "implausible: beyond every published figure",
        None => "no published band",
    }
}

fn standing_class(standing: Option<Standing>, reachable: bool) -> &'static str {
    match standing {
        _ if !reachable => "standing out",
        Some(Standing::Typical | Standing::InBand) => "standing inside",
        Some(Standing::Optimistic | Standing::OutOfBand) => "standing stretched",
        Some(Standing::Implausible) => "standing implausible",
        None => "standing unbanded",
    }
}
