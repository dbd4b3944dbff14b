//! Readiness: how far each mechanic is from a design the partnerships hire can run on day one,
//! as a score from 0 to 100, derived from the health check's findings, and whether the firm is
//! ready to hire (002: "the hire walks into a system they can run on day one").
//!
//! The formula, per mechanic of [`Mechanic::ALL`]:
//! - 0 while the mechanic is not started (see [`filled`]): an empty mechanic is not ready,
//!   whatever it does not yet trip;
//! - otherwise 100 − 35 per critical − 12 per warning − 3 per info finding in that mechanic,
//!   floored at 0.
//!
//! Overall is the mean of the seven mechanic scores, rounded down. Ready to hire means no
//! critical finding in any mechanic.

use serde::Serialize;

use super::design::{Design, Mechanic};
use super::health::{Finding, Severity, filled};

/// Points a critical finding takes off its mechanic's score.
pub const CRITICAL_PENALTY: u32 = 35;
/// Points a warning takes off.
pub const WARNING_PENALTY: u32 = 12;
/// Points an info finding takes off.
pub const INFO_PENALTY: u32 = 3;
/// The best score.
pub const FULL_SCORE: u32 = 100;

/// One mechanic's readiness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MechanicReadiness {
    pub mechanic: Mechanic,
    /// 0–100.
    pub score: u32,
    /// Whether the user has started the mechanic.
    pub started: bool,
    pub critical: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// Readiness per mechanic and overall.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Readiness {
    /// One entry per mechanic, in the order of [`Mechanic::ALL`].
    pub mechanics: Vec<MechanicReadiness>,
    /// 0–100: the mean of the mechanic scores, rounded down.
    pub overall: u32,
    /// No critical finding anywhere.
    pub ready_to_hire: bool,
}

impl Readiness {
    /// One mechanic's readiness.
    pub fn of(&self, mechanic: Mechanic) -> Option<&MechanicReadiness> {
        self.mechanics.iter().find(|m| m.mechanic == mechanic)
    }
}

/// Scores a design from its findings (those of [`crate::domain::health::check`]).
pub fn readiness(design: &Design, findings: &[Finding]) -> Readiness {
    let mechanics: Vec<MechanicReadiness> = Mechanic::ALL
        .into_iter()
        .map(|mechanic| score(design, mechanic, findings))
        .collect();
    let total: u32 = mechanics.iter().map(|m| m.score).sum();
    let overall = total / mechanics.len().max(1) as u32;
    Readiness {
        mechanics,
        overall,
        ready_to_hire: !findings.iter().any(|f| f.severity == Severity::Critical),
    }
}

fn score(design: &Design, mechanic: Mechanic, findings: &[Finding]) -> MechanicReadiness {
    let count = |severity: Severity| {
        findings
            .iter()
            .filter(|f| f.mechanic == mechanic && f.severity == severity)
            .count()
    };
    let (critical, warnings, infos) = (
        count(Severity::Critical),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let started = filled(design, mechanic);
    let penalty = [
        (critical, CRITICAL_PENALTY),
        (warnings, WARNING_PENALTY),
        (infos, INFO_PENALTY),
    ]
    .into_iter()
    .map(|(n, points)| u32::try_from(n).unwrap_or(u32::MAX).saturating_mul(points))
    .fold(0u32, u32::saturating_add);
    MechanicReadiness {
        mechanic,
        score: if started {
            FULL_SCORE.saturating_sub(penalty)
        } else {
            0
        },
        started,
        critical,
        warnings,
        infos,
    }
}
