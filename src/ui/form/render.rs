//! A declaration as its control: the value read from the design, or from a signal that already
//! holds the part (a long list keeps one per item, so a keystroke in one item wakes that item
//! alone), and written back through the part as one undo step per field typed into.

use std::sync::Arc;

use leptos::component::component_view;
use leptos::prelude::*;

use super::{
    Access, Check, Checkbox, Choice, Entry, Heading, Look, Options, Refuse, Select, Size, Text,
    TextField, Typed, Words,
    choice::{CheckboxProps, SelectProps},
    parsed::{TextInput, TextInputProps},
    text::TextFieldProps,
};
use crate::domain::Design;
use crate::domain::format::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::domain::part::Part;
use crate::domain::path::DocPath;
use crate::ui::state::{AppState, use_app};

/// Where a control reads its part from.
pub enum Source<S: Send + Sync + 'static> {
    /// The design, found at the item's indices.
    Design,
    /// A signal that holds the part.
    Held(Signal<Option<S>>),
}

/// A declaration that shows itself as a control editing a part of type `S`.
pub trait Control<S: Send + Sync + 'static> {
    fn view(&'static self, at: Arc<[usize]>, source: Source<S>) -> AnyView;
}

/// The control of a declared field, for the item at `at` (the indices of the items it is in,
/// outermost first; empty outside lists).
pub fn field<S: Send + Sync + 'static>(spec: &'static impl Control<S>, at: &[usize]) -> AnyView {
    spec.view(at.into(), Source::Design)
}

/// The control of a declared field of a part already held in a signal.
pub fn field_in<S: Send + Sync + 'static>(
    spec: &'static impl Control<S>,
    at: &[usize],
    part: Signal<Option<S>>,
) -> AnyView {
    spec.view(at.into(), Source::Held(part))
}

/// A control's hold on its value, with the part's type gone: its path, and how to read and
/// write the value. Only this is made once per kind of part and value; the controls themselves
/// are made once per kind of value.
struct Bound<T: 'static> {
    app: AppState,
    at: Arc<[usize]>,
    path: DocPath,
    /// The value now, tracked; none once the part is gone.
    read: Arc<dyn Fn() -> Option<T> + Send + Sync>,
    /// Writes a value, as keystrokes in the field at `path`.
    write: Callback<T>,
}

/// Reads a value from the design for the item at `at`.
type ReadIn<T> = Arc<dyn Fn(&Design, &[usize]) -> Option<T> + Send + Sync>;
/// Writes a value into the design for the item at `at`.
type WriteIn<T> = Arc<dyn Fn(&mut Design, &[usize], T) + Send + Sync>;

impl<T: Send + Sync + 'static, S: Part + Send + Sync> Access<T, S> {
    /// Binds a control to this value of the part at `at`. Only the two small closures that
    /// find the part are made once per kind of part and value; the reactive reading and the
    /// undoable writing are made once per kind of value.
    fn bind(self, path: DocPath, at: Arc<[usize]>, source: Source<S>) -> Bound<T> {
        let Access { get, set } = self;
        let write: WriteIn<T> = Arc::new(move |d, at, value| {
            if let Some(part) = S::find_mut(d, at) {
                set(part, at, value);
            }
        });
        match source {
            Source::Design => {
                let read: ReadIn<T> =
                    Arc::new(move |d, at| S::find(d, at).and_then(|s| get(s, at)));
                bound(path, at, read, write)
            }
            Source::Held(part) => {
                let read_at = at.clone();
                let read: Arc<dyn Fn() -> Option<T> + Send + Sync> =
                    Arc::new(move || part.read().as_ref().and_then(|s| get(s, &read_at)));
                bound_to(path, at, read, write)
            }
        }
    }
}

/// A control bound to a value read from the design itself.
fn bound<T: Send + Sync + 'static>(
    path: DocPath,
    at: Arc<[usize]>,
    read: ReadIn<T>,
    write: WriteIn<T>,
) -> Bound<T> {
    let app = use_app();
    let read_at = at.clone();
    // Read through a guard: `with` would compile the signal's reading code again for each
    // reader, the guard once.
    let read = Arc::new(move || read(&app.design.read(), &read_at));
    bound_to(path, at, read, write)
}

/// A control bound to `read`, writing through `write` as keystrokes in the field at `path`.
fn bound_to<T: Send + Sync + 'static>(
    path: DocPath,
    at: Arc<[usize]>,
    read: Arc<dyn Fn() -> Option<T> + Send + Sync>,
    write: WriteIn<T>,
) -> Bound<T> {
    let app = use_app();
    let write = {
        let (path, at) = (path.clone(), at.clone());
        Callback::new(move |value: T| app.type_into(&path, |d| write(d, &at, value)))
    };
    Bound {
        app,
        at,
        path,
        read,
        write,
    }
}

impl<T: 'static> Bound<T> {
    /// The value now; the type's default once the part is gone.
    fn value(&self) -> impl Fn() -> T + Send + Sync + 'static
    where
        T: Default,
    {
        let read = Arc::clone(&self.read);
        move || read().unwrap_or_default()
    }
}

/// The words for the item at `at`, read once: labels and hints follow the item, not its edits.
fn words(app: AppState, words: &Words, at: &[usize]) -> String {
    app.design.with_untracked(|d| words.say(d, at))
}

fn hint(app: AppState, hint: &Words, at: &[usize]) -> Option<String> {
    Some(words(app, hint, at)).filter(|h| !h.is_empty())
}

/// A text cut to `max` characters, as a field's `maxlength` cuts what is typed or pasted.
pub(super) fn within(text: String, max: usize) -> String {
    if text.chars().count() <= max {
        text
    } else {
        text.chars().take(max).collect()
    }
}

impl<S: Part> Text<S> {
    /// The most characters the text may hold.
    pub(super) fn max(&self) -> usize {
        match self.size {
            Size::Name => NAME_MAX_CHARS,
            Size::Line | Size::Paragraph => TEXT_MAX_CHARS,
        }
    }
}

impl<S: Part + Clone + Send + Sync> Control<S> for Text<S> {
    fn view(&'static self, at: Arc<[usize]>, source: Source<S>) -> AnyView {
        let bound = self.access.bind(self.head.place.at(&at), at, source);
        text_view(
            bound,
            self.head.label,
            self.head.hint,
            self.size,
            self.max(),
        )
    }
}

fn text_view(
    bound: Bound<String>,
    label: Words,
    hint_words: Words,
    size: Size,
    max: usize,
) -> AnyView {
    let app = bound.app;
    let write = bound.write;
    let props = TextFieldProps {
        on_change: Callback::new(move |text: String| write.run(within(text, max))),
        label: words(app, &label, &bound.at),
        hint: hint(app, &hint_words, &bound.at),
        value: Signal::derive(bound.value()),
        multiline: size == Size::Paragraph,
        max_len: max,
        path: bound.path,
    };
    component_view(TextField, props).into_any()
}

impl<T, S> Control<S> for Typed<T, S>
where
    T: Entry,
    S: Part + Clone + Send + Sync,
{
    fn view(&'static self, at: Arc<[usize]>, source: Source<S>) -> AnyView {
        let bound = self.access.bind(self.head.place.at(&at), at, source);
        typed_view(bound, self.head, self.look(), T::parse, T::show, self.check)
    }
}

fn typed_view<T>(
    bound: Bound<T>,
    head: Heading,
    look: Look,
    parse: fn(&str) -> Result<T, String>,
    show: fn(&T) -> String,
    check: Option<Refuse<T>>,
) -> AnyView
where
    T: Clone + Send + Sync + 'static,
{
    let app = bound.app;
    let (suffix, inputmode) = match look {
        Look::Count(word) => (word, "numeric"),
        Look::Decimal(word) => (word, "decimal"),
        Look::Money | Look::Date => ("", "decimal"),
        Look::Letters => ("", "text"),
    };
    let prefix = (look == Look::Money)
        .then(|| Signal::derive(move || app.design.read().firm.currency.code().to_owned()));
    // A memo, so a change elsewhere in the design leaves this input's DOM value alone: Leptos
    // sets a property whenever its closure runs, and Chromium re-lays out the field when it does.
    let read = bound.read;
    let shown = Memo::new(move |_| read().map(|v| show(&v)).unwrap_or_default());
    let at = bound.at.clone();
    let validate = move |text: &str| -> Result<T, String> {
        let value = parse(text)?;
        let refused = check.and_then(|check| app.design.with_untracked(|d| check(d, &at, &value)));
        match refused {
            Some(reason) => Err(reason),
            None => Ok(value),
        }
    };
    let write = bound.write;
    let accept = Callback::new({
        let validate = validate.clone();
        move |text: String| {
            if let Ok(value) = validate(&text) {
                write.run(value);
            }
        }
    });
    let reason = Callback::new(move |text: String| validate(&text).err());
    let props = TextInputProps {
        label: words(app, &head.label, &bound.at),
        hint: hint(app, &head.hint, &bound.at),
        judged: head.judged,
        shown,
        accept,
        reason,
        prefix,
        suffix: Some(suffix.to_owned()).filter(|s| !s.is_empty()),
        input_type: if look == Look::Date { "date" } else { "text" },
        inputmode,
        path: bound.path,
    };
    component_view(TextInput, props).into_any()
}

impl<T, S> Control<S> for Choice<T, S>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    S: Part + Clone + Send + Sync,
{
    fn view(&'static self, at: Arc<[usize]>, source: Source<S>) -> AnyView {
        let bound = self.access.bind(self.head.place.at(&at), at, source);
        choice_view(bound, self.head.label, self.head.hint, &self.options)
    }
}

fn choice_view<T>(
    bound: Bound<T>,
    label: Words,
    hint_words: Words,
    options: &'static Options<T>,
) -> AnyView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let app = bound.app;
    let label = words(app, &label, &bound.at);
    let (path, at, read, on_change) = (bound.path, bound.at, bound.read, bound.write);
    // The hint is read each time the select is made: with options made from the design it may
    // say why there are none yet.
    let hint_at = at.clone();
    let select = move |options: Vec<(T, String)>| {
        let read = Arc::clone(&read);
        let props = SelectProps {
            path: path.clone(),
            label: label.clone(),
            hint: hint(app, &hint_words, &hint_at),
            options,
            value: (move || read()).into(),
            on_change,
        };
        component_view(Select, props).into_any()
    };
    match options {
        Options::Fixed(_) | Options::Listed(_) => {
            let options = app.design.with_untracked(|d| options.list(d, &at));
            select(options)
        }
        // Options made from the design (roles, metrics) follow it: the select is made again only
        // when they change, not on every keystroke elsewhere.
        Options::Made(make) => {
            let make = *make;
            let options = Memo::new(move |_| app.design.with(|d| make(d, &at)));
            (move || select(options.get())).into_any()
        }
    }
}

impl<S: Part + Clone + Send + Sync> Control<S> for Check<S> {
    fn view(&'static self, at: Arc<[usize]>, source: Source<S>) -> AnyView {
        let bound = self.access.bind(self.path(&at), at, source);
        check_view(bound, self.head.label, self.head.hint)
    }
}

fn check_view(bound: Bound<bool>, label: Words, hint_words: Words) -> AnyView {
    let app = bound.app;
    let props = CheckboxProps {
        checked: Signal::derive(bound.value()),
        on_change: bound.write,
        label: words(app, &label, &bound.at),
        hint: hint(app, &hint_words, &bound.at),
        path: bound.path,
    };
    component_view(Checkbox, props).into_any()
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn a_text_past_its_limit_is_cut_as_maxlength_cuts_it() {
        assert_eq!(within("abcdef".to_owned(), 3), "abc");
        assert_eq!(within("é👩é".to_owned(), 2), "é👩");
        assert_eq!(within("ab".to_owned(), 3), "ab");
    }
}
