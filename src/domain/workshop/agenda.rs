//! The workshop agenda: a time box in whole minutes for each of the seven steps, in the order
//! the blueprint walks them. The agenda holds exactly one box per step, by its type: a file that
//! names a step twice or leaves one out is refused when it is read, so nothing downstream meets
//! an agenda with a gap.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::domain::design::Mechanic;
use crate::domain::values::Minutes;

/// One step and the minutes it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimeBox {
    pub step: Mechanic,
    pub minutes: Minutes,
}

/// The minutes of each step, in `Mechanic::ALL` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agenda {
    minutes: [Minutes; Mechanic::ALL.len()],
}

/// Why a list of time boxes is not an agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaFault {
    /// The step has no time box.
    Missing(Mechanic),
    /// The box at `index` names a step an earlier box named.
    Twice { index: usize, step: Mechanic },
}

impl Default for Agenda {
    /// A two-hour session, 120 minutes, in the blueprint's order. The blueprint (002) names the
    /// order ("The sequence matters. Skipping any of the first three breaks the next two") but no
    /// durations, so the four mechanics that carry the design get 20 minutes each, the scoreboard
    /// and the candidates 15, and the forecast, which reads what is already decided, 10.
    fn default() -> Self {
        Agenda {
            minutes: [20, 20, 20, 20, 15, 15, 10].map(Minutes::of),
        }
    }
}

impl Agenda {
    /// The agenda of exactly these boxes, in any order, each step once.
    pub fn from_steps(steps: &[TimeBox]) -> Result<Agenda, AgendaFault> {
        let mut minutes = [None; Mechanic::ALL.len()];
        for (index, step) in steps.iter().enumerate() {
            let slot = &mut minutes[position(step.step)];
            if slot.is_some() {
                return Err(AgendaFault::Twice {
                    index,
                    step: step.step,
                });
            }
            *slot = Some(step.minutes);
        }
        let mut agenda = Agenda::default();
        for (step, found) in Mechanic::ALL.into_iter().zip(minutes) {
            agenda.set(step, found.ok_or(AgendaFault::Missing(step))?);
        }
        Ok(agenda)
    }

    /// The minutes `step` is given.
    pub fn minutes(&self, step: Mechanic) -> Minutes {
        self.minutes[position(step)]
    }

    /// Gives `step` `minutes`.
    pub fn set(&mut self, step: Mechanic, minutes: Minutes) {
        self.minutes[position(step)] = minutes;
    }

    /// Each step's time box, in the blueprint's order.
    pub fn steps(&self) -> impl Iterator<Item = TimeBox> + '_ {
        Mechanic::ALL.into_iter().map(|step| TimeBox {
            step,
            minutes: self.minutes(step),
        })
    }

    /// The whole session, in minutes.
    pub fn total_minutes(&self) -> u32 {
        self.minutes.iter().map(|m| m.get()).sum()
    }
}

/// The agenda is written as its list of time boxes, `{"steps": [{"step", "minutes"}, …]}`, so a
/// reader of the file sees which step each figure is for.
impl Serialize for Agenda {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let steps: Vec<TimeBox> = self.steps().collect();
        let mut agenda = serializer.serialize_struct("Agenda", 1)?;
        agenda.serialize_field("steps", &steps)?;
        agenda.end()
    }
}

/// Where `step` stands in `Mechanic::ALL`, which lists the variants in their declared order.
fn position(step: Mechanic) -> usize {
    step as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_stands_where_the_blueprint_lists_it() {
        for (index, step) in Mechanic::ALL.into_iter().enumerate() {
            assert_eq!(position(step), index);
        }
    }

    #[test]
    fn the_default_agenda_is_a_two_hour_session() {
        assert_eq!(Agenda::default().total_minutes(), 120);
        assert_eq!(Agenda::default().minutes(Mechanic::Thesis).get(), 20);
    }
}
