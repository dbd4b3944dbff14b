//! Partner Blueprint: design a partner program before hiring a partnerships lead.
//!
//! - [`domain`]: the design document and everything computed from it; pure Rust, no browser.
//! - [`ui`]: the Leptos application — shell, shared state, one module per section.
//! - [`browser`]: the only users of web_sys — the page, the URL.

pub mod browser;
pub mod domain;
pub mod ui;
