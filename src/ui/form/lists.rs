//! The lists of the operating model (roles, tiers, a registration's required fields, volume
//! bands) as the form edits them: an item's values as signals, its edits as undo steps, and
//! adding, moving and removing items with focus kept where the person is working.

use std::sync::atomic::{AtomicU64, Ordering};

use leptos::prelude::*;

use crate::browser::dom;
use crate::domain::Design;
use crate::domain::format::limits::LIST_MAX;
use crate::ui::erase::{flag, handler, once, text};
use crate::ui::fields::field_id;
use crate::ui::lists::{ItemControls, move_item};
use crate::ui::state::AppState;

/// Numbers structural edits, so each add or move is its own undo step even when two come
/// within the time that joins keystrokes in one field.
static STEP: AtomicU64 = AtomicU64::new(0);

fn step_key(path: &str, what: &str) -> String {
    format!("{path}.{what}.{}", STEP.fetch_add(1, Ordering::Relaxed))
}

/// A list in the design: its document path and how to reach it. `read` and `write` give none
/// when the list is not there (the volume bands of another compensation model).
pub struct ListOf<I: 'static> {
    /// The list's document path (`operating.roles`); also the id of its Add button.
    pub path: &'static str,
    pub read: fn(&Design) -> Option<&Vec<I>>,
    pub write: fn(&mut Design) -> Option<&mut Vec<I>>,
}

impl<I> Clone for ListOf<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I> Copy for ListOf<I> {}

impl<I: Send + Sync + 'static> ListOf<I> {
    /// The document path of item `index`: `operating.roles.2`.
    pub fn item_path(self, index: usize) -> String {
        format!("{}.{index}", self.path)
    }

    /// The document path of a field of item `index`: `operating.roles.2.title`.
    pub fn field_path(self, index: usize, field: &str) -> String {
        format!("{}.{index}.{field}", self.path)
    }

    /// How many items the list has.
    pub fn len(self, app: AppState) -> Memo<usize> {
        Memo::new(move |_| app.design.with(|d| (self.read)(d).map_or(0, Vec::len)))
    }

    /// A value read from item `index`; the type's default once the item is gone.
    pub fn value<T>(self, app: AppState, index: usize, get: fn(&I) -> T) -> Signal<T>
    where
        T: Default + Clone + Send + Sync + 'static,
    {
        Signal::derive(move || {
            app.design.with(|d| {
                (self.read)(d)
                    .and_then(|list| list.get(index))
                    .map(get)
                    .unwrap_or_default()
            })
        })
    }

    /// Appends `item` (up to the format's list limit) and focuses its `focus` field.
    pub fn add(self, app: AppState, item: I, focus: &'static str) {
        let mut added = None;
        app.edit(&step_key(self.path, "add"), |d| {
            if let Some(list) = (self.write)(d)
                && list.len() < LIST_MAX
            {
                list.push(item);
                added = Some(list.len() - 1);
            }
        });
        if let Some(index) = added {
            let id = if focus.is_empty() {
                field_id(&self.item_path(index))
            } else {
                field_id(&self.field_path(index, focus))
            };
            dom::after_render(once(move || dom::focus(&id)));
        }
    }

    /// Moves item `index` by `delta` places; focus follows the item.
    pub fn move_by(self, app: AppState, index: usize, delta: isize) {
        let Some(target) = index.checked_add_signed(delta) else {
            return;
        };
        app.edit(&step_key(self.path, "move"), |d| {
            if let Some(list) = (self.write)(d) {
                move_item(list, index, delta);
            }
        });
        // Text half-typed in a field stays with the place, not the item: drop it.
        app.revision.update(|r| *r += 1);
        let id = field_id(&self.item_path(target));
        dom::after_render(once(move || dom::focus(&id)));
    }

    /// Removes item `index` with an Undo notice naming it; focus moves to the next item, or to
    /// the Add button when none is left.
    pub fn remove(self, app: AppState, index: usize, what: &str) {
        app.remove(what, |d| {
            if let Some(list) = (self.write)(d)
                && index < list.len()
            {
                list.remove(index);
            }
        });
        app.revision.update(|r| *r += 1);
        let left = app
            .design
            .with_untracked(|d| (self.read)(d).map_or(0, Vec::len));
        let id = match left {
            0 => field_id(self.path),
            n => field_id(&self.item_path(index.min(n - 1))),
        };
        dom::after_render(once(move || dom::focus(&id)));
    }

    /// Whether the list has reached the format's limit.
    pub fn full(self, app: AppState) -> Signal<bool> {
        let len = self.len(app);
        Signal::derive(move || len.get() >= LIST_MAX)
    }
}

/// One item of a list: its heading, its controls (move up, move down, remove, each naming the
/// item) and its fields. The item carries the id of its document path, so focus can land on it.
#[component]
pub fn ListItem(
    /// The item's document path (`operating.roles.2`).
    path: String,
    /// The heading: the item's place and name.
    #[prop(into)]
    heading: Signal<String>,
    /// The item as the buttons name it: `role “Partner ops”`.
    #[prop(into)]
    what: Signal<String>,
    /// The item's position.
    index: usize,
    /// How many items the list has.
    #[prop(into)]
    len: Signal<usize>,
    /// Moves the item; none for a list kept in order by its values (volume bands).
    #[prop(optional)]
    on_move: Option<Callback<isize>>,
    /// Removes the item.
    on_remove: Callback<()>,
    /// The item's fields.
    children: Children,
) -> impl IntoView {
    let id = field_id(&path);
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let controls = match on_move {
        Some(on_move) => view! {
            <ItemControls what=what index=index len=len on_move=on_move on_remove=on_remove />
        }
        .into_any(),
        None => view! {
            <div class="item-controls">
                <button type="button" class="remove"
                    aria-label=text(move || format!("Remove {}", what.get()))
                    on:click=handler(move |_| on_remove.run(()))>"Remove"</button>
            </div>
        }
        .into_any(),
    };
    view! {
        <li class="list-item operating-item" id=id tabindex="-1" aria-labelledby=labelled_by>
            <div class="operating-item-head">
                <h4 id=heading_id>{text(move || heading.get())}</h4>
                {controls}
            </div>
            {children()}
        </li>
    }
}

/// The button that appends an item to a list; it carries the list's path as its id, so a
/// finding about the list as a whole (no executive sponsor) lands on it.
#[component]
pub fn AddButton(
    /// The list's document path.
    path: &'static str,
    /// The button's text: "Add a role".
    label: &'static str,
    /// Whether the list is full.
    #[prop(into)]
    full: Signal<bool>,
    /// Appends the item.
    on_add: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="operating-add">
            <button type="button" id=field_id(path) disabled=flag(move || full.get())
                on:click=handler(move |_| on_add.run(()))>{label}</button>
            <p class="hint" hidden=flag(move || !full.get())>{format!("A list holds at most {LIST_MAX} items.")}</p>
        </div>
    }
}

/// The quoted name of an item, or its place when it has no name: `“Gold”`, `2`.
pub fn item_name(name: &str, index: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        (index + 1).to_string()
    } else {
        format!("“{name}”")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_is_named_by_its_name_or_else_its_place() {
        assert_eq!(item_name(" Gold ", 0), "“Gold”");
        assert_eq!(item_name("  ", 1), "2");
    }

    #[test]
    fn every_structural_edit_has_its_own_undo_key() {
        assert_ne!(
            step_key("operating.roles", "add"),
            step_key("operating.roles", "add")
        );
    }
}
