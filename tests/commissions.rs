#![cfg(not(target_arch = "wasm32"))]
//! Commissions under each model, worked by hand: the amount of each payment, its date (net-N
//! from the client's payment), volume bands crossed within a partner-year, and the side-by-side
//! figures the commission charts show.

use chrono::NaiveDate;
use partner_blueprint::domain::commissions::{
    Involvement, MAX_DEALS_PER_YEAR, MAX_ONGOING_YEARS, SampleDeal, average_band_rate, band_rate,
    by_model, by_tier, commission_per_deal, partner_year, payment_date, rate,
};
use partner_blueprint::domain::operating::{
    CommissionTrigger, Compensation, CompensationModel, VolumeBand,
};
use partner_blueprint::domain::templates::Template;
use partner_blueprint::domain::values::{Count, Days, MONEY_MAX, Money, Percent, Years};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().expect("a decimal literal")
}

fn pct(value: u32) -> Percent {
    Percent::whole(value)
}

fn tenths(value: i64) -> Percent {
    Percent::new(Decimal::new(value, 1)).expect("a percentage")
}

fn date(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real date")
}

fn net_30(model: CompensationModel) -> Compensation {
    Compensation {
        trigger: Some(CommissionTrigger::ClosedDeal),
        model,
        payment_days_after_client_payment: Some(Days::of(30)),
    }
}

/// 001's bands: 1–3 referrals a year at 10 %, 4–10 at 15 %, 11+ at 20 %.
fn bands() -> Vec<VolumeBand> {
    [(1, 10), (4, 15), (11, 20)]
        .into_iter()
        .map(|(from_referrals, rate)| VolumeBand {
            from_referrals: Count::of(from_referrals),
            rate: pct(rate),
        })
        .collect()
}

fn deal(value: u64, client_paid: NaiveDate) -> SampleDeal {
    SampleDeal {
        value: Money::whole(value),
        introduced: date(2026, 2, 1),
        client_paid,
        involvement: Involvement::Standard,
        referral_number: 1,
    }
}

/// (date, amount) of each payment.
fn schedule(comp: &Compensation, deal: &SampleDeal) -> Vec<(NaiveDate, Decimal)> {
    commission_per_deal(comp, deal)
        .into_iter()
        .map(|p| (p.date, p.amount))
        .collect()
}

#[test]
fn a_first_project_fee_is_paid_net_thirty_from_the_client_payment() {
    let comp = net_30(CompensationModel::FirstProject { rate: pct(15) });
    // 15 % of 12,000 = 1,800; 1 March + 30 days = 31 March.
    assert_eq!(
        schedule(&comp, &deal(12_000, date(2026, 3, 1))),
        [(date(2026, 3, 31), d("1800"))]
    );
}

#[test]
fn a_flat_fee_on_qualified_introductions_is_dated_from_the_introduction() {
    let mut comp = net_30(CompensationModel::FlatFee {
        amount: Money::whole(500),
    });
    comp.trigger = Some(CommissionTrigger::QualifiedIntroduction);
    // Introduced 1 February 2026 + 30 days = 3 March (February has 28 days).
    assert_eq!(
        schedule(&comp, &deal(12_000, date(2026, 5, 1))),
        [(date(2026, 3, 3), d("500"))]
    );
    comp.trigger = Some(CommissionTrigger::ClosedDeal);
    assert_eq!(
        schedule(&comp, &deal(12_000, date(2026, 5, 1))),
        [(date(2026, 5, 31), d("500"))]
    );
}

#[test]
fn an_ongoing_commission_pays_each_year_on_the_anniversary() {
    let comp = net_30(CompensationModel::Ongoing {
        rate: pct(10),
        years: Years::of(3),
    });
    // 10 % of 24,000 = 2,400 a year; 15 January + 30 days = 14 February, each year.
    assert_eq!(
        schedule(&comp, &deal(24_000, date(2026, 1, 15))),
        [
            (date(2026, 2, 14), d("2400")),
            (date(2027, 2, 14), d("2400")),
            (date(2028, 2, 14), d("2400")),
        ]
    );
}

#[test]
fn an_ongoing_commission_is_followed_for_at_most_fifty_years() {
    let comp = net_30(CompensationModel::Ongoing {
        rate: pct(10),
        years: Years::of(Years::MAX),
    });
    let payments = commission_per_deal(&comp, &deal(1_000, date(2026, 1, 15)));
    assert_eq!(payments.len() as u32, MAX_ONGOING_YEARS);
}

#[test]
fn involvement_picks_the_passive_standard_or_active_rate() {
    let comp = net_30(CompensationModel::ByInvolvement {
        passive: pct(5),
        standard: tenths(125),
        active: tenths(225),
    });
    let amounts: Vec<Decimal> = [
        Involvement::Passive,
        Involvement::Standard,
        Involvement::Active,
    ]
    .into_iter()
    .map(|involvement| {
        let mut sample = deal(10_000, date(2026, 3, 1));
        sample.involvement = involvement;
        commission_per_deal(&comp, &sample)[0].amount
    })
    .collect();
    // 5 %, 12.5 %, 22.5 % of 10,000.
    assert_eq!(amounts, [d("500"), d("1250"), d("2250")]);
}

#[test]
fn a_revenue_split_pays_the_partner_share() {
    let comp = net_30(CompensationModel::RevenueSplit {
        partner_share: pct(40),
    });
    assert_eq!(
        schedule(&comp, &deal(50_000, date(2026, 3, 1))),
        [(date(2026, 3, 31), d("20000"))]
    );
}

#[test]
fn payments_are_rounded_to_cents_once() {
    let comp = net_30(CompensationModel::FirstProject { rate: tenths(125) });
    // 12.5 % of 99.99 = 12.49875 → 12.50.
    let sample = SampleDeal {
        value: Money::new(d("99.99")).expect("money"),
        ..deal(0, date(2026, 3, 1))
    };
    assert_eq!(commission_per_deal(&comp, &sample)[0].amount, d("12.5"));
}

#[test]
fn undecided_payment_timing_pays_on_the_client_payment_day_and_says_so() {
    let mut comp = net_30(CompensationModel::FirstProject { rate: pct(10) });
    comp.payment_days_after_client_payment = None;
    let payments = commission_per_deal(&comp, &deal(10_000, date(2026, 3, 1)));
    assert_eq!(payments[0].date, date(2026, 3, 1));
    assert!(payments[0].note.contains("not set"), "{}", payments[0].note);
    assert_eq!(payment_date(&comp, date(2026, 3, 1)), date(2026, 3, 1));
}

#[test]
fn a_payment_past_the_end_of_the_calendar_is_dated_on_its_last_day() {
    let comp = net_30(CompensationModel::FirstProject { rate: pct(10) });
    assert_eq!(payment_date(&comp, NaiveDate::MAX), NaiveDate::MAX);
}

#[test]
fn the_volume_band_is_the_one_the_referral_falls_in() {
    let bands = bands();
    let rates: Vec<Percent> = [1, 3, 4, 10, 11, 40]
        .into_iter()
        .map(|n| band_rate(&bands, n))
        .collect();
    assert_eq!(rates, [10, 10, 15, 15, 20, 20].map(pct));
    // Bands in any order give the same answer; before the first band nothing is paid.
    let mut reversed = bands.clone();
    reversed.reverse();
    assert_eq!(band_rate(&reversed, 5), pct(15));
    assert_eq!(band_rate(&bands[1..], 2), Percent::ZERO);
    assert_eq!(band_rate(&[], 2), Percent::ZERO);
    let model = CompensationModel::TieredByVolume { bands };
    assert_eq!(rate(&model, Involvement::Active, 11), Some(pct(20)));
    let flat = CompensationModel::FlatFee {
        amount: Money::whole(1),
    };
    assert_eq!(rate(&flat, Involvement::Standard, 1), None);
}

#[test]
fn a_partner_year_crossing_two_bands_pays_each_deal_at_its_own_band() {
    let comp = net_30(CompensationModel::TieredByVolume { bands: bands() });
    let year = partner_year(&comp, 12, Money::whole(10_000), date(2026, 1, 1));
    let amounts: Vec<Decimal> = year.payments.iter().map(|p| p.amount).collect();
    // Deals 1–3 at 10 % (1,000), 4–10 at 15 % (1,500), 11–12 at 20 % (2,000).
    let mut expected = vec![d("1000"); 3];
    expected.extend(vec![d("1500"); 7]);
    expected.extend(vec![d("2000"); 2]);
    assert_eq!(amounts, expected);
    // 3,000 + 10,500 + 4,000.
    assert_eq!(year.first_year_total, d("17500"));
    assert_eq!(year.total, d("17500"));
    // 17,500 / 120,000.
    assert_eq!(
        year.effective_rate.map(|r| r.round_dp(6)),
        Some(d("0.145833"))
    );
    // Deal i is paid by the client i × 365 / 12 days after 1 January, the partner 30 days on:
    // deal 4 (i = 3) on day 91, 2 April → 2 May; deal 12 (i = 11) on day 334, 1 December →
    // 31 December.
    assert_eq!(year.payments[0].date, date(2026, 1, 31));
    assert_eq!(year.payments[3].date, date(2026, 5, 2));
    assert_eq!(year.payments[11].date, date(2026, 12, 31));
}

#[test]
fn a_partner_year_of_ongoing_commissions_counts_later_years_apart() {
    let comp = net_30(CompensationModel::Ongoing {
        rate: pct(10),
        years: Years::of(2),
    });
    let year = partner_year(&comp, 4, Money::whole(10_000), date(2026, 1, 1));
    // Four deals × 1,000 in their first year, as much again in their second.
    assert_eq!(year.first_year_total, d("4000"));
    assert_eq!(year.total, d("8000"));
    assert_eq!(year.payments.len(), 8);
    assert!(year.payments.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(year.effective_rate, Some(d("0.1")));
}

#[test]
fn a_partner_year_without_deals_or_value_has_no_rate() {
    let comp = net_30(CompensationModel::FirstProject { rate: pct(10) });
    let year = partner_year(&comp, 0, Money::whole(10_000), date(2026, 1, 1));
    assert!(year.payments.is_empty());
    assert_eq!(year.effective_rate, None);
    let year = partner_year(&comp, 3, Money::ZERO, date(2026, 1, 1));
    assert_eq!(year.total, Decimal::ZERO);
    assert_eq!(year.effective_rate, None);
}

#[test]
fn a_partner_year_is_capped_at_one_deal_a_day() {
    let comp = net_30(CompensationModel::FirstProject { rate: pct(100) });
    let max = Money::new(MONEY_MAX).expect("the maximum is valid");
    let year = partner_year(&comp, u32::MAX, max, date(2026, 1, 1));
    assert_eq!(year.deals, MAX_DEALS_PER_YEAR);
    assert_eq!(year.total, MONEY_MAX * Decimal::from(MAX_DEALS_PER_YEAR));
}

#[test]
fn the_average_band_rate_weighs_each_band_by_its_referrals() {
    let bands = bands();
    // 8 referrals: 3 × 10 % + 5 × 15 % = 1.05, over 8.
    assert_eq!(average_band_rate(&bands, 8), d("0.13125"));
    // 12: 3 × 10 % + 7 × 15 % + 2 × 20 % = 1.75, over 12.
    assert_eq!(average_band_rate(&bands, 12).round_dp(6), d("0.145833"));
    assert_eq!(average_band_rate(&bands, 1), d("0.1"));
    assert_eq!(average_band_rate(&bands, 0), Decimal::ZERO);
    assert_eq!(average_band_rate(&[], 5), Decimal::ZERO);
    // Billions of referrals are counted band by band, not one by one.
    assert!(average_band_rate(&bands, u32::MAX) > d("0.1999"));
}

#[test]
fn commission_by_model_compares_the_design_model_with_the_article_defaults() {
    let comp = net_30(CompensationModel::FirstProject { rate: pct(20) });
    let rows = by_model(&comp, Money::whole(10_000));
    let table: Vec<(&str, Decimal, bool)> =
        rows.iter().map(|r| (r.label, r.amount, r.chosen)).collect();
    assert_eq!(
        table,
        [
            ("Flat fee", d("500"), false),
            // The design's own 20 %.
            ("% of first project", d("2000"), true),
            // 10 % for three years.
            ("Ongoing %", d("3000"), false),
            // Standard involvement, 12.5 %.
            ("By involvement", d("1250"), false),
            // A first referral of the year, 10 %.
            ("Tiered by volume", d("1000"), false),
            // The partner's 40 % of a 60/40 split.
            ("Revenue split", d("4000"), false),
        ]
    );
}

#[test]
fn commission_by_tier_applies_each_tier_rate_to_the_deal() {
    let design = Template::SeriesBSaas.design(date(2026, 1, 5));
    let rows: Vec<(String, Decimal)> = by_tier(&design, Money::whole(60_000))
        .into_iter()
        .map(|t| (t.tier, t.amount))
        .collect();
    let expected: Vec<(String, Decimal)> = design
        .operating
        .tiers
        .iter()
        .map(|t| (t.name.clone(), d("60000") * t.commission_rate.fraction()))
        .collect();
    assert_eq!(rows, expected);
    assert!(!rows.is_empty());
}
