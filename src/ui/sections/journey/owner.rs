//! The role that owns a stage: a select over the design's roles by title, plus "No owner".

use leptos::prelude::*;

use super::stage::{edit, read};
use crate::domain::operating::Role;
use crate::domain::values::Id;
use crate::ui::fields::Select;
use crate::ui::state::use_app;

/// The owner options: "No owner", each role by title, and an owner that is no role on the plan
/// (from an imported design) named as such, so the select never shows a value the design does
/// not hold.
pub fn owner_options(roles: &[Role], current: Option<&Id>) -> Vec<(Option<Id>, String)> {
    let mut options = vec![(None, "No owner".to_owned())];
    options.extend(roles.iter().map(|role| {
        let title = role.title.trim();
        let text = if title.is_empty() {
            format!("Untitled role ({})", role.id)
        } else {
            title.to_owned()
        };
        (Some(role.id.clone()), text)
    }));
    if let Some(id) = current.filter(|id| !roles.iter().any(|r| &r.id == *id)) {
        options.push((Some(id.clone()), format!("“{id}” (not a role on the plan)")));
    }
    options
}

/// The owner select of the stage at `index`.
#[component]
pub fn OwnerSelect(
    /// The stage's position in the journey.
    index: usize,
    /// The stage's name, for the hint.
    stage_name: &'static str,
) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let path = format!("journey.stages.{index}.owner");
    let value = read(d, index, None, |s| s.owner.clone());
    // Rebuilt only when the roles or a dangling owner change, not on every keystroke elsewhere.
    let options = Memo::new(move |_| {
        d.with(|d| {
            let owner = d.journey.stages.get(index).and_then(|s| s.owner.as_ref());
            owner_options(&d.operating.roles, owner)
        })
    });
    let hint = format!(
        "Accountable for the {} stage (002); roles come from the operating model.",
        stage_name.to_ascii_lowercase()
    );
    move || {
        let path = path.clone();
        let key = path.clone();
        view! {
            <Select path label="Owner role" hint=hint.clone() options=options.get() value=value.clone()
                on_change=Callback::new(move |v| edit(app, index, &key, |s| s.owner = v)) />
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::operating::RoleKind;
    use crate::domain::values::{Money, Percent};

    fn role(id: &str, title: &str) -> Role {
        Role {
            id: Id::new(id).unwrap_or_else(|_| Id::fresh("role", std::iter::empty())),
            title: title.to_owned(),
            kind: RoleKind::PartnerManager,
            person: String::new(),
            time_share: Percent::ZERO,
            annual_cost: Money::ZERO,
            owns_metric: None,
            accountabilities: Vec::new(),
        }
    }

    #[test]
    fn owners_are_the_roles_by_title_after_no_owner() {
        let roles = [role("pm", "Partner manager"), role("ops", "  ")];
        let options = owner_options(&roles, None);
        let texts: Vec<&str> = options.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["No owner", "Partner manager", "Untitled role (ops)"]
        );
    }

    #[test]
    fn an_owner_that_is_no_role_is_shown_as_such() {
        let roles = [role("pm", "Partner manager")];
        let gone = Id::new("cro").ok();
        let options = owner_options(&roles, gone.as_ref());
        assert_eq!(options.len(), 3);
        assert_eq!(options[2].1, "“cro” (not a role on the plan)");
        assert_eq!(owner_options(&roles, roles.first().map(|r| &r.id)).len(), 2);
    }
}
