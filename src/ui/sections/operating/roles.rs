//! Roles (002 "Define the operating model" and FAQ "Who owns the partner program"; 000 Step
//! Two): who runs the program, the share of their time it gets, what that costs, the
//! scoreboard number each owns, and who answers for the revenue line, the system and the
//! financial assumptions.

mod metric;

use leptos::prelude::*;

use super::items::{AddButton, ListItem, ListOf, item_name};
use super::spec::{Check, Choice, Look, Parsed, Text, check, choice, parsed, position, text};
use crate::domain::Design;
use crate::domain::operating::{Accountability, Role, RoleKind};
use crate::domain::values::{Id, Money, Percent};
use crate::ui::erase::flag;
use crate::ui::state::use_app;

/// The roles on the operating plan.
const ROLES: ListOf<Role> = ListOf {
    path: "operating.roles",
    read: |d| Some(&d.operating.roles),
    write: |d| Some(&mut d.operating.roles),
};

fn role(d: &Design, index: usize) -> Option<&Role> {
    d.operating.roles.get(index)
}

fn role_mut(d: &mut Design, index: usize) -> Option<&mut Role> {
    d.operating.roles.get_mut(index)
}

/// The kinds of role, in the order the select offers them.
const KINDS: [RoleKind; 8] = [
    RoleKind::ExecutiveSponsor,
    RoleKind::RevenueOwner,
    RoleKind::FinanceOwner,
    RoleKind::HeadOfPartnerships,
    RoleKind::PartnerManager,
    RoleKind::PartnerOps,
    RoleKind::PartnerMarketing,
    RoleKind::Other,
];

static TITLE: Text = Text {
    path: "operating.roles.#.title",
    label: "Title",
    hint: "",
    long: false,
    get: |d, i| role(d, i).map(|r| r.title.clone()),
    set: |d, i, v| {
        if let Some(r) = role_mut(d, i) {
            r.title = v;
        }
    },
};

static KIND: Choice = Choice {
    path: "operating.roles.#.kind",
    label: "Kind of role",
    hint: "",
    options: &[
        "Executive sponsor",
        "Revenue owner (CRO or CEO)",
        "Finance owner (CFO)",
        "Head of partnerships",
        "Partner manager",
        "Partner operations",
        "Partner marketing",
        "Other",
    ],
    get: |d, i| role(d, i).map(|r| position(&KINDS, &r.kind)),
    set: |d, i, v| {
        if let (Some(r), Some(kind)) = (role_mut(d, i), KINDS.get(v)) {
            r.kind = *kind;
        }
    },
};

static PERSON: Text = Text {
    path: "operating.roles.#.person",
    label: "Person",
    hint: "Who holds it. Leave it empty while the role is still to hire.",
    long: false,
    get: |d, i| role(d, i).map(|r| r.person.clone()),
    set: |d, i, v| {
        if let Some(r) = role_mut(d, i) {
            r.person = v;
        }
    },
};

static TIME_SHARE: Parsed<Percent> = Parsed {
    path: "operating.roles.#.time_share",
    label: "Share of time",
    hint: "000: 10–20 % of leadership time early on.",
    look: Look::Decimal("%"),
    parse: Percent::parse,
    format: Percent::show,
    check: None,
    get: |d, i| role(d, i).map(|r| r.time_share),
    set: |d, i, v| {
        if let Some(r) = role_mut(d, i) {
            r.time_share = v;
        }
    },
};

static ANNUAL_COST: Parsed<Money> = Parsed {
    path: "operating.roles.#.annual_cost",
    label: "Annual cost, all-in",
    hint: "The yearly cost of that share of time. 002: a senior partnerships hire is $250K+ all-in.",
    look: Look::Money,
    parse: Money::parse,
    format: Money::show,
    check: None,
    get: |d, i| role(d, i).map(|r| r.annual_cost),
    set: |d, i, v| {
        if let Some(r) = role_mut(d, i) {
            r.annual_cost = v;
        }
    },
};

/// What a role answers for beyond its metric (002 FAQ), one checkbox each.
static ACCOUNTABLE: [Check; 3] = [
    Check {
        path: "operating.roles.#.accountabilities.revenue-line",
        label: "The revenue line (usually the CRO or CEO)",
        hint: "",
        get: |d, i| role(d, i).map(|r| r.accountabilities.contains(&Accountability::RevenueLine)),
        set: |d, i, on| set_accountability(d, i, Accountability::RevenueLine, on),
    },
    Check {
        path: "operating.roles.#.accountabilities.system",
        label: "The system (usually the head of partnerships)",
        hint: "",
        get: |d, i| role(d, i).map(|r| r.accountabilities.contains(&Accountability::System)),
        set: |d, i, on| set_accountability(d, i, Accountability::System, on),
    },
    Check {
        path: "operating.roles.#.accountabilities.financial-assumptions",
        label: "The financial assumptions (usually the CFO)",
        hint: "",
        get: |d, i| {
            role(d, i).map(|r| {
                r.accountabilities
                    .contains(&Accountability::FinancialAssumptions)
            })
        },
        set: |d, i, on| set_accountability(d, i, Accountability::FinancialAssumptions, on),
    },
];

fn set_accountability(d: &mut Design, index: usize, a: Accountability, on: bool) {
    if let Some(r) = role_mut(d, index) {
        hold(&mut r.accountabilities, a, on);
    }
}

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
        owns_metric: None,
        accountabilities: Vec::new(),
    }
}

/// The list of roles and the button that adds one.
#[component]
pub fn RoleList() -> impl IntoView {
    let app = use_app();
    let len = ROLES.len(app);
    let add = Callback::new(move |()| {
        let role = app.design.with_untracked(|d| new_role(&d.operating.roles));
        ROLES.add(app, role, "title");
    });
    view! {
        <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No roles yet. Start with the executive sponsor and whoever will run the program day to day."</p>
        <ol class="list operating-list">
            {move || (0..len.get()).map(|index| view! { <RoleItem index len /> }).collect_view()}
        </ol>
        <AddButton path=ROLES.path label="Add a role" full=ROLES.full(app) on_add=add />
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
    let title = ROLES.value(app, index, |r| r.title.clone());
    let person = ROLES.value(app, index, |r| r.person.clone());
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
    view! {
        <ListItem path=ROLES.item_path(index) heading what index len
            on_move=Callback::new(move |delta| ROLES.move_by(app, index, delta))
            on_remove=Callback::new(move |()| ROLES.remove(app, index, &what.get_untracked()))>
            <div class="field-grid">
                {text(&TITLE, index)}
                {choice(&KIND, index)}
                {text(&PERSON, index)}
                {parsed(&TIME_SHARE, index)}
                {parsed(&ANNUAL_COST, index)}
                <metric::MetricSelect index />
            </div>
            <fieldset class="operating-checks">
                <legend>"Also answers for (002 FAQ)"</legend>
                {ACCOUNTABLE.iter().map(|spec| check(spec, index)).collect_view()}
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
