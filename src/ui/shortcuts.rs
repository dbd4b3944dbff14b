//! Keyboard shortcuts: undo and redo everywhere, and moving between sections when not typing;
//! `?` opens an overlay that lists them.

use leptos::ev;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::section::Section;
use super::state::use_app;
use crate::browser::{dom, location};
use crate::ui::erase::{handler, once};

/// The shortcuts, as the overlay lists them: keys, then what they do.
pub const SHORTCUTS: [(&str, &str); 7] = [
    ("Ctrl+Z / ⌘Z", "Undo the last change"),
    ("Ctrl+Shift+Z / ⌘⇧Z, Ctrl+Y", "Redo"),
    ("]  or  n", "Next section"),
    ("[  or  p", "Previous section"),
    ("1 – 8", "Go to a section by its number in the list"),
    ("?", "Show or hide these shortcuts"),
    ("Esc", "Close this list"),
];

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Undo,
    Redo,
    Go(Section),
    ToggleHelp,
    CloseHelp,
}

/// The action for a key, given the modifiers and whether the user is typing in a field (then only
/// undo and redo apply, so typing "n" or "?" in a text never navigates).
pub fn action_for(
    key: &str,
    command: bool,
    shift: bool,
    typing: bool,
    current: Section,
) -> Option<Action> {
    if command {
        return match key.to_ascii_lowercase().as_str() {
            "z" if shift => Some(Action::Redo),
            "z" => Some(Action::Undo),
            "y" => Some(Action::Redo),
            _ => None,
        };
    }
    if key == "Escape" {
        return Some(Action::CloseHelp);
    }
    if typing {
        return None;
    }
    let index = Section::ALL.iter().position(|s| *s == current).unwrap_or(0);
    match key {
        "?" => Some(Action::ToggleHelp),
        "]" | "n" => Section::ALL.get(index + 1).map(|s| Action::Go(*s)),
        "[" | "p" => index
            .checked_sub(1)
            .and_then(|i| Section::ALL.get(i))
            .map(|s| Action::Go(*s)),
        digit if digit.len() == 1 => digit
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| Section::ALL.get(i))
            .map(|s| Action::Go(*s)),
        _ => None,
    }
}

fn is_typing(event: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.get_attribute("contenteditable").is_some()
        })
}

/// Listens for the shortcuts and shows the `?` overlay.
#[component]
pub fn Shortcuts(
    /// Whether the overlay is open (the header's button opens it too).
    open: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let listener = window_event_listener(ev::keydown, move |event: KeyboardEvent| {
        if event.default_prevented() || event.alt_key() {
            return;
        }
        let command = event.ctrl_key() || event.meta_key();
        let action = action_for(
            &event.key(),
            command,
            event.shift_key(),
            is_typing(&event),
            app.section.get_untracked(),
        );
        let Some(action) = action else { return };
        match action {
            Action::Undo => app.undo(),
            Action::Redo => app.redo(),
            Action::Go(section) => location::set_hash(&section.href()),
            Action::ToggleHelp => open.update(|o| *o = !*o),
            Action::CloseHelp => {
                if !open.get_untracked() {
                    return;
                }
                open.set(false);
            }
        }
        event.prevent_default();
    });
    on_cleanup(move || listener.remove());

    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open {
            dom::after_render(once(|| dom::focus("shortcuts-title")));
        } else if was_open == Some(true) {
            dom::focus("shortcuts-button");
        }
        is_open
    });

    move || {
        open.get().then(|| {
            view! {
                <div class="overlay" on:click=handler(move |_| open.set(false))>
                    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title"
                        on:click=handler(|e: leptos::ev::MouseEvent| e.stop_propagation())>
                        <h2 id="shortcuts-title" tabindex="-1">"Keyboard shortcuts"</h2>
                        <table class="shortcut-table">
                            <caption class="visually-hidden">"Keys and what they do"</caption>
                            <thead><tr><th scope="col">"Keys"</th><th scope="col">"Action"</th></tr></thead>
                            <tbody>
                                {SHORTCUTS.iter().map(|(keys, what)| view! {
                                    <tr><td><kbd>{*keys}</kbd></td><td>{*what}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                        <p class="hint">"Section keys work when you are not typing in a field."</p>
                        <button type="button" class="primary" on:click=handler(move |_| open.set(false))>"Close"</button>
                    </div>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_work_even_while_typing() {
        assert_eq!(
            action_for("z", true, false, true, Section::Thesis),
            Some(Action::Undo)
        );
        assert_eq!(
            action_for("Z", true, true, true, Section::Thesis),
            Some(Action::Redo)
        );
        assert_eq!(
            action_for("y", true, false, false, Section::Thesis),
            Some(Action::Redo)
        );
    }

    #[test]
    fn section_keys_are_ignored_while_typing() {
        assert_eq!(action_for("n", false, false, true, Section::Thesis), None);
        assert_eq!(action_for("?", false, true, true, Section::Thesis), None);
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        assert_eq!(
            action_for("]", false, false, false, Section::Thesis),
            Some(Action::Go(Section::Archetypes))
        );
        assert_eq!(
            action_for("p", false, false, false, Section::Overview),
            None
        );
        assert_eq!(
            action_for("n", false, false, false, Section::Candidates),
            Some(Action::Go(Section::BoardPack))
        );
        assert_eq!(
            action_for("n", false, false, false, Section::BoardPack),
            None
        );
    }

    #[test]
    fn digits_jump_to_a_section_by_its_number() {
        assert_eq!(
            action_for("1", false, false, false, Section::Journey),
            Some(Action::Go(Section::Overview))
        );
        assert_eq!(
            action_for("6", false, false, false, Section::Overview),
            Some(Action::Go(Section::Journey))
        );
        assert_eq!(
            action_for("9", false, false, false, Section::Overview),
            Some(Action::Go(Section::Candidates))
        );
        assert_eq!(
            action_for("0", false, false, false, Section::Overview),
            None
        );
    }
}
