//! Workshop mode: the two-hour session in the blueprint's order (002: "Do these five in order",
//! then the candidates and the forecast), one step at a time, each with its time box and a clock
//! that says when it runs over; and the presenter view, for a projector, that shows the step in
//! large type — its key fields, its findings, its key chart and its decisions — from the same
//! design the forms edit, so it follows every change live.
//!
//! The presenter view lives at `#/present/<step>`, so a reload, back and forward keep the step;
//! opened in a second window it follows the design as any second tab does (through storage).

mod clock;

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::board_pack::ChapterView;
use super::charts::KeyChart;
use super::decisions::DecisionLog;
use super::form::{Access, Typed, field, labelled};
use super::health::FindingsList;
use super::section::Section;
use super::state::use_app;
use crate::browser::location;
use crate::charts::ChartKind;
use crate::domain::Mechanic;
use crate::domain::brief::chapter_of;
use crate::domain::places::agenda;
use crate::domain::values::Minutes;
use crate::ui::erase::{flag, handler, text};
use clock::{Clock, Standing, minutes_seconds};

/// The steps of the agenda, in the order the room takes them.
pub const STEPS: [Mechanic; 7] = Mechanic::ALL;

/// The hash prefix of the presenter view.
const PRESENT: &str = "#/present/";

/// The section that edits a step.
pub fn section_of(step: Mechanic) -> Section {
    match step {
        Mechanic::Economics => Section::Forecast,
        other => Section::for_mechanic(other),
    }
}

/// The step's name on the agenda.
fn step_label(step: Mechanic) -> &'static str {
    section_of(step).label()
}

/// The link to the presenter view of a step.
pub fn present_href(step: usize) -> String {
    let step = STEPS.get(step).copied().unwrap_or(Mechanic::Thesis);
    format!("{PRESENT}{}", section_of(step).slug())
}

/// The agenda's step for a section: its own, or the first for a section no step edits.
pub fn step_of(section: Section) -> usize {
    STEPS
        .iter()
        .position(|s| section_of(*s) == section)
        .unwrap_or(0)
}

/// The step a presenter-view hash names (`#/present/journey`), if the hash is one; the first
/// step for the view with no step or one it does not know.
pub fn step_from_hash(hash: &str) -> Option<usize> {
    let rest = hash
        .strip_prefix(PRESENT)
        .or_else(|| (hash == PRESENT.trim_end_matches('/')).then_some(""))?;
    let slug = rest.split(['/', '?']).next().unwrap_or_default();
    Some(
        STEPS
            .iter()
            .position(|s| section_of(*s).slug() == slug)
            .unwrap_or(0),
    )
}

/// How much larger than on a laptop the key chart is drawn: its 11-pixel labels read at 24.
const PROJECTED: f64 = 2.2;

/// The chart that carries a step in the room.
fn key_chart(step: Mechanic) -> ChartKind {
    match step {
        Mechanic::Thesis => ChartKind::Readiness,
        Mechanic::Archetypes | Mechanic::Scoreboard => ChartKind::Forecast,
        Mechanic::OperatingModel => ChartKind::Paths,
        Mechanic::Journey => ChartKind::Funnel,
        Mechanic::Candidates => ChartKind::Ranking,
        Mechanic::Economics => ChartKind::Economics,
    }
}

/// The session's clock, kept by the app so it runs on while the room edits in a section.
#[derive(Clone, Copy)]
pub struct Workshop {
    clock: RwSignal<Clock>,
    /// The page's clock, in milliseconds, read each second while a step's clock runs.
    now: RwSignal<f64>,
}

impl Workshop {
    /// The session's clock, for the life of the calling component (the app).
    pub fn new() -> Self {
        let workshop = Workshop {
            clock: RwSignal::new(Clock::new(STEPS.len())),
            now: RwSignal::new(now_ms()),
        };
        // The clock shows seconds passing while it runs, on whichever view is showing; a paused
        // clock asks nothing of the page.
        let ticking = StoredValue::new(None::<IntervalHandle>);
        let running = Memo::new(move |_| workshop.clock.with(Clock::is_running));
        Effect::new(move |_| {
            if let Some(handle) = ticking.get_value() {
                handle.clear();
                ticking.set_value(None);
            }
            if running.get() {
                let handle =
                    set_interval_with_handle(move || workshop.tick(), Duration::from_secs(1)).ok();
                ticking.set_value(handle);
            }
        });
        on_cleanup(move || {
            if let Some(handle) = ticking.get_value() {
                handle.clear();
            }
        });
        workshop
    }

    fn tick(&self) {
        self.now.set(now_ms());
    }

    fn start(&self, step: usize) {
        self.clock.update(|c| c.start(step, now_ms()));
        self.tick();
    }

    fn pause(&self) {
        self.clock.update(|c| c.pause(now_ms()));
        self.tick();
    }

    /// Moves the room to `step`: the presenter view follows the hash, and the clock the view.
    fn go_to(&self, step: usize) {
        location::set_hash(&present_href(step));
    }

    fn reset(&self, step: usize) {
        self.clock.update(|c| c.reset(step, now_ms()));
        self.tick();
    }

    /// Milliseconds spent on `step`, tracked.
    fn spent(&self, step: usize) -> f64 {
        let now = self.now.get();
        self.clock.with(|c| c.spent(step, now))
    }
}

fn now_ms() -> f64 {
    chrono::Utc::now().timestamp_millis() as f64
}

/// A step's time box in minutes, from the design's agenda.
fn time_box(step: usize) -> u32 {
    let app = use_app();
    let mechanic = STEPS.get(step).copied().unwrap_or(Mechanic::Thesis);
    app.design.with(|d| d.agenda.minutes(mechanic).get())
}

/// The presenter view of step `step`: a bar with the agenda's controls and the clock, then the
/// step itself in large type.
#[component]
pub fn Presenter(step: Memo<usize>, workshop: Workshop) -> impl IntoView {
    // A running clock moves with the room, however the step changed: next, previous, the
    // agenda's links, back and forward.
    Effect::new(move |_| {
        let at = step.get();
        workshop.clock.update(|c| c.go_to(at, now_ms()));
        workshop.tick();
    });
    // Arrow keys move through the agenda when no field has the focus.
    let keys = window_event_listener(ev::keydown, move |e| {
        let typing = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let at = step.get_untracked();
        match e.key().as_str() {
            "ArrowRight" | "PageDown" if at + 1 < STEPS.len() => workshop.go_to(at + 1),
            "ArrowLeft" | "PageUp" if at > 0 => workshop.go_to(at - 1),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let agenda_open = RwSignal::new(false);

    view! {
        <div class="presenter">
            <header class="presenter-bar">
                <p class="presenter-step">
                    {text(move || format!("Step {} of {}", step.get() + 1, STEPS.len()))}
                </p>
                <StepClock step workshop />
                <div class="presenter-controls" role="toolbar" aria-label="Agenda">
                    <button type="button" disabled=flag(move || step.get() == 0)
                        aria-keyshortcuts="ArrowLeft"
                        on:click=handler(move |_| workshop.go_to(step.get_untracked().saturating_sub(1)))>
                        "Previous step"
                    </button>
                    <button type="button" disabled=flag(move || step.get() + 1 >= STEPS.len())
                        aria-keyshortcuts="ArrowRight"
                        on:click=handler(move |_| workshop.go_to(step.get_untracked() + 1))>
                        "Next step"
                    </button>
                    <button type="button" aria-controls="agenda" aria-expanded=text(move || agenda_open.get().to_string())
                        on:click=handler(move |_| agenda_open.update(|o| *o = !*o))>"Agenda"</button>
                    <a class="leave" href=move || section_of(STEPS[step.get()]).href()>"Edit this step"</a>
                </div>
            </header>
            {move || agenda_open.get().then(|| view! { <Agenda step workshop /> })}
            <main id="main" class="presenter-step-view">
                {move || {
                    let at = step.get();
                    let mechanic = STEPS[at];
                    view! { <StepView mechanic /> }
                }}
            </main>
        </div>
    }
}

/// While a step's clock runs and the room edits in a section: which step, where it stands
/// against its box, and the way back to the presenter view.
#[component]
pub fn WorkshopStrip(workshop: Workshop) -> impl IntoView {
    let running = Memo::new(move |_| workshop.clock.with(Clock::running_step));
    move || {
        running.get().map(|at| {
            let standing = move || Standing::of(workshop.spent(at), time_box(at));
            view! {
                <p class="workshop-strip" class:over=flag(move || standing().is_over())>
                    <span>{format!("Workshop clock: {}", STEPS.get(at).map_or("", |s| step_label(*s)))}</span>
                    " "
                    <span class="clock-face">
                        {text(move || {
                            let seconds = (workshop.spent(at) / 1000.0).floor() as u64;
                            format!("{} of {} min · {}", minutes_seconds(seconds), time_box(at), standing().words())
                        })}
                    </span>
                    " "
                    <a href=present_href(at)>"Back to the presenter view"</a>
                </p>
            }
        })
    }
}

/// The step's clock: time spent against its time box, marked when it runs over, and the button
/// that starts or pauses it.
#[component]
fn StepClock(step: Memo<usize>, workshop: Workshop) -> impl IntoView {
    let standing = Memo::new(move |_| {
        let at = step.get();
        Standing::of(workshop.spent(at), time_box(at))
    });
    let spent = move || {
        let at = step.get();
        let seconds = (workshop.spent(at) / 1000.0).floor() as u64;
        format!("{} of {} min", minutes_seconds(seconds), time_box(at))
    };
    let running = move || workshop.clock.with(Clock::is_running);
    view! {
        <div class="step-clock" class:over=flag(move || standing.get().is_over())>
            <p class="clock-face" role="timer" aria-label="Time on this step">
                <span class="spent">{text(spent)}</span>
                " "
                <span class="standing">{text(move || standing.get().words())}</span>
            </p>
            <button type="button"
                on:click=handler(move |_| {
                    if running() { workshop.pause() } else { workshop.start(step.get_untracked()) }
                })>
                {text(move || if running() { "Pause clock".to_owned() } else { "Start clock".to_owned() })}
            </button>
            <button type="button" on:click=handler(move |_| workshop.reset(step.get_untracked()))>
                "Reset clock"
            </button>
        </div>
    }
}

/// The agenda: every step with its time box (editable) and its clock, the current one marked.
#[component]
fn Agenda(step: Memo<usize>, workshop: Workshop) -> impl IntoView {
    let app = use_app();
    let total = move || app.design.with(|d| d.agenda.total_minutes());
    view! {
        <section id="agenda" class="agenda" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">"Agenda"</h2>
            <ol>
                {STEPS
                    .iter()
                    .enumerate()
                    .map(|(at, mechanic)| {
                        let standing = move || Standing::of(workshop.spent(at), time_box(at));
                        view! {
                            <li class:current=flag(move || step.get() == at)
                                class:over=flag(move || standing().is_over())>
                                <a href=present_href(at)
                                    aria-current=move || (step.get() == at).then(|| "step".to_owned())>
                                    {step_label(*mechanic)}
                                </a>
                                <span class="agenda-spent">
                                    {text(move || {
                                        let seconds = (workshop.spent(at) / 1000.0).floor() as u64;
                                        minutes_seconds(seconds)
                                    })}
                                </span>
                                {field(&TIME_BOX, &[at])}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="agenda-total">{text(move || format!("Total {} minutes", total()))}</p>
        </section>
    }
}

/// A step's time box, edited on the agenda: the design keeps it, so the next session starts
/// from the same plan.
pub(crate) static TIME_BOX: Typed<Minutes> = labelled(agenda::MINUTES, "Time box")
    .label_made(|_, at| format!("{} time box", step_label(step_at(at))))
    .typed(Access {
        get: |design, at| Some(design.agenda.minutes(step_at(at))),
        set: |design, at, minutes| design.agenda.set(step_at(at), minutes),
    });

/// The agenda's fields, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[&TIME_BOX];

/// The step at the head of `at`, the agenda's index.
fn step_at(at: &[usize]) -> Mechanic {
    at.first()
        .and_then(|i| STEPS.get(*i))
        .copied()
        .unwrap_or(Mechanic::Thesis)
}

/// The step's key fields: its chapter of the board pack, live.
#[component]
fn KeyFields(mechanic: Mechanic) -> impl IntoView {
    let app = use_app();
    view! {
        <section class="key-fields" aria-labelledby="key-fields-heading">
            <h2 id="key-fields-heading">"Key fields"</h2>
            {move || {
                let chapter = app.analysis.with(|a| app.design.with(|d| chapter_of(d, a, mechanic)));
                view! { <ChapterView chapter titled=false /> }
            }}
        </section>
    }
}

/// One step in large type: its key fields across the screen, then its findings beside its key
/// chart, then its decisions.
#[component]
fn StepView(mechanic: Mechanic) -> impl IntoView {
    view! {
        <h1 class="presenter-heading" id="section-heading" tabindex="-1">{step_label(mechanic)}</h1>
        <KeyFields mechanic />
        <div class="presenter-grid">
            <div class="presenter-findings">
                <FindingsList mechanic heading="Findings" />
            </div>
            <div class="presenter-chart">
                <KeyChart kind=key_chart(mechanic) zoom=PROJECTED />
            </div>
        </div>
        <DecisionLog mechanic />
    }
}

impl Default for Workshop {
    fn default() -> Self {
        Self::new()
    }
}
