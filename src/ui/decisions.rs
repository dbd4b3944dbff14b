//! The decision log of one step, shown at the end of its section: what was decided there, the
//! options weighed, the owner and the date, each removable with Undo, and a form that adds one.
//! The form's texts stay in the form until the entry is added whole, so a half-written decision
//! never reaches the design or its undo history; adding and removing are each one undoable step.

use leptos::prelude::*;

use crate::browser::dom;
use crate::domain::Mechanic;
use crate::domain::format::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::domain::values::{Id, PlanDate, YEAR_MAX, YEAR_MIN};
use crate::domain::workshop::{Decision, check_entry};
use crate::ui::erase::{flag, handler, once, text};
use crate::ui::state::use_app;

/// The decisions taken at `mechanic`, and the form that logs another. A presenter's view shows
/// the same log.
#[component]
pub fn DecisionLog(
    /// The step whose decisions are listed and added.
    mechanic: Mechanic,
) -> impl IntoView {
    let app = use_app();
    let id = |part: &str| format!("decisions-{}-{part}", slug(mechanic));

    let what = RwSignal::new(String::new());
    let options = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let date = RwSignal::new(today().show());
    let what_error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);

    let entries = Memo::new(move |_| {
        app.design
            .with(|d| d.decisions_of(mechanic).cloned().collect::<Vec<_>>())
    });

    let (what_id, date_id) = (id("what"), id("date"));
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let checked = check_entry(&what.read(), &options.read(), &owner.read());
        let day = PlanDate::parse(&date.read());
        what_error.set(checked.clone().err());
        date_error.set(day.clone().err());
        let (Ok(()), Ok(day)) = (checked, day) else {
            let first = if what_error.read().is_some() {
                what_id.clone()
            } else {
                date_id.clone()
            };
            dom::after_render(once(move || dom::focus(&first)));
            return;
        };
        let mut refused = None;
        app.change(|d| {
            refused = d
                .add_decision(mechanic, &what.read(), &options.read(), &owner.read(), day)
                .err();
        });
        if refused.is_none() {
            what.set(String::new());
            options.set(String::new());
        }
        what_error.set(refused);
        let focus = what_id.clone();
        dom::after_render(once(move || dom::focus(&focus)));
    };

    let remove_focus = id("what");
    let remove = Callback::new(move |decision: Decision| {
        app.remove(&format!("decision “{}”", decision.what), |d| {
            d.remove_decision(&decision.id);
        });
        let focus = remove_focus.clone();
        dom::after_render(once(move || dom::focus(&focus)));
    });

    let list = move || {
        entries
            .get()
            .into_iter()
            .map(|decision| view! { <DecisionEntry decision on_remove=remove /> })
            .collect_view()
    };

    view! {
        <section class="decision-log" aria-labelledby=id("heading")>
            <h3 id=id("heading")>"Decisions"</h3>
            <p class="hint" hidden=flag(move || !entries.with(Vec::is_empty))>
                "No decision logged at this step yet."
            </p>
            <ul class="list decision-list">{list}</ul>
            <form class="form decision-form" novalidate on:submit=handler(submit)>
                <Entry id=id("what") label="Decision" value=what error=what_error error_id=id("what-error") />
                <Entry id=id("options") label="Options considered" value=options />
                <Entry id=id("owner") label="Owner" value=owner max=NAME_MAX_CHARS />
                <Entry id=id("date") label="Date" value=date kind="date" error=date_error error_id=id("date-error") />
                <button type="submit">"Add decision"</button>
            </form>
        </section>
    }
}

/// One logged decision and its Remove button.
#[component]
fn DecisionEntry(
    /// The decision.
    decision: Decision,
    /// Removes it.
    on_remove: Callback<Decision>,
) -> impl IntoView {
    let label = format!("Remove decision “{}”", decision.what);
    let options = (!decision.options.is_empty()).then(|| {
        view! { <dt>"Options considered"</dt><dd>{decision.options.clone()}</dd> }
    });
    let owner = (!decision.owner.is_empty())
        .then(|| view! { <dt>"Owner"</dt><dd>{decision.owner.clone()}</dd> });
    let date = decision.date.show();
    let what = decision.what.clone();
    let element = element_id(&decision.id);
    view! {
        <li class="list-item decision" id=element>
            <p class="decision-what">{what}</p>
            <dl class="decision-facts">
                {options}
                {owner}
                <dt>"Date"</dt><dd><time datetime=date.clone()>{date.clone()}</time></dd>
            </dl>
            <div class="item-controls">
                <button type="button" class="remove" aria-label=label
                    on:click=handler(move |_| on_remove.run(decision.clone()))>"Remove"</button>
            </div>
        </li>
    }
}

/// A labelled input of the form, its text held in `value` until the entry is added.
#[component]
fn Entry(
    /// The input's element id.
    id: String,
    /// The label.
    label: &'static str,
    /// The text typed so far.
    value: RwSignal<String>,
    /// The input's type: text unless said.
    #[prop(default = "text")]
    kind: &'static str,
    /// The longest text the input takes.
    #[prop(default = TEXT_MAX_CHARS)]
    max: usize,
    /// Why the text was refused, shown under the input.
    #[prop(optional)]
    error: Option<RwSignal<Option<String>>>,
    /// The element id of that message.
    #[prop(optional)]
    error_id: String,
) -> impl IntoView {
    let refused = move || error.is_some_and(|e| e.read().is_some());
    let (min, top) = (kind == "date")
        .then(|| (format!("{YEAR_MIN}-01-01"), format!("{YEAR_MAX}-12-31")))
        .unzip();
    let message = error.map(|e| {
        view! {
            <p class="error" id=error_id.clone() aria-live="polite">
                {text(move || e.get().unwrap_or_default())}
            </p>
        }
    });
    let described = error.is_some().then(|| error_id.clone());
    view! {
        <div class="field" class:invalid=flag(refused)>
            <label for=id.clone()>{label}</label>
            <input id=id type=kind maxlength=max min=min max=top aria-describedby=described
                aria-invalid=move || refused().then(|| "true".to_owned())
                prop:value=text(move || value.get())
                on:input=handler(move |e| value.set(event_target_value(&e))) />
            {message}
        </div>
    }
}

/// The element id of a logged decision.
fn element_id(id: &Id) -> String {
    format!("decision-{id}")
}

/// The step in element ids: `operating-model`.
fn slug(mechanic: Mechanic) -> String {
    mechanic.label().to_lowercase().replace(' ', "-")
}

/// Today, as a plan date: a clock set outside the plan years gives the nearest one.
fn today() -> PlanDate {
    PlanDate::clamped(chrono::Local::now().date_naive())
}
