//! The blueprint engine: everything the app knows and computes about a partner program design,
//! as plain Rust. Nothing here touches the browser, the UI or the charts, so all of it is tested
//! natively (`tests/`), and a test fails the build if a browser or UI crate is imported here.
//!
//! ../shared/BLUEPRINT.md is the specification; the source articles are cited by file prefix
//! (000 … 004) beside each rule and default.

pub mod analysis;
pub mod archetypes;
pub mod assumptions;
pub mod bands;
pub mod brief;
pub mod candidates;
pub mod catalogue;
pub mod commissions;
pub mod compare;
pub mod decision;
pub mod design;
pub mod firm;
pub mod forecast;
pub mod format;
pub mod health;
pub mod journey;
pub mod library;
pub mod operating;
pub mod order;
mod overrides;
pub mod part;
pub mod path;
pub mod places;
pub mod plan;
pub mod ranking;
pub mod readiness;
pub mod scenarios;
pub mod scoreboard;
pub mod tables;
pub mod templates;
pub mod thesis;
pub mod timing;
pub mod values;
pub mod workshop;

pub use design::{Design, Mechanic};
