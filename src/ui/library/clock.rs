//! Times as the designs and versions panels show them, in the browser's local time.

use chrono::{Local, TimeZone};

/// A date and time as the versions list shows it: `3 Dec 2026 14:05`.
pub(super) fn when(ms: i64) -> String {
    formatted(ms, "%-d %b %Y %H:%M")
}

/// A date and time as a file name carries it: `2026-12-03-1405`.
pub(super) fn file_date(ms: i64) -> String {
    formatted(ms, "%Y-%m-%d-%H%M")
}

fn formatted(ms: i64, pattern: &str) -> String {
    Local
        .timestamp_millis_opt(ms)
        .single()
        .map_or_else(String::new, |t| t.format(pattern).to_string())
}

/// The start of today in milliseconds since 1970.
pub(super) fn day_start_ms() -> i64 {
    let today = Local::now().date_naive();
    today
        .and_hms_opt(0, 0, 0)
        .and_then(|t| Local.from_local_datetime(&t).earliest())
        .map_or(0, |t| t.timestamp_millis())
}
