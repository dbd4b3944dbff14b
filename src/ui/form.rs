//! One way to declare a field. Every field of every section is a static declaration that names,
//! once, the place it edits ([`Place`], shared with the health rules), its label and hint, and
//! how it reaches its value in its part of the design ([`Access`], most often
//! [`member!`](member)); a typed field parses and shows its value with the value type's own
//! parser ([`Entry`]), so it accepts exactly what the format accepts. A declaration starts with
//! [`labelled`] and ends by naming its kind of control ([`Heading::text`], [`Heading::typed`],
//! [`Heading::choice`], [`Heading::check`]). [`field`] turns a declaration into the labelled
//! control; the lists of the design are declared one way too ([`ListOf`], most often with
//! [`list_of!`](list_of)) and share one set of add, move and remove buttons.
//!
//! A control never corrupts the design: half-typed or invalid text stays in it with the reason
//! under it, and the design changes only when the text parses. Keystrokes in one field make one
//! undo step (`AppState::type_into`); adding, moving and removing items are steps of their own
//! (`AppState::change`).
//!
//! In a label, `{n}` stands for the item's place in its list, counted from 1.

mod choice;
mod entry;
mod lists;
mod parsed;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod probe;
mod render;
mod text;

use crate::domain::Design;
use crate::domain::path::{DocPath, Place};

pub use choice::{Checkbox, Select};
pub use entry::Entry;
pub(crate) use lists::list_of;
pub use lists::{AddButton, ItemControls, ListItem, ListOf, item_name};
#[cfg(all(test, not(target_arch = "wasm32")))]
pub use probe::Declared;
pub use render::{field, field_in};
pub use text::TextField;

/// A label or hint: fixed words, or words made from the design for the item at hand (an
/// archetype's default share and its source, a stage's own criteria).
#[derive(Clone, Copy)]
pub enum Words {
    Fixed(&'static str),
    Made(MakeWords),
}

/// Words made from the design for the item at `at`.
pub type MakeWords = fn(&Design, &[usize]) -> String;

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

/// How a field reaches its value in its part (the design, or an item of a list), for the item
/// at `at`: [`member!`](crate::ui::form::member) makes one for a member of the part.
pub struct Access<T: 'static, S: 'static> {
    pub get: fn(&S, &[usize]) -> Option<T>,
    pub set: fn(&mut S, &[usize], T),
}

impl<T, S> Clone for Access<T, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, S> Copy for Access<T, S> {}

/// The access to a member of a part: `member!(firm.headcount)` reads a clone of
/// `part.firm.headcount` and writes it.
macro_rules! member {
    ($($member:ident).+) => {
        $crate::ui::form::Access {
            get: |part, _| Some(part.$($member).+.clone()),
            set: |part, _, value| part.$($member).+ = value,
        }
    };
}
pub(crate) use member;

/// What every declaration starts with: the place it edits, its label and hint, and for a
/// number the word after it when not the value type's own. Made by [`labelled`], finished by
/// naming the kind of control and its access:
///
/// ```ignore
/// static CYCLE: Typed<Days> = labelled(firm::SALES_CYCLE, "Direct sales cycle")
///     .hint("Days from opportunity to close.")
///     .typed(member!(firm.sales_cycle_days));
/// ```
#[derive(Clone, Copy)]
pub struct Heading {
    pub place: Place,
    pub label: Words,
    pub hint: Words,
    pub unit: Option<&'static str>,
    /// The value is held to a benchmark band: the field shows, under it, what the health check
    /// says of the value against its band.
    pub judged: bool,
}

/// A declaration's heading: the place and the label.
pub const fn labelled(place: Place, label: &'static str) -> Heading {
    Heading {
        place,
        label: Words::Fixed(label),
        hint: NO_HINT,
        unit: None,
        judged: false,
    }
}

impl Heading {
    /// A label made from the design for the item at hand.
    pub const fn label_made(mut self, label: MakeWords) -> Self {
        self.label = Words::Made(label);
        self
    }

    /// The hint under the label.
    pub const fn hint(mut self, hint: &'static str) -> Self {
        self.hint = Words::Fixed(hint);
        self
    }

    /// A hint made from the design for the item at hand.
    pub const fn hint_made(mut self, hint: MakeWords) -> Self {
        self.hint = Words::Made(hint);
        self
    }

    /// A value held to a benchmark band (`domain::bands`): the field says where it stands.
    pub const fn judged(mut self) -> Self {
        self.judged = true;
        self
    }

    /// The word after a number, in place of its type's own ("deals" for a count).
    pub const fn unit(mut self, unit: &'static str) -> Self {
        self.unit = Some(unit);
        self
    }

    /// A text of this size.
    pub const fn text<S>(self, size: Size, access: Access<String, S>) -> Text<S> {
        Text {
            head: self,
            size,
            access,
        }
    }

    /// A value typed as text and parsed by its type.
    pub const fn typed<T: Entry, S>(self, access: Access<T, S>) -> Typed<T, S> {
        Typed {
            head: self,
            check: None,
            access,
        }
    }

    /// A choice among these options.
    pub const fn choice<T, S>(self, options: Options<T>, access: Access<T, S>) -> Choice<T, S> {
        Choice {
            head: self,
            options,
            access,
        }
    }

    /// A yes-or-no question.
    pub const fn check<S>(self, access: Access<bool, S>) -> Check<S> {
        Check {
            head: self,
            key: None,
            access,
        }
    }
}

/// A text.
pub struct Text<S: 'static = Design> {
    pub head: Heading,
    pub size: Size,
    pub access: Access<String, S>,
}

/// A value typed as text and parsed by its type ([`Entry`]): numbers, money, percentages, dates.
pub struct Typed<T: 'static, S: 'static = Design> {
    pub head: Heading,
    /// A further check of a parsed value against the rest of the design (a volume band must
    /// start above the one before it): why it is refused, or none.
    pub check: Option<Refuse<T>>,
    pub access: Access<T, S>,
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
    pub head: Heading,
    pub options: Options<T>,
    pub access: Access<T, S>,
}

/// A yes-or-no question. Several that edit one set (a role's accountabilities, a thesis's
/// purposes) share its place and tell themselves apart by `key`.
pub struct Check<S: 'static = Design> {
    pub head: Heading,
    pub key: Option<&'static str>,
    pub access: Access<bool, S>,
}

impl<T: Entry, S> Typed<T, S> {
    /// How the input looks: the type's own look, with the heading's word after the number.
    pub fn look(&self) -> Look {
        match (T::LOOK, self.head.unit) {
            (Look::Count(_), Some(unit)) => Look::Count(unit),
            (Look::Decimal(_), Some(unit)) => Look::Decimal(unit),
            (look, _) => look,
        }
    }
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
        let path = self.head.place.at(at);
        match self.key {
            Some(key) => path.key(key),
            None => path,
        }
    }
}
