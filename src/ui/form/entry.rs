//! The value types a person types into a field, each with its own parser and look: a field
//! declared with a type parses with the type's parser — the one the format's reader checks
//! values with — so a field's accepted values are the format's, and no declaration names a
//! parser of its own.

use super::Look;
use crate::domain::values::{
    Amount, Count, Currency, Days, Deals, Headcount, Hours, Minutes, Money, Percent, PlanDate,
    ProgramQuarter, QuarterCount, Recruits, Relative, Score, Target, Weight, Whole, Years,
};

/// A value typed as text.
pub trait Entry: Clone + Send + Sync + 'static {
    /// How its input looks.
    const LOOK: Look;

    /// The value a person typed, or why it is not one, in a sentence.
    fn parse(text: &str) -> Result<Self, String>;

    /// The value as its field shows it.
    fn show(&self) -> String;
}

/// An optional value: an empty field means none ("not decided", "no PRM", "any deal").
impl<T: Entry> Entry for Option<T> {
    const LOOK: Look = T::LOOK;

    fn parse(text: &str) -> Result<Self, String> {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            T::parse(text).map(Some)
        }
    }

    fn show(&self) -> String {
        self.as_ref().map(T::show).unwrap_or_default()
    }
}

/// Declares value types as entries, shown in this look, with the parser and show of the trait
/// they share (`Whole`, `Amount`) or of their own (`inherent`).
macro_rules! entries {
    (inherent: $($value:ty => $look:expr),+ $(,)?) => {
        $(entries!(@one $value, $look, <$value>::parse, <$value>::show);)+
    };
    ($bound:ident: $($value:ty => $look:expr),+ $(,)?) => {
        $(entries!(@one $value, $look, <$value as $bound>::parse, <$value as $bound>::show);)+
    };
    (@one $value:ty, $look:expr, $parse:expr, $show:expr) => {
        impl Entry for $value {
            const LOOK: Look = $look;

            fn parse(text: &str) -> Result<Self, String> {
                $parse(text)
            }

            fn show(&self) -> String {
                $show(self)
            }
        }
    };
}

entries!(Whole:
    Headcount => Look::Count("people"),
    Days => Look::Count("days"),
    Hours => Look::Count("hours"),
    Minutes => Look::Count("minutes"),
    Count => Look::Count(""),
    Years => Look::Count("years"),
    ProgramQuarter => Look::Count(""),
    QuarterCount => Look::Count("quarters"),
    Recruits => Look::Count(""),
    Weight => Look::Count("points"),
    Score => Look::Count("of 100"),
);

entries!(Amount:
    Deals => Look::Decimal(""),
    Relative => Look::Decimal("%"),
    Target => Look::Decimal(""),
);

entries!(inherent:
    Percent => Look::Decimal("%"),
    Money => Look::Money,
    PlanDate => Look::Date,
    Currency => Look::Letters,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_optional_field_means_none() {
        assert_eq!(<Option<Days>>::parse(" "), Ok(None));
        assert_eq!(<Option<Days>>::parse("30"), Ok(Some(Days::of(30))));
        assert!(<Option<ProgramQuarter>>::parse("0").is_err());
        assert_eq!(Option::<Days>::None.show(), "");
    }

    #[test]
    fn a_field_parses_with_its_types_own_parser() {
        assert_eq!(
            <Days as Entry>::parse("3651"),
            <Days as Whole>::parse("3651")
        );
        assert_eq!(<Money as Entry>::parse("1,200"), Money::parse("1,200"));
        assert_eq!(
            <PlanDate as Entry>::parse("0202-01-01"),
            PlanDate::parse("0202-01-01")
        );
    }
}
