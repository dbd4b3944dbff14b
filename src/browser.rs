//! The only place the app touches browser APIs. Each module wraps one API and turns its failures
//! into values, so nothing above it calls web_sys directly or can panic on a browser error.

pub mod canvas;
pub(crate) mod dom;
pub(crate) mod files;
pub(crate) mod location;
pub(crate) mod prefs;
pub(crate) mod share;
pub mod storage;
