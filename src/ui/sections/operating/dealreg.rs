//! Deal registration (001 "Qualification and response protocols"; 003 Step 5 "preventing
//! channel conflict"): whether partners register deals, the smallest deal that counts, the
//! fields a registration carries, how long it protects the partner, how fast the firm answers
//! and how competing registrations are settled.

use leptos::prelude::*;

use super::items::{AddButton, ListOf, item_name};
use super::parse::{parse_days, parse_hours, parse_optional_money};
use crate::domain::format::limits::{NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::domain::values::Money;
use crate::ui::fields::{Checkbox, ParsedField, TextField, field_id};
use crate::ui::lists::ItemControls;
use crate::ui::sections::firm::show_money;
use crate::ui::state::use_app;

/// The fields a registration must carry.
const REQUIRED: ListOf<String> = ListOf {
    path: "operating.deal_registration.required_fields",
    read: |d| Some(&d.operating.deal_registration.required_fields),
    write: |d| Some(&mut d.operating.deal_registration.required_fields),
};

/// Shows an optional amount; empty for none.
fn show_optional_money(m: &Option<Money>) -> String {
    m.as_ref().map(show_money).unwrap_or_default()
}

/// The deal-registration process.
#[component]
pub fn DealRegistrationForm() -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let currency = Signal::derive(move || d.read().firm.currency.code().to_owned());
    // The sales cycle is edited in another section, so it is read once, when this one opens.
    let protection_hint = format!(
        "90–180 days is common, and at least your sales cycle ({} days), or the partner loses the deal before it can close.",
        d.read_untracked().firm.sales_cycle_days
    );
    view! {
        <Checkbox path="operating.deal_registration.enabled" label="Partners register deals"
            hint="A partner claims an opportunity before working it, so two partners, or a partner and your own team, do not chase one deal blind."
            checked=Signal::derive(move || d.read().operating.deal_registration.enabled)
            on_change=Callback::new(move |v| app.edit("operating.deal_registration.enabled", |d| d.operating.deal_registration.enabled = v)) />
        <div class="field-grid">
            <ParsedField path="operating.deal_registration.minimum_deal_size" label="Minimum deal size" prefix=currency
                hint="The smallest deal a partner can register. Leave it empty to accept any deal."
                value=Signal::derive(move || d.read().operating.deal_registration.minimum_deal_size)
                parse=parse_optional_money format=show_optional_money
                on_change=Callback::new(move |v| app.edit("operating.deal_registration.minimum_deal_size", |d| d.operating.deal_registration.minimum_deal_size = v)) />
            <ParsedField path="operating.deal_registration.protection_days" label="Protection period" suffix="days" inputmode="numeric"
                hint=protection_hint
                value=Signal::derive(move || d.read().operating.deal_registration.protection_days)
                parse=parse_days format=|n: &u32| n.to_string()
                on_change=Callback::new(move |v| app.edit("operating.deal_registration.protection_days", |d| d.operating.deal_registration.protection_days = v)) />
            <ParsedField path="operating.deal_registration.response_hours" label="Answered within" suffix="hours" inputmode="numeric"
                hint="001: partners expect an answer within 24–48 hours."
                value=Signal::derive(move || d.read().operating.deal_registration.response_hours)
                parse=parse_hours format=|n: &u32| n.to_string()
                on_change=Callback::new(move |v| app.edit("operating.deal_registration.response_hours", |d| d.operating.deal_registration.response_hours = v)) />
        </div>
        <RequiredFields />
        <TextField path="operating.deal_registration.conflict_process" label="When registrations compete" multiline=true
            hint="How two registrations for one account, or a registration for an open direct deal, are settled, and by whom (003 Step 5)."
            max_len=TEXT_MAX_CHARS
            value=Signal::derive(move || d.read().operating.deal_registration.conflict_process.clone())
            on_change=Callback::new(move |v: String| app.edit("operating.deal_registration.conflict_process", |d| d.operating.deal_registration.conflict_process = v)) />
    }
}

/// The fields a registration must carry, one short text each, in order.
#[component]
fn RequiredFields() -> impl IntoView {
    let app = use_app();
    let len = REQUIRED.len(app);
    let add = Callback::new(move |()| REQUIRED.add(app, String::new(), ""));
    view! {
        <fieldset class="operating-required">
            <legend>"Required fields"</legend>
            <p class="hint">"What a registration must say, such as the account, the buyer contact and the expected close quarter."</p>
            {move || (len.get() == 0).then(|| view! {
                <p class="operating-empty">"No required fields yet."</p>
            })}
            <ol class="list operating-rows">
                {move || (0..len.get()).map(|index| view! { <RequiredField index len /> }).collect_view()}
            </ol>
            <AddButton path=REQUIRED.path label="Add a required field" full=REQUIRED.full(app) on_add=add />
        </fieldset>
    }
}

/// One required field: its text and its controls on one row. The row carries the item's path;
/// the text box inside it carries the same path, so focus lands on the text box.
#[component]
fn RequiredField(index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let value = REQUIRED.value(app, index, String::clone);
    let what = Signal::derive(move || format!("required field {}", item_name(&value.get(), index)));
    let row_id = format!("{}-row", field_id(&REQUIRED.item_path(index)));
    view! {
        <li class="operating-row" id=row_id>
            <TextField path=REQUIRED.item_path(index) label=format!("Required field {}", index + 1)
                max_len=NAME_MAX_CHARS value
                on_change=REQUIRED.setter(app, index, "", |f, v| *f = v) />
            <ItemControls what index len
                on_move=Callback::new(move |delta| REQUIRED.move_by(app, index, delta))
                on_remove=Callback::new(move |()| REQUIRED.remove(app, index, &what.get_untracked())) />
        </li>
    }
}
