//! Each candidate's part of the design and of its ranking, held in signals of its own and brought
//! up to date in one pass per change. A keystroke in one candidate wakes that candidate alone,
//! however many the list holds: a memo per candidate would instead re-run every one of them on
//! every change, each re-subscribing to the design (hundreds of candidates made typing lag).

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::candidates::Candidate;
use crate::domain::ranking::RankedCandidate;
use crate::domain::values::Id;
use crate::ui::state::AppState;
use crate::ui::trailing::after_changes_painted;

/// A candidate's ranking entry and the pass threshold it was judged against.
pub type Entry = (RankedCandidate, u32);

/// One candidate's signals: `None` once it has left the design (an undo may bring it back).
#[derive(Clone, Copy)]
pub struct Slot {
    /// Its place in the list.
    pub index: RwSignal<usize>,
    pub candidate: RwSignal<Option<Candidate>>,
    pub entry: RwSignal<Option<Entry>>,
}

/// The slots of every candidate shown so far, by id; owned by the list, so they go with it.
#[derive(Clone, Copy)]
pub struct Slots {
    by_id: StoredValue<HashMap<Id, Slot>>,
    owner: StoredValue<Owner>,
    app: AppState,
}

impl Slots {
    /// Slots that follow `app`'s design and analysis from now on.
    pub fn new(app: AppState) -> Self {
        let slots = Slots {
            by_id: StoredValue::new(HashMap::new()),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            app,
        };
        // A candidate's title, labels and summary follow its fields a frame later, like the
        // analysis: the keystroke's frame lays out the field alone.
        after_changes_painted(
            move || app.design.track(),
            move || {
                app.design
                    .try_with_untracked(|d| slots.follow_design(&d.candidates.candidates));
            },
        );
        Effect::new(move |_| {
            app.analysis.with(|a| {
                let threshold = a.ranking.pass_threshold;
                slots.follow_ranking(&a.ranking.ranked, threshold);
            })
        });
        slots
    }

    /// The slot of the candidate `id`, as the design holds it now: made if it has none yet.
    pub fn slot(&self, id: &Id) -> Slot {
        let (index, candidate) = self.app.design.with_untracked(|d| {
            let list = &d.candidates.candidates;
            match list.iter().position(|c| &c.id == id) {
                Some(index) => (index, Some(list[index].clone())),
                None => (0, None),
            }
        });
        if let Some(slot) = self.by_id.with_value(|m| m.get(id).copied()) {
            // A candidate back on the list (an undone removal) shows its data from the start,
            // not a frame later.
            if slot.index.get_untracked() != index {
                slot.index.set(index);
            }
            if slot.candidate.with_untracked(|held| *held != candidate) {
                slot.candidate.set(candidate);
            }
            return slot;
        }
        let entry = self.app.analysis.with_untracked(|a| {
            a.ranking
                .get(id)
                .map(|r| (r.clone(), a.ranking.pass_threshold))
        });
        // In the list's owner, not the item's: the slot outlives an item re-rendered in place.
        let slot = self.owner.with_value(|owner| {
            owner.with(|| Slot {
                index: RwSignal::new(index),
                candidate: RwSignal::new(candidate),
                entry: RwSignal::new(entry),
            })
        });
        self.by_id.update_value(|m| {
            m.insert(id.clone(), slot);
        });
        slot
    }

    fn follow_design(&self, candidates: &[Candidate]) {
        let now: HashMap<&Id, (usize, &Candidate)> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (&c.id, (i, c)))
            .collect();
        self.by_id.with_value(|m| {
            for (id, slot) in m {
                let found = now.get(id).copied();
                if let Some((index, _)) = found
                    && slot.index.get_untracked() != index
                {
                    slot.index.set(index);
                }
                let current = found.map(|(_, c)| c);
                let changed = slot
                    .candidate
                    .with_untracked(|held| held.as_ref() != current);
                if changed {
                    slot.candidate.set(current.cloned());
                }
            }
        });
    }

    fn follow_ranking(&self, ranked: &[RankedCandidate], threshold: u32) {
        let now: HashMap<&Id, &RankedCandidate> = ranked.iter().map(|r| (&r.id, r)).collect();
        self.by_id.with_value(|m| {
            for (id, slot) in m {
                let current = now.get(id).copied();
                let changed = slot.entry.with_untracked(|held| {
                    held.as_ref().map(|(r, t)| (r, *t)) != current.map(|r| (r, threshold))
                });
                if changed {
                    slot.entry.set(current.map(|r| (r.clone(), threshold)));
                }
            }
        });
    }
}
