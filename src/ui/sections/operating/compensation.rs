//! Compensation (003 Step 3 "be specific about the trigger … and the timing of payment"; 001
//! "Revenue sharing models that align incentives"): what earns a fee, the model that computes
//! it with that model's own figures, and how long after the client pays the partner is paid.

mod bands;

use std::mem::discriminant;

use leptos::prelude::*;

use super::spec::{Choice, Look, Parsed, choice, parsed, position};
use crate::domain::commissions::{default_models, model_label};
use crate::domain::operating::{CommissionTrigger, CompensationModel};
use crate::domain::values::{Days, Money, Percent, Whole, Years};
use crate::ui::erase::text;
use crate::ui::fields::{optional_whole, show_optional_whole};
use crate::ui::state::use_app;

/// The position of a model's kind among [`default_models`].
fn model_index(model: &CompensationModel) -> usize {
    default_models()
        .iter()
        .position(|m| discriminant(m) == discriminant(model))
        .unwrap_or(0)
}

/// The model of kind `index` with the articles' figures: switching model starts from 001's
/// numbers for it rather than carrying over figures that mean something else.
fn model_of_kind(index: usize) -> Option<CompensationModel> {
    default_models().into_iter().nth(index)
}

/// The triggers, in the order the select offers them; none is undecided.
const TRIGGERS: [Option<CommissionTrigger>; 3] = [
    None,
    Some(CommissionTrigger::QualifiedIntroduction),
    Some(CommissionTrigger::ClosedDeal),
];

static TRIGGER: Choice = Choice {
    path: "operating.compensation.trigger",
    label: "What earns the fee",
    hint: "003 Step 3: say whether a qualified introduction or a closed deal earns it.",
    options: &["Not decided", "A qualified introduction", "A closed deal"],
    get: |d, _| Some(position(&TRIGGERS, &d.operating.compensation.trigger)),
    set: |d, _, v| {
        if let Some(trigger) = TRIGGERS.get(v) {
            d.operating.compensation.trigger = *trigger;
        }
    },
};

/// The models' names, in the order of [`default_models`] (a test holds them to it).
const MODEL_NAMES: [&str; 6] = [
    "Flat fee",
    "% of first project",
    "Ongoing %",
    "By involvement",
    "Tiered by volume",
    "Revenue split",
];

static MODEL: Choice = Choice {
    path: "operating.compensation.model",
    label: "Fee model",
    hint: "Switching model starts from 001's figures for it.",
    options: &MODEL_NAMES,
    get: |d, _| Some(model_index(&d.operating.compensation.model)),
    set: |d, _, v| {
        if let Some(model) = model_of_kind(v) {
            d.operating.compensation.model = model;
        }
    },
};

static PAYMENT_DAYS: Parsed<Option<Days>> = Parsed {
    path: "operating.compensation.payment_days_after_client_payment",
    label: "Paid after the client pays",
    hint: "001: net-30 from client payment is common. Leave it empty while undecided.",
    look: Look::Count("days"),
    parse: optional_whole,
    format: show_optional_whole,
    check: None,
    get: |d, _| Some(d.operating.compensation.payment_days_after_client_payment),
    set: |d, _, v| d.operating.compensation.payment_days_after_client_payment = v,
};

/// A figure of one model, at `operating.compensation.model.<field>`.
macro_rules! figure {
    ($variant:ident, $field:ident: $ty:ty, $look:expr, $parse:expr, $format:expr, $label:literal, $hint:literal) => {
        Parsed::<$ty> {
            path: concat!("operating.compensation.model.", stringify!($field)),
            label: $label,
            hint: $hint,
            look: $look,
            parse: $parse,
            format: $format,
            check: None,
            get: |d, _| match &d.operating.compensation.model {
                CompensationModel::$variant { $field, .. } => Some(*$field),
                _ => None,
            },
            set: |d, _, v| {
                if let CompensationModel::$variant { $field, .. } =
                    &mut d.operating.compensation.model
                {
                    *$field = v;
                }
            },
        }
    };
}

/// A percentage of one model.
macro_rules! rate {
    ($variant:ident, $field:ident, $label:literal, $hint:literal) => {
        figure!($variant, $field: Percent, Look::Decimal("%"), Percent::parse, Percent::show, $label, $hint)
    };
}

static FLAT_FEE: Parsed<Money> = figure!(FlatFee, amount: Money, Look::Money, Money::parse, Money::show,
    "Fee per trigger",
    "001: flat fees suit lower-ticket services; partnerships implode over $500 commissions, so make it worth the partner's while.");
static FIRST_PROJECT: Parsed<Percent> = rate!(
    FirstProject,
    rate,
    "Share of the first project",
    "001: a 10–20 % referral fee on the first project."
);
static ONGOING_RATE: Parsed<Percent> = rate!(
    Ongoing,
    rate,
    "Share of revenue each year",
    "001: 10 % ongoing for as long as the client stays."
);
static ONGOING_YEARS: Parsed<Years> = figure!(Ongoing, years: Years, Look::Count("years"), Years::parse, Years::show,
    "Paid for",
    "How many years of the client's revenue the fee follows.");
static PASSIVE: Parsed<Percent> = rate!(
    ByInvolvement,
    passive,
    "Passive referral",
    "001: 5–10 %: they mentioned you, you did all the selling."
);
static STANDARD: Parsed<Percent> = rate!(
    ByInvolvement,
    standard,
    "Standard referral",
    "001: 10–15 % for a straightforward referral."
);
static ACTIVE: Parsed<Percent> = rate!(
    ByInvolvement,
    active,
    "Active selling",
    "001: 20–25 % when the partner actively sells on your behalf."
);
static PARTNER_SHARE: Parsed<Percent> = rate!(
    RevenueSplit,
    partner_share,
    "The partner's share",
    "001: split co-delivered project revenue 60/40 or 50/50 by workload; a 60/40 split gives the partner 40 %."
);

/// The compensation plan.
#[component]
pub fn CompensationForm() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let kind = Memo::new(move |_| d.with(|d| model_index(&d.operating.compensation.model)));
    view! {
        <div class="field-grid">
            {choice(&TRIGGER, 0)}
            {choice(&MODEL, 0)}
            {parsed(&PAYMENT_DAYS, 0)}
        </div>
        <fieldset class="operating-group">
            <legend>{text(move || format!("The figures of the model: {}", model_label(&d.read().operating.compensation.model)))}</legend>
            {move || model_fields(kind.get())}
        </fieldset>
    }
}

/// The fields of the model of kind `index`.
fn model_fields(index: usize) -> AnyView {
    let grid = |fields: Vec<AnyView>| view! { <div class="field-grid">{fields}</div> }.into_any();
    match model_of_kind(index) {
        Some(CompensationModel::FlatFee { .. }) => parsed(&FLAT_FEE, 0),
        Some(CompensationModel::FirstProject { .. }) => parsed(&FIRST_PROJECT, 0),
        Some(CompensationModel::Ongoing { .. }) => {
            grid(vec![parsed(&ONGOING_RATE, 0), parsed(&ONGOING_YEARS, 0)])
        }
        Some(CompensationModel::ByInvolvement { .. }) => grid(vec![
            parsed(&PASSIVE, 0),
            parsed(&STANDARD, 0),
            parsed(&ACTIVE, 0),
        ]),
        Some(CompensationModel::TieredByVolume { .. }) => view! { <bands::BandList /> }.into_any(),
        Some(CompensationModel::RevenueSplit { .. }) => parsed(&PARTNER_SHARE, 0),
        None => ().into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_model_kind_is_found_by_its_position_whatever_its_figures() {
        for (index, model) in default_models().iter().enumerate() {
            assert_eq!(model_index(model), index);
        }
        let custom = CompensationModel::FirstProject {
            rate: Percent::whole(18),
        };
        assert_eq!(model_index(&custom), 1);
    }

    #[test]
    fn the_model_names_are_the_engines_in_its_order() {
        let names: Vec<&str> = default_models().iter().map(model_label).collect();
        assert_eq!(names, MODEL_NAMES);
    }

    #[test]
    fn switching_model_starts_from_the_articles_figures() {
        assert_eq!(
            model_of_kind(5),
            Some(CompensationModel::RevenueSplit {
                partner_share: Percent::whole(40)
            })
        );
        assert_eq!(model_of_kind(6), None);
    }
}
