//! Strategies for arbitrary valid designs: every field set, lists of zero to several items,
//! numbers at their extremes (zero, `MONEY_MAX`, the format's limits) and unicode text up to
//! the longest the format accepts. Ids are numbered per list and every reference is resolved to
//! an id that exists, so each generated design passes `validate`.

use chrono::{Days, NaiveDate};
use partner_blueprint::domain::archetypes::{
    ArchetypeEconomics, ArchetypeKind, ArchetypeProfile, Archetypes, Pool,
};
use partner_blueprint::domain::assumptions::ForecastAssumptions;
use partner_blueprint::domain::candidates::{
    Candidate, Candidates, Criterion, CriterionRating, RedFlag,
};
use partner_blueprint::domain::firm::{FirmKind, FirmProfile, FirmStage};
use partner_blueprint::domain::format::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use partner_blueprint::domain::journey::{Journey, Stage, StageKind};
use partner_blueprint::domain::operating::{
    Accountability, Attribution, AttributionRule, CommissionTrigger, Compensation,
    CompensationModel, ConflictRule, DealRegistration, OperatingModel, Role, RoleKind, Tier,
    Timeline, Tooling, VolumeBand,
};
use partner_blueprint::domain::scenarios::{Assumption, Override, Scenario, Scenarios};
use partner_blueprint::domain::scoreboard::{Metric, MetricFamily, MetricKind, Scoreboard};
use partner_blueprint::domain::thesis::{PartnerValue, ProgramPurpose, Thesis};
use partner_blueprint::domain::values::{
    Amount, Cadence, Count, Currency, Id, MONEY_MAX, Minutes, Money, Percent, PlanDate, Rating,
    Whole,
};
use partner_blueprint::domain::workshop::{Agenda, Decision};
use partner_blueprint::domain::{Design, Mechanic};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use rust_decimal::Decimal;

/// Money from nothing to `MONEY_MAX`, to the cent.
pub fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        1 => Just(Money::ZERO),
        1 => Just(Money::new(MONEY_MAX).expect("the maximum is valid")),
        4 => (0u64..=1_000_000).prop_map(Money::whole),
        4 => (0i64..=1_000_000_000_000_000)
            .prop_map(|cents| Money::new(Decimal::new(cents, 2)).expect("in range")),
    ]
}

/// A percentage from 0 to 100, to three places.
pub fn percent() -> impl Strategy<Value = Percent> {
    prop_oneof![
        1 => Just(Percent::ZERO),
        1 => Just(Percent::whole(100)),
        6 => (0i64..=100_000).prop_map(|m| Percent::new(Decimal::new(m, 3)).expect("in range")),
    ]
}

/// A whole number from `min` to `max`, often at either end.
pub fn count(min: u32, max: u32) -> impl Strategy<Value = u32> {
    prop_oneof![
        1 => Just(min),
        1 => Just(max),
        2 => min..=max,
        4 => min..=max.min(min + 20),
    ]
}

/// A bounded whole number of any of the design's kinds, often at either end of its bounds.
pub fn whole<T: Whole + std::fmt::Debug>() -> impl Strategy<Value = T> {
    count(T::MIN, T::MAX).prop_map(|n| T::new(n).expect("within the bounds"))
}

/// A bounded decimal of any of the design's kinds, to two places.
fn amount<T: Amount + std::fmt::Debug>() -> impl Strategy<Value = T> {
    decimal(T::MAX).prop_map(|n| T::new(n).expect("within the bounds"))
}

/// An exact number from 0 to `max`, to two places.
fn decimal(max: Decimal) -> impl Strategy<Value = Decimal> {
    let cents = i64::try_from((max * Decimal::ONE_HUNDRED).trunc().mantissa()).unwrap_or(i64::MAX);
    prop_oneof![
        1 => Just(Decimal::ZERO),
        1 => Just(max),
        4 => (0..=cents).prop_map(|c| Decimal::new(c, 2)),
    ]
}

/// A name: short unicode text, now and then exactly as long as the format allows.
pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "\\PC{0,16}",
        1 => Just("é👩".repeat(NAME_MAX_CHARS / 2)),
    ]
}

/// A longer text, now and then exactly as long as the format allows.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "\\PC{0,40}",
        1 => Just("Ünïcødé 𝄞\n\"q\"\\".repeat(TEXT_MAX_CHARS / 16)),
    ]
}

/// A date in the years the format accepts, 2000 to 2100.
pub fn date() -> impl Strategy<Value = PlanDate> {
    let first = NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date");
    let plan = |date| PlanDate::new(date).expect("in range");
    prop_oneof![
        1 => Just(plan(first)),
        1 => Just(plan(NaiveDate::from_ymd_opt(2100, 12, 31).expect("a date"))),
        6 => (0u64..=36_889).prop_map(move |d| plan(first + Days::new(d))),
    ]
}

fn rating() -> impl Strategy<Value = Rating> {
    (1u8..=5).prop_map(|r| Rating::new(r).expect("1 to 5"))
}

/// An id standing for "the n-th item of the list referred to", resolved by `resolve`.
fn pick() -> impl Strategy<Value = Option<Id>> {
    proptest::option::of((0u32..50).prop_map(|n| Id::new(&format!("pick-{n}")).expect("an id")))
}

fn placeholder() -> Id {
    Id::new("unset").expect("an id")
}

prop_compose! {
    fn firm()(
        name in name(),
        kind in select(vec![FirmKind::Software, FirmKind::Services, FirmKind::Other]),
        headcount in whole(),
        stage in select(vec![FirmStage::Bootstrapped, FirmStage::Seed, FirmStage::SeriesA,
            FirmStage::SeriesB, FirmStage::SeriesC, FirmStage::Public]),
        annual_revenue in money(),
        icp in text(),
        currency in "[A-Z]{3}",
        sells_subscriptions in any::<bool>(),
        direct_pipeline_per_quarter in money(),
        average_deal_size in money(),
        direct_win_rate in percent(),
        sales_cycle_days in whole(),
        partner_sales_cycle_days in whole(),
        kickoff in date(),
    ) -> FirmProfile {
        FirmProfile {
            name, kind, headcount, stage, annual_revenue, icp,
            currency: Currency::new(&currency).expect("three letters"),
            sells_subscriptions, direct_pipeline_per_quarter, average_deal_size, direct_win_rate, sales_cycle_days,
            partner_sales_cycle_days, kickoff,
        }
    }
}

prop_compose! {
    fn thesis()(
        customer in text(),
        owning_archetype in proptest::option::of(select(ArchetypeKind::ALL.to_vec())),
        friction in text(),
        partner_reason in text(),
        value in (text(), text(), text()),
        purposes in subsequence(ProgramPurpose::ALL.to_vec(), 0..=3),
    ) -> Thesis {
        let (financial, strategic, reputational) = value;
        Thesis {
            customer, owning_archetype, friction, partner_reason,
            partner_value: PartnerValue { financial, strategic, reputational },
            purposes,
        }
    }
}

fn cadence() -> impl Strategy<Value = Cadence> {
    select(Cadence::ALL.to_vec())
}

prop_compose! {
    fn pool()(
        recruit_share in percent(),
        activation_rate in percent(),
        deals_per_partner in amount(),
        deal_size in amount(),
    ) -> Pool {
        Pool { recruit_share, activation_rate, deals_per_partner, deal_size }
    }
}

prop_compose! {
    fn profile()(
        chosen in any::<bool>(),
        icp_match in rating(),
        friction_removed in text(),
        partner_share in percent(),
        note in text(),
        pool in pool(),
        enablement in text(),
        cadence in cadence(),
    ) -> ArchetypeProfile {
        ArchetypeProfile {
            kind: ArchetypeKind::Reseller,
            chosen, icp_match, friction_removed,
            economics: ArchetypeEconomics { partner_share, note },
            pool, enablement, cadence,
        }
    }
}

fn archetypes() -> impl Strategy<Value = Archetypes> {
    vec(profile(), ArchetypeKind::ALL.len()).prop_map(|mut catalogue| {
        for (profile, kind) in catalogue.iter_mut().zip(ArchetypeKind::ALL) {
            profile.kind = kind;
        }
        Archetypes { catalogue }
    })
}

prop_compose! {
    fn role()(
        title in name(),
        kind in select(vec![RoleKind::PartnerManager, RoleKind::PartnerOps,
            RoleKind::PartnerMarketing, RoleKind::ExecutiveSponsor,
            RoleKind::HeadOfPartnerships, RoleKind::RevenueOwner, RoleKind::FinanceOwner,
            RoleKind::Other]),
        person in name(),
        time_share in percent(),
        annual_cost in money(),
        starts in proptest::option::of(date()),
        owns_metric in pick(),
        accountabilities in subsequence(Accountability::ALL.to_vec(), 0..=3),
    ) -> Role {
        Role { id: placeholder(), title, kind, person, time_share, annual_cost, starts,
            owns_metric, accountabilities }
    }
}

prop_compose! {
    fn rule()(definition in text(), incentive in text(), reporting_line in text())
        -> AttributionRule {
        AttributionRule { definition, incentive, reporting_line }
    }
}

prop_compose! {
    fn attribution()(
        sourced in rule(), influenced in rule(), co_sold in rule(), movement in text(),
        conflict_rule in proptest::option::of(select(vec![ConflictRule::FirstIntroduction,
            ConflictRule::MostInfluence, ConflictRule::Split, ConflictRule::Custom])),
        conflict_note in text(),
    ) -> Attribution {
        Attribution { sourced, influenced, co_sold, movement, conflict_rule, conflict_note }
    }
}

prop_compose! {
    fn deal_registration()(
        enabled in any::<bool>(),
        minimum_deal_size in proptest::option::of(money()),
        required_fields in vec(name(), 0..4),
        protection_days in whole(),
        response_hours in whole(),
        conflict_process in text(),
    ) -> DealRegistration {
        DealRegistration { enabled, minimum_deal_size, required_fields, protection_days,
            response_hours, conflict_process }
    }
}

prop_compose! {
    fn tier()(
        name in name(),
        min_sourced_deals_per_year in whole(),
        min_certified_reps in whole(),
        criteria_note in text(),
        commission_rate in percent(),
        support_level in text(),
        check_in in cadence(),
        commitments in text(),
    ) -> Tier {
        Tier { name, min_sourced_deals_per_year, min_certified_reps, criteria_note,
            commission_rate, support_level, check_in, commitments }
    }
}

fn model() -> impl Strategy<Value = CompensationModel> {
    let bands = (vec(whole(), 0..5), vec(percent(), 5)).prop_map(|(mut from, rates)| {
        from.sort_unstable_by_key(|n: &Count| n.get());
        from.dedup();
        from.into_iter()
            .zip(rates)
            .map(|(from_referrals, rate)| VolumeBand {
                from_referrals,
                rate,
            })
            .collect::<Vec<_>>()
    });
    prop_oneof![
        money().prop_map(|amount| CompensationModel::FlatFee { amount }),
        percent().prop_map(|rate| CompensationModel::FirstProject { rate }),
        (percent(), whole()).prop_map(|(rate, years)| CompensationModel::Ongoing { rate, years }),
        (percent(), percent(), percent()).prop_map(|(passive, standard, active)| {
            CompensationModel::ByInvolvement {
                passive,
                standard,
                active,
            }
        }),
        bands.prop_map(|bands| CompensationModel::TieredByVolume { bands }),
        percent().prop_map(|partner_share| CompensationModel::RevenueSplit { partner_share }),
    ]
}

prop_compose! {
    fn compensation()(
        trigger in proptest::option::of(select(vec![CommissionTrigger::QualifiedIntroduction,
            CommissionTrigger::ClosedDeal])),
        model in model(),
        payment_days in proptest::option::of(whole()),
    ) -> Compensation {
        Compensation { trigger, model, payment_days_after_client_payment: payment_days }
    }
}

prop_compose! {
    fn operating()(
        roles in vec(role(), 0..6),
        attribution in attribution(),
        deal_registration in deal_registration(),
        tiers in vec(tier(), 0..4),
        compensation in compensation(),
        crm in any::<bool>(),
        prm in proptest::option::of(whole()),
        ecosystem in any::<bool>(),
        costs in (money(), money()),
        dates in (date(), date()),
    ) -> OperatingModel {
        OperatingModel {
            roles, attribution, deal_registration, tiers, compensation,
            tooling: Tooling { crm_attribution_fields: crm, prm_from_quarter: prm,
                prm_cost_per_quarter: costs.1, ecosystem_data: ecosystem,
                cost_per_quarter: costs.0 },
            timeline: Timeline { design_complete: dates.0, partnerships_hire: dates.1 },
        }
    }
}

prop_compose! {
    fn stage()(
        definition_of_done in text(),
        criteria in text(),
        owner in pick(),
        duration_days in whole(),
        exit_metric in text(),
        activities in vec(text(), 0..4),
    ) -> Stage {
        Stage { kind: StageKind::Recruit, definition_of_done, criteria, owner, duration_days,
            exit_metric, activities }
    }
}

fn journey() -> impl Strategy<Value = Journey> {
    vec(proptest::option::of(stage()), StageKind::ALL.len()).prop_map(|stages| Journey {
        stages: stages
            .into_iter()
            .zip(StageKind::ALL)
            .filter_map(|(stage, kind)| stage.map(|s| Stage { kind, ..s }))
            .collect(),
    })
}

prop_compose! {
    fn metric()(
        name in name(),
        family in select(MetricFamily::LEADING.iter().chain(&MetricFamily::LAGGING)
            .copied().chain([MetricFamily::Other]).collect::<Vec<_>>()),
        kind in select(vec![MetricKind::Activity, MetricKind::Output]),
        owner in pick(),
        unit in name(),
        quarterly_targets in vec(amount(), 0..13),
    ) -> Metric {
        Metric { id: placeholder(), name, family, kind, owner, unit, quarterly_targets }
    }
}

prop_compose! {
    fn scoreboard()(metrics in vec(metric(), 0..8), shares in vec(percent(), 0..5))
        -> Scoreboard {
        Scoreboard { metrics, sourced_share_targets: shares }
    }
}

prop_compose! {
    fn candidate()(
        name in name(),
        archetype in proptest::option::of(select(ArchetypeKind::ALL.to_vec())),
        website in name(),
        ratings in vec((pick(), rating()), 0..8),
        red_flags in subsequence(RedFlag::ALL.to_vec(), 0..=4),
        selected in any::<bool>(),
        notes in text(),
    ) -> Candidate {
        let ratings = ratings
            .into_iter()
            .filter_map(|(criterion, rating)| criterion.map(|criterion| CriterionRating {
                criterion, rating }))
            .collect();
        Candidate {
            id: placeholder(), name, archetype, website, ratings, red_flags, selected, notes,
        }
    }
}

prop_compose! {
    fn candidates()(
        criteria in vec((name(), whole()), 0..8),
        pass_threshold in whole(),
        candidates in vec(candidate(), 0..12),
    ) -> Candidates {
        let criteria = criteria
            .into_iter()
            .map(|(name, weight)| Criterion { id: placeholder(), name, weight })
            .collect();
        Candidates { criteria, pass_threshold, candidates }
    }
}

prop_compose! {
    fn assumptions()(
        quarters in whole(),
        recruits_per_quarter in vec(whole(), 0..6),
        registration_to_pipeline in percent(),
        win_rate_lift in percent(),
        churn_per_quarter in percent(),
        co_marketing_per_quarter in money(),
        enablement_per_partner_year in money(),
        gross_retention in percent(),
        direct_pipeline_growth in percent(),
    ) -> ForecastAssumptions {
        ForecastAssumptions { quarters, recruits_per_quarter, registration_to_pipeline,
            win_rate_lift, churn_per_quarter, co_marketing_per_quarter,
            enablement_per_partner_year, gross_retention, direct_pipeline_growth }
    }
}

/// An arbitrary design that `validate` accepts.
/// Each section is boxed: unboxed, the value tree of a whole design is large enough to overflow
/// a test thread's stack in a debug build.
pub fn design() -> BoxedStrategy<Design> {
    (
        name().boxed(),
        firm().boxed(),
        thesis().boxed(),
        archetypes().boxed(),
        operating().boxed(),
        journey().boxed(),
        scoreboard().boxed(),
        candidates().boxed(),
        assumptions().boxed(),
        scenarios().boxed(),
        decisions().boxed(),
        agenda().boxed(),
    )
        .prop_map(
            |(
                title,
                firm,
                thesis,
                archetypes,
                operating,
                journey,
                scoreboard,
                candidates,
                assumptions,
                scenarios,
                decisions,
                agenda,
            )| {
                let mut design = Design {
                    title,
                    firm,
                    thesis,
                    archetypes,
                    operating,
                    journey,
                    scoreboard,
                    candidates,
                    assumptions,
                    scenarios,
                    decisions,
                    agenda,
                };
                resolve(&mut design);
                design
            },
        )
        .boxed()
}

/// Scenarios of zero to a few overrides each, any of them active; ids and duplicates are
/// resolved by `resolve`.
fn scenarios() -> impl Strategy<Value = Scenarios> {
    let assumption = select(vec![
        (Assumption::Recruits, None),
        (Assumption::Activation, Some(ArchetypeKind::Referral)),
        (Assumption::Deals, Some(ArchetypeKind::Reseller)),
        (Assumption::DealSize, Some(ArchetypeKind::Technology)),
        (Assumption::PartnerShare, Some(ArchetypeKind::Msp)),
        (Assumption::Registration, None),
        (Assumption::Lift, None),
        (Assumption::FirstDealDays, None),
        (Assumption::PartnerCycle, None),
        (Assumption::Churn, None),
        (Assumption::CoMarketing, None),
        (Assumption::Retention, None),
    ]);
    let one = (assumption, percent()).prop_map(|((assumption, archetype), value)| Override {
        assumption,
        archetype,
        value: value.value(),
    });
    let scenario = (name(), vec(one, 0..5)).prop_map(|(name, overrides)| Scenario {
        id: Id::new("scenario").expect("an id"),
        name,
        overrides,
    });
    (vec(scenario, 0..4), any::<Option<usize>>()).prop_map(|(list, pick)| Scenarios {
        active: pick
            .filter(|_| !list.is_empty())
            .map(|n| Id::new(&format!("scenario-{}", n % list.len())).expect("an id")),
        list,
    })
}

/// A decision log of a few entries at any step; ids are numbered by `resolve`.
fn decisions() -> impl Strategy<Value = Vec<Decision>> {
    let decision = (
        select(Mechanic::ALL.to_vec()),
        text(),
        text(),
        name(),
        date(),
    )
        .prop_map(|(mechanic, what, options, owner, date)| Decision {
            id: placeholder(),
            mechanic,
            // What was decided is never empty.
            what: if what.trim().is_empty() {
                format!("Decided{what}")
            } else {
                what
            },
            options,
            owner,
            date,
        });
    vec(decision, 0..4)
}

/// An agenda with any minutes from the format's range at each step.
fn agenda() -> impl Strategy<Value = Agenda> {
    vec(whole::<Minutes>(), Mechanic::ALL.len()).prop_map(|minutes| {
        let mut agenda = Agenda::default();
        for (step, minutes) in Mechanic::ALL.into_iter().zip(minutes) {
            agenda.set(step, minutes);
        }
        agenda
    })
}

/// Numbers each list's ids and turns every `pick-n` into the id of an item that exists: the
/// n-th, counting round the list, or none when the list is empty.
fn resolve(design: &mut Design) {
    let number = |prefix: &str, n: usize| Id::new(&format!("{prefix}-{n}")).expect("an id");
    for (n, role) in design.operating.roles.iter_mut().enumerate() {
        role.id = number("role", n);
    }
    for (n, metric) in design.scoreboard.metrics.iter_mut().enumerate() {
        metric.id = number("metric", n);
    }
    for (n, criterion) in design.candidates.criteria.iter_mut().enumerate() {
        criterion.id = number("criterion", n);
    }
    for (n, candidate) in design.candidates.candidates.iter_mut().enumerate() {
        candidate.id = number("candidate", n);
    }
    for (n, decision) in design.decisions.iter_mut().enumerate() {
        decision.id = number("decision", n);
    }
    for (n, scenario) in design.scenarios.list.iter_mut().enumerate() {
        scenario.id = number("scenario", n);
        let mut seen = Vec::new();
        scenario.overrides.retain(|o| {
            let fresh = !seen.contains(&o.moved());
            seen.push(o.moved());
            fresh
        });
    }
    let roles = design.operating.roles.len();
    let metrics = design.scoreboard.metrics.len();
    let criteria = design.candidates.criteria.len();
    let point = |pick: &Option<Id>, prefix: &str, len: usize| -> Option<Id> {
        let n: usize = pick
            .as_ref()?
            .as_str()
            .strip_prefix("pick-")?
            .parse()
            .ok()?;
        (len > 0).then(|| number(prefix, n % len))
    };
    for role in &mut design.operating.roles {
        role.owns_metric = point(&role.owns_metric, "metric", metrics);
    }
    for stage in &mut design.journey.stages {
        stage.owner = point(&stage.owner, "role", roles);
    }
    for metric in &mut design.scoreboard.metrics {
        metric.owner = point(&metric.owner, "role", roles);
    }
    for candidate in &mut design.candidates.candidates {
        let mut rated = Vec::new();
        candidate.ratings.retain_mut(|rating| {
            match point(&Some(rating.criterion.clone()), "criterion", criteria) {
                Some(id) if !rated.contains(&id) => {
                    rated.push(id.clone());
                    rating.criterion = id;
                    true
                }
                _ => false,
            }
        });
    }
}
