//! Reads the design out of its JSON value, naming the path of the first value it refuses and
//! saying, in plain words, what was expected there and what was found.
//!
//! The reader walks the parsed JSON value with the design's shape (`shapes`), so every refusal
//! knows where it is. Each type's reading is a handful of calls into the few functions here:
//! derived readers compile a visitor per type, per field name and per kind of JSON value, and
//! that code was the largest share of the .wasm after the views.

mod shapes;

use std::cell::Cell;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use super::error::ImportError;
use super::wording;
use crate::domain::Design;
use crate::domain::path::DocPath;
use crate::domain::values::ValueError;

/// An object read member by member: `object!(Type { member, … })`.
macro_rules! object {
    ($type:ident { $($member:ident),+ $(,)? }) => {
        impl Read for $type {
            fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
                let object = Object::new(value, at)?;
                $(let $member = object.get(stringify!($member));)+
                match ($($member,)+) {
                    ($(Some($member),)+) => Ok($type { $($member,)+ }),
                    _ => Err(object.fault()),
                }
            }
        }
    };
}

/// A choice written as its name: `choices!(Type { Variant = "name", … })`.
macro_rules! choices {
    ($type:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $type {
            /// Each choice, with the name the file gives it.
            #[cfg(test)]
            pub(crate) const NAMED: &[($type, &str)] = &[$(($type::$variant, $name)),+];
        }

        impl Read for $type {
            fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
                // Fails to compile if a variant is missing from the list.
                const _: fn($type) = |choice| match choice {
                    $($type::$variant => {})+
                };
                const CHOICES: &[$type] = &[$($type::$variant),+];
                choice(value, at, &[$($name),+]).map(|index| CHOICES[index])
            }
        }
    };
}

/// A value of a validated type: `checked!(Type from Inner)`.
macro_rules! checked {
    ($type:ident from $inner:ty) => {
        impl Read for $type {
            fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
                read_checked::<$inner, _>(value, at, $type::try_from)
            }
        }
    };
}

pub(crate) use {checked, choices, object};

/// The design `body` holds (the value of the `design` field), or the first value refused, with
/// its path from `design` down.
pub(crate) fn design(body: &Value) -> Result<Design, ImportError> {
    Design::read(body, &DocPath::design())
}

/// A type the reader can read from a JSON value found at `at`.
pub(crate) trait Read: Sized {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError>;

    /// What a member that is not there reads as: a refusal, but for an optional value.
    fn absent() -> Option<Self> {
        None
    }
}

/// An object's members, read by name. A member's value at fault is reported before a member
/// that is missing, whichever comes first in the type: the file's own mistake first.
pub(crate) struct Object<'v> {
    members: &'v Map<String, Value>,
    at: &'v DocPath,
    refused: Cell<Option<ImportError>>,
    missing: Cell<Option<ImportError>>,
}

impl<'v> Object<'v> {
    /// The object `value` is, or a refusal saying it is not one.
    pub(crate) fn new(value: &'v Value, at: &'v DocPath) -> Result<Self, ImportError> {
        match value {
            Value::Object(members) => Ok(Object {
                members,
                at,
                refused: Cell::new(None),
                missing: Cell::new(None),
            }),
            other => Err(refusal(at, "an object", other)),
        }
    }

    /// The member `name`, read as a `T`, or nothing if it is refused or missing (the object
    /// keeps the first of each, for `fault`). Members of other names are skipped: a file
    /// written by another version may carry them.
    pub(crate) fn get<T: Read>(&self, name: &'static str) -> Option<T> {
        self.read(name)
            .map_err(|error| {
                let slot = if self.members.contains_key(name) {
                    &self.refused
                } else {
                    &self.missing
                };
                let first = slot.take().unwrap_or(error);
                slot.set(Some(first));
            })
            .ok()
    }

    /// Why a `get` gave nothing.
    pub(crate) fn fault(self) -> ImportError {
        self.refused
            .into_inner()
            .or(self.missing.into_inner())
            .unwrap_or_else(|| self.at.fail("expected an object"))
    }

    /// The member `name`, read as a `T` at once.
    pub(crate) fn read<T: Read>(&self, name: &'static str) -> Result<T, ImportError> {
        match self.members.get(name) {
            Some(value) => T::read(value, &self.at.member(name)),
            None => T::absent().ok_or_else(|| self.missing(name)),
        }
    }

    /// The value of the member `name`, which must be there.
    pub(crate) fn value(&self, name: &str) -> Result<&'v Value, ImportError> {
        self.members.get(name).ok_or_else(|| self.missing(name))
    }

    fn missing(&self, name: &str) -> ImportError {
        self.at.fail(format!("the field \"{name}\" is missing"))
    }
}

/// "expected `wanted`, found …" at `at`, describing the value found.
pub(crate) fn refusal(at: &DocPath, wanted: &str, found: &Value) -> ImportError {
    at.fail(format!(
        "expected {wanted}, found {}",
        wording::found(found)
    ))
}

/// The index in `names` of the choice `value` names. A choice is written as its name, or as an
/// object whose one member is its name and holds `null`.
pub(crate) fn choice(value: &Value, at: &DocPath, names: &[&str]) -> Result<usize, ImportError> {
    let (name, inner) = match value {
        Value::String(name) => (name, None),
        Value::Object(members) => {
            let mut members = members.iter();
            match (members.next(), members.next()) {
                (Some((name, inner)), None) => (name, Some((inner, at.key(name)))),
                _ => {
                    return Err(at.fail("expected map with a single key, found an object"));
                }
            }
        }
        other => return Err(refusal(at, "string or map", other)),
    };
    let Some(index) = names.iter().position(|n| n == name) else {
        return Err(at.fail(format!(
            "expected {}, found \"{}\"",
            wording::one_of(names),
            wording::cut(name)
        )));
    };
    match inner {
        Some((inner, at)) if !inner.is_null() => Err(refusal(&at, "unit", inner)),
        _ => Ok(index),
    }
}

impl Read for String {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        match value {
            Value::String(text) => Ok(text.clone()),
            other => Err(refusal(at, "a text in quotes", other)),
        }
    }
}

impl Read for bool {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        match value {
            Value::Bool(flag) => Ok(*flag),
            other => Err(refusal(at, "true or false", other)),
        }
    }
}

impl Read for u32 {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| refusal(at, "a whole number from 0 to 4294967295", value))
    }
}

impl Read for u64 {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        value
            .as_u64()
            .ok_or_else(|| refusal(at, "a whole number of 0 or more", value))
    }
}

impl Read for i64 {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        value
            .as_i64()
            .ok_or_else(|| refusal(at, "a whole number", value))
    }
}

impl Read for u8 {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        // The design's only small whole numbers are ratings.
        value
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| refusal(at, "a rating from 1 to 5", value))
    }
}

impl Read for Decimal {
    /// A number, written as a JSON number or as a text such as "12.5" or "1e3".
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        let read = match value {
            Value::String(text) => {
                Decimal::from_str(text).or_else(|_| Decimal::from_scientific(text))
            }
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(whole), _) => Ok(Decimal::from(whole)),
                (None, Some(whole)) => Ok(Decimal::from(whole)),
                // A fraction: serde_json's own shortest form of it ("12.5", "1e-7"), which
                // spares the .wasm the standard library's float formatting.
                (None, None) => {
                    let text = n.to_string();
                    Decimal::from_str(&text).or_else(|_| Decimal::from_scientific(&text))
                }
            },
            _ => return Err(refusal(at, "a number", value)),
        };
        read.map_err(|_| refusal(at, "a number", value))
    }
}

impl Read for NaiveDate {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        const WANTED: &str = "a date written as YYYY-MM-DD, such as 2025-03-31";
        match value {
            Value::String(text) => iso_date(text).ok_or_else(|| {
                at.fail(format!(
                    "expected {WANTED}, found a text that is not a valid date"
                ))
            }),
            other => Err(refusal(at, WANTED, other)),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(index, item)| T::read(item, &at.item(index)))
                .collect(),
            other => Err(refusal(at, "a list", other)),
        }
    }
}

impl<T: Read> Read for Option<T> {
    /// `null` or a missing member is no value.
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        match value {
            Value::Null => Ok(None),
            value => T::read(value, at).map(Some),
        }
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

/// A value of a validated type, read as its `Inner` and checked by its constructor.
pub(crate) fn read_checked<Inner: Read, T>(
    value: &Value,
    at: &DocPath,
    make: fn(Inner) -> Result<T, ValueError>,
) -> Result<T, ImportError> {
    make(Inner::read(value, at)?).map_err(|e| at.fail(wording::value_error(&e)))
}

/// A date written as year-month-day, such as 2025-03-31: the way the design writes dates, and
/// the way a person types one. Any other text, or a day the calendar lacks, is none.
pub fn iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().split('-');
    let mut number = |digits: std::ops::RangeInclusive<usize>| {
        parts
            .next()
            .filter(|p| digits.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (year, month, day) = (number(4..=4)?, number(1..=2)?, number(1..=2)?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_year_month_day_and_exist() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(iso_date("2025-03-31"), date(2025, 3, 31));
        assert_eq!(iso_date(" 2025-3-5 "), date(2025, 3, 5));
        for text in [
            "2025-13-01",
            "2025-02-30",
            "25-03-31",
            "2025-03",
            "2025-03-31-1",
            "",
        ] {
            assert_eq!(iso_date(text), None, "{text}");
        }
        for text in ["2025-+3-01", "2025-03-3x", "2025/03/31", "02025-03-31"] {
            assert_eq!(iso_date(text), None, "{text}");
        }
    }
}
