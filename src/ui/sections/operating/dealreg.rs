//! Deal registration (001 "Qualification and response protocols"; 003 Step 5 "preventing
//! channel conflict"): whether partners register deals, the smallest deal that counts, the
//! fields a registration carries, how long it protects the partner, how fast the firm answers
//! and how competing registrations are settled.

use leptos::prelude::*;

use crate::domain::format::limits::LIST_MAX;
use crate::domain::places::operating;
use crate::domain::values::{Days, Hours, Money, Whole};
use crate::ui::erase::flag;
use crate::ui::form::{
    AddButton, Check, ItemControls, ListOf, Look, NO_HINT, Size, Text, Typed, Words, field,
    item_name, optional,
};
use crate::ui::state::use_app;

/// The fields a registration must carry.
static REQUIRED: ListOf<String> = ListOf {
    place: operating::REQUIRED_FIELDS,
    max: LIST_MAX,
    items: |d| Some(&d.operating.deal_registration.required_fields),
    items_mut: |d| Some(&mut d.operating.deal_registration.required_fields),
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
    place: operating::DEALREG_ENABLED,
    key: None,
    label: Words::Fixed("Partners register deals"),
    hint: Words::Fixed(
        "A partner claims an opportunity before working it, so two partners, or a partner and your own team, do not chase one deal blind.",
    ),
    get: |d, _| Some(d.operating.deal_registration.enabled),
    set: |d, _, v| d.operating.deal_registration.enabled = v,
};

static MINIMUM: Typed<Option<Money>> = Typed {
    place: operating::MINIMUM_DEAL_SIZE,
    label: Words::Fixed("Minimum deal size"),
    hint: Words::Fixed(
        "The smallest deal a partner can register. Leave it empty to accept any deal.",
    ),
    look: Look::Money,
    parse: parse_optional_money,
    show: show_optional_money,
    check: None,
    get: |d, _| Some(d.operating.deal_registration.minimum_deal_size),
    set: |d, _, v| d.operating.deal_registration.minimum_deal_size = v,
};

static PROTECTION: Typed<Days> = Typed {
    place: operating::PROTECTION_DAYS,
    label: Words::Fixed("Protection period"),
    hint: Words::Fixed(
        "90–180 days is common, and at least your sales cycle, or the partner loses the deal before it can close.",
    ),
    look: Look::Count("days"),
    parse: Days::parse,
    show: Days::show,
    check: None,
    get: |d, _| Some(d.operating.deal_registration.protection_days),
    set: |d, _, v| d.operating.deal_registration.protection_days = v,
};

static RESPONSE: Typed<Hours> = Typed {
    place: operating::RESPONSE_HOURS,
    label: Words::Fixed("Answered within"),
    hint: Words::Fixed("001: partners expect an answer within 24–48 hours."),
    look: Look::Count("hours"),
    parse: Hours::parse,
    show: Hours::show,
    check: None,
    get: |d, _| Some(d.operating.deal_registration.response_hours),
    set: |d, _, v| d.operating.deal_registration.response_hours = v,
};

static CONFLICT: Text = Text {
    place: operating::CONFLICT_PROCESS,
    label: Words::Fixed("When registrations compete"),
    hint: Words::Fixed(
        "How two registrations for one account, or a registration for an open direct deal, are settled, and by whom (003 Step 5).",
    ),
    size: Size::Paragraph,
    get: |d, _| Some(d.operating.deal_registration.conflict_process.clone()),
    set: |d, _, v| d.operating.deal_registration.conflict_process = v,
};

static REQUIRED_FIELD: Text = Text {
    place: operating::REQUIRED_FIELD,
    label: Words::Fixed("Required field {n}"),
    hint: NO_HINT,
    size: Size::Name,
    get: |d, at| {
        d.operating
            .deal_registration
            .required_fields
            .get(*at.first()?)
            .cloned()
    },
    set: |d, at, v| {
        let field = at
            .first()
            .and_then(|&i| d.operating.deal_registration.required_fields.get_mut(i));
        if let Some(f) = field {
            *f = v;
        }
    },
};

/// Every field of the part, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &ENABLED,
    &MINIMUM,
    &PROTECTION,
    &RESPONSE,
    &REQUIRED_FIELD,
    &CONFLICT,
];

/// The deal-registration process.
#[component]
pub fn DealRegistrationForm() -> impl IntoView {
    view! {
        {field(&ENABLED, &[])}
        <div class="field-grid">
            {field(&MINIMUM, &[])}
            {field(&PROTECTION, &[])}
            {field(&RESPONSE, &[])}
        </div>
        <RequiredFields />
        {field(&CONFLICT, &[])}
    }
}

/// The fields a registration must carry, one short text each, in order.
#[component]
fn RequiredFields() -> impl IntoView {
    let app = use_app();
    let len = REQUIRED.len(app, &[]);
    let add = Callback::new(move |()| REQUIRED.add(app, &[], String::new(), None));
    view! {
        <fieldset class="operating-required">
            <legend>"Required fields"</legend>
            <p class="hint">"What a registration must say, such as the account, the buyer contact and the expected close quarter."</p>
            <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No required fields yet."</p>
            <ol class="list operating-rows">
                {move || (0..len.get()).map(|index| view! { <RequiredField index len /> }).collect_view()}
            </ol>
            <AddButton path=REQUIRED.path(&[]) label="Add a required field" full=REQUIRED.full(app, &[]) max=REQUIRED.max on_add=add />
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
    let value = REQUIRED.value(app, &[], index, String::clone);
    let what = Signal::derive(move || format!("required field {}", item_name(&value.get(), index)));
    let row_id = format!("{}-row", REQUIRED.item_path(&[], index).element_id());
    view! {
        <li class="operating-row" id=row_id>
            {field(&REQUIRED_FIELD, &[index])}
            <ItemControls what index len
                on_move=Callback::new(move |delta| REQUIRED.move_by(app, &[], index, delta))
                on_remove=Callback::new(move |()| REQUIRED.remove(app, &[], index, &what.get_untracked())) />
        </li>
    }
}
