//! Scenarios: named sets of assumption overrides, one of them (or none) the design is read
//! under; made from the bands on request, added, renamed, removed and edited override by
//! override, each change a step Undo takes back; and the headline figures of each side by side.

use leptos::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::Design;
use crate::domain::decision::{Lever, LeverKind, Moved, banded};
use crate::domain::forecast::forecast;
use crate::domain::format::limits::LIST_MAX;
use crate::domain::library::VersionKind;
use crate::domain::path::DocPath;
use crate::domain::places::scenarios;
use crate::domain::scenarios::{Headline, Override, Scenario, presets};
use crate::domain::values::{Days, Deals, Id, Money, Percent, Recruits, Relative};
use crate::ui::erase::{flag, handler, text};
use crate::ui::form::{
    Access, AddButton, Choice, ItemControls, ListItem, ListOf, Options, Select, Size, Text, Typed,
    field, labelled, list_of, member,
};
use crate::ui::library::Library;
use crate::ui::state::{Notice, use_app};

use crate::domain::values::capitalised;

/// The design's scenarios.
static SCENARIOS: ListOf<Scenario> = list_of!(scenarios::LIST, LIST_MAX, scenarios.list);

/// A scenario's overrides.
static OVERRIDES: ListOf<Override, Scenario> = list_of!(scenarios::OVERRIDES, LIST_MAX, overrides);

/// The scenario the design is read under; none reads it as designed.
static ACTIVE: Choice<Option<Id>> = labelled(scenarios::ACTIVE, "Read the design as")
    .hint("The forecast, the findings and every chart read the design under this scenario.")
    .choice(Options::Made(active_options), member!(scenarios.active));

/// As designed, then each scenario by name.
fn active_options(design: &Design, _: &[usize]) -> Vec<(Option<Id>, String)> {
    std::iter::once((None, "As designed".to_owned()))
        .chain(design.scenarios.list.iter().map(|s| {
            let name = s.name.trim();
            let name = if name.is_empty() { s.id.as_str() } else { name };
            (Some(s.id.clone()), name.to_owned())
        }))
        .collect()
}

static NAME: Text<Scenario> =
    labelled(scenarios::NAME, "Scenario name").text(Size::Name, member!(name));

/// An override's value, typed as the value type of the field it overrides, so it accepts what
/// that field accepts; a value the override's own assumption cannot take is refused.
macro_rules! override_value {
    ($name:ident: $type:ty, |$v:ident| $to:expr, |$t:ident| $from:expr) => {
        static $name: Typed<$type, Scenario> = labelled(scenarios::VALUE, "Value")
            .label_made(override_label)
            .hint_made(override_hint)
            .typed(Access {
                get: |s, at| {
                    let $v = s.overrides.get(*at.get(1)?)?.value;
                    $to
                },
                set: |s, at, $t| {
                    if let Some(o) = at.get(1).and_then(|i| s.overrides.get_mut(*i)) {
                        let next = Override { value: $from, ..*o };
                        if next.accepts() {
                            *o = next;
                        }
                    }
                },
            });
    };
}

override_value!(AS_PERCENT: Percent, |v| Percent::new(v).ok(), |t| t.value());
override_value!(AS_DEALS: Deals, |v| Deals::new(v).ok(), |t| t.get());
override_value!(AS_RELATIVE: Relative, |v| Relative::new(v).ok(), |t| t.get());
override_value!(AS_PARTNERS: Recruits, |v| whole(v).and_then(|n| Recruits::new(n).ok()), |t| {
    Decimal::from(t.get())
});
override_value!(AS_DAYS: Days, |v| whole(v).and_then(|n| Days::new(n).ok()), |t| {
    Decimal::from(t.get())
});
override_value!(AS_MONEY: Money, |v| Money::new(v).ok(), |t| t.amount());

/// Every field of a scenario, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &ACTIVE,
    &NAME,
    &AS_PERCENT,
    &AS_DEALS,
    &AS_RELATIVE,
    &AS_PARTNERS,
    &AS_DAYS,
    &AS_MONEY,
];

fn whole(value: Decimal) -> Option<u32> {
    value.trunc().to_u32()
}

/// The assumption the override at `at` (scenario, override) sets.
fn moved_at(design: &Design, at: &[usize]) -> Option<Moved> {
    let scenario = design.scenarios.list.get(*at.first()?)?;
    scenario.overrides.get(*at.get(1)?)?.moved()
}

fn override_label(design: &Design, at: &[usize]) -> String {
    moved_at(design, at).map_or_else(|| "Value".to_owned(), |m| capitalised(&m.label()))
}

fn override_hint(design: &Design, at: &[usize]) -> String {
    let Some(moved) = moved_at(design, at) else {
        return String::new();
    };
    match moved.current(design) {
        Some(own) => format!("As designed: {}.", show(moved, own, design)),
        None => String::new(),
    }
}

/// A value of an assumption in words, in its field's unit.
fn show(moved: Moved, value: Decimal, design: &Design) -> String {
    match moved {
        Moved::Lever(lever) => lever.show(value),
        Moved::CoMarketing => format!(
            "{} {} a quarter",
            design.firm.currency.code(),
            crate::domain::values::grouped(value)
        ),
        Moved::Share(_) | Moved::Retention => format!("{} %", value.normalize()),
        Moved::Churn => format!("{} % a quarter", value.normalize()),
    }
}

/// The value field for the override at `at`, of its assumption's type.
fn value_field(moved: Moved, at: &[usize]) -> AnyView {
    match moved {
        Moved::Lever(Lever { kind, .. }) => match kind {
            LeverKind::Recruits => field(&AS_PARTNERS, at),
            LeverKind::Deals => field(&AS_DEALS, at),
            LeverKind::DealSize => field(&AS_RELATIVE, at),
            LeverKind::FirstDealDays | LeverKind::PartnerCycle => field(&AS_DAYS, at),
            LeverKind::Activation | LeverKind::Registration | LeverKind::Lift => {
                field(&AS_PERCENT, at)
            }
        },
        Moved::CoMarketing => field(&AS_MONEY, at),
        Moved::Share(_) | Moved::Churn | Moved::Retention => field(&AS_PERCENT, at),
    }
}

/// Every assumption a scenario can override in `design`: the levers, then the banded ones
/// that are not levers.
fn overridable(design: &Design) -> Vec<Moved> {
    let mut all: Vec<Moved> = Lever::all(design).into_iter().map(Moved::Lever).collect();
    for m in banded(design) {
        if !all.contains(&m) {
            all.push(m);
        }
    }
    all
}

/// Which scenario the design is read under, said at the top of the section.
#[component]
pub fn Reading() -> impl IntoView {
    let app = use_app();
    let words = Memo::new(move |_| {
        app.design.with(|d| match d.scenarios.active() {
            Some(s) => format!(
                "The forecast, the findings and every chart read the design under scenario “{}” ({} assumption{} overridden). The forms keep the values as designed.",
                s.name.trim(),
                s.overrides.len(),
                if s.overrides.len() == 1 { "" } else { "s" }
            ),
            None => "The forecast, the findings and every chart read the design as designed: no scenario is active.".to_owned(),
        })
    });
    view! { <p class="scenario-reading" role="status">{text(move || words.get())}</p> }
}

/// Outside the Forecast section, a line that says a scenario is active, and where to change it.
#[component]
pub fn ActiveNote() -> impl IntoView {
    let app = use_app();
    let active = Memo::new(move |_| {
        app.design
            .with(|d| d.scenarios.active().map(|s| s.name.trim().to_owned()))
    });
    move || {
        active.get().map(|name| {
            view! {
                <p class="scenario-reading" role="status">
                    {format!("Scenario “{name}” is active: the forecast, the findings and the charts read its assumptions, not the values in these forms. ")}
                    <a href=crate::ui::section::Section::Forecast.href()>"Change it in Forecast"</a>
                    "."
                </p>
            }
        })
    }
}

/// The scenario choice, the list of scenarios, and the buttons that add them.
#[component]
pub fn Scenarios() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let order = Memo::new(move |_| {
        d.with(|d| {
            d.scenarios
                .list
                .iter()
                .map(|s| s.id.clone())
                .collect::<Vec<Id>>()
        })
    });
    let len = Memo::new(move |_| order.with(Vec::len));
    let add = Callback::new(move |()| {
        let scenario = d.with_untracked(|d| Scenario {
            id: d.scenarios.fresh_id(),
            name: format!("Scenario {}", d.scenarios.list.len() + 1),
            overrides: Vec::new(),
        });
        SCENARIOS.add(app, &[], scenario, Some(scenarios::NAME));
    });
    let library = use_context::<Library>();
    let make_presets = move |_| {
        // The design as it was, kept as a version before the scenarios change it.
        let unkept = library
            .and_then(|l| l.take_version(VersionKind::BeforeScenario).err())
            .map(|words| format!(" {words}"))
            .unwrap_or_default();
        let mut made = 0;
        app.change(|d| {
            let base = forecast(d);
            let room = LIST_MAX.saturating_sub(d.scenarios.list.len());
            let new: Vec<Scenario> = presets(d, &base).into_iter().take(room).collect();
            made = new.len();
            d.scenarios.list.extend(new);
        });
        app.notice.set(Some(Notice {
            message: format!(
                "Added {made} scenarios from the published bands: each banded assumption at the end of its band that lowers year two's share, at the middle of its typical range, and at the end that raises it.{unkept}"
            ),
            offers_undo: true,
        }));
    };
    view! {
        <p class="hint">
            "A scenario overrides some of the forecast's assumptions and leaves the rest as designed. Make one active to read the whole app under it; compare them all below."
        </p>
        {field(&ACTIVE, &[])}
        <div class="list-add">
            <button type="button" disabled=flag(move || len.get() + 3 > LIST_MAX) on:click=handler(make_presets)>
                "Add Conservative, Base and Ambitious"
            </button>
        </div>
        <ol class="list scenario-list">
            <ForEnumerate
                each=move || order.get()
                key=|id: &Id| id.clone()
                children=move |index, _| {
                    move || {
                        let index = index.get();
                        view! { <ScenarioItem index len /> }
                    }
                }
            />
        </ol>
        <AddButton path=SCENARIOS.path(&[]) label="Add an empty scenario" full=SCENARIOS.full(app, &[])
            max=SCENARIOS.max on_add=add />
    }
}

/// One scenario: its name, its overrides and the control that adds one.
#[component]
fn ScenarioItem(index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let name = SCENARIOS.value(app, &[], index, |s| s.name.clone());
    let what = Signal::derive(move || {
        let name = name.get();
        if name.trim().is_empty() {
            format!("scenario {}", index + 1)
        } else {
            format!("scenario “{}”", name.trim())
        }
    });
    let heading = Signal::derive(move || capitalised(&what.get()));
    let on_move = Callback::new(move |delta: isize| SCENARIOS.move_by(app, &[], index, delta));
    let on_remove = Callback::new(move |()| {
        SCENARIOS.remove_with(app, &[], index, &what.get_untracked(), |d, removed| {
            if d.scenarios.active.as_ref() == Some(&removed.id) {
                d.scenarios.active = None;
            }
        });
    });
    let kinds = Memo::new(move |_| {
        d.with(|d| {
            d.scenarios
                .list
                .get(index)
                .map(|s| s.overrides.iter().map(|o| o.moved()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let count = Memo::new(move |_| kinds.with(Vec::len));
    view! {
        <ListItem path=SCENARIOS.item_path(&[], index) heading what index len on_move on_remove class="scenario">
            {field(&NAME, &[index])}
            <ul class="overrides" id=scenarios::OVERRIDES.at(&[index]).element_id() tabindex="-1"
                aria-label=text(move || format!("Overrides of {}", what.get()))>
                {move || {
                    kinds
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(o, moved)| view! { <OverrideRow scenario=index index=o moved count /> })
                        .collect_view()
                }}
            </ul>
            <NewOverride scenario=index />
        </ListItem>
    }
}

/// One override: its value field and its Remove button.
#[component]
fn OverrideRow(
    scenario: usize,
    index: usize,
    moved: Option<Moved>,
    count: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let label = app
        .design
        .with_untracked(|d| override_label(d, &[scenario, index]));
    let what = Signal::derive(move || format!("the override of {}", label.to_lowercase()));
    let on_remove = Callback::new(move |()| {
        OVERRIDES.remove(app, &[scenario], index, &what.get_untracked());
    });
    let at = [scenario, index];
    view! {
        <li class="override" id=format!("{}-row", OVERRIDES.item_path(&[scenario], index).element_id())>
            {moved.map(|m| value_field(m, &at))}
            <ItemControls what index len=count on_remove />
        </li>
    }
}

/// The choice of an assumption to override, and the button that adds it at its designed value.
#[component]
fn NewOverride(scenario: usize) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let free = Memo::new(move |_| {
        d.with(|d| {
            let taken: Vec<Option<Moved>> = d
                .scenarios
                .list
                .get(scenario)
                .map(|s| s.overrides.iter().map(|o| o.moved()).collect())
                .unwrap_or_default();
            overridable(d)
                .into_iter()
                .filter(|m| !taken.contains(&Some(*m)))
                .map(|m| (m, capitalised(&m.label())))
                .collect::<Vec<(Moved, String)>>()
        })
    });
    let picked = RwSignal::new(None::<Moved>);
    let path: DocPath = scenarios::OVERRIDES.at(&[scenario]).key("new");
    let add = move |_| {
        let Some(moved) = picked
            .get_untracked()
            .or_else(|| free.with_untracked(|f| f.first().map(|(m, _)| *m)))
        else {
            return;
        };
        let Some(value) = d.with_untracked(|d| moved.current(d)) else {
            return;
        };
        picked.set(None);
        OVERRIDES.add(
            app,
            &[scenario],
            Override::of(moved, value),
            Some(scenarios::VALUE),
        );
    };
    move || {
        let options = free.get();
        if options.is_empty() {
            return view! { <p class="hint">"Every assumption is overridden."</p> }.into_any();
        }
        view! {
            <div class="new-override">
                <Select path=path.clone() label="Assumption to override" options
                    value=move || picked.get()
                    on_change=Callback::new(move |m| picked.set(Some(m))) />
                <button type="button" on:click=handler(add)>"Add override"</button>
            </div>
        }
        .into_any()
    }
}

/// The headline figures of the design as designed and of each scenario, side by side.
#[component]
pub fn Comparison(headlines: Memo<Option<Vec<Headline>>>) -> impl IntoView {
    move || {
        let Some(headlines) = headlines.get() else {
            return view! { <p class="working">"Comparing the scenarios…"</p> }.into_any();
        };
        let years: Vec<u32> = headlines
            .first()
            .map(|h| h.shares.iter().map(|(y, _)| *y).collect())
            .unwrap_or_default();
        let share_rows = years
            .iter()
            .enumerate()
            .map(|(i, year)| {
                let cells = headlines
                    .iter()
                    .map(|h| {
                        let share = h
                            .shares
                            .get(i)
                            .map_or_else(String::new, |(_, s)| format!("{} %", s.round_dp(1).normalize()));
                        view! { <td>{share}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{format!("Sourced share, year {year}")}</th>{cells}</tr> }
            })
            .collect_view();
        let ratios = headlines
            .iter()
            .map(|h| {
                let ratio = h.return_year_three.map_or_else(
                    || "—".to_owned(),
                    |r| format!("{} : 1", r.round_dp(1).normalize()),
                );
                view! { <td>{ratio}</td> }
            })
            .collect_view();
        let names = headlines
            .iter()
            .map(|h| {
                let name = if h.active {
                    format!("{} (active)", h.name)
                } else {
                    h.name.clone()
                };
                view! { <th scope="col">{name}</th> }
            })
            .collect_view();
        view! {
            <div class="table-scroll">
                <table class="scenario-comparison">
                    <caption>"Headline figures of each scenario"</caption>
                    <thead><tr><th scope="col">"Figure"</th>{names}</tr></thead>
                    <tbody>
                        {share_rows}
                        <tr><th scope="row">"Revenue to cost, year 3"</th>{ratios}</tr>
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
