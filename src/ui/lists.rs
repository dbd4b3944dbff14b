//! Lists in the design (roles, tiers, stages' activities, metrics, candidates): each item can be
//! moved up or down and removed (with Undo), by buttons that name the item they act on.

use leptos::prelude::*;

use crate::ui::erase::{flag, handler, text};

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
    /// Moves the item by −1 (up) or +1 (down).
    on_move: Callback<isize>,
    /// Removes the item.
    on_remove: Callback<()>,
) -> impl IntoView {
    let last = move || index + 1 >= len.get();
    view! {
        <div class="item-controls">
            <button type="button" disabled=flag(move || index == 0)
                aria-label=text(move || format!("Move {} up", what.get()))
                on:click=handler(move |_| on_move.run(-1))>"Up"</button>
            <button type="button" disabled=flag(last)
                aria-label=text(move || format!("Move {} down", what.get()))
                on:click=handler(move |_| on_move.run(1))>"Down"</button>
            <button type="button" class="remove"
                aria-label=text(move || format!("Remove {}", what.get()))
                on:click=handler(move |_| on_remove.run(()))>"Remove"</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::move_item;

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
