//! The bounds an imported design must keep. They are generous for any real program and keep the
//! engine's sums far from overflow; the UI can use them to bound its inputs.

use rust_decimal::Decimal;

/// Names, titles, units, people, a registration's required fields: characters at most.
pub const NAME_MAX_CHARS: usize = 200;
/// Every longer text (thesis statements, notes, definitions): characters at most.
pub const TEXT_MAX_CHARS: usize = 4000;
/// Partner candidates at most.
pub const CANDIDATES_MAX: usize = 1000;
/// Every other list (roles, metrics, tiers, criteria, targets, activities, bands …) at most.
pub const LIST_MAX: usize = 100;
/// People employed at most.
pub const HEADCOUNT_MAX: u32 = 10_000_000;
/// Any duration in days at most: ten years.
pub const DAYS_MAX: u32 = 3650;
/// A registration's response time in hours at most: one year.
pub const RESPONSE_HOURS_MAX: u32 = 8760;
/// Counts of deals, referrals or certified people in tier entry criteria and volume bands.
pub const COUNT_MAX: u32 = 1_000_000;
/// Partners recruited in one quarter at most.
pub const RECRUITS_PER_QUARTER_MAX: u32 = 10_000;
/// Deals an active partner registers in a quarter at most.
pub const DEALS_PER_PARTNER_MAX: Decimal = Decimal::ONE_THOUSAND;
/// The forecast spans this many quarters at least …
pub const QUARTERS_MIN: u32 = 8;
/// … and at most.
pub const QUARTERS_MAX: u32 = 12;
/// Program quarters (time to activate, the quarter a PRM starts) at most: ten years.
pub const PROGRAM_QUARTERS_MAX: u32 = 40;
/// Years an ongoing commission is paid at most.
pub const COMMISSION_YEARS_MAX: u32 = 50;
/// A criterion's weight at most.
pub const WEIGHT_MAX: u32 = 100;
/// The candidate pass threshold at most (scores run 0–100).
pub const PASS_THRESHOLD_MAX: u32 = 100;
/// The earliest year a date may fall in.
pub const YEAR_MIN: i32 = 2000;
/// The latest year a date may fall in.
pub const YEAR_MAX: i32 = 2100;
