//! What a workshop keeps beside the design it produces: the decisions leaders took at each
//! step, with the options they weighed and who owns each, and the agenda that boxes each step's
//! time. Both are saved in the design, so a workshop picks up where the last one stopped.

mod agenda;
mod decisions;

pub use agenda::{Agenda, AgendaFault, TimeBox};
pub use decisions::{Decision, check_entry};
