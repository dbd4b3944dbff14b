//! Every place of the design that a health rule points at or a form edits, declared once. A
//! finding's link and the id of the field it lands on are both made from these, so the compiler
//! keeps them together; a test reads each one back from an exported design, so none names a
//! member the file does not have. `#` is a hole for the index of an item of a list.

use super::path::{Place, place};

/// Declares the places, a module a part of the design, and [`ALL`] listing every one.
macro_rules! places {
    ($($(#[$doc:meta])* $module:ident { $($name:ident = $($step:tt).+;)* })*) => {
        $(
            $(#[$doc])*
            pub mod $module {
                use super::{Place, place};
                $(pub const $name: Place = place!($($step).+);)*
            }
        )*

        /// Every place declared here.
        pub const ALL: &[Place] = &[$($($module::$name,)*)*];
    };
}

places! {
    /// The design as a whole.
    design {
        TITLE = title;
    }
    /// The firm profile.
    firm {
        NAME = firm.name;
        KIND = firm.kind;
        HEADCOUNT = firm.headcount;
        STAGE = firm.stage;
        ANNUAL_REVENUE = firm.annual_revenue;
        ICP = firm.icp;
        CURRENCY = firm.currency;
        SUBSCRIPTIONS = firm.sells_subscriptions;
        DIRECT_PIPELINE = firm.direct_pipeline_per_quarter;
        DEAL_SIZE = firm.average_deal_size;
        WIN_RATE = firm.direct_win_rate;
        SALES_CYCLE = firm.sales_cycle_days;
        PARTNER_SALES_CYCLE = firm.partner_sales_cycle_days;
        KICKOFF = firm.kickoff;
    }
    /// Mechanic 1, the thesis.
    thesis {
        CUSTOMER = thesis.customer;
        OWNING_ARCHETYPE = thesis.owning_archetype;
        FRICTION = thesis.friction;
        PARTNER_REASON = thesis.partner_reason;
        VALUE_FINANCIAL = thesis.partner_value.financial;
        VALUE_STRATEGIC = thesis.partner_value.strategic;
        VALUE_REPUTATIONAL = thesis.partner_value.reputational;
        PURPOSES = thesis.purposes;
    }
    /// Mechanic 2, the archetypes: one profile per kind in the catalogue.
    archetypes {
        CATALOGUE = archetypes.catalogue;
        CHOSEN = archetypes.catalogue.#.chosen;
        ICP_MATCH = archetypes.catalogue.#.icp_match;
        FRICTION_REMOVED = archetypes.catalogue.#.friction_removed;
        PARTNER_SHARE = archetypes.catalogue.#.economics.partner_share;
        ECONOMICS_NOTE = archetypes.catalogue.#.economics.note;
        RECRUIT_SHARE = archetypes.catalogue.#.pool.recruit_share;
        POOL_ACTIVATION = archetypes.catalogue.#.pool.activation_rate;
        POOL_DEALS = archetypes.catalogue.#.pool.deals_per_partner;
        POOL_DEAL_SIZE = archetypes.catalogue.#.pool.deal_size;
        ENABLEMENT = archetypes.catalogue.#.enablement;
        CADENCE = archetypes.catalogue.#.cadence;
    }
    /// Mechanic 3, the operating model.
    operating {
        ROLES = operating.roles;
        ROLE = operating.roles.#;
        ROLE_TITLE = operating.roles.#.title;
        ROLE_KIND = operating.roles.#.kind;
        ROLE_PERSON = operating.roles.#.person;
        ROLE_TIME_SHARE = operating.roles.#.time_share;
        ROLE_ANNUAL_COST = operating.roles.#.annual_cost;
        ROLE_STARTS = operating.roles.#.starts;
        ROLE_OWNS_METRIC = operating.roles.#.owns_metric;
        ROLE_ACCOUNTABILITIES = operating.roles.#.accountabilities;
        SOURCED_DEFINITION = operating.attribution.sourced.definition;
        SOURCED_INCENTIVE = operating.attribution.sourced.incentive;
        SOURCED_REPORTING = operating.attribution.sourced.reporting_line;
        INFLUENCED_DEFINITION = operating.attribution.influenced.definition;
        INFLUENCED_INCENTIVE = operating.attribution.influenced.incentive;
        INFLUENCED_REPORTING = operating.attribution.influenced.reporting_line;
        CO_SOLD_DEFINITION = operating.attribution.co_sold.definition;
        CO_SOLD_INCENTIVE = operating.attribution.co_sold.incentive;
        CO_SOLD_REPORTING = operating.attribution.co_sold.reporting_line;
        MOVEMENT = operating.attribution.movement;
        CONFLICT_RULE = operating.attribution.conflict_rule;
        CONFLICT_NOTE = operating.attribution.conflict_note;
        DEALREG_ENABLED = operating.deal_registration.enabled;
        MINIMUM_DEAL_SIZE = operating.deal_registration.minimum_deal_size;
        REQUIRED_FIELDS = operating.deal_registration.required_fields;
        REQUIRED_FIELD = operating.deal_registration.required_fields.#;
        PROTECTION_DAYS = operating.deal_registration.protection_days;
        RESPONSE_HOURS = operating.deal_registration.response_hours;
        CONFLICT_PROCESS = operating.deal_registration.conflict_process;
        TIERS = operating.tiers;
        TIER = operating.tiers.#;
        TIER_NAME = operating.tiers.#.name;
        TIER_MIN_DEALS = operating.tiers.#.min_sourced_deals_per_year;
        TIER_MIN_REPS = operating.tiers.#.min_certified_reps;
        TIER_CRITERIA = operating.tiers.#.criteria_note;
        TIER_COMMISSION = operating.tiers.#.commission_rate;
        TIER_SUPPORT = operating.tiers.#.support_level;
        TIER_CHECK_IN = operating.tiers.#.check_in;
        TIER_COMMITMENTS = operating.tiers.#.commitments;
        TRIGGER = operating.compensation.trigger;
        MODEL = operating.compensation.model;
        PAYMENT_DAYS = operating.compensation.payment_days_after_client_payment;
        FEE_AMOUNT = operating.compensation.model.amount;
        MODEL_RATE = operating.compensation.model.rate;
        MODEL_YEARS = operating.compensation.model.years;
        PASSIVE_RATE = operating.compensation.model.passive;
        STANDARD_RATE = operating.compensation.model.standard;
        ACTIVE_RATE = operating.compensation.model.active;
        SPLIT_SHARE = operating.compensation.model.partner_share;
        BANDS = operating.compensation.model.bands;
        BAND = operating.compensation.model.bands.#;
        BAND_FROM = operating.compensation.model.bands.#.from_referrals;
        BAND_RATE = operating.compensation.model.bands.#.rate;
        CRM_FIELDS = operating.tooling.crm_attribution_fields;
        PRM_FROM = operating.tooling.prm_from_quarter;
        PRM_COST = operating.tooling.prm_cost_per_quarter;
        ECOSYSTEM_DATA = operating.tooling.ecosystem_data;
        TOOL_COST = operating.tooling.cost_per_quarter;
        DESIGN_COMPLETE = operating.timeline.design_complete;
        PARTNERSHIPS_HIRE = operating.timeline.partnerships_hire;
    }
    /// Mechanic 4, the journey.
    journey {
        STAGES = journey.stages;
        STAGE = journey.stages.#;
        DONE = journey.stages.#.definition_of_done;
        CRITERIA = journey.stages.#.criteria;
        OWNER = journey.stages.#.owner;
        DURATION = journey.stages.#.duration_days;
        EXIT_METRIC = journey.stages.#.exit_metric;
        ACTIVITIES = journey.stages.#.activities;
        ACTIVITY = journey.stages.#.activities.#;
    }
    /// Mechanic 5, the scoreboard.
    scoreboard {
        METRICS = scoreboard.metrics;
        METRIC = scoreboard.metrics.#;
        METRIC_NAME = scoreboard.metrics.#.name;
        FAMILY = scoreboard.metrics.#.family;
        KIND = scoreboard.metrics.#.kind;
        OWNER = scoreboard.metrics.#.owner;
        UNIT = scoreboard.metrics.#.unit;
        TARGETS = scoreboard.metrics.#.quarterly_targets;
        TARGET = scoreboard.metrics.#.quarterly_targets.#;
        SHARE_TARGETS = scoreboard.sourced_share_targets;
        SHARE_TARGET = scoreboard.sourced_share_targets.#;
    }
    /// The candidate scorecard.
    candidates {
        CRITERIA = candidates.criteria;
        CRITERION = candidates.criteria.#;
        CRITERION_NAME = candidates.criteria.#.name;
        CRITERION_WEIGHT = candidates.criteria.#.weight;
        PASS_THRESHOLD = candidates.pass_threshold;
        CANDIDATES = candidates.candidates;
        CANDIDATE = candidates.candidates.#;
        NAME = candidates.candidates.#.name;
        ARCHETYPE = candidates.candidates.#.archetype;
        WEBSITE = candidates.candidates.#.website;
        RATINGS = candidates.candidates.#.ratings;
        RATING = candidates.candidates.#.ratings.#;
        RED_FLAGS = candidates.candidates.#.red_flags;
        SELECTED = candidates.candidates.#.selected;
        NOTES = candidates.candidates.#.notes;
    }
    /// The forecast's assumptions.
    assumptions {
        WHOLE = assumptions;
        QUARTERS = assumptions.quarters;
        RECRUITS = assumptions.recruits_per_quarter;
        RECRUITS_IN = assumptions.recruits_per_quarter.#;
        REGISTRATION = assumptions.registration_to_pipeline;
        LIFT = assumptions.win_rate_lift;
        CHURN = assumptions.churn_per_quarter;
        CO_MARKETING = assumptions.co_marketing_per_quarter;
        ENABLEMENT = assumptions.enablement_per_partner_year;
        RETENTION = assumptions.gross_retention;
        DIRECT_GROWTH = assumptions.direct_pipeline_growth;
    }
    /// The scenarios of decision support.
    scenarios {
        WHOLE = scenarios;
        LIST = scenarios.list;
        NAME = scenarios.list.#.name;
        OVERRIDES = scenarios.list.#.overrides;
        VALUE = scenarios.list.#.overrides.#.value;
        ACTIVE = scenarios.active;
    }
    /// The workshop's decision log.
    decisions {
        LOG = decisions;
        DECISION = decisions.#;
        MECHANIC = decisions.#.mechanic;
        WHAT = decisions.#.what;
        OPTIONS = decisions.#.options;
        OWNER = decisions.#.owner;
        DATE = decisions.#.date;
    }
    /// The workshop's agenda.
    agenda {
        WHOLE = agenda;
        STEPS = agenda.steps;
        STEP = agenda.steps.#.step;
        MINUTES = agenda.steps.#.minutes;
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::domain::commissions::default_models;
    use crate::domain::format::document;
    use crate::domain::templates::Template;

    /// The filled templates, and the Series B one under each compensation model: between them,
    /// every member a design file can hold.
    fn specimens() -> Vec<Value> {
        let kickoff = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
        let mut designs: Vec<_> = Template::ALL.iter().map(|t| t.design(kickoff)).collect();
        for model in default_models() {
            let mut design = Template::SeriesBSaas.design(kickoff);
            design.operating.compensation.model = model;
            designs.push(design);
        }
        let mut with_scenarios = Template::SeriesBSaas.design(kickoff);
        let base = crate::domain::forecast::forecast(&with_scenarios);
        with_scenarios.scenarios.list = crate::domain::scenarios::presets(&with_scenarios, &base);
        designs.push(with_scenarios);
        let mut with_decisions = Template::Blank.design(kickoff);
        let _ = with_decisions.add_decision(
            crate::domain::Mechanic::Thesis,
            "Resellers own the mid-market",
            "Resellers or referral partners",
            "CRO",
            with_decisions.firm.kickoff,
        );
        designs.push(with_decisions);
        designs
            .iter()
            .map(|d| serde_json::from_str(&document(d)).unwrap_or(Value::Null))
            .collect()
    }

    /// The value at `path` (each hole at item 0) in an exported design.
    fn resolves(document: &Value, place: Place) -> bool {
        let pointer: String = place
            .at(&[])
            .steps()
            .iter()
            .map(|step| match step {
                crate::domain::path::Step::Member(name) => format!("/{name}"),
                crate::domain::path::Step::Item(index) => format!("/{index}"),
                crate::domain::path::Step::Key(key) => format!("/{key}"),
            })
            .collect();
        document["design"].pointer(&pointer).is_some()
    }

    #[test]
    fn every_place_names_a_value_an_exported_design_holds() {
        let documents = specimens();
        for place in ALL {
            assert!(
                documents.iter().any(|d| resolves(d, *place)),
                "{} is in no exported design",
                place.pattern()
            );
        }
    }

    #[test]
    fn no_place_is_declared_twice() {
        for (i, place) in ALL.iter().enumerate() {
            assert!(!ALL[..i].contains(place), "{}", place.pattern());
        }
    }
}
