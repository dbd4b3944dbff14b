//! Tier and compensation rules.

use partner_blueprint::domain::operating::{CompensationModel, Tier, VolumeBand};
use partner_blueprint::domain::values::{Cadence, Count, Percent, Recruits};

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

#[test]
fn two_tiers_for_five_partners_a_year_are_premature() {
    let mut design = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(2), Recruits::of(1)];
    fires(&design, "tiers.premature");
}

#[test]
fn three_tiers_for_32_partners_are_premature() {
    let mut design = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(8)];
    design
        .operating
        .tiers
        .push(tier("Strategic", 12, 5, 20, Cadence::Weekly));
    fires(&design, "tiers.premature");
}

#[test]
fn two_tiers_for_32_partners_a_year_are_not_premature() {
    let mut design = series_b();
    design.assumptions.recruits_per_quarter = vec![Recruits::of(8)];
    quiet(&design, "tiers.premature");
}

#[test]
fn launching_without_tiers_is_not_premature() {
    quiet(&services(), "tiers.premature");
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
