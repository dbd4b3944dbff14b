//! Validated value types shared by every mechanic: percentages, ratings, money, currency codes
//! and the ids that link roles, metrics and criteria. Each refuses an out-of-range value at
//! construction and at deserialisation, so a design in memory is always well-formed.

mod bounded;

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

pub use bounded::{
    Amount, Count, Days, Deals, Headcount, Horizon, Hours, Minutes, PlanDate, ProgramQuarter,
    QuarterCount, Recruits, Relative, Score, Target, Weight, Whole, YEAR_MAX, YEAR_MIN, Years,
    parse_decimal,
};

/// Why a value was refused; the text says what was expected, for an error shown to a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

/// A percentage from 0 to 100 inclusive, exact. `Percent::new(dec!(12.5))` is 12.5 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(into = "Decimal")]
pub struct Percent(Decimal);

impl Percent {
    pub const ZERO: Percent = Percent(Decimal::ZERO);

    /// A percentage in 0..=100, or an error saying so.
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(ValueError(format!(
                "a percentage from 0 to 100, not {value}"
            )));
        }
        Ok(Percent(value.normalize()))
    }

    /// A whole percentage; values above 100 are clamped to 100.
    pub fn whole(value: u32) -> Self {
        Percent(Decimal::from(value.min(100)))
    }

    /// The percentage itself: 12.5 for 12.5 %.
    pub fn value(self) -> Decimal {
        self.0
    }

    /// The fraction: 0.125 for 12.5 %.
    pub fn fraction(self) -> Decimal {
        self.0 / Decimal::ONE_HUNDRED
    }

    /// The percentage a person typed ("12.5", "12.5 %"), or why it is not one.
    pub fn parse(text: &str) -> Result<Percent, String> {
        let trimmed = text.trim().trim_end_matches('%').trim();
        let value = parse_decimal(trimmed).map_err(|_| {
            format!(
                "“{}” is not a percentage. Enter a number from 0 to 100.",
                text.trim()
            )
        })?;
        Percent::new(value).map_err(|e| format!("Expected {e}."))
    }

    /// The percentage as a form shows it: its number.
    pub fn show(&self) -> String {
        self.0.to_string()
    }
}

impl TryFrom<Decimal> for Percent {
    type Error = ValueError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Percent::new(value)
    }
}

impl From<Percent> for Decimal {
    fn from(p: Percent) -> Decimal {
        p.0
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} %", self.0)
    }
}

/// A rating on the 1–5 scale used for ICP match and candidate criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "u8")]
pub struct Rating(u8);

impl Rating {
    pub const MIN: Rating = Rating(1);
    pub const MAX: Rating = Rating(5);

    /// A rating in 1..=5, or an error saying so.
    pub fn new(value: u8) -> Result<Self, ValueError> {
        if (1..=5).contains(&value) {
            Ok(Rating(value))
        } else {
            Err(ValueError(format!("a rating from 1 to 5, not {value}")))
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// A rating known to be on the scale, for tables of options; one off it is moved to the
    /// nearest end.
    pub const fn of(value: u8) -> Rating {
        Rating(if value < 1 {
            1
        } else if value > 5 {
            5
        } else {
            value
        })
    }
}

impl Default for Rating {
    fn default() -> Self {
        Rating(3)
    }
}

impl TryFrom<u8> for Rating {
    type Error = ValueError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Rating::new(value)
    }
}

impl From<Rating> for u8 {
    fn from(r: Rating) -> u8 {
        r.0
    }
}

/// The largest amount of money a design accepts: ten trillion, far beyond any real program,
/// small enough that sums over hundreds of quarters and partners cannot overflow a Decimal.
pub const MONEY_MAX: Decimal = Decimal::from_parts(0x4E72_A000, 0x0918, 0, false, 0); // 10^13

/// A non-negative amount of money in the design's currency (`FirmProfile::currency`), exact to
/// the cent. Amounts are rounded to cents once, here, when they enter the design.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(into = "Decimal")]
pub struct Money(Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// An amount from 0 up to `MONEY_MAX`, rounded to cents (banker's rounding).
    pub fn new(amount: Decimal) -> Result<Self, ValueError> {
        if amount < Decimal::ZERO {
            return Err(ValueError(format!("an amount of 0 or more, not {amount}")));
        }
        if amount > MONEY_MAX {
            return Err(ValueError(format!(
                "an amount of at most {MONEY_MAX}, not {amount}"
            )));
        }
        Ok(Money(amount.round_dp(2).normalize()))
    }

    /// A whole amount, for templates and tests.
    pub fn whole(amount: u64) -> Self {
        Money::new(Decimal::from(amount)).unwrap_or(Money(MONEY_MAX))
    }

    pub fn amount(self) -> Decimal {
        self.0
    }

    /// The amount a person typed ("250000", "$250,000.50"), or why it is not one.
    pub fn parse(text: &str) -> Result<Money, String> {
        let cleaned: String = text
            .trim()
            .trim_start_matches(['$', '€', '£'])
            .chars()
            .filter(|c| *c != ' ')
            .collect();
        let amount = parse_decimal(&cleaned).map_err(|_| {
            format!(
                "“{}” is not an amount. Enter digits, such as 250000.",
                text.trim()
            )
        })?;
        Money::new(amount).map_err(|e| format!("Expected {e}."))
    }

    /// The amount as a form shows it: exact, no thousands separators to trip over.
    pub fn show(&self) -> String {
        self.0.to_string()
    }
}

impl TryFrom<Decimal> for Money {
    type Error = ValueError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Money::new(value)
    }
}

impl From<Money> for Decimal {
    fn from(m: Money) -> Decimal {
        m.0
    }
}

/// An ISO 4217 currency code such as `USD` or `EUR`: three upper-case ASCII letters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct Currency(String);

impl Currency {
    pub fn new(code: &str) -> Result<Self, ValueError> {
        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Currency(code.to_owned()))
        } else {
            Err(ValueError(format!(
                "a three-letter currency code such as USD or EUR, not {code:?}"
            )))
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// The code a person typed, or why it is not one.
    pub fn parse(text: &str) -> Result<Currency, String> {
        Currency::new(text.trim()).map_err(|e| format!("Expected {e}."))
    }

    /// The code as a form shows it.
    pub fn show(&self) -> String {
        self.0.clone()
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency("USD".to_owned())
    }
}

impl TryFrom<String> for Currency {
    type Error = ValueError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Currency::new(&value)
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.0
    }
}

/// A stable id that links items across mechanics (a role owns a metric, a stage has an owner
/// role, a rating belongs to a criterion): 1–40 characters of `a-z`, `0-9` and `-`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct Id(String);

impl Id {
    pub fn new(id: &str) -> Result<Self, ValueError> {
        let ok = !id.is_empty()
            && id.len() <= 40
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Id(id.to_owned()))
        } else {
            Err(ValueError(format!(
                "an id of 1 to 40 characters a-z, 0-9 or '-', not {id:?}"
            )))
        }
    }

    /// The first id of the form `{prefix}-{n}` that `taken` does not hold: how the app names a
    /// new role, metric, criterion or candidate.
    pub fn fresh<'a>(prefix: &str, taken: impl Iterator<Item = &'a Id> + Clone) -> Id {
        (1..)
            .map(|n| Id(format!("{prefix}-{n}")))
            .find(|candidate| !taken.clone().any(|t| t == candidate))
            .unwrap_or_else(|| Id(prefix.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Id {
    type Error = ValueError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Id::new(&value)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How often a partner is checked in with, an archetype is engaged, or a tier is reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cadence {
    Weekly,
    Monthly,
    Quarterly,
    Annual,
}

impl Cadence {
    pub const ALL: [Cadence; 4] = [
        Cadence::Weekly,
        Cadence::Monthly,
        Cadence::Quarterly,
        Cadence::Annual,
    ];

    /// Touches a year: more means closer attention.
    pub fn per_year(self) -> u32 {
        match self {
            Cadence::Weekly => 52,
            Cadence::Monthly => 12,
            Cadence::Quarterly => 4,
            Cadence::Annual => 1,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Cadence::Weekly => "Weekly",
            Cadence::Monthly => "Monthly",
            Cadence::Quarterly => "Quarterly",
            Cadence::Annual => "Annual",
        }
    }
}

/// `text` with its first letter a capital: a lever's or an assumption's words ("partner
/// churn") opening a row, a label or a chart's name.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A whole or decimal number with thousands separators: `1,800,000.5`.
pub fn grouped(n: Decimal) -> String {
    let plain = n.normalize().to_string();
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain.as_str()), |d| ("-", d));
    let (whole, fraction) = digits
        .split_once('.')
        .map_or((digits, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}
