//! The decision log: what leaders decided at each step of the blueprint, the options they
//! considered, who owns the decision and when it was taken. A design says what was chosen; the
//! log keeps why and by whom, which a later workshop otherwise argues over again.

use serde::Serialize;

use crate::domain::design::{Design, Mechanic};
use crate::domain::format::limits::{DECISIONS_MAX, NAME_MAX_CHARS, TEXT_MAX_CHARS};
use crate::domain::values::{Id, PlanDate};

/// One decision taken in the workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub id: Id,
    /// The step it was taken at.
    pub mechanic: Mechanic,
    /// What was decided; never empty.
    pub what: String,
    /// The options considered.
    pub options: String,
    /// Who owns the decision.
    pub owner: String,
    /// When it was taken.
    pub date: PlanDate,
}

/// Whether a decision of these texts may be logged, or why not in a sentence: nothing decided,
/// or a text past its limit. A form checks an entry with this before it adds it.
pub fn check_entry(what: &str, options: &str, owner: &str) -> Result<(), String> {
    let what = what.trim();
    if what.is_empty() {
        return Err("Enter what was decided.".to_owned());
    }
    for (text, max, name) in [
        (what, TEXT_MAX_CHARS, "The decision"),
        (options.trim(), TEXT_MAX_CHARS, "The options considered"),
        (owner.trim(), NAME_MAX_CHARS, "The owner"),
    ] {
        if text.chars().count() > max {
            return Err(format!("{name} may be at most {max} characters long."));
        }
    }
    Ok(())
}

impl Design {
    /// Adds a decision taken at `mechanic` to the end of the log under a fresh id, and returns
    /// the id; or says why it is refused ([`check_entry`], or a full log).
    pub fn add_decision(
        &mut self,
        mechanic: Mechanic,
        what: &str,
        options: &str,
        owner: &str,
        date: PlanDate,
    ) -> Result<Id, String> {
        check_entry(what, options, owner)?;
        let what = what.trim();
        if self.decisions.len() >= DECISIONS_MAX {
            return Err(format!("The log holds at most {DECISIONS_MAX} decisions."));
        }
        let id = Id::fresh("decision", self.decisions.iter().map(|d| &d.id));
        self.decisions.push(Decision {
            id: id.clone(),
            mechanic,
            what: what.to_owned(),
            options: options.trim().to_owned(),
            owner: owner.trim().to_owned(),
            date,
        });
        Ok(id)
    }

    /// Takes the decision `id` out of the log, and returns it.
    pub fn remove_decision(&mut self, id: &Id) -> Option<Decision> {
        let index = self.decisions.iter().position(|d| &d.id == id)?;
        Some(self.decisions.remove(index))
    }

    /// The decisions taken at `mechanic`, in the order they were added.
    pub fn decisions_of(&self, mechanic: Mechanic) -> impl Iterator<Item = &Decision> {
        self.decisions
            .iter()
            .filter(move |d| d.mechanic == mechanic)
    }
}
