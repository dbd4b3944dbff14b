//! One way to declare a field. Every field of every section is a static declaration that names,
//! once, the place it edits ([`Place`], shared with the health rules), its label and hint, how its
//! text is parsed and shown (the value types' own parsers, so a field accepts exactly what the
//! format accepts), and how it reads and writes its value in its part of the design ([`Part`]).
//! [`field`] turns a declaration into the labelled control; the lists of the design are
//! declared the same way ([`ListOf`]) and share one set of add, move and remove buttons.
//!
//! A control never corrupts the design: half-typed or invalid text stays in it with the reason
//! under it, and the design changes only when the text parses. Keystrokes in one field make one
//! undo step (`AppState::type_into`); adding, moving and removing items are steps of their own
//! (`AppState::change`).
//!
//! In a label, `{n}` stands for the item's place in its list, counted from 1.

mod choice;
mod lists;
mod parsed;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod probe;
mod render;
mod text;

use crate::domain::Design;
use crate::domain::path::{DocPath, Place};

pub use choice::{Checkbox, Select};
pub use lists::{AddButton, ItemControls, ListItem, ListOf, item_name};
pub use parsed::{optional, optional_whole, show_optional_whole};
#[cfg(all(test, not(target_arch = "wasm32")))]
pub use probe::Declared;
pub use render::{field, field_in};
pub use text::TextField;

/// A label or hint: fixed words, or words made from the design for the item at hand (an
/// archetype's default share and its source, a stage's own criteria).
#[derive(Clone, Copy)]
pub enum Words {
    Fixed(&'static str),
    Made(fn(&Design, &[usize]) -> String),
}

/// No hint.
pub const NO_HINT: Words = Words::Fixed("");

/// How a typed field's input looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// A whole number, with this word after it ("days"; empty for none).
    Count(&'static str),
    /// A decimal number, with this word after it ("%").
    Decimal(&'static str),
    /// An amount in the design's currency.
    Money,
    /// A date input.
    Date,
    /// Letters, such as a currency code.
    Letters,
}

/// A further check of a parsed value against the rest of the design, for the item at `at`: why
/// it is refused, or none.
pub type Refuse<T> = fn(&Design, &[usize], &T) -> Option<String>;

/// Options made from the design for the item at `at`: values and labels.
pub type MakeOptions<T> = fn(&Design, &[usize]) -> Vec<(T, String)>;

/// How long a text may be, and how it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// A name or title, on one line: at most `NAME_MAX_CHARS`.
    Name,
    /// A longer text on one line (an activity): at most `TEXT_MAX_CHARS`.
    Line,
    /// A statement on several lines: at most `TEXT_MAX_CHARS`.
    Paragraph,
}

/// A text.
pub struct Text<S: 'static = Design> {
    pub place: Place,
    pub label: Words,
    pub hint: Words,
    pub size: Size,
    pub get: fn(&S, &[usize]) -> Option<String>,
    pub set: fn(&mut S, &[usize], String),
}

/// A value typed as text and parsed: numbers, money, percentages, dates.
pub struct Typed<T: 'static, S: 'static = Design> {
    pub place: Place,
    pub label: Words,
    pub hint: Words,
    pub look: Look,
    pub parse: fn(&str) -> Result<T, String>,
    pub show: fn(&T) -> String,
    /// A further check of a parsed value against the rest of the design (a volume band must
    /// start above the one before it): why it is refused, or none.
    pub check: Option<Refuse<T>>,
    pub get: fn(&S, &[usize]) -> Option<T>,
    pub set: fn(&mut S, &[usize], T),
}

/// The options of a choice: fixed, listed from a catalogue (the cadences, by their own names),
/// or made from the design (the roles that may own a stage), which the choice then follows.
pub enum Options<T: 'static> {
    Fixed(&'static [(T, &'static str)]),
    Listed(fn() -> Vec<(T, String)>),
    Made(MakeOptions<T>),
}

/// A choice among labelled options.
pub struct Choice<T: 'static, S: 'static = Design> {
    pub place: Place,
    pub label: Words,
    pub hint: Words,
    pub options: Options<T>,
    pub get: fn(&S, &[usize]) -> Option<T>,
    pub set: fn(&mut S, &[usize], T),
}

/// A yes-or-no question. Several that edit one set (a role's accountabilities, a thesis's
/// purposes) share its place and tell themselves apart by `key`.
pub struct Check<S: 'static = Design> {
    pub place: Place,
    pub key: Option<&'static str>,
    pub label: Words,
    pub hint: Words,
    pub get: fn(&S, &[usize]) -> Option<bool>,
    pub set: fn(&mut S, &[usize], bool),
}

impl Words {
    /// The words for the item at `at`.
    pub fn say(&self, design: &Design, at: &[usize]) -> String {
        match self {
            Words::Fixed(words) => match at.last() {
                Some(index) => words.replace("{n}", &(index + 1).to_string()),
                None => (*words).to_owned(),
            },
            Words::Made(make) => make(design, at),
        }
    }
}

impl<T> Options<T> {
    /// The options for the item at `at`, as values and labels.
    pub fn list(&self, design: &Design, at: &[usize]) -> Vec<(T, String)>
    where
        T: Clone,
    {
        match self {
            Options::Fixed(options) => options
                .iter()
                .map(|(value, label)| (value.clone(), (*label).to_owned()))
                .collect(),
            Options::Listed(list) => list(),
            Options::Made(make) => make(design, at),
        }
    }
}

impl<S> Check<S> {
    /// The place of this check for the item at `at`: the set's place, and its key.
    pub fn path(&self, at: &[usize]) -> DocPath {
        let path = self.place.at(at);
        match self.key {
            Some(key) => path.key(key),
            None => path,
        }
    }
}
