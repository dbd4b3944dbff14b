//! A place in a document, written one way and shown three: a health finding's link
//! (`operating.roles.2.title`), an import error (`design.operating.roles[2].title`) and the id of
//! the field that edits it (`field-operating-roles-2-title`) all come from one [`DocPath`], so
//! they cannot drift apart.
//!
//! The places the rules and the forms name are declared once, as [`Place`]s with a hole for each
//! list they sit in (`domain::places`), and filled with the items' indices where they are used.

use std::fmt;

use serde::{Serialize, Serializer};

/// One step down into a document: a member by name, an item of a list by position, or the
/// entry of a list that is keyed by an id (a candidate's rating of one criterion).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    Member(&'static str),
    Item(usize),
    Key(String),
}

/// The document a path starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Root {
    /// The design: the `design` member of a design file.
    Design,
    /// The file itself: its envelope (`schema_version`), or the whole file with no step.
    File,
    /// Another document the app keeps, by name: the index of saved designs, a session.
    Named(&'static str),
}

/// A place in a document: its root and the steps down from it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DocPath {
    root: Root,
    steps: Vec<Step>,
}

impl DocPath {
    /// The design itself.
    pub fn design() -> DocPath {
        DocPath {
            root: Root::Design,
            steps: Vec::new(),
        }
    }

    /// The whole file, or with a member, its envelope.
    pub fn file() -> DocPath {
        DocPath {
            root: Root::File,
            steps: Vec::new(),
        }
    }

    /// The top of another document the app keeps.
    pub fn named(root: &'static str) -> DocPath {
        DocPath {
            root: Root::Named(root),
            steps: Vec::new(),
        }
    }

    /// The member `name` of the value here.
    pub fn member(&self, name: &'static str) -> DocPath {
        self.then(Step::Member(name))
    }

    /// Item `index` of the list here.
    pub fn item(&self, index: usize) -> DocPath {
        self.then(Step::Item(index))
    }

    /// The entry keyed `key` of the list here: a candidate's rating of one criterion.
    pub fn key(&self, key: &str) -> DocPath {
        self.then(Step::Key(key.to_owned()))
    }

    fn then(&self, step: Step) -> DocPath {
        let mut steps = Vec::with_capacity(self.steps.len() + 1);
        steps.extend(self.steps.iter().cloned());
        steps.push(step);
        DocPath {
            root: self.root,
            steps,
        }
    }

    /// The steps from the root.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The first member below the root, which names a design's mechanic (`operating`).
    pub fn head(&self) -> Option<&'static str> {
        match self.steps.first() {
            Some(Step::Member(name)) => Some(name),
            _ => None,
        }
    }

    /// This place and each place above it, nearest first, down to the first step: where focus
    /// can fall back to when a field is not on the page.
    pub fn and_above(&self) -> impl Iterator<Item = DocPath> + '_ {
        (1..=self.steps.len()).rev().map(|len| DocPath {
            root: self.root,
            steps: self.steps[..len].to_vec(),
        })
    }

    /// The place as findings and the JSON export write it, from the design down:
    /// `operating.roles.2.title`.
    pub fn dotted(&self) -> String {
        let mut text = String::new();
        for (i, step) in self.steps.iter().enumerate() {
            if i > 0 {
                text.push('.');
            }
            match step {
                Step::Member(name) => text.push_str(name),
                Step::Item(index) => text.push_str(&index.to_string()),
                Step::Key(key) => text.push_str(key),
            }
        }
        text
    }

    /// The place as a file names it, from the top of the file: `design.operating.roles[2].title`.
    pub fn in_file(&self) -> String {
        let mut text = match self.root {
            Root::Design => "design".to_owned(),
            Root::File => String::new(),
            Root::Named(name) => name.to_owned(),
        };
        for step in &self.steps {
            let name = match step {
                Step::Member(name) => Some(*name),
                Step::Key(key) => Some(key.as_str()),
                Step::Item(_) => None,
            };
            match (name, step) {
                (Some(name), _) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(name);
                }
                (None, Step::Item(index)) => {
                    text.push('[');
                    text.push_str(&index.to_string());
                    text.push(']');
                }
                (None, _) => {}
            }
        }
        text
    }

    /// The id of the element that edits the value here: `field-operating-roles-2-title`.
    pub fn element_id(&self) -> String {
        format!("field-{}", self.dotted().replace('.', "-"))
    }

    /// Whether nothing in the file is named: the whole file is at fault.
    pub fn is_whole_file(&self) -> bool {
        self.root == Root::File && self.steps.is_empty()
    }
}

impl Serialize for DocPath {
    /// Written as findings write it: `operating.roles.2.title`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.dotted())
    }
}

impl fmt::Display for DocPath {
    /// As a file names it: `design.operating.roles[2].title`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_file())
    }
}

/// One step of a [`Place`]: a member by name, or a hole for the index of an item of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceStep {
    Member(&'static str),
    Each,
}

/// A place of the design with a hole for each list it sits in: `operating.roles.#.title` is the
/// title of any role. Declared once in `domain::places`, filled where it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Place(&'static [PlaceStep]);

impl Place {
    /// The place with these steps; `place!` writes them.
    pub const fn new(steps: &'static [PlaceStep]) -> Place {
        Place(steps)
    }

    /// The place of one value: each hole filled, in order, with an index of `indices`; a hole
    /// left without one takes item 0.
    pub fn at(&self, indices: &[usize]) -> DocPath {
        let mut holes = indices.iter();
        DocPath {
            root: Root::Design,
            steps: self
                .0
                .iter()
                .map(|step| match step {
                    PlaceStep::Member(name) => Step::Member(name),
                    PlaceStep::Each => Step::Item(holes.next().copied().unwrap_or(0)),
                })
                .collect(),
        }
    }

    /// The place of a value in no list.
    pub fn path(&self) -> DocPath {
        self.at(&[])
    }

    /// How many holes the place has: the lists it sits in.
    pub fn holes(&self) -> usize {
        self.0.iter().filter(|s| **s == PlaceStep::Each).count()
    }

    /// The place written with its holes: `operating.roles.#.title`.
    pub fn pattern(&self) -> String {
        let words: Vec<&str> = self
            .0
            .iter()
            .map(|step| match step {
                PlaceStep::Member(name) => name,
                PlaceStep::Each => "#",
            })
            .collect();
        words.join(".")
    }
}

/// A [`Place`] written as its pattern: `place!(operating.roles.#.title)`.
macro_rules! place {
    ($($step:tt).+) => {
        $crate::domain::path::Place::new(&[$($crate::domain::path::place!(@step $step)),+])
    };
    (@step #) => {
        $crate::domain::path::PlaceStep::Each
    };
    (@step $name:ident) => {
        $crate::domain::path::PlaceStep::Member(stringify!($name))
    };
}

pub(crate) use place;

#[cfg(test)]
mod tests {
    use super::*;

    const TITLE: Place = place!(operating.roles.#.title);

    #[test]
    fn one_path_is_shown_as_a_finding_a_file_and_an_element_name_it() {
        let path = TITLE.at(&[2]);
        assert_eq!(path.dotted(), "operating.roles.2.title");
        assert_eq!(path.in_file(), "design.operating.roles[2].title");
        assert_eq!(path.element_id(), "field-operating-roles-2-title");
        assert_eq!(path.head(), Some("operating"));
        assert_eq!(TITLE.pattern(), "operating.roles.#.title");
        assert_eq!(TITLE.holes(), 1);
    }

    #[test]
    fn a_file_path_starts_from_its_own_top() {
        assert_eq!(
            DocPath::file().member("schema_version").in_file(),
            "schema_version"
        );
        assert!(DocPath::file().is_whole_file());
        assert_eq!(
            DocPath::named("index").member("designs").item(0).in_file(),
            "index.designs[0]"
        );
        assert_eq!(DocPath::design().in_file(), "design");
    }

    #[test]
    fn a_place_falls_back_to_the_places_above_it() {
        let above: Vec<String> = TITLE.at(&[1]).and_above().map(|p| p.dotted()).collect();
        assert_eq!(
            above,
            [
                "operating.roles.1.title",
                "operating.roles.1",
                "operating.roles",
                "operating"
            ]
        );
    }
}
