//! The operating model's fields as data. Each field is a static row: its document path, label
//! and hint, and two plain functions that read and write its value in the design (for an item
//! of a list, the item at an index). One small renderer per kind of field turns a row into the
//! shared form field, so the section's hundred fields cost a hundred rows of data rather than a
//! hundred copies of a field's code: the release .wasm has a size budget, and this section
//! alone would otherwise take a third of it.
//!
//! In a path `#` stands for the item's index (`operating.roles.#.title`); in a label `{n}`
//! stands for its place, counted from 1 ("Band {n}: rate").

use leptos::component::component_view;
use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::format::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::ui::fields::{
    Checkbox, CheckboxProps, ParsedField, ParsedFieldProps, Select, SelectProps, TextField,
    TextFieldProps,
};
use crate::ui::state::{AppState, use_app};

/// Reads a field of the item at an index (the index is ignored outside lists); none once the
/// item is gone.
pub type Get<T> = fn(&Design, usize) -> Option<T>;
/// Writes a field of the item at an index.
pub type Set<T> = fn(&mut Design, usize, T);
/// Checks a parsed value against the rest of the design: why it is refused, or none.
pub type Refuse<T> = fn(&Design, usize, &T) -> Option<String>;

/// A text, on one line (a name, at most 200 characters) or several (at most 4000).
pub struct Text {
    pub path: &'static str,
    pub label: &'static str,
    /// Empty for none.
    pub hint: &'static str,
    pub long: bool,
    pub get: Get<String>,
    pub set: Set<String>,
}

/// How a parsed field's input looks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// A number, with this word after it ("days"; empty for none).
    Count(&'static str),
    /// A decimal number, with this word after it ("%").
    Decimal(&'static str),
    /// An amount in the design's currency.
    Money,
    /// A date input.
    Date,
}

/// A value typed as text and parsed: numbers, money, percentages, dates.
pub struct Parsed<T: 'static> {
    pub path: &'static str,
    pub label: &'static str,
    /// Empty for none.
    pub hint: &'static str,
    pub look: Look,
    pub parse: fn(&str) -> Result<T, String>,
    pub format: fn(&T) -> String,
    /// A further check against the rest of the design.
    pub check: Option<Refuse<T>>,
    pub get: Get<T>,
    pub set: Set<T>,
}

/// A choice among labelled options, read and written by position.
pub struct Choice {
    pub path: &'static str,
    pub label: &'static str,
    /// Empty for none.
    pub hint: &'static str,
    pub options: &'static [&'static str],
    pub get: Get<usize>,
    pub set: Set<usize>,
}

/// A yes-or-no question.
pub struct Check {
    pub path: &'static str,
    pub label: &'static str,
    /// Empty for none.
    pub hint: &'static str,
    pub get: Get<bool>,
    pub set: Set<bool>,
}

/// A path or label with the item's index, or its place, filled in.
pub fn fill(template: &str, index: usize) -> String {
    template
        .replace('#', &index.to_string())
        .replace("{n}", &(index + 1).to_string())
}

fn hint(text: &'static str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

fn reader<T>(app: AppState, get: Get<T>, index: usize) -> impl Fn() -> T + Send + Sync + 'static
where
    T: Default + Send + Sync + 'static,
{
    move || app.design.with(|d| get(d, index)).unwrap_or_default()
}

fn writer<T: 'static>(app: AppState, key: String, set: Set<T>, index: usize) -> Callback<T> {
    Callback::new(move |value: T| app.edit(&key, |d| set(d, index, value)))
}

/// A text field.
pub fn text(spec: &'static Text, index: usize) -> AnyView {
    let app = use_app();
    let path = fill(spec.path, index);
    let props = TextFieldProps {
        on_change: writer(app, path.clone(), spec.set, index),
        path,
        label: fill(spec.label, index),
        hint: hint(spec.hint),
        value: Signal::derive(reader(app, spec.get, index)),
        multiline: spec.long,
        max_len: if spec.long {
            TEXT_MAX_CHARS
        } else {
            NAME_MAX_CHARS
        },
    };
    component_view(TextField, props).into_any()
}

/// A parsed field.
pub fn parsed<T>(spec: &'static Parsed<T>, index: usize) -> AnyView
where
    T: Default + Clone + Send + Sync + 'static,
{
    let app = use_app();
    let path = fill(spec.path, index);
    let (suffix, inputmode) = match spec.look {
        Look::Count(word) => (word, "numeric"),
        Look::Decimal(word) => (word, "decimal"),
        Look::Money | Look::Date => ("", "decimal"),
    };
    let prefix = (spec.look == Look::Money)
        .then(|| Signal::derive(move || app.design.read().firm.currency.code().to_owned()));
    let check = spec.check.map(|check| {
        Callback::new(move |value: T| app.design.with_untracked(|d| check(d, index, &value)))
    });
    let props = ParsedFieldProps {
        on_change: writer(app, path.clone(), spec.set, index),
        path,
        label: fill(spec.label, index),
        hint: hint(spec.hint),
        value: reader(app, spec.get, index).into(),
        parse: spec.parse,
        format: spec.format,
        check,
        prefix,
        suffix: hint(suffix),
        input_type: if spec.look == Look::Date {
            "date"
        } else {
            "text"
        },
        inputmode,
    };
    component_view(ParsedField, props).into_any()
}

/// A select.
pub fn choice(spec: &'static Choice, index: usize) -> AnyView {
    let app = use_app();
    let path = fill(spec.path, index);
    let props = SelectProps {
        on_change: writer(app, path.clone(), spec.set, index),
        path,
        label: fill(spec.label, index),
        hint: hint(spec.hint),
        options: spec
            .options
            .iter()
            .enumerate()
            .map(|(i, label)| (i, (*label).to_owned()))
            .collect(),
        value: reader(app, spec.get, index).into(),
    };
    component_view(Select, props).into_any()
}

/// A checkbox.
pub fn check(spec: &'static Check, index: usize) -> AnyView {
    let app = use_app();
    let path = fill(spec.path, index);
    let props = CheckboxProps {
        on_change: writer(app, path.clone(), spec.set, index),
        path,
        label: fill(spec.label, index),
        hint: hint(spec.hint),
        checked: Signal::derive(reader(app, spec.get, index)),
    };
    component_view(Checkbox, props).into_any()
}

/// The position of `value` in `values`, for a choice; the first when it is not there.
pub fn position<T: PartialEq>(values: &[T], value: &T) -> usize {
    values.iter().position(|v| v == value).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_takes_the_items_index_and_place() {
        assert_eq!(
            fill("operating.roles.#.title", 2),
            "operating.roles.2.title"
        );
        assert_eq!(fill("Band {n}: rate", 0), "Band 1: rate");
        assert_eq!(
            fill("operating.timeline.design_complete", 7),
            "operating.timeline.design_complete"
        );
    }

    #[test]
    fn a_choice_falls_back_to_its_first_option() {
        assert_eq!(position(&['a', 'b'], &'b'), 1);
        assert_eq!(position(&['a', 'b'], &'z'), 0);
    }
}
