//! Deal registration (001 "Qualification and response protocols"; 003 Step 5 "preventing
//! channel conflict"): whether partners register deals, the smallest deal that counts, the
//! fields a registration carries, how long it protects the partner, how fast the firm answers
//! and how competing registrations are settled.

use leptos::prelude::*;

use crate::domain::format::limits::LIST_MAX;
use crate::domain::places::operating;
use crate::domain::values::{Days, Hours, Money};
use crate::ui::erase::flag;
use crate::ui::form::{
    Access, AddButton, Check, ItemControls, ListOf, Size, Text, Typed, field, item_name, labelled,
    list_of, member,
};
use crate::ui::state::use_app;

/// The fields a registration must carry.
static REQUIRED: ListOf<String> = list_of!(
    operating::REQUIRED_FIELDS,
    LIST_MAX,
    operating.deal_registration.required_fields
);

static ENABLED: Check = labelled(operating::DEALREG_ENABLED, "Partners register deals")
    .hint(
        "A partner claims an opportunity before working it, so two partners, or a partner and \
         your own team, do not chase one deal blind.",
    )
    .check(member!(operating.deal_registration.enabled));

static MINIMUM: Typed<Option<Money>> = labelled(operating::MINIMUM_DEAL_SIZE, "Minimum deal size")
    .hint("The smallest deal a partner can register. Leave it empty to accept any deal.")
    .typed(member!(operating.deal_registration.minimum_deal_size));

static PROTECTION: Typed<Days> = labelled(operating::PROTECTION_DAYS, "Protection period")
    .hint(
        "90–180 days is common, and at least your sales cycle, or the partner loses the deal \
         before it can close.",
    )
    .typed(member!(operating.deal_registration.protection_days));

static RESPONSE: Typed<Hours> = labelled(operating::RESPONSE_HOURS, "Answered within")
    .hint("001: partners expect an answer within 24–48 hours.")
    .typed(member!(operating.deal_registration.response_hours));

static CONFLICT: Text = labelled(operating::CONFLICT_PROCESS, "When registrations compete")
    .hint(
        "How two registrations for one account, or a registration for an open direct deal, \
         are settled, and by whom (003 Step 5).",
    )
    .text(
        Size::Paragraph,
        member!(operating.deal_registration.conflict_process),
    );

static REQUIRED_FIELD: Text = labelled(operating::REQUIRED_FIELD, "Required field {n}").text(
    Size::Name,
    Access {
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
    },
);

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
