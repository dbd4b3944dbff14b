//! Roles (002 "Define the operating model" and FAQ "Who owns the partner program"; 000 Step
//! Two): who runs the program, the share of their time it gets, what that costs, the
//! scoreboard number each owns, and who answers for the revenue line, the system and the
//! financial assumptions.

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::format::limits::LIST_MAX;
use crate::domain::operating::{Accountability, Role, RoleKind};
use crate::domain::part::Part;
use crate::domain::places::operating;
use crate::domain::values::{Id, Money, Percent, PlanDate};
use crate::ui::erase::flag;
use crate::ui::form::{
    Access, AddButton, Check, Choice, ListItem, ListOf, Options, Size, Text, Typed, field,
    item_name, labelled, list_of, member,
};
use crate::ui::state::use_app;

/// The roles on the operating plan.
static ROLES: ListOf<Role> = list_of!(operating::ROLES, LIST_MAX, operating.roles);

static TITLE: Text<Role> =
    labelled(operating::ROLE_TITLE, "Title").text(Size::Name, member!(title));

static KIND: Choice<RoleKind, Role> = labelled(operating::ROLE_KIND, "Kind of role").choice(
    Options::Fixed(&[
        (RoleKind::ExecutiveSponsor, "Executive sponsor"),
        (RoleKind::RevenueOwner, "Revenue owner (CRO or CEO)"),
        (RoleKind::FinanceOwner, "Finance owner (CFO)"),
        (RoleKind::HeadOfPartnerships, "Head of partnerships"),
        (RoleKind::PartnerManager, "Partner manager"),
        (RoleKind::PartnerOps, "Partner operations"),
        (RoleKind::PartnerMarketing, "Partner marketing"),
        (RoleKind::Other, "Other"),
    ]),
    member!(kind),
);

static PERSON: Text<Role> = labelled(operating::ROLE_PERSON, "Person")
    .hint("Who holds it. Leave it empty while the role is still to hire.")
    .text(Size::Name, member!(person));

static TIME_SHARE: Typed<Percent, Role> = labelled(operating::ROLE_TIME_SHARE, "Share of time")
    .hint("000: 10–20 % of leadership time early on.")
    .typed(member!(time_share));

static ANNUAL_COST: Typed<Money, Role> =
    labelled(operating::ROLE_ANNUAL_COST, "Annual cost, all-in")
        .hint(
            "The yearly cost of that share of time. 002: a senior partnerships hire is $250K+ \
             all-in.",
        )
        .typed(member!(annual_cost));

static STARTS: Typed<Option<PlanDate>, Role> = labelled(operating::ROLE_STARTS, "Costs from")
    .hint(
        "The day the role starts costing the program: for a role still to hire, its hire date. \
         Leave it empty to count it from the program's start.",
    )
    .typed(member!(starts));

static OWNS_METRIC: Choice<Option<Id>, Role> = labelled(
    operating::ROLE_OWNS_METRIC,
    "Scoreboard number it owns",
)
.hint_made(|d, _| {
    if d.scoreboard.metrics.is_empty() {
        "The scoreboard has no metrics yet: add them in the Scoreboard section, then choose \
         the number this role owns."
            .to_owned()
    } else {
        "002: every named role owns a specific number on the scoreboard.".to_owned()
    }
})
.choice(Options::Made(metric_options), member!(owns_metric));

/// None, then each metric by name; a metric the role names that is no longer on the scoreboard
/// stays, named as such, until another is chosen.
fn metric_options(design: &Design, at: &[usize]) -> Vec<(Option<Id>, String)> {
    let mut options = vec![(None, "None yet".to_owned())];
    let metrics = &design.scoreboard.metrics;
    if let Some(id) = Role::find(design, at).and_then(|r| r.owns_metric.clone())
        && !metrics.iter().any(|m| m.id == id)
    {
        options.push((Some(id.clone()), format!("{id} (not on the scoreboard)")));
    }
    options.extend(metrics.iter().map(|m| {
        let name = m.name.trim();
        let label = if name.is_empty() {
            m.id.to_string()
        } else {
            name.to_owned()
        };
        (Some(m.id.clone()), label)
    }));
    options
}

/// What a role answers for beyond its metric (002 FAQ), one checkbox each.
macro_rules! accountable {
    ($accountability:ident, $key:literal, $label:literal) => {
        Check {
            key: Some($key),
            ..labelled(operating::ROLE_ACCOUNTABILITIES, $label).check(Access {
                get: |r, _| {
                    Some(
                        r.accountabilities
                            .contains(&Accountability::$accountability),
                    )
                },
                set: |r, _, on| hold(&mut r.accountabilities, Accountability::$accountability, on),
            })
        }
    };
}

static ACCOUNTABLE: [Check<Role>; 3] = [
    accountable!(
        RevenueLine,
        "revenue-line",
        "The revenue line (usually the CRO or CEO)"
    ),
    accountable!(
        System,
        "system",
        "The system (usually the head of partnerships)"
    ),
    accountable!(
        FinancialAssumptions,
        "financial-assumptions",
        "The financial assumptions (usually the CFO)"
    ),
];

/// Every field of a role, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &TITLE,
    &KIND,
    &PERSON,
    &TIME_SHARE,
    &ANNUAL_COST,
    &STARTS,
    &OWNS_METRIC,
    &ACCOUNTABLE[0],
    &ACCOUNTABLE[1],
    &ACCOUNTABLE[2],
];

/// Adds or drops one accountability, keeping each at most once and in a stable order.
fn hold(list: &mut Vec<Accountability>, a: Accountability, on: bool) {
    list.retain(|x| *x != a);
    if on {
        list.push(a);
        crate::domain::order::sort(list);
    }
}

/// A new role: nothing decided, to hire, owning no number yet.
fn new_role(roles: &[Role]) -> Role {
    Role {
        id: Id::fresh("role", roles.iter().map(|r| &r.id)),
        title: String::new(),
        kind: RoleKind::Other,
        person: String::new(),
        time_share: Percent::ZERO,
        annual_cost: Money::ZERO,
        starts: None,
        owns_metric: None,
        accountabilities: Vec::new(),
    }
}

/// The list of roles and the button that adds one.
#[component]
pub fn RoleList() -> impl IntoView {
    let app = use_app();
    let len = ROLES.len(app, &[]);
    let add = Callback::new(move |()| {
        let role = app.design.with_untracked(|d| new_role(&d.operating.roles));
        ROLES.add(app, &[], role, Some(operating::ROLE_TITLE));
    });
    view! {
        <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No roles yet. Start with the executive sponsor and whoever will run the program day to day."</p>
        <ol class="list operating-list">
            {move || (0..len.get()).map(|index| view! { <RoleItem index len /> }).collect_view()}
        </ol>
        <AddButton path=ROLES.path(&[]) label="Add a role" full=ROLES.full(app, &[]) max=ROLES.max on_add=add />
    }
}

/// One role's fields.
#[component]
fn RoleItem(
    /// The item's position in its list.
    index: usize,
    /// How many items the list has.
    len: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let title = ROLES.value(app, &[], index, |r| r.title.clone());
    let person = ROLES.value(app, &[], index, |r| r.person.clone());
    let what = Signal::derive(move || format!("role {}", item_name(&title.get(), index)));
    let heading = Signal::derive(move || {
        let title = title.get();
        let name = match title.trim() {
            "" => "New role",
            t => t,
        };
        let holder = match person.get().trim() {
            "" => "to hire".to_owned(),
            p => p.to_owned(),
        };
        format!("{}. {name} ({holder})", index + 1)
    });
    let at = [index];
    view! {
        <ListItem path=ROLES.item_path(&[], index) heading what index len class="operating-item"
            on_move=Callback::new(move |delta| ROLES.move_by(app, &[], index, delta))
            on_remove=Callback::new(move |()| {
                // The stages and metrics it owned are owned by no one until another is chosen.
                ROLES.remove_with(app, &[], index, &what.get_untracked(), |d, role| d.forget_role(&role.id))
            })>
            <div class="field-grid">
                {field(&TITLE, &at)}
                {field(&KIND, &at)}
                {field(&PERSON, &at)}
                {field(&TIME_SHARE, &at)}
                {field(&ANNUAL_COST, &at)}
                {field(&STARTS, &at)}
                {field(&OWNS_METRIC, &at)}
            </div>
            <fieldset class="operating-checks">
                <legend>"Also answers for (002 FAQ)"</legend>
                {ACCOUNTABLE.iter().map(|spec| field(spec, &at)).collect_view()}
            </fieldset>
        </ListItem>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accountability_is_held_once_and_in_order() {
        let mut list = vec![Accountability::FinancialAssumptions];
        hold(&mut list, Accountability::RevenueLine, true);
        hold(&mut list, Accountability::RevenueLine, true);
        assert_eq!(
            list,
            [
                Accountability::RevenueLine,
                Accountability::FinancialAssumptions
            ]
        );
        hold(&mut list, Accountability::FinancialAssumptions, false);
        assert_eq!(list, [Accountability::RevenueLine]);
    }

    #[test]
    fn a_new_role_takes_a_fresh_id_and_is_to_hire() {
        let first = new_role(&[]);
        let second = new_role(std::slice::from_ref(&first));
        assert_ne!(first.id, second.id);
        assert!(second.to_hire());
        assert_eq!(second.owns_metric, None);
    }
}
