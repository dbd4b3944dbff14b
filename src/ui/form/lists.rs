//! The lists of the design, declared once each ([`ListOf`]) and edited one way: items added,
//! moved up or down and removed (with Undo) by buttons that name the item they act on, each a
//! step of its own in the undo history, with focus kept where the person is working.

use leptos::prelude::*;

use crate::browser::dom;
use crate::domain::Design;
use crate::domain::part::Part;
use crate::domain::path::{DocPath, Place};
use crate::ui::erase::{flag, handler, once, text};
use crate::ui::state::AppState;

/// A list of the design: where it is, the most it may hold, and how to reach it in its part
/// (`S`, found at the list's own indices: a stage, for that stage's activities).
pub struct ListOf<I: 'static, S: 'static = Design> {
    /// The list's place (`operating.roles`, `journey.stages.#.activities`); also the place of
    /// its Add button, where a finding about the list as a whole lands.
    pub place: Place,
    /// The most items the list may hold (the format's limit).
    pub max: usize,
    /// The list in its part; none when it is not there (the volume bands of another model).
    pub items: fn(&S) -> Option<&Vec<I>>,
    pub items_mut: fn(&mut S) -> Option<&mut Vec<I>>,
}

/// The list at a member of its part, holding at most `max` items:
/// `list_of!(operating::ROLES, LIST_MAX, operating.roles)`.
macro_rules! list_of {
    ($place:expr, $max:expr, $($member:ident).+) => {
        $crate::ui::form::ListOf {
            place: $place,
            max: $max,
            items: |part| Some(&part.$($member).+),
            items_mut: |part| Some(&mut part.$($member).+),
        }
    };
}
pub(crate) use list_of;

impl<I, S: Part> ListOf<I, S> {
    /// The list at `at` (the indices of the items it is in).
    pub fn of<'d>(&self, design: &'d Design, at: &[usize]) -> Option<&'d Vec<I>> {
        S::find(design, at).and_then(self.items)
    }

    fn of_mut<'d>(&self, design: &'d mut Design, at: &[usize]) -> Option<&'d mut Vec<I>> {
        S::find_mut(design, at).and_then(self.items_mut)
    }

    /// The list's own path, for the item at `at`'s list.
    pub fn path(&self, at: &[usize]) -> DocPath {
        self.place.at(at)
    }

    /// The path of item `index`.
    pub fn item_path(&self, at: &[usize], index: usize) -> DocPath {
        self.place.at(at).item(index)
    }

    /// How many items the list holds now, read once.
    pub fn count(&self, app: AppState, at: &[usize]) -> usize {
        app.design
            .with_untracked(|d| self.of(d, at).map_or(0, Vec::len))
    }

    /// Appends `item` (up to the list's maximum) as a step of its own and focuses the field
    /// `focus` of the new item (its place), or the item itself.
    pub fn add(&'static self, app: AppState, at: &[usize], item: I, focus: Option<Place>) {
        let mut added = None;
        app.change(|d| {
            if let Some(list) = self.of_mut(d, at)
                && list.len() < self.max
            {
                list.push(item);
                added = Some(list.len() - 1);
            }
        });
        if let Some(index) = added {
            let mut indices = at.to_vec();
            indices.push(index);
            let id = match focus {
                Some(place) => place.at(&indices).element_id(),
                None => self.item_path(at, index).element_id(),
            };
            dom::after_render(once(move || dom::focus(&id)));
        }
    }

    /// Moves item `index` by `delta` places (−1 up, +1 down) as a step of its own; focus follows
    /// the item, to the same button where it is still enabled.
    pub fn move_by(&'static self, app: AppState, at: &[usize], index: usize, delta: isize) {
        let Some(target) = index.checked_add_signed(delta) else {
            return;
        };
        app.change(|d| {
            if let Some(list) = self.of_mut(d, at) {
                move_item(list, index, delta);
            }
        });
        // An item with a heading of its own takes focus itself, and announces its new place; a
        // one-line row (its one field carries the item's path, the row `…-row`) keeps focus on
        // the same button, so pressing it again moves the row again.
        let item = self.item_path(at, target).element_id();
        let row = format!("{item}-row");
        let (same, other) = if delta < 0 { (1, 2) } else { (2, 1) };
        let selectors = [
            format!("#{row} .item-controls button:nth-child({same}):not(:disabled)"),
            format!("#{row} .item-controls button:nth-child({other})"),
            format!("#{item}"),
        ];
        dom::after_render(once(move || dom::focus_first_matching(&selectors)));
    }

    /// Removes item `index` as a step of its own, with an Undo notice naming it (`what`); focus
    /// moves to the item that took its place, the one before, or the Add button.
    pub fn remove(&'static self, app: AppState, at: &[usize], index: usize, what: &str) {
        self.remove_with(app, at, index, what, |_, _| {});
    }

    /// Removes item `index` and whatever depends on it (`also`, given the design and the item
    /// removed: a metric's owners, a criterion's ratings).
    pub fn remove_with(
        &'static self,
        app: AppState,
        at: &[usize],
        index: usize,
        what: &str,
        also: impl FnOnce(&mut Design, I),
    ) {
        app.remove(what, |d| {
            let removed = self
                .of_mut(d, at)
                .filter(|list| index < list.len())
                .map(|list| list.remove(index));
            if let Some(item) = removed {
                also(d, item);
            }
        });
        let left = self.count(app, at);
        let id = match left {
            0 => self.path(at).element_id(),
            n => self.item_path(at, index.min(n - 1)).element_id(),
        };
        dom::after_render(once(move || dom::focus(&id)));
    }
}

impl<I: 'static, S: Part> ListOf<I, S> {
    /// How many items the list has, kept up to date.
    pub fn len(&'static self, app: AppState, at: &[usize]) -> Memo<usize> {
        let at = at.to_vec();
        Memo::new(move |_| app.design.with(|d| self.of(d, &at).map_or(0, Vec::len)))
    }

    /// Whether the list has reached its maximum, kept up to date.
    pub fn full(&'static self, app: AppState, at: &[usize]) -> Signal<bool> {
        let len = self.len(app, at);
        let max = self.max;
        Signal::derive(move || len.get() >= max)
    }

    /// A value read from item `index`; the type's default once the item is gone.
    pub fn value<T>(
        &'static self,
        app: AppState,
        at: &[usize],
        index: usize,
        get: fn(&I) -> T,
    ) -> Signal<T>
    where
        T: Default + Clone + Send + Sync + 'static,
    {
        let at = at.to_vec();
        Signal::derive(move || {
            app.design.with(|d| {
                self.of(d, &at)
                    .and_then(|list| list.get(index))
                    .map(get)
                    .unwrap_or_default()
            })
        })
    }
}

/// Moves the item at `index` one place up (`delta` −1) or down (+1); does nothing at the ends.
pub fn move_item<T>(items: &mut [T], index: usize, delta: isize) {
    let Some(target) = index.checked_add_signed(delta) else {
        return;
    };
    if index < items.len() && target < items.len() {
        items.swap(index, target);
    }
}

/// The Move up / Move down / Remove buttons of one list item.
#[component]
pub fn ItemControls(
    /// The item as a person would name it: `role “Partner ops”`.
    #[prop(into)]
    what: Signal<String>,
    /// The item's position in its list.
    index: usize,
    /// How many items the list has.
    #[prop(into)]
    len: Signal<usize>,
    /// Moves the item by −1 (up) or +1 (down); none for a list kept in order by its values.
    #[prop(optional)]
    on_move: Option<Callback<isize>>,
    /// Removes the item.
    on_remove: Callback<()>,
) -> impl IntoView {
    let last = move || index + 1 >= len.get();
    let moves = on_move.map(|on_move| {
        view! {
            <button type="button" disabled=flag(move || index == 0)
                aria-label=text(move || format!("Move {} up", what.get()))
                on:click=handler(move |_| on_move.run(-1))>"Up"</button>
            <button type="button" disabled=flag(last)
                aria-label=text(move || format!("Move {} down", what.get()))
                on:click=handler(move |_| on_move.run(1))>"Down"</button>
        }
    });
    view! {
        <div class="item-controls">
            {moves}
            <button type="button" class="remove"
                aria-label=text(move || format!("Remove {}", what.get()))
                on:click=handler(move |_| on_remove.run(()))>"Remove"</button>
        </div>
    }
}

/// One item of a list: its heading, its controls and its fields. The item carries the id of
/// its path, so focus can land on it.
#[component]
pub fn ListItem(
    /// The item's path (`operating.roles.2`).
    path: DocPath,
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
    /// Extra classes of the item.
    #[prop(optional)]
    class: &'static str,
    /// The item's fields.
    children: Children,
) -> impl IntoView {
    let id = path.element_id();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let class = format!("list-item {class}");
    let controls = ItemControlsProps {
        what,
        index,
        len,
        on_move,
        on_remove,
    };
    view! {
        <li class=class id=id tabindex="-1" aria-labelledby=labelled_by>
            <div class="list-item-head">
                <h4 id=heading_id>{text(move || heading.get())}</h4>
                {leptos::component::component_view(ItemControls, controls)}
            </div>
            {children()}
        </li>
    }
}

/// The button that appends an item to a list; it carries the list's path as its id, so a
/// finding about the list as a whole (no executive sponsor) lands on it.
#[component]
pub fn AddButton(
    /// The list's path.
    path: DocPath,
    /// The button's text: "Add a role".
    #[prop(into)]
    label: String,
    /// Whether the list is full.
    #[prop(into)]
    full: Signal<bool>,
    /// The most the list may hold, said when it is full.
    max: usize,
    /// Appends the item.
    on_add: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="list-add">
            <button type="button" id=path.element_id() disabled=flag(move || full.get())
                on:click=handler(move |_| on_add.run(()))>{label}</button>
            <p class="hint" hidden=flag(move || !full.get())>{format!("A list holds at most {max} items.")}</p>
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
    fn moving_swaps_neighbours_and_stops_at_the_ends() {
        let mut v = vec![1, 2, 3];
        move_item(&mut v, 0, -1);
        assert_eq!(v, [1, 2, 3]);
        move_item(&mut v, 0, 1);
        assert_eq!(v, [2, 1, 3]);
        move_item(&mut v, 2, 1);
        assert_eq!(v, [2, 1, 3]);
        move_item(&mut v, 2, -1);
        assert_eq!(v, [2, 3, 1]);
    }
}
