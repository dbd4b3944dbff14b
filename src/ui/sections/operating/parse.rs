//! Parsers for the operating model's fields that have bounds of their own: the format's limits
//! (docs/FORMAT.md) are kept as the user types, so a design in memory always exports to a file
//! that imports again. An empty optional field means "not decided" or "none".

use chrono::{Datelike, NaiveDate};

use crate::domain::format::limits::{
    COMMISSION_YEARS_MAX, COUNT_MAX, DAYS_MAX, PROGRAM_QUARTERS_MAX, RESPONSE_HOURS_MAX, YEAR_MAX,
    YEAR_MIN,
};
use crate::domain::values::Money;
use crate::ui::fields::{parse_count, parse_date, parse_money};

fn at_most(text: &str, max: u32, what: &str) -> Result<u32, String> {
    let n = parse_count(text)?;
    if n > max {
        return Err(format!("Enter at most {max} {what}."));
    }
    Ok(n)
}

/// A number of days, up to ten years.
pub fn parse_days(text: &str) -> Result<u32, String> {
    at_most(text, DAYS_MAX, "days (ten years)")
}

/// A number of hours, up to a year.
pub fn parse_hours(text: &str) -> Result<u32, String> {
    at_most(text, RESPONSE_HOURS_MAX, "hours (one year)")
}

/// A count of deals, referrals or people in an entry criterion or a volume band.
pub fn parse_entry_count(text: &str) -> Result<u32, String> {
    at_most(text, COUNT_MAX, "(a million)")
}

/// A number of years an ongoing commission is paid.
pub fn parse_years(text: &str) -> Result<u32, String> {
    at_most(text, COMMISSION_YEARS_MAX, "years")
}

/// Days after the client pays, or none when the field is empty.
pub fn parse_optional_days(text: &str) -> Result<Option<u32>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_days(text).map(Some)
}

/// A program quarter from 1, or none (no PRM planned) when the field is empty.
pub fn parse_optional_quarter(text: &str) -> Result<Option<u32>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match parse_count(text)? {
        n @ 1..=PROGRAM_QUARTERS_MAX => Ok(Some(n)),
        _ => Err(format!(
            "Enter a program quarter from 1 to {PROGRAM_QUARTERS_MAX}, or leave it empty."
        )),
    }
}

/// An amount, or none (any deal) when the field is empty.
pub fn parse_optional_money(text: &str) -> Result<Option<Money>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_money(text).map(Some)
}

/// A date within the years a design may hold.
pub fn parse_plan_date(text: &str) -> Result<NaiveDate, String> {
    let date = parse_date(text)?;
    if !(YEAR_MIN..=YEAR_MAX).contains(&date.year()) {
        return Err(format!("Enter a date from {YEAR_MIN} to {YEAR_MAX}."));
    }
    Ok(date)
}

/// Shows a date as a date input holds it.
pub fn show_date(date: &NaiveDate) -> String {
    date.to_string()
}

/// Shows an optional count; empty for none.
pub fn show_optional_count(n: &Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_counts_refuse_what_the_format_would_refuse() {
        assert_eq!(parse_days("180"), Ok(180));
        assert!(parse_days("3651").is_err());
        assert_eq!(parse_hours("48"), Ok(48));
        assert!(parse_hours("9000").is_err());
        assert_eq!(parse_years("50"), Ok(50));
        assert!(parse_years("51").is_err());
        assert_eq!(
            parse_entry_count("1000001"),
            Err("Enter at most 1000000 (a million).".to_owned())
        );
    }

    #[test]
    fn an_empty_optional_field_means_none() {
        assert_eq!(parse_optional_days(" "), Ok(None));
        assert_eq!(parse_optional_days("30"), Ok(Some(30)));
        assert_eq!(parse_optional_quarter(""), Ok(None));
        assert_eq!(parse_optional_money(""), Ok(None));
        assert!(parse_optional_money("abc").is_err());
    }

    #[test]
    fn a_prm_quarter_runs_from_1_to_40() {
        assert_eq!(parse_optional_quarter("9"), Ok(Some(9)));
        assert!(parse_optional_quarter("0").is_err());
        assert!(parse_optional_quarter("41").is_err());
    }

    #[test]
    fn dates_stay_within_the_years_a_design_may_hold() {
        assert!(parse_plan_date("2027-01-08").is_ok());
        assert!(parse_plan_date("1999-12-31").is_err());
        assert!(parse_plan_date("2101-01-01").is_err());
    }
}
