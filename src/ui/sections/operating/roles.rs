//! Roles (002 "Define the operating model" and FAQ "Who owns the partner program"; 000 Step
//! Two): who runs the program, the share of their time it gets, what that costs, the
//! scoreboard number each owns, and who answers for the revenue line, the system and the
//! financial assumptions.

use leptos::prelude::*;

use super::items::{AddButton, ListItem, ListOf, item_name};
use crate::domain::format::limits::NAME_MAX_CHARS;
use crate::domain::operating::{Accountability, Role, RoleKind};
use crate::domain::values::{Id, Money, Percent};
use crate::ui::fields::{Checkbox, ParsedField, Select, TextField, parse_money, parse_percent};
use crate::ui::sections::firm::{show_money, show_percent};
use crate::ui::state::use_app;

/// The roles on the operating plan.
const ROLES: ListOf<Role> = ListOf {
    path: "operating.roles",
    read: |d| Some(&d.operating.roles),
    write: |d| Some(&mut d.operating.roles),
};

fn kind_options() -> Vec<(RoleKind, String)> {
    [
        (RoleKind::ExecutiveSponsor, "Executive sponsor"),
        (RoleKind::RevenueOwner, "Revenue owner (CRO or CEO)"),
        (RoleKind::FinanceOwner, "Finance owner (CFO)"),
        (RoleKind::HeadOfPartnerships, "Head of partnerships"),
        (RoleKind::PartnerManager, "Partner manager"),
        (RoleKind::PartnerOps, "Partner operations"),
        (RoleKind::PartnerMarketing, "Partner marketing"),
        (RoleKind::Other, "Other"),
    ]
    .into_iter()
    .map(|(kind, label)| (kind, label.to_owned()))
    .collect()
}

fn accountability_label(a: Accountability) -> &'static str {
    match a {
        Accountability::RevenueLine => "The revenue line (usually the CRO or CEO)",
        Accountability::System => "The system (usually the head of partnerships)",
        Accountability::FinancialAssumptions => "The financial assumptions (usually the CFO)",
    }
}

fn accountability_slug(a: Accountability) -> &'static str {
    match a {
        Accountability::RevenueLine => "revenue-line",
        Accountability::System => "system",
        Accountability::FinancialAssumptions => "financial-assumptions",
    }
}

/// Adds or drops one accountability, keeping each at most once and in a stable order.
fn set_accountability(list: &mut Vec<Accountability>, a: Accountability, on: bool) {
    list.retain(|x| *x != a);
    if on {
        list.push(a);
        list.sort();
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
        {move || (len.get() == 0).then(|| view! {
            <p class="operating-empty">"No roles yet. Start with the executive sponsor and whoever will run the program day to day."</p>
        })}
        <ol class="list operating-list">
            {move || (0..len.get()).map(|index| view! { <RoleItem index len /> }).collect_view()}
        </ol>
        <AddButton path=ROLES.path label="Add a role" full=ROLES.full(app) on_add=add />
    }
}

/// One role's fields.
#[component]
fn RoleItem(index: usize, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let d = app.design;
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
    let kind = Signal::derive(move || {
        d.read()
            .operating
            .roles
            .get(index)
            .map_or(RoleKind::Other, |r| r.kind)
    });
    let currency = Signal::derive(move || d.read().firm.currency.code().to_owned());
    view! {
        <ListItem path=ROLES.item_path(index) heading what index len
            on_move=Callback::new(move |delta| ROLES.move_by(app, index, delta))
            on_remove=Callback::new(move |()| ROLES.remove(app, index, &what.get_untracked()))>
            <div class="field-grid">
                <TextField path=ROLES.field_path(index, "title") label="Title" max_len=NAME_MAX_CHARS
                    value=title on_change=ROLES.setter(app, index, "title", |r, v| r.title = v) />
                <Select path=ROLES.field_path(index, "kind") label="Kind of role"
                    options=kind_options() value=kind
                    on_change=ROLES.setter(app, index, "kind", |r, v| r.kind = v) />
                <TextField path=ROLES.field_path(index, "person") label="Person" max_len=NAME_MAX_CHARS
                    hint="Who holds it. Leave it empty while the role is still to hire."
                    value=person on_change=ROLES.setter(app, index, "person", |r, v| r.person = v) />
                <ParsedField path=ROLES.field_path(index, "time_share") label="Share of time" suffix="%"
                    hint="000: 10–20 % of leadership time early on."
                    value=ROLES.value(app, index, |r| r.time_share)
                    parse=parse_percent format=show_percent
                    on_change=ROLES.setter(app, index, "time_share", |r, v| r.time_share = v) />
                <ParsedField path=ROLES.field_path(index, "annual_cost") label="Annual cost, all-in" prefix=currency
                    hint="The yearly cost of that share of time. 002: a senior partnerships hire is $250K+ all-in."
                    value=ROLES.value(app, index, |r| r.annual_cost)
                    parse=parse_money format=show_money
                    on_change=ROLES.setter(app, index, "annual_cost", |r, v| r.annual_cost = v) />
                <MetricSelect index />
            </div>
            <fieldset class="operating-checks">
                <legend>"Also answers for (002 FAQ)"</legend>
                {Accountability::ALL.into_iter().map(|a| {
                    let key = ROLES.field_path(index, "accountabilities");
                    let checked = Signal::derive(move || {
                        d.read().operating.roles.get(index).is_some_and(|r| r.accountabilities.contains(&a))
                    });
                    let path = format!("{key}.{}", accountability_slug(a));
                    let on_change = Callback::new(move |on: bool| {
                        app.edit(&key, |d| {
                            if let Some(role) = d.operating.roles.get_mut(index) {
                                set_accountability(&mut role.accountabilities, a, on);
                            }
                        });
                    });
                    view! { <Checkbox path label=accountability_label(a) checked on_change /> }
                }).collect_view()}
            </fieldset>
        </ListItem>
    }
}

/// The scoreboard metric a role owns, chosen among the design's metrics by name.
#[component]
fn MetricSelect(index: usize) -> impl IntoView {
    let app = use_app();
    let metrics = Memo::new(move |_| {
        app.design.with(|d| {
            d.scoreboard
                .metrics
                .iter()
                .map(|m| (m.id.clone(), m.name.trim().to_owned()))
                .collect::<Vec<_>>()
        })
    });
    let value = ROLES.value(app, index, |r| r.owns_metric.clone());
    let on_change = ROLES.setter(app, index, "owns_metric", |r, v| r.owns_metric = v);
    // Rebuilt when the scoreboard's metrics change, not when the choice does.
    move || {
        let metrics = metrics.get();
        let hint = if metrics.is_empty() {
            "The scoreboard has no metrics yet: add them in the Scoreboard section, then choose the number this role owns."
        } else {
            "002: every named role owns a specific number on the scoreboard."
        };
        let mut options = vec![(None, "None yet".to_owned())];
        if let Some(id) = value.get_untracked()
            && !metrics.iter().any(|(m, _)| *m == id)
        {
            options.push((Some(id.clone()), format!("{id} (not on the scoreboard)")));
        }
        options.extend(metrics.into_iter().map(|(id, name)| {
            let label = if name.is_empty() {
                id.to_string()
            } else {
                name
            };
            (Some(id), label)
        }));
        view! {
            <Select path=ROLES.field_path(index, "owns_metric") label="Scoreboard number it owns"
                hint=hint options value on_change />
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accountability_is_held_once_and_in_order() {
        let mut list = vec![Accountability::FinancialAssumptions];
        set_accountability(&mut list, Accountability::RevenueLine, true);
        set_accountability(&mut list, Accountability::RevenueLine, true);
        assert_eq!(
            list,
            [
                Accountability::RevenueLine,
                Accountability::FinancialAssumptions
            ]
        );
        set_accountability(&mut list, Accountability::FinancialAssumptions, false);
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
