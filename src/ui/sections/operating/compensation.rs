//! Compensation (003 Step 3 "be specific about the trigger … and the timing of payment"; 001
//! "Revenue sharing models that align incentives"): what earns a fee, the model that computes
//! it with that model's own figures, and how long after the client pays the partner is paid.

mod bands;

use std::mem::discriminant;

use leptos::prelude::*;

use crate::domain::commissions::{default_models, model_label};
use crate::domain::operating::{CommissionTrigger, CompensationModel};
use crate::domain::places::operating;
use crate::domain::values::{Days, Money, Percent, Years};
use crate::ui::erase::text;
use crate::ui::form::{Access, Choice, Options, Typed, field, labelled, member};
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

static TRIGGER: Choice<Option<CommissionTrigger>> =
    labelled(operating::TRIGGER, "What earns the fee")
        .hint("003 Step 3: say whether a qualified introduction or a closed deal earns it.")
        .choice(
            Options::Fixed(&[
                (None, "Not decided"),
                (
                    Some(CommissionTrigger::QualifiedIntroduction),
                    "A qualified introduction",
                ),
                (Some(CommissionTrigger::ClosedDeal), "A closed deal"),
            ]),
            member!(operating.compensation.trigger),
        );

/// The models by their position among [`default_models`], with the engine's names for them.
static MODEL: Choice<usize> = labelled(operating::MODEL, "Fee model")
    .hint("Switching model starts from 001's figures for it.")
    .choice(
        Options::Listed(|| {
            default_models()
                .iter()
                .enumerate()
                .map(|(i, m)| (i, model_label(m).to_owned()))
                .collect()
        }),
        Access {
            get: |d, _| Some(model_index(&d.operating.compensation.model)),
            set: |d, _, v| {
                if let Some(model) = model_of_kind(v) {
                    d.operating.compensation.model = model;
                }
            },
        },
    );

static PAYMENT_DAYS: Typed<Option<Days>> =
    labelled(operating::PAYMENT_DAYS, "Paid after the client pays")
        .hint("001: net-30 from client payment is common. Leave it empty while undecided.")
        .typed(member!(
            operating.compensation.payment_days_after_client_payment
        ));

/// A figure of one model, at `operating.compensation.model.<field>`: none while another model
/// is chosen.
macro_rules! figure {
    ($variant:ident, $field:ident) => {
        Access {
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

static FLAT_FEE: Typed<Money> = labelled(operating::FEE_AMOUNT, "Fee per trigger")
    .hint(
        "001: flat fees suit lower-ticket services; partnerships implode over $500 \
         commissions, so make it worth the partner's while.",
    )
    .typed(figure!(FlatFee, amount));
static FIRST_PROJECT: Typed<Percent> =
    labelled(operating::MODEL_RATE, "Share of the first project")
        .hint("001: a 10–20 % referral fee on the first project.")
        .typed(figure!(FirstProject, rate));
static ONGOING_RATE: Typed<Percent> = labelled(operating::MODEL_RATE, "Share of revenue each year")
    .hint("001: 10 % ongoing for as long as the client stays.")
    .typed(figure!(Ongoing, rate));
static ONGOING_YEARS: Typed<Years> = labelled(operating::MODEL_YEARS, "Paid for")
    .hint("How many years of the client's revenue the fee follows.")
    .typed(figure!(Ongoing, years));
static PASSIVE: Typed<Percent> = labelled(operating::PASSIVE_RATE, "Passive referral")
    .hint("001: 5–10 %: they mentioned you, you did all the selling.")
    .typed(figure!(ByInvolvement, passive));
static STANDARD: Typed<Percent> = labelled(operating::STANDARD_RATE, "Standard referral")
    .hint("001: 10–15 % for a straightforward referral.")
    .typed(figure!(ByInvolvement, standard));
static ACTIVE: Typed<Percent> = labelled(operating::ACTIVE_RATE, "Active selling")
    .hint("001: 20–25 % when the partner actively sells on your behalf.")
    .typed(figure!(ByInvolvement, active));
static PARTNER_SHARE: Typed<Percent> = labelled(operating::SPLIT_SHARE, "The partner's share")
    .hint(
        "001: split co-delivered project revenue 60/40 or 50/50 by workload; a 60/40 split \
         gives the partner 40 %.",
    )
    .typed(figure!(RevenueSplit, partner_share));

/// Every field of the part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &TRIGGER,
    &MODEL,
    &PAYMENT_DAYS,
    &FLAT_FEE,
    &FIRST_PROJECT,
    &ONGOING_RATE,
    &ONGOING_YEARS,
    &PASSIVE,
    &STANDARD,
    &ACTIVE,
    &PARTNER_SHARE,
    &bands::FROM,
    &bands::RATE,
];

/// The compensation plan.
#[component]
pub fn CompensationForm() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let kind = Memo::new(move |_| d.with(|d| model_index(&d.operating.compensation.model)));
    view! {
        <div class="field-grid">
            {field(&TRIGGER, &[])}
            {field(&MODEL, &[])}
            {field(&PAYMENT_DAYS, &[])}
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
        Some(CompensationModel::FlatFee { .. }) => field(&FLAT_FEE, &[]),
        Some(CompensationModel::FirstProject { .. }) => field(&FIRST_PROJECT, &[]),
        Some(CompensationModel::Ongoing { .. }) => {
            grid(vec![field(&ONGOING_RATE, &[]), field(&ONGOING_YEARS, &[])])
        }
        Some(CompensationModel::ByInvolvement { .. }) => grid(vec![
            field(&PASSIVE, &[]),
            field(&STANDARD, &[]),
            field(&ACTIVE, &[]),
        ]),
        Some(CompensationModel::TieredByVolume { .. }) => view! { <bands::BandList /> }.into_any(),
        Some(CompensationModel::RevenueSplit { .. }) => field(&PARTNER_SHARE, &[]),
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
