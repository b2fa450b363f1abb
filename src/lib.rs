//! Fulcrum: a leadership self-assessment widget (functional core, browser shell).
pub mod domain;
pub mod format;
