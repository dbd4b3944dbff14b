//! Numbers and dates as the charts write them: exact in tables (the engine's figures, grouped in
//! thousands), short on axes and in messages ("USD 1.2M").

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// A decimal for drawing: its nearest `f64`, 0 if it has none.
pub fn float(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// Digits grouped in thousands: `1234567.5` → `1,234,567.5`.
pub fn grouped(value: Decimal) -> String {
    group_digits(&value.normalize().to_string())
}

/// An amount of money exactly as the engine reports it, grouped, with cents when it has any:
/// `74794.5` → `74,794.50`.
pub fn money(value: Decimal) -> String {
    let value = value.normalize();
    if value.scale() == 0 {
        return grouped(value);
    }
    let mut cents = value.round_dp(2);
    cents.rescale(2);
    group_digits(&cents.to_string())
}

/// Groups the whole part of a plain decimal numeral (`-1234.50`) in thousands.
fn group_digits(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3);
    out.push_str(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A short number for an axis or a message: `950`, `12K`, `1.2M`, `3.4B`. Written from whole
/// tenths, so the app carries no float formatting.
pub fn short(value: f64) -> String {
    let magnitude = value.abs();
    let (scaled, suffix) = if magnitude >= 1e9 {
        (value / 1e9, "B")
    } else if magnitude >= 1e6 {
        (value / 1e6, "M")
    } else if magnitude >= 1e3 {
        (value / 1e3, "K")
    } else {
        (value, "")
    };
    let tenths = (scaled * 10.0).round() as i64;
    let (sign, tenths) = if tenths < 0 {
        ("-", -tenths)
    } else {
        ("", tenths)
    };
    let (whole, tenth) = (tenths / 10, tenths % 10);
    // One decimal under 100, when there is one.
    if tenth == 0 || whole >= 100 {
        let whole = if whole >= 100 && tenth >= 5 {
            whole + 1
        } else {
            whole
        };
        format!("{sign}{whole}{suffix}")
    } else {
        format!("{sign}{whole}.{tenth}{suffix}")
    }
}

/// Milliseconds to three places, from whole microseconds: `1.234`.
pub fn millis(value: f64) -> String {
    let micros = (value * 1000.0).round().max(0.0) as u64;
    format!("{}.{:03}", micros / 1000, micros % 1000)
}

/// Money, short, with its currency: `USD 1.2M`.
pub fn money_short(value: Decimal, currency: &str) -> String {
    format!("{currency} {}", short(float(value)))
}

/// A count the engine reports with decimals (partners, deals), as it reports it: `2.4`.
pub fn count(value: Decimal) -> String {
    grouped(value)
}

/// A count rounded to a whole number, for messages: `42.53` → `43`.
pub fn whole(value: Decimal) -> String {
    grouped(value.round())
}

/// A percentage as the engine reports it: `23.22 %`.
pub fn percent(value: Decimal) -> String {
    format!("{} %", grouped(value))
}

/// A percentage to one decimal place, for messages: `23.2 %`.
pub fn percent_short(value: Decimal) -> String {
    format!("{} %", grouped(value.round_dp(1)))
}

/// A ratio as "3.7 to 1".
pub fn ratio(value: Decimal) -> String {
    format!("{} to 1", grouped(value.round_dp(1)))
}

/// A date as people read it: `15 Jun 2026`.
pub fn date(value: NaiveDate) -> String {
    value.format("%-d %b %Y").to_string()
}

/// A date without its year: `15 Jun`.
pub fn day_month(value: NaiveDate) -> String {
    value.format("%-d %b").to_string()
}

/// "year one", "year two", "year three", then "year 4" …
pub fn year(number: u32) -> String {
    match number {
        1 => "year one".to_owned(),
        2 => "year two".to_owned(),
        3 => "year three".to_owned(),
        n => format!("year {n}"),
    }
}

/// `1 finding`, `3 findings`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn exact_figures_are_grouped_in_thousands() {
        assert_eq!(grouped(d("1152336.05")), "1,152,336.05");
        assert_eq!(grouped(d("999")), "999");
        assert_eq!(grouped(d("-1000")), "-1,000");
        assert_eq!(money(d("74794.5")), "74,794.50");
        assert_eq!(money(d("312000")), "312,000");
        assert_eq!(count(d("2.40")), "2.4");
    }

    #[test]
    fn short_figures_keep_one_decimal_at_most() {
        assert_eq!(short(950.0), "950");
        assert_eq!(short(12_000.0), "12K");
        assert_eq!(short(1_234_567.0), "1.2M");
        assert_eq!(short(250_000.0), "250K");
        assert_eq!(short(0.5), "0.5");
        assert_eq!(short(-2_500.0), "-2.5K");
        assert_eq!(short(149_960.0), "150K");
        assert_eq!(short(0.0), "0");
        assert_eq!(millis(1.2344), "1.234");
        assert_eq!(millis(0.0005), "0.001");
        assert_eq!(money_short(d("6635156.08"), "USD"), "USD 6.6M");
    }

    #[test]
    fn shares_ratios_and_dates_read_as_words() {
        assert_eq!(percent(d("23.22")), "23.22 %");
        assert_eq!(percent_short(d("23.26")), "23.3 %");
        assert_eq!(ratio(d("3.6804")), "3.7 to 1");
        let day = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default();
        assert_eq!(date(day), "15 Jun 2026");
        assert_eq!(year(2), "year two");
        assert_eq!(plural(1, "finding", "findings"), "1 finding");
    }
}
