//! The shell's only contact with web APIs: storage, files, the clock, random ids. Everything
//! here is thin; decisions live in `domain` and `format`.
pub mod backup;
pub mod clock;
pub mod download;
pub mod feedback_store;
pub mod files;
pub mod goal_store;
pub mod host_events;
pub mod page;
pub mod persistence;
pub mod storage;
pub mod timing;
