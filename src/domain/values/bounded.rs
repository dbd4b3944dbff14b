//! Numbers and dates with bounds of their own: a number of days, a headcount, a plan date, a
//! count of deals. Each type refuses a value outside its bounds when it is made — when a file is
//! read and when a person types — so the format's reader and the form's parsers accept exactly
//! the same values: the bound is written once, here (docs/FORMAT.md lists them).
//!
//! A refusal says what was expected in one wording for both: "a number of people from 1 to
//! 10000000, not 0" reads "Expected a number of people from 1 to 10000000, not 0." under a field
//! and "expected a number of people from 1 to 10000000, found 0" in an import error.

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{MONEY_MAX, ValueError};

/// The bounds of a whole number, and what it is in words: the one copy of the checks every
/// bounded whole-number type makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WholeBounds {
    pub min: u32,
    pub max: u32,
    /// What the number is, with its article: "a number of days", "a program quarter".
    pub what: &'static str,
}

impl WholeBounds {
    /// The bounds in words: "a number of days from 0 to 3650".
    pub fn range(&self) -> String {
        format!("{} from {} to {}", self.what, self.min, self.max)
    }

    /// `value`, or why it is refused.
    pub fn check(&self, value: u32) -> Result<u32, ValueError> {
        if (self.min..=self.max).contains(&value) {
            Ok(value)
        } else {
            Err(ValueError(format!("{}, not {value}", self.range())))
        }
    }

    /// The number a person typed ("12", "1,200"), or why it is not one, in a sentence.
    pub fn parse(&self, text: &str) -> Result<u32, String> {
        let cleaned: String = text
            .trim()
            .chars()
            .filter(|c| *c != ',' && *c != '_')
            .collect();
        if cleaned.is_empty() {
            return Err(format!(
                "Enter a whole number from {} to {}.",
                self.min, self.max
            ));
        }
        // Digits alone: a value too large for u32 is still a number, just out of bounds.
        if !cleaned.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("“{}” is not a whole number.", text.trim()));
        }
        let value = cleaned.parse::<u32>().unwrap_or(u32::MAX);
        self.check(value).map_err(|e| format!("Expected {e}."))
    }
}

/// A whole number with bounds: what every bounded whole-number type shares, so a form field or
/// a test can take any of them.
pub trait Whole: Copy + Sized + 'static {
    /// The bounds.
    const BOUNDS: WholeBounds;
    /// The smallest value accepted.
    const MIN: u32 = Self::BOUNDS.min;
    /// The largest value accepted.
    const MAX: u32 = Self::BOUNDS.max;

    /// The value, unchecked: only for values within the bounds.
    #[doc(hidden)]
    fn within_bounds(value: u32) -> Self;

    /// The number itself.
    fn get(self) -> u32;

    /// The value, or why it is refused.
    fn new(value: u32) -> Result<Self, ValueError> {
        Self::BOUNDS.check(value).map(Self::within_bounds)
    }

    /// The value, moved to the nearest bound when it lies outside them: for values computed
    /// rather than typed (a template's date arithmetic, a migration).
    fn clamped(value: u32) -> Self {
        Self::within_bounds(value.clamp(Self::MIN, Self::MAX))
    }

    /// The value a person typed ("12", "1,200"), or why it is not one, in a sentence.
    fn parse(text: &str) -> Result<Self, String> {
        Self::BOUNDS.parse(text).map(Self::within_bounds)
    }

    /// The number as a form shows it.
    fn show(&self) -> String {
        self.get().to_string()
    }
}

/// Declares a whole-number type with its bounds and unit.
macro_rules! whole {
    ($(#[$doc:meta])* $name:ident: $min:expr, $max:expr, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(into = "u32")]
        pub struct $name(u32);

        impl Whole for $name {
            const BOUNDS: WholeBounds = WholeBounds {
                min: $min,
                max: $max,
                what: $what,
            };

            fn within_bounds(value: u32) -> Self {
                $name(value)
            }

            fn get(self) -> u32 {
                self.0
            }
        }

        impl $name {
            /// The smallest value accepted.
            pub const MIN: u32 = $min;
            /// The largest value accepted.
            pub const MAX: u32 = $max;

            /// The number itself.
            pub const fn get(self) -> u32 {
                self.0
            }

            /// The value, or why it is refused.
            pub fn new(value: u32) -> Result<Self, ValueError> {
                <Self as Whole>::new(value)
            }

            /// A value known to be within the bounds, for templates and defaults; a value out of
            /// them is moved to the nearest bound.
            // A type whose minimum is 0 compares a u32 with 0 here: always false, and harmless.
            #[allow(unused_comparisons)]
            pub const fn of(value: u32) -> Self {
                $name(if value < $min {
                    $min
                } else if value > $max {
                    $max
                } else {
                    value
                })
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name($min)
            }
        }

        impl TryFrom<u32> for $name {
            type Error = ValueError;
            fn try_from(value: u32) -> Result<Self, ValueError> {
                <$name as Whole>::new(value)
            }
        }

        impl From<$name> for u32 {
            fn from(value: $name) -> u32 {
                value.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

whole!(
    /// People employed: 1 or more.
    Headcount: 1, 10_000_000, "a number of people"
);
whole!(
    /// A duration in days, up to ten years: a sales cycle, a stage, a protection period.
    Days: 0, 3650, "a number of days"
);
whole!(
    /// A response time in hours, up to a year.
    Hours: 0, 8760, "a number of hours"
);
whole!(
    /// A count in a tier's entry criteria or a volume band: deals, referrals, certified people.
    Count: 0, 1_000_000, "a count"
);
whole!(
    /// Years an ongoing commission is paid.
    Years: 0, 50, "a number of years"
);
whole!(
    /// A program quarter, 1 being the first, up to ten years out.
    ProgramQuarter: 1, 40, "a program quarter"
);
whole!(
    /// The forecast's horizon: 8 to 12 quarters.
    Horizon: 8, 12, "a number of quarters"
);
whole!(
    /// A number of program quarters, up to ten years.
    QuarterCount: 0, 40, "a number of quarters"
);
whole!(
    /// Partners recruited in one quarter.
    Recruits: 0, 10_000, "a number of partners"
);
whole!(
    /// A criterion's weight: points, relative to the other criteria's.
    Weight: 0, 100, "a weight"
);
whole!(
    /// A candidate's score on the 0–100 scale, as the pass threshold is given.
    Score: 0, 100, "a score"
);
whole!(
    /// A step's time box on a workshop agenda: at least a minute, at most a four-hour
    /// afternoon, so one step never swallows a day.
    Minutes: 1, 240, "a number of minutes"
);

/// The bounds of a decimal number from 0, and what it is in words: the one copy of the checks
/// every bounded decimal type makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmountBounds {
    pub max: Decimal,
    /// What the number is, with its article: "a target", "a number of deals".
    pub what: &'static str,
    /// Whether a refusal names the maximum: a small one helps ("a number of deals from 0 to
    /// 1000"), one that only guards against overflow does not ("a target of 0 or more").
    pub names_max: bool,
}

impl AmountBounds {
    /// `value`, or why it is refused.
    pub fn check(&self, value: Decimal) -> Result<Decimal, ValueError> {
        let (what, max) = (self.what, self.max.normalize());
        if self.names_max && (value < Decimal::ZERO || value > self.max) {
            return Err(ValueError(format!("{what} from 0 to {max}, not {value}")));
        }
        if value < Decimal::ZERO {
            return Err(ValueError(format!("{what} of 0 or more, not {value}")));
        }
        if value > self.max {
            return Err(ValueError(format!("{what} of at most {max}, not {value}")));
        }
        Ok(value.normalize())
    }

    /// The number a person typed ("3.5", "1,200.50"), or why it is not one.
    pub fn parse(&self, text: &str) -> Result<Decimal, String> {
        let value = parse_decimal(text)?;
        self.check(value).map_err(|e| format!("Expected {e}."))
    }
}

/// A decimal number with bounds: what the bounded decimal types share.
pub trait Amount: Copy + Sized + 'static {
    /// The bounds.
    const BOUNDS: AmountBounds;
    /// The largest value accepted; the smallest is 0.
    const MAX: Decimal = Self::BOUNDS.max;

    #[doc(hidden)]
    fn within_bounds(value: Decimal) -> Self;

    /// The number itself.
    fn get(self) -> Decimal;

    /// The value, or why it is refused.
    fn new(value: Decimal) -> Result<Self, ValueError> {
        Self::BOUNDS.check(value).map(Self::within_bounds)
    }

    /// The value a person typed ("3.5", "1,200.50"), or why it is not one.
    fn parse(text: &str) -> Result<Self, String> {
        Self::BOUNDS.parse(text).map(Self::within_bounds)
    }

    /// The number as a form shows it.
    fn show(&self) -> String {
        self.get().normalize().to_string()
    }
}

/// Declares a bounded decimal type.
macro_rules! amount {
    ($(#[$doc:meta])* $name:ident: $max:expr, $what:literal, names_max: $names:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
        #[serde(into = "Decimal")]
        pub struct $name(Decimal);

        impl Amount for $name {
            const BOUNDS: AmountBounds = AmountBounds {
                max: $max,
                what: $what,
                names_max: $names,
            };

            fn within_bounds(value: Decimal) -> Self {
                $name(value)
            }

            fn get(self) -> Decimal {
                self.0
            }
        }

        impl $name {
            /// The number itself.
            pub fn get(self) -> Decimal {
                self.0
            }

            /// The value, or why it is refused.
            pub fn new(value: Decimal) -> Result<Self, ValueError> {
                <Self as Amount>::new(value)
            }

            /// A whole value known to be within the bounds, for templates and defaults.
            pub fn of(value: u32) -> Self {
                $name(Decimal::from(value).min($max))
            }
        }

        impl TryFrom<Decimal> for $name {
            type Error = ValueError;
            fn try_from(value: Decimal) -> Result<Self, ValueError> {
                <$name as Amount>::new(value)
            }
        }

        impl From<$name> for Decimal {
            fn from(value: $name) -> Decimal {
                value.0
            }
        }
    };
}

amount!(
    /// Deals a partner registers in a period, as an average: it may be fractional.
    Deals: Decimal::ONE_THOUSAND, "a number of deals", names_max: true
);
amount!(
    /// A size relative to an average, in percent: 100 is the average, 150 half as large again.
    Relative: Decimal::ONE_THOUSAND, "a size relative to the average, in percent,", names_max: true
);
amount!(
    /// A metric's target for a quarter, in the metric's own unit.
    Target: MONEY_MAX, "a target", names_max: false
);

/// A decimal number a person typed ("3.5", "1,200.50"), or why it is not one.
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    if cleaned.is_empty() {
        return Err("Enter a number, such as 2.5.".into());
    }
    Decimal::from_str(&cleaned).map_err(|_| format!("“{}” is not a number.", text.trim()))
}

/// The earliest year a plan date may fall in.
pub const YEAR_MIN: i32 = 2000;
/// The latest year a plan date may fall in.
pub const YEAR_MAX: i32 = 2100;

/// A date on the plan (the kickoff, the end of design, the hire), from 2000 to 2100: far enough
/// for any plan, near enough that the timeline's arithmetic never leaves the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "NaiveDate")]
pub struct PlanDate(NaiveDate);

impl PlanDate {
    /// The date, or why it is refused.
    pub fn new(date: NaiveDate) -> Result<Self, ValueError> {
        if (YEAR_MIN..=YEAR_MAX).contains(&date.year()) {
            Ok(PlanDate(date))
        } else {
            Err(ValueError(format!(
                "a date in the years {YEAR_MIN} to {YEAR_MAX}, not {date}"
            )))
        }
    }

    /// The date, moved to the nearest bound when it lies outside them: for dates computed
    /// rather than typed (today's date on a clock set wrong, a template's arithmetic).
    pub fn clamped(date: NaiveDate) -> Self {
        let first = NaiveDate::from_ymd_opt(YEAR_MIN, 1, 1).unwrap_or(NaiveDate::MIN);
        let last = NaiveDate::from_ymd_opt(YEAR_MAX, 12, 31).unwrap_or(NaiveDate::MAX);
        PlanDate(date.clamp(first, last))
    }

    /// The calendar date.
    pub fn date(self) -> NaiveDate {
        self.0
    }

    /// The date `days` later, kept within the bounds.
    pub fn plus_days(self, days: u64) -> Self {
        PlanDate::clamped(
            self.0
                .checked_add_days(chrono::Days::new(days))
                .unwrap_or(NaiveDate::MAX),
        )
    }

    /// The date a person typed, as a date input gives it (`2027-01-04`), or why it is not one.
    /// A date input passes years such as 0002 and 0202 on the way to 2027 while a year is typed:
    /// they are refused, and the design keeps its last date.
    pub fn parse(text: &str) -> Result<Self, String> {
        let date = crate::domain::format::iso_date(text)
            .ok_or_else(|| "Enter a full date (day, month and year).".to_owned())?;
        PlanDate::new(date).map_err(|_| format!("Enter a date from {YEAR_MIN} to {YEAR_MAX}."))
    }

    /// The date as a date input holds it.
    pub fn show(&self) -> String {
        self.0.to_string()
    }
}

impl std::ops::Sub for PlanDate {
    type Output = chrono::TimeDelta;
    /// The time from `other` to this date.
    fn sub(self, other: PlanDate) -> chrono::TimeDelta {
        self.0 - other.0
    }
}

impl Default for PlanDate {
    /// The earliest date a plan may hold.
    fn default() -> Self {
        PlanDate::clamped(NaiveDate::MIN)
    }
}

impl TryFrom<NaiveDate> for PlanDate {
    type Error = ValueError;
    fn try_from(date: NaiveDate) -> Result<Self, ValueError> {
        PlanDate::new(date)
    }
}

impl From<PlanDate> for NaiveDate {
    fn from(date: PlanDate) -> NaiveDate {
        date.0
    }
}

impl std::fmt::Display for PlanDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_number_is_refused_outside_its_bounds_in_one_wording() {
        assert_eq!(
            Headcount::new(0).map_err(|e| e.0),
            Err("a number of people from 1 to 10000000, not 0".into())
        );
        assert_eq!(Days::new(3650).map(Days::get), Ok(3650));
        assert!(Days::new(3651).is_err());
        assert_eq!(
            Days::parse("99999"),
            Err("Expected a number of days from 0 to 3650, not 99999.".into())
        );
        assert_eq!(Days::parse("1,200").map(Days::get), Ok(1200));
        assert!(Days::parse("99999999999").is_err());
        assert_eq!(
            Days::parse("abc"),
            Err("“abc” is not a whole number.".into())
        );
        assert!(Days::parse("-3").is_err());
        assert!(Days::parse("").is_err());
        assert_eq!(Horizon::default().get(), 8);
        assert_eq!(Headcount::of(0).get(), 1);
        assert_eq!(Headcount::clamped(u32::MAX).get(), 10_000_000);
    }

    #[test]
    fn a_decimal_amount_is_refused_below_zero_and_above_its_maximum() {
        assert_eq!(
            Target::parse("-3"),
            Err("Expected a target of 0 or more, not -3.".into())
        );
        assert_eq!(
            Deals::parse("2.50").map(Deals::get),
            Ok(Decimal::new(25, 1))
        );
        assert_eq!(
            Deals::parse("1001"),
            Err("Expected a number of deals from 0 to 1000, not 1001.".into())
        );
    }

    #[test]
    fn a_plan_date_keeps_to_its_years_even_while_a_year_is_typed() {
        for typed in [
            "0002-01-04",
            "0020-01-04",
            "0202-01-04",
            "2202-01-04",
            "1999-12-31",
        ] {
            assert!(PlanDate::parse(typed).is_err(), "{typed}");
        }
        assert_eq!(
            PlanDate::parse("2027-01-04").map(|d| d.show()),
            Ok("2027-01-04".into())
        );
        assert!(PlanDate::parse("2100-12-31").is_ok());
        let far = NaiveDate::from_ymd_opt(2300, 1, 1).unwrap_or(NaiveDate::MAX);
        assert_eq!(PlanDate::clamped(far).date().year(), YEAR_MAX);
    }
}
