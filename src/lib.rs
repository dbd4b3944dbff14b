//! Partner Blueprint: design a partner program before hiring a partnerships lead.
//!
//! - [`domain`]: the design document and everything computed from it; pure Rust, no browser.
//! - `ui`: the Leptos application shell and sections (wasm32 only).

pub mod domain;
