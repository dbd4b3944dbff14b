//! Tier and compensation rules.

use partner_blueprint::domain::operating::{CompensationModel, Tier, VolumeBand};
use partner_blueprint::domain::values::{Cadence, Count, Percent, Recruits};

use partner_blueprint::domain::forecast::forecast;
use partner_blueprint::domain::health::tiers_supported;
use rust_decimal::Decimal;

use super::{fires, paths, quiet, series_b, services};

fn tier(name: &str, deals: u32, reps: u32, rate: u32, check_in: Cadence) -> Tier {
    Tier {
        name: name.to_owned(),
        min_sourced_deals_per_year: Count::of(deals),
        min_certified_reps: Count::of(reps),
        criteria_note: String::new(),
        commission_rate: Percent::whole(rate),
        support_level: String::new(),
        check_in,
        commitments: String::new(),
    }
}

#[test]
fn a_gold_tier_paying_less_than_silver_is_critical() {
    let mut design = series_b();
    design.operating.tiers = vec![
        tier("Registered", 0, 1, 10, Cadence::Annual),
        tier("Silver", 4, 2, 15, Cadence::Quarterly),
        tier("Gold", 10, 3, 12, Cadence::Monthly),
    ];
    let findings = fires(&design, "tiers.not-monotonic");
    assert_eq!(paths(&findings), ["operating.tiers.2.commission_rate"]);
    assert!(findings[0].message.contains("Gold"));
    assert!(findings[0].message.contains("Silver"));
}

#[test]
fn a_higher_tier_asking_less_and_checking_in_less_often_fires_per_field() {
    let mut design = series_b();
    design.operating.tiers = vec![
        tier("Active", 4, 2, 10, Cadence::Monthly),
        tier("Strategic", 2, 2, 15, Cadence::Quarterly),
    ];
    assert_eq!(
        paths(&fires(&design, "tiers.not-monotonic")),
        [
            "operating.tiers.1.min_sourced_deals_per_year",
            "operating.tiers.1.check_in",
        ]
    );
}

#[test]
fn tiers_that_ask_and_give_more_as_they_rise_are_monotonic() {
    quiet(&series_b(), "tiers.not-monotonic");
}

/// The most partners the forecast has active at once.
fn most_active(design: &partner_blueprint::domain::Design) -> Decimal {
    forecast(design)
        .quarters
        .iter()
        .map(|q| q.active_partners)
        .max()
        .unwrap()
}

#[test]
fn three_tiers_for_under_fifty_partners_are_too_many() {
    let mut design = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(4)];
    design
        .operating
        .tiers
        .push(tier("Strategic", 12, 5, 20, Cadence::Weekly));
    assert!(most_active(&design) < Decimal::from(50));
    let findings = fires(&design, "tiers.too-many-for-partners");
    assert_eq!(paths(&findings), ["operating.tiers"]);
    assert!(findings[0].message.starts_with("3 tiers for at most"));
    assert!(
        findings[0]
            .message
            .contains("2 tiers are enough under 50 partners")
    );
}

#[test]
fn three_tiers_for_the_series_b_partner_base_are_supported() {
    // The template reaches 50–200 active partners: three tiers can be told apart.
    let mut design = series_b();
    design
        .operating
        .tiers
        .push(tier("Strategic", 12, 5, 20, Cadence::Weekly));
    let most = most_active(&design);
    assert!(
        most >= Decimal::from(50) && most <= Decimal::from(200),
        "{most}"
    );
    quiet(&design, "tiers.too-many-for-partners");
}

#[test]
fn two_tiers_for_a_handful_of_partners_are_enough() {
    let mut design = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(1)];
    quiet(&design, "tiers.too-many-for-partners");
    quiet(&services(), "tiers.too-many-for-partners");
}

#[test]
fn the_partner_count_sets_how_many_tiers_it_supports() {
    assert_eq!(tiers_supported(0), 2);
    assert_eq!(tiers_supported(49), 2);
    assert_eq!(tiers_supported(50), 3);
    assert_eq!(tiers_supported(200), 3);
    assert_eq!(tiers_supported(201), 4);
}

#[test]
fn a_fee_with_no_trigger_and_no_payment_timing_warns_twice() {
    let mut design = services();
    design.operating.compensation.trigger = None;
    design
        .operating
        .compensation
        .payment_days_after_client_payment = None;
    assert_eq!(
        paths(&fires(&design, "compensation.no-trigger")),
        [
            "operating.compensation.trigger",
            "operating.compensation.payment_days_after_client_payment",
        ]
    );
}

#[test]
fn a_fee_on_closed_deals_paid_net_30_raises_nothing() {
    quiet(&services(), "compensation.no-trigger");
}

#[test]
fn a_volume_band_paying_less_for_more_referrals_warns() {
    let mut design = services();
    design.operating.compensation.model = CompensationModel::TieredByVolume {
        bands: vec![
            VolumeBand {
                from_referrals: Count::of(1),
                rate: Percent::whole(10),
            },
            VolumeBand {
                from_referrals: Count::of(4),
                rate: Percent::whole(15),
            },
            VolumeBand {
                from_referrals: Count::of(11),
                rate: Percent::whole(12),
            },
        ],
    };
    assert_eq!(
        paths(&fires(&design, "compensation.bands-descend")),
        ["operating.compensation.model.bands.2.rate"]
    );
}

#[test]
fn the_ten_fifteen_twenty_volume_bands_of_001_ascend() {
    let mut design = services();
    design.operating.compensation.model = CompensationModel::TieredByVolume {
        bands: vec![
            VolumeBand {
                from_referrals: Count::of(1),
                rate: Percent::whole(10),
            },
            VolumeBand {
                from_referrals: Count::of(4),
                rate: Percent::whole(15),
            },
            VolumeBand {
                from_referrals: Count::of(11),
                rate: Percent::whole(20),
            },
        ],
    };
    quiet(&design, "compensation.bands-descend");
}
