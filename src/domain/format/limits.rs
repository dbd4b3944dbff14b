//! The lengths an imported design must keep: of its texts and its lists. They are generous for
//! any real program and keep the engine's sums far from overflow. The bounds of single values
//! (days, a headcount, a plan date …) belong to their types (`domain::values`); the form's
//! fields and lists take these.

/// Names, titles, units, people, a registration's required fields: characters at most.
pub const NAME_MAX_CHARS: usize = 200;
/// Every longer text (thesis statements, notes, definitions): characters at most.
pub const TEXT_MAX_CHARS: usize = 4000;
/// Partner candidates at most.
pub const CANDIDATES_MAX: usize = 1000;
/// Every other list (roles, metrics, tiers, criteria, targets, activities, bands …) at most.
pub const LIST_MAX: usize = 100;
/// Decisions in a design's log at most: a log grows with every workshop held on the design,
/// so it is allowed more than a list of the design's own.
pub const DECISIONS_MAX: usize = 1000;
