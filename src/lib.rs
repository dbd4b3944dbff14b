//! Partner Blueprint: design a partner program before hiring a partnerships lead.
//!
//! - [`domain`]: the design document and everything computed from it; pure Rust, no browser.
//! - [`ui`]: the Leptos application — shell, shared state, one module per section.
//! - [`charts`]: one drawing per computed result, from plain data onto any plotters backend.
//! - [`browser`]: the only users of web_sys — the page, the URL, the chart canvas.

pub mod browser;
pub mod charts;
pub mod domain;
pub mod ui;
