//! Deal registration (001 "Qualification and response protocols"; 003 Step 5 "preventing
//! channel conflict"): whether partners register deals, the smallest deal that counts, the
//! fields a registration carries, how long it protects the partner, how fast the firm answers
//! and how competing registrations are settled.

use leptos::prelude::*;

use super::items::{AddButton, ListOf, item_name};
use super::spec::{Check, Look, Parsed, Text, check, parsed, text};
use crate::domain::values::{Days, Hours, Money, Whole};
use crate::ui::erase::flag;
use crate::ui::fields::{field_id, optional};
use crate::ui::lists::ItemControls;
use crate::ui::state::use_app;

/// The fields a registration must carry.
const REQUIRED: ListOf<String> = ListOf {
    path: "operating.deal_registration.required_fields",
    read: |d| Some(&d.operating.deal_registration.required_fields),
    write: |d| Some(&mut d.operating.deal_registration.required_fields),
};

/// An optional amount: none (any deal) when the field is empty.
fn parse_optional_money(text: &str) -> Result<Option<Money>, String> {
    optional(text, Money::parse)
}

/// Shows an optional amount; empty for none.
fn show_optional_money(m: &Option<Money>) -> String {
    m.as_ref().map(Money::show).unwrap_or_default()
}

static ENABLED: Check = Check {
    path: "operating.deal_registration.enabled",
    label: "Partners register deals",
    hint: "A partner claims an opportunity before working it, so two partners, or a partner and your own team, do not chase one deal blind.",
    get: |d, _| Some(d.operating.deal_registration.enabled),
    set: |d, _, v| d.operating.deal_registration.enabled = v,
};

static MINIMUM: Parsed<Option<Money>> = Parsed {
    path: "operating.deal_registration.minimum_deal_size",
    label: "Minimum deal size",
    hint: "The smallest deal a partner can register. Leave it empty to accept any deal.",
    look: Look::Money,
    parse: parse_optional_money,
    format: show_optional_money,
    check: None,
    get: |d, _| Some(d.operating.deal_registration.minimum_deal_size),
    set: |d, _, v| d.operating.deal_registration.minimum_deal_size = v,
};

static PROTECTION: Parsed<Days> = Parsed {
    path: "operating.deal_registration.protection_days",
    label: "Protection period",
    hint: "90–180 days is common, and at least your sales cycle, or the partner loses the deal before it can close.",
    look: Look::Count("days"),
    parse: Days::parse,
    format: Days::show,
    check: None,
    get: |d, _| Some(d.operating.deal_registration.protection_days),
    set: |d, _, v| d.operating.deal_registration.protection_days = v,
};

static RESPONSE: Parsed<Hours> = Parsed {
    path: "operating.deal_registration.response_hours",
    label: "Answered within",
    hint: "001: partners expect an answer within 24–48 hours.",
    look: Look::Count("hours"),
    parse: Hours::parse,
    format: Hours::show,
    check: None,
    get: |d, _| Some(d.operating.deal_registration.response_hours),
    set: |d, _, v| d.operating.deal_registration.response_hours = v,
};

static CONFLICT: Text = Text {
    path: "operating.deal_registration.conflict_process",
    label: "When registrations compete",
    hint: "How two registrations for one account, or a registration for an open direct deal, are settled, and by whom (003 Step 5).",
    long: true,
    get: |d, _| Some(d.operating.deal_registration.conflict_process.clone()),
    set: |d, _, v| d.operating.deal_registration.conflict_process = v,
};

static REQUIRED_FIELD: Text = Text {
    path: "operating.deal_registration.required_fields.#",
    label: "Required field {n}",
    hint: "",
    long: false,
    get: |d, i| {
        d.operating
            .deal_registration
            .required_fields
            .get(i)
            .cloned()
    },
    set: |d, i, v| {
        if let Some(f) = d.operating.deal_registration.required_fields.get_mut(i) {
            *f = v;
        }
    },
};

/// The deal-registration process.
#[component]
pub fn DealRegistrationForm() -> impl IntoView {
    view! {
        {check(&ENABLED, 0)}
        <div class="field-grid">
            {parsed(&MINIMUM, 0)}
            {parsed(&PROTECTION, 0)}
            {parsed(&RESPONSE, 0)}
        </div>
        <RequiredFields />
        {text(&CONFLICT, 0)}
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
            <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No required fields yet."</p>
            <ol class="list operating-rows">
                {move || (0..len.get()).map(|index| view! { <RequiredField index len /> }).collect_view()}
            </ol>
            <AddButton path=REQUIRED.path label="Add a required field" full=REQUIRED.full(app) on_add=add />
        </fieldset>
    }
}

/// One required field: its text and its controls on one row. The text box carries the item's
/// path, so focus lands on it.
#[component]
fn RequiredField(
    /// The item's position in its list.
    index: usize,
    /// How many items the list has.
    len: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let value = REQUIRED.value(app, index, String::clone);
    let what = Signal::derive(move || format!("required field {}", item_name(&value.get(), index)));
    let row_id = format!("{}-row", field_id(&REQUIRED.item_path(index)));
    view! {
        <li class="operating-row" id=row_id>
            {text(&REQUIRED_FIELD, index)}
            <ItemControls what index len
                on_move=Callback::new(move |delta| REQUIRED.move_by(app, index, delta))
                on_remove=Callback::new(move |()| REQUIRED.remove(app, index, &what.get_untracked())) />
        </li>
    }
}
