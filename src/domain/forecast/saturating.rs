//! Decimal arithmetic that saturates instead of panicking. `Decimal`'s operators panic on
//! overflow, and a valid document can hold figures (deals per partner, recruits, money up to
//! `MONEY_MAX`) whose products exceed `Decimal::MAX`; the engine must still answer, so every
//! product and sum in the forecast goes through these.

use rust_decimal::Decimal;

/// `a × b`, or the largest Decimal of the product's sign when it does not fit.
pub(crate) fn mul(a: Decimal, b: Decimal) -> Decimal {
    a.checked_mul(b)
        .unwrap_or_else(|| extreme(a.is_sign_negative() != b.is_sign_negative()))
}

/// `a + b`, or the largest Decimal of the sum's sign when it does not fit.
pub(crate) fn add(a: Decimal, b: Decimal) -> Decimal {
    a.checked_add(b)
        .unwrap_or_else(|| extreme(a.is_sign_negative()))
}

/// `a − b`, or the largest Decimal of the difference's sign when it does not fit.
pub(crate) fn sub(a: Decimal, b: Decimal) -> Decimal {
    a.checked_sub(b)
        .unwrap_or_else(|| extreme(a.is_sign_negative()))
}

/// `a ÷ b`; none when `b` is zero, the largest Decimal of the quotient's sign when it does not
/// fit.
pub(crate) fn div(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return None;
    }
    Some(
        a.checked_div(b)
            .unwrap_or_else(|| extreme(a.is_sign_negative() != b.is_sign_negative())),
    )
}

/// The sum of `values`, saturating.
pub(crate) fn sum(values: impl IntoIterator<Item = Decimal>) -> Decimal {
    values.into_iter().fold(Decimal::ZERO, add)
}

fn extreme(negative: bool) -> Decimal {
    if negative { Decimal::MIN } else { Decimal::MAX }
}
