//! The only place the app touches browser APIs. Each module wraps one API and turns its failures
//! into values, so nothing above it calls web_sys directly or can panic on a browser error.

pub mod canvas;
pub mod dom;
pub mod files;
pub mod location;
pub mod prefs;
pub mod share;
pub mod storage;
