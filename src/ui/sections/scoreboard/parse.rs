//! Parsing the scorecards' numbers: each refuses what the design format would refuse on import
//! (the bounds of `domain::format::limits`), with the reason in words.

use rust_decimal::Decimal;

use crate::domain::format::limits::{
    DEALS_PER_PARTNER_MAX, PASS_THRESHOLD_MAX, PROGRAM_QUARTERS_MAX, RECRUITS_PER_QUARTER_MAX,
    WEIGHT_MAX,
};
use crate::domain::values::MONEY_MAX;
use crate::ui::fields::{parse_count, parse_decimal};

/// A whole number from 0 to `max`; `what` names the unit ("quarters").
fn count_up_to(text: &str, max: u32, what: &str) -> Result<u32, String> {
    let value = parse_count(text)?;
    if value > max {
        return Err(format!("Expected 0 to {max} {what}, not {value}."));
    }
    Ok(value)
}

/// A decimal from 0 to `max`; `what` names it ("a target").
fn decimal_up_to(text: &str, max: Decimal, what: &str) -> Result<Decimal, String> {
    let value = parse_decimal(text)?;
    if value < Decimal::ZERO {
        return Err(format!("Expected {what} of 0 or more, not {value}."));
    }
    if value > max {
        return Err(format!(
            "Expected {what} of at most {}, not {value}.",
            max.normalize()
        ));
    }
    Ok(value.normalize())
}

/// A metric's quarterly target: a number of 0 or more.
pub fn parse_target(text: &str) -> Result<Option<Decimal>, String> {
    decimal_up_to(text, MONEY_MAX, "a target").map(Some)
}

/// Partners recruited in a quarter.
pub fn parse_recruits(text: &str) -> Result<u32, String> {
    count_up_to(text, RECRUITS_PER_QUARTER_MAX, "partners")
}

/// Quarters from recruitment to activity.
pub fn parse_quarters_to_activate(text: &str) -> Result<u32, String> {
    count_up_to(text, PROGRAM_QUARTERS_MAX, "quarters")
}

/// Deals an active partner registers a quarter.
pub fn parse_deals(text: &str) -> Result<Decimal, String> {
    decimal_up_to(text, DEALS_PER_PARTNER_MAX, "a number of deals")
}

/// A criterion's weight.
pub fn parse_weight(text: &str) -> Result<u32, String> {
    count_up_to(text, WEIGHT_MAX, "points of weight")
}

/// The score a candidate needs to pass.
pub fn parse_threshold(text: &str) -> Result<u32, String> {
    count_up_to(text, PASS_THRESHOLD_MAX, "points")
}

/// Shows an optional number: empty when there is none.
pub fn show_optional(value: &Option<Decimal>) -> String {
    value.map(|v| v.normalize().to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_is_a_number_of_zero_or_more() {
        assert_eq!(parse_target("1,500.5"), Ok(Some(Decimal::new(15005, 1))));
        assert_eq!(
            parse_target("-5"),
            Err("Expected a target of 0 or more, not -5.".to_owned())
        );
        assert!(parse_target("ten").is_err());
        assert!(parse_target("").is_err());
        assert!(parse_target("99999999999999").is_err());
    }

    #[test]
    fn counts_are_refused_past_what_the_format_accepts() {
        assert_eq!(parse_weight("100"), Ok(100));
        assert_eq!(
            parse_weight("101"),
            Err("Expected 0 to 100 points of weight, not 101.".to_owned())
        );
        assert!(parse_threshold("101").is_err());
        assert!(parse_quarters_to_activate("41").is_err());
        assert_eq!(parse_recruits("12"), Ok(12));
        assert!(parse_recruits("10001").is_err());
    }

    #[test]
    fn deals_per_partner_may_be_a_fraction_up_to_a_thousand() {
        assert_eq!(parse_deals("0.5"), Ok(Decimal::new(5, 1)));
        assert!(parse_deals("1001").is_err());
    }

    #[test]
    fn a_missing_number_shows_as_an_empty_field() {
        assert_eq!(show_optional(&None), "");
        assert_eq!(show_optional(&Some(Decimal::new(120, 1))), "12");
    }
}
