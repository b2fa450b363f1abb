//! Fulcrum: a leadership self-assessment widget. Functional core (`domain`, `format`), thin
//! shell (`browser`, `ui`); see ARCHITECTURE.md.
pub mod browser;
pub mod domain;
pub mod format;
pub mod i18n;
pub mod ui;
