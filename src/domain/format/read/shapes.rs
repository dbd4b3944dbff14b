//! The design's shape as the reader walks it: each object's members and each choice's names,
//! as `export` writes them. A struct's members are listed once, in its literal, so a member
//! added to a type and not here does not compile; a choice's names come with an exhaustive
//! `match`, so neither does a variant. A test reads back every name `export` writes.

use serde_json::Value;

use super::{
    DocPath, ImportError, Object, Read, checked, choice, choices, object, read_checked, refusal,
};
use crate::domain::archetypes::{
    ArchetypeEconomics, ArchetypeKind, ArchetypeProfile, Archetypes, Pool,
};
use crate::domain::assumptions::ForecastAssumptions;
use crate::domain::candidates::{Candidate, Candidates, Criterion, CriterionRating, RedFlag};
use crate::domain::design::{Design, Mechanic};
use crate::domain::firm::{FirmKind, FirmProfile, FirmStage};
use crate::domain::format::checks::json_name;
use crate::domain::journey::{Journey, Stage, StageKind};
use crate::domain::operating::{
    Accountability, Attribution, AttributionRule, CommissionTrigger, Compensation,
    CompensationModel, ConflictRule, DealRegistration, OperatingModel, Role, RoleKind, Tier,
    Timeline, Tooling, VolumeBand,
};
use crate::domain::scenarios::{Assumption, Override, Scenario, Scenarios};
use crate::domain::scoreboard::{Metric, MetricFamily, MetricKind, Scoreboard};
use crate::domain::thesis::{PartnerValue, ProgramPurpose, Thesis};
use crate::domain::values::{
    Cadence, Count, Currency, Days, Deals, Headcount, Horizon, Hours, Id, Minutes, Money, Percent,
    PlanDate, ProgramQuarter, QuarterCount, Rating, Recruits, Relative, Score, Target, Weight,
    Years,
};
use crate::domain::workshop::{Agenda, AgendaFault, Decision, TimeBox};

checked!(Percent from rust_decimal::Decimal);
checked!(Money from rust_decimal::Decimal);
checked!(Rating from u8);
checked!(Currency from String);
checked!(Id from String);
checked!(Headcount from u32);
checked!(Days from u32);
checked!(Hours from u32);
checked!(Count from u32);
checked!(Years from u32);
checked!(ProgramQuarter from u32);
checked!(QuarterCount from u32);
checked!(Horizon from u32);
checked!(Recruits from u32);
checked!(Weight from u32);
checked!(Score from u32);
checked!(Deals from rust_decimal::Decimal);
checked!(Relative from rust_decimal::Decimal);
checked!(Target from rust_decimal::Decimal);
checked!(PlanDate from chrono::NaiveDate);
checked!(Minutes from u32);

object!(Design {
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
});

object!(Decision {
    id,
    mechanic,
    what,
    options,
    owner,
    date,
});

choices!(Mechanic {
    Thesis = "thesis",
    Archetypes = "archetypes",
    OperatingModel = "operating-model",
    Journey = "journey",
    Scoreboard = "scoreboard",
    Candidates = "candidates",
    Economics = "economics",
});

object!(TimeBox { step, minutes });

impl Read for Agenda {
    /// Its time boxes, each step once and none left out: the agenda's type holds no other.
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        let steps: Vec<TimeBox> = Object::new(value, at)?.read("steps")?;
        let at = at.member("steps");
        Agenda::from_steps(&steps).map_err(|fault| match fault {
            AgendaFault::Missing(step) => at.fail(format!(
                "expected a time box for each of the seven steps, found none for \"{}\"",
                json_name(&step)
            )),
            AgendaFault::Twice { index, step } => at.item(index).member("step").fail(format!(
                "expected each step once, found \"{}\" a second time",
                json_name(&step)
            )),
        })
    }
}

object!(Scenarios { list, active });
object!(Scenario {
    id,
    name,
    overrides
});
object!(Override {
    assumption,
    archetype,
    value
});

choices!(Assumption {
    Recruits = "recruits",
    Activation = "activation",
    Deals = "deals",
    DealSize = "deal-size",
    PartnerShare = "partner-share",
    Registration = "registration",
    Lift = "lift",
    FirstDealDays = "first-deal-days",
    PartnerCycle = "partner-cycle",
    Churn = "churn",
    CoMarketing = "co-marketing",
    Retention = "retention",
});

object!(FirmProfile {
    name,
    kind,
    headcount,
    stage,
    annual_revenue,
    icp,
    currency,
    sells_subscriptions,
    direct_pipeline_per_quarter,
    average_deal_size,
    direct_win_rate,
    sales_cycle_days,
    partner_sales_cycle_days,
    kickoff,
});

choices!(FirmKind {
    Software = "software",
    Services = "services",
    Other = "other",
});

choices!(FirmStage {
    Bootstrapped = "bootstrapped",
    Seed = "seed",
    SeriesA = "series-a",
    SeriesB = "series-b",
    SeriesC = "series-c",
    Public = "public",
});

object!(Thesis {
    customer,
    owning_archetype,
    friction,
    partner_reason,
    partner_value,
    purposes,
});

object!(PartnerValue {
    financial,
    strategic,
    reputational,
});

choices!(ProgramPurpose {
    ServiceExtension = "service-extension",
    MarketReach = "market-reach",
    CoSelling = "co-selling",
});

object!(Archetypes { catalogue });

object!(ArchetypeProfile {
    kind,
    chosen,
    icp_match,
    friction_removed,
    economics,
    pool,
    enablement,
    cadence,
});

object!(ArchetypeEconomics {
    partner_share,
    note,
});

object!(Pool {
    recruit_share,
    activation_rate,
    deals_per_partner,
    deal_size,
});

choices!(ArchetypeKind {
    Reseller = "reseller",
    Msp = "msp",
    SystemsIntegrator = "systems-integrator",
    Technology = "technology",
    Referral = "referral",
    Agency = "agency",
    Subcontractor = "subcontractor",
    StrategicAlliance = "strategic-alliance",
});

choices!(Cadence {
    Weekly = "weekly",
    Monthly = "monthly",
    Quarterly = "quarterly",
    Annual = "annual",
});

object!(OperatingModel {
    roles,
    attribution,
    deal_registration,
    tiers,
    compensation,
    tooling,
    timeline,
});

object!(Role {
    id,
    title,
    kind,
    person,
    time_share,
    annual_cost,
    starts,
    owns_metric,
    accountabilities,
});

choices!(RoleKind {
    PartnerManager = "partner-manager",
    PartnerOps = "partner-ops",
    PartnerMarketing = "partner-marketing",
    ExecutiveSponsor = "executive-sponsor",
    HeadOfPartnerships = "head-of-partnerships",
    RevenueOwner = "revenue-owner",
    FinanceOwner = "finance-owner",
    Other = "other",
});

choices!(Accountability {
    RevenueLine = "revenue-line",
    System = "system",
    FinancialAssumptions = "financial-assumptions",
});

object!(Attribution {
    sourced,
    influenced,
    co_sold,
    movement,
    conflict_rule,
    conflict_note,
});

object!(AttributionRule {
    definition,
    incentive,
    reporting_line,
});

choices!(ConflictRule {
    FirstIntroduction = "first-introduction",
    MostInfluence = "most-influence",
    Split = "split",
    Custom = "custom",
});

object!(DealRegistration {
    enabled,
    minimum_deal_size,
    required_fields,
    protection_days,
    response_hours,
    conflict_process,
});

object!(Tier {
    name,
    min_sourced_deals_per_year,
    min_certified_reps,
    criteria_note,
    commission_rate,
    support_level,
    check_in,
    commitments,
});

object!(Compensation {
    trigger,
    model,
    payment_days_after_client_payment,
});

choices!(CommissionTrigger {
    QualifiedIntroduction = "qualified-introduction",
    ClosedDeal = "closed-deal",
});

/// The compensation models' names, in the order of the variants.
const MODELS: &[&str] = &[
    "flat-fee",
    "first-project",
    "ongoing",
    "by-involvement",
    "tiered-by-volume",
    "revenue-split",
];

impl Read for CompensationModel {
    /// An object naming its model in its `model` member, beside that model's own members.
    fn read(value: &Value, at: &DocPath) -> Result<Self, ImportError> {
        let object = Object::new(value, at)
            .map_err(|_| refusal(at, "an object with a \"model\" field", value))?;
        let tag = object.value("model")?;
        let model = match tag {
            Value::String(_) => choice(tag, &at.member("model"), MODELS)?,
            other => return Err(refusal(&at.member("model"), "a model's name", other)),
        };
        Ok(match model {
            0 => CompensationModel::FlatFee {
                amount: object.read("amount")?,
            },
            1 => CompensationModel::FirstProject {
                rate: object.read("rate")?,
            },
            2 => CompensationModel::Ongoing {
                rate: object.read("rate")?,
                years: object.read("years")?,
            },
            3 => CompensationModel::ByInvolvement {
                passive: object.read("passive")?,
                standard: object.read("standard")?,
                active: object.read("active")?,
            },
            4 => CompensationModel::TieredByVolume {
                bands: object.read("bands")?,
            },
            _ => CompensationModel::RevenueSplit {
                partner_share: object.read("partner_share")?,
            },
        })
    }
}

object!(VolumeBand {
    from_referrals,
    rate,
});

object!(Tooling {
    crm_attribution_fields,
    prm_from_quarter,
    prm_cost_per_quarter,
    ecosystem_data,
    cost_per_quarter,
});

object!(Timeline {
    design_complete,
    partnerships_hire,
});

object!(Journey { stages });

object!(Stage {
    kind,
    definition_of_done,
    criteria,
    owner,
    duration_days,
    exit_metric,
    activities,
});

choices!(StageKind {
    Recruit = "recruit",
    Onboard = "onboard",
    Activate = "activate",
    Manage = "manage",
    Expand = "expand",
    Offboard = "offboard",
});

object!(Scoreboard {
    metrics,
    sourced_share_targets,
});

object!(Metric {
    id,
    name,
    family,
    kind,
    owner,
    unit,
    quarterly_targets,
});

choices!(MetricFamily {
    Capability = "capability",
    Capacity = "capacity",
    Motion = "motion",
    Conversion = "conversion",
    SourcedPipeline = "sourced-pipeline",
    InfluencedPipeline = "influenced-pipeline",
    SourcedClosedWon = "sourced-closed-won",
    Other = "other",
});

choices!(MetricKind {
    Activity = "activity",
    Output = "output",
});

object!(Candidates {
    criteria,
    pass_threshold,
    candidates,
});

object!(Criterion { id, name, weight });

object!(CriterionRating { criterion, rating });

object!(Candidate {
    id,
    name,
    archetype,
    website,
    ratings,
    red_flags,
    selected,
    notes,
});

choices!(RedFlag {
    OneSidedInterest = "one-sided-interest",
    VagueCommitments = "vague-commitments",
    CannotSayWhatTheydRefer = "cannot-say-what-theyd-refer",
    UnrealisticDealFlow = "unrealistic-deal-flow",
});

object!(ForecastAssumptions {
    quarters,
    recruits_per_quarter,
    registration_to_pipeline,
    win_rate_lift,
    churn_per_quarter,
    co_marketing_per_quarter,
    enablement_per_partner_year,
    gross_retention,
    direct_pipeline_growth,
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::checks::json_name;

    /// Every choice reads back from the name `export` writes for it.
    fn reads_back<T: Read + serde::Serialize + PartialEq + std::fmt::Debug>(named: &[(T, &str)]) {
        for (choice, name) in named {
            assert_eq!(&json_name(choice), name);
            let read = T::read(&Value::from(*name), &DocPath::design());
            assert_eq!(read.as_ref(), Ok(choice));
        }
    }

    #[test]
    fn every_choice_reads_the_name_export_writes() {
        reads_back(FirmKind::NAMED);
        reads_back(FirmStage::NAMED);
        reads_back(ProgramPurpose::NAMED);
        reads_back(ArchetypeKind::NAMED);
        reads_back(Assumption::NAMED);
        reads_back(Mechanic::NAMED);
        reads_back(Cadence::NAMED);
        reads_back(RoleKind::NAMED);
        reads_back(Accountability::NAMED);
        reads_back(ConflictRule::NAMED);
        reads_back(CommissionTrigger::NAMED);
        reads_back(StageKind::NAMED);
        reads_back(MetricFamily::NAMED);
        reads_back(MetricKind::NAMED);
        reads_back(RedFlag::NAMED);
    }

    #[test]
    fn every_compensation_model_reads_the_name_export_writes() {
        let rate = Percent::whole(10);
        let models = [
            CompensationModel::FlatFee {
                amount: Money::whole(500),
            },
            CompensationModel::FirstProject { rate },
            CompensationModel::Ongoing {
                rate,
                years: Years::of(2),
            },
            CompensationModel::ByInvolvement {
                passive: rate,
                standard: rate,
                active: rate,
            },
            CompensationModel::TieredByVolume {
                bands: vec![VolumeBand {
                    from_referrals: Count::of(3),
                    rate,
                }],
            },
            CompensationModel::RevenueSplit {
                partner_share: rate,
            },
        ];
        for (model, name) in models.into_iter().zip(MODELS) {
            let written: Value =
                serde_json::from_str(&serde_json::to_string_pretty(&model).expect("JSON"))
                    .expect("JSON");
            assert_eq!(written["model"], Value::from(*name));
            assert_eq!(
                CompensationModel::read(&written, &DocPath::design()),
                Ok(model)
            );
        }
    }
}
