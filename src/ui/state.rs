//! App-wide state, shared through context as one `Copy` value: the design (the one source of
//! truth), its analysis (derived), the section in view, undo/redo, and the notice line.

use leptos::prelude::*;

use super::history::History;
use super::section::Section;
use super::trailing::{Quiet, after_changes_painted, now_ms};
use crate::domain::Design;
use crate::domain::analysis::{Analysis, analyse};
use crate::domain::health::{self, Finding, raises_new};
use crate::domain::path::DocPath;

/// How long typing must pause before a finding it raised is shown (ms): long enough to pass a
/// half-typed value by (1 % on the way to 15 %), short enough to feel live.
const SETTLE_MS: i64 = 500;

/// A message shown in the notice line, optionally with an Undo button (after a removal).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub message: String,
    pub offers_undo: bool,
}

/// Everything the app's components share. Cheap to copy; read it with `use_app()`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The design being edited.
    pub design: RwSignal<Design>,
    /// Findings, readiness, forecast and ranking of the design. Recomputed once the frame that
    /// shows a change has been painted, so a keystroke's text appears at once and what is
    /// derived from it (findings, scores, charts) follows a frame later; a burst of changes
    /// within one frame is analysed once.
    pub analysis: ReadSignal<Analysis>,
    /// The section in view (follows the URL hash).
    pub section: RwSignal<Section>,
    /// Bumped when the design changes other than by typing into a field (an item added, moved
    /// or removed, undo, redo, another design opened), so fields drop any half-typed text and
    /// show the design's value again.
    pub revision: ReadSignal<u64>,
    bump: WriteSignal<u64>,
    /// The line that says what just happened ("Removed role …", "Undone").
    pub notice: RwSignal<Option<Notice>>,
    history: StoredValue<History<Design>>,
    /// Ticks when the history changes, so Undo/Redo buttons follow it.
    history_tick: RwSignal<u64>,
    /// Typing into a field, and the analysis waiting for it to pause.
    typing: Quiet,
    /// Whether `analysis` is of the design as it is now.
    current: StoredValue<bool>,
    live: Live,
}

impl AppState {
    /// The state of `design`, not yet analysed: the app analyses it with [`AppState::analyse`]
    /// once its header is on screen, before anything that shows the analysis.
    pub fn new(design: Design, section: Section) -> Self {
        let analysis = RwSignal::new(Analysis::default());
        let design = RwSignal::new(design);
        let live = Live {
            design,
            analysis,
            typing: Quiet::new(SETTLE_MS),
            current: StoredValue::new(false),
        };
        after_changes_painted(move || design.track(), move || live.refresh());
        let (revision, bump) = signal(0);
        AppState {
            design,
            analysis: analysis.read_only(),
            section: RwSignal::new(section),
            revision,
            bump,
            notice: RwSignal::new(None),
            history: StoredValue::new(History::default()),
            history_tick: RwSignal::new(0),
            typing: live.typing,
            current: live.current,
            live,
        }
    }

    /// Analyses the design as it is now.
    pub fn analyse(&self) {
        self.live.refresh();
    }

    /// The person typed into a field: a finding the text raises waits for a pause in typing.
    pub fn note_typing(&self) {
        self.typing.poke();
    }

    /// A wait for typing to pause, with a timer of its own that goes with the calling
    /// component: for work too heavy for a keystroke (decision support), run by
    /// [`Quiet::then`] once typing has paused, or at once in a task of its own.
    pub fn typing_pause(&self) -> Quiet {
        self.typing.sibling()
    }

    /// Typing into the field at `path`: the design changes through `change`, and keystrokes in
    /// one field, close together, join one undoable step.
    pub fn type_into(&self, path: &DocPath, change: impl FnOnce(&mut Design)) {
        let mut change = Some(change);
        self.apply(&path.dotted(), &mut |d| {
            if let Some(change) = change.take() {
                change(d);
            }
        });
    }

    /// A change of the design's structure (an item added, moved or removed, a template
    /// applied): always an undoable step of its own, after which every field shows the
    /// design's value again.
    pub fn change(&self, change: impl FnOnce(&mut Design)) {
        self.history.update_value(History::seal);
        self.type_into(&DocPath::design(), change);
        self.history.update_value(History::seal);
        self.bump.update(|r| *r += 1);
    }

    /// `type_into` without its type parameter: one copy of this in the app, however many
    /// fields call it. The design is changed in place, and copied for the undo history when the
    /// edit starts a new step.
    fn apply(&self, key: &str, change: &mut dyn FnMut(&mut Design)) {
        let now = now_ms() as f64;
        // A keystroke that joins the step being typed needs no copy for the history.
        self.current.set_value(false);
        if self.history.with_value(|h| h.joins(key, now)) {
            self.design.update(|d| change(d));
            self.history.update_value(|h| h.extend(now));
            return;
        }
        let mut before = None;
        self.design.update_untracked(|d| {
            let kept = d.clone();
            change(d);
            if *d != kept {
                before = Some(kept);
            }
        });
        let Some(before) = before else {
            return;
        };
        self.history.update_value(|h| h.record(before, key, now));
        self.design.notify();
        self.history_tick.update(|t| *t += 1);
    }

    /// Removes an item through `change` as its own undoable step, and says so with an Undo
    /// button: `what` names it ("role “Partner ops”").
    pub fn remove(&self, what: &str, change: impl FnOnce(&mut Design)) {
        self.change(change);
        self.notice.set(Some(Notice {
            message: format!("Removed {what}."),
            offers_undo: true,
        }));
    }

    /// Shows another design in place of this one (another saved design, a newer save from
    /// another tab, a shared design): its undo history starts afresh, so undo never carries one
    /// design's content into another.
    pub fn replace(&self, design: Design) {
        self.history.update_value(History::clear);
        self.current.set_value(false);
        self.design.set(design);
        self.history_tick.update(|t| *t += 1);
        self.bump.update(|r| *r += 1);
    }

    pub fn undo(&self) {
        let present = self.design.get_untracked();
        let mut restored = None;
        self.history
            .update_value(|h| restored = h.undo(present).ok());
        if let Some(previous) = restored {
            self.current.set_value(false);
            self.design.set(previous);
            self.after_time_travel("Undone.");
        }
    }

    pub fn redo(&self) {
        let present = self.design.get_untracked();
        let mut restored = None;
        self.history
            .update_value(|h| restored = h.redo(present).ok());
        if let Some(next) = restored {
            self.current.set_value(false);
            self.design.set(next);
            self.after_time_travel("Redone.");
        }
    }

    fn after_time_travel(&self, message: &str) {
        self.bump.update(|r| *r += 1);
        self.history_tick.update(|t| *t += 1);
        self.notice.set(Some(Notice {
            message: message.to_owned(),
            offers_undo: false,
        }));
    }

    /// The health findings of the design as it is now: the analysis's, computed already, unless
    /// it is still waiting on a change (typing that raised a finding waits for a pause), when they
    /// are computed afresh. What a saved copy of the design carries.
    pub fn findings_now(&self) -> Vec<Finding> {
        if self.current.get_value() {
            self.analysis.with_untracked(|a| a.findings.clone())
        } else {
            self.design.with_untracked(health::check)
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history_tick.track();
        self.history.with_value(History::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.history_tick.track();
        self.history.with_value(History::can_redo)
    }
}

/// The analysis kept up to date with the design.
#[derive(Clone, Copy)]
struct Live {
    design: RwSignal<Design>,
    analysis: RwSignal<Analysis>,
    typing: Quiet,
    current: StoredValue<bool>,
}

impl Live {
    /// Analyses the design and shows the result, unless it raises a finding while the person is
    /// typing: then the whole analysis waits for a pause, so a finding never flashes up for a
    /// value only passed through, and the badges never disagree with the list.
    fn refresh(self) {
        let Some(next) = self.design.try_with_untracked(analyse) else {
            return;
        };
        if self.typing.is_busy()
            && self
                .analysis
                .try_with_untracked(|now| raises_new(&now.findings, &next.findings))
                == Some(true)
        {
            self.typing.then(move || self.refresh());
            return;
        }
        if self.analysis.try_with_untracked(|now| *now != next) == Some(true) {
            self.analysis.set(next);
        }
        self.current.try_set_value(true);
    }
}

/// The app's state, from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
