//! Compensation (003 Step 3 "be specific about the trigger … and the timing of payment"; 001
//! "Revenue sharing models that align incentives"): what earns a fee, the model that computes
//! it with that model's own figures, and how long after the client pays the partner is paid.

mod bands;

use std::mem::discriminant;

use leptos::prelude::*;

use super::parse::{parse_optional_days, parse_years, show_optional_count};
use crate::domain::commissions::{default_models, model_label};
use crate::domain::operating::{CommissionTrigger, CompensationModel};
use crate::domain::values::{Money, Percent};
use crate::ui::fields::{ParsedField, Select, parse_money, parse_percent};
use crate::ui::sections::firm::{show_money, show_percent};
use crate::ui::state::{AppState, use_app};

fn trigger_options() -> Vec<(Option<CommissionTrigger>, String)> {
    vec![
        (None, "Not decided".to_owned()),
        (
            Some(CommissionTrigger::QualifiedIntroduction),
            "A qualified introduction".to_owned(),
        ),
        (
            Some(CommissionTrigger::ClosedDeal),
            "A closed deal".to_owned(),
        ),
    ]
}

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

fn model_options() -> Vec<(usize, String)> {
    default_models()
        .iter()
        .enumerate()
        .map(|(i, m)| (i, model_label(m).to_owned()))
        .collect()
}

/// A figure of the chosen model; the type's default when the model is of another kind.
fn model_value<T>(app: AppState, get: fn(&CompensationModel) -> Option<T>) -> Signal<T>
where
    T: Default + Clone + Send + Sync + 'static,
{
    Signal::derive(move || {
        app.design
            .with(|d| get(&d.operating.compensation.model).unwrap_or_default())
    })
}

/// Sets a figure of the chosen model, keyed by its path (`operating.compensation.model.rate`).
fn model_setter<T: 'static>(
    app: AppState,
    field: &'static str,
    set: fn(&mut CompensationModel, T),
) -> Callback<T> {
    let key = format!("operating.compensation.model.{field}");
    Callback::new(move |v: T| app.edit(&key, |d| set(&mut d.operating.compensation.model, v)))
}

/// The compensation plan.
#[component]
pub fn CompensationForm() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let kind = Memo::new(move |_| d.with(|d| model_index(&d.operating.compensation.model)));
    view! {
        <div class="field-grid">
            <Select path="operating.compensation.trigger" label="What earns the fee"
                hint="003 Step 3: say whether a qualified introduction or a closed deal earns it."
                options=trigger_options()
                value=Signal::derive(move || d.read().operating.compensation.trigger)
                on_change=Callback::new(move |v| app.edit("operating.compensation.trigger", |d| d.operating.compensation.trigger = v)) />
            <Select path="operating.compensation.model" label="Fee model"
                hint="Switching model starts from 001's figures for it."
                options=model_options() value=kind
                on_change=Callback::new(move |i| {
                    if let Some(model) = model_of_kind(i) {
                        app.edit("operating.compensation.model", |d| d.operating.compensation.model = model);
                    }
                }) />
            <ParsedField path="operating.compensation.payment_days_after_client_payment"
                label="Paid after the client pays" suffix="days" inputmode="numeric"
                hint="001: net-30 from client payment is common. Leave it empty while undecided."
                value=Signal::derive(move || d.read().operating.compensation.payment_days_after_client_payment)
                parse=parse_optional_days format=show_optional_count
                on_change=Callback::new(move |v| app.edit("operating.compensation.payment_days_after_client_payment", |d| d.operating.compensation.payment_days_after_client_payment = v)) />
        </div>
        <fieldset class="operating-group">
            <legend>{move || format!("The figures of the model: {}", model_label(&d.read().operating.compensation.model))}</legend>
            {move || model_fields(app, kind.get())}
        </fieldset>
    }
}

/// The fields of the model of kind `index`.
fn model_fields(app: AppState, index: usize) -> AnyView {
    let currency = Signal::derive(move || app.design.read().firm.currency.code().to_owned());
    match model_of_kind(index) {
        Some(CompensationModel::FlatFee { .. }) => view! {
            <ParsedField path="operating.compensation.model.amount" label="Fee per trigger" prefix=currency
                hint="001: flat fees suit lower-ticket services; partnerships implode over $500 commissions, so make it worth the partner's while."
                value=model_value(app, |m| match m { CompensationModel::FlatFee { amount } => Some(*amount), _ => None })
                parse=parse_money format=show_money
                on_change=model_setter(app, "amount", |m, v: Money| if let CompensationModel::FlatFee { amount } = m { *amount = v }) />
        }
        .into_any(),
        Some(CompensationModel::FirstProject { .. }) => view! {
            <ParsedField path="operating.compensation.model.rate" label="Share of the first project" suffix="%"
                hint="001: a 10–20 % referral fee on the first project."
                value=model_value(app, |m| match m { CompensationModel::FirstProject { rate } => Some(*rate), _ => None })
                parse=parse_percent format=show_percent
                on_change=model_setter(app, "rate", |m, v: Percent| if let CompensationModel::FirstProject { rate } = m { *rate = v }) />
        }
        .into_any(),
        Some(CompensationModel::Ongoing { .. }) => view! {
            <div class="field-grid">
                <ParsedField path="operating.compensation.model.rate" label="Share of revenue each year" suffix="%"
                    hint="001: 10 % ongoing for as long as the client stays."
                    value=model_value(app, |m| match m { CompensationModel::Ongoing { rate, .. } => Some(*rate), _ => None })
                    parse=parse_percent format=show_percent
                    on_change=model_setter(app, "rate", |m, v: Percent| if let CompensationModel::Ongoing { rate, .. } = m { *rate = v }) />
                <ParsedField path="operating.compensation.model.years" label="Paid for" suffix="years" inputmode="numeric"
                    hint="How many years of the client's revenue the fee follows."
                    value=model_value(app, |m| match m { CompensationModel::Ongoing { years, .. } => Some(*years), _ => None })
                    parse=parse_years format=|n: &u32| n.to_string()
                    on_change=model_setter(app, "years", |m, v: u32| if let CompensationModel::Ongoing { years, .. } = m { *years = v }) />
            </div>
        }
        .into_any(),
        Some(CompensationModel::ByInvolvement { .. }) => view! {
            <div class="field-grid">
                <ParsedField path="operating.compensation.model.passive" label="Passive referral" suffix="%"
                    hint="001: 5–10 %: they mentioned you, you did all the selling."
                    value=model_value(app, |m| match m { CompensationModel::ByInvolvement { passive, .. } => Some(*passive), _ => None })
                    parse=parse_percent format=show_percent
                    on_change=model_setter(app, "passive", |m, v: Percent| if let CompensationModel::ByInvolvement { passive, .. } = m { *passive = v }) />
                <ParsedField path="operating.compensation.model.standard" label="Standard referral" suffix="%"
                    hint="001: 10–15 % for a straightforward referral."
                    value=model_value(app, |m| match m { CompensationModel::ByInvolvement { standard, .. } => Some(*standard), _ => None })
                    parse=parse_percent format=show_percent
                    on_change=model_setter(app, "standard", |m, v: Percent| if let CompensationModel::ByInvolvement { standard, .. } = m { *standard = v }) />
                <ParsedField path="operating.compensation.model.active" label="Active selling" suffix="%"
                    hint="001: 20–25 % when the partner actively sells on your behalf."
                    value=model_value(app, |m| match m { CompensationModel::ByInvolvement { active, .. } => Some(*active), _ => None })
                    parse=parse_percent format=show_percent
                    on_change=model_setter(app, "active", |m, v: Percent| if let CompensationModel::ByInvolvement { active, .. } = m { *active = v }) />
            </div>
        }
        .into_any(),
        Some(CompensationModel::TieredByVolume { .. }) => view! { <bands::BandList /> }.into_any(),
        Some(CompensationModel::RevenueSplit { .. }) => view! {
            <ParsedField path="operating.compensation.model.partner_share" label="The partner's share" suffix="%"
                hint="001: split co-delivered project revenue 60/40 or 50/50 by workload; a 60/40 split gives the partner 40 %."
                value=model_value(app, |m| match m { CompensationModel::RevenueSplit { partner_share } => Some(*partner_share), _ => None })
                parse=parse_percent format=show_percent
                on_change=model_setter(app, "partner_share", |m, v: Percent| if let CompensationModel::RevenueSplit { partner_share } = m { *partner_share = v }) />
        }
        .into_any(),
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
