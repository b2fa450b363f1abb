//! Where SMART goals live in storage: one `goal/<id>` record per goal, a `fulcrum.goal`
//! document, so saving a check-in rewrites only that goal.
//!
//! A record that cannot be read is skipped and left exactly as it is, not moved to quarantine:
//! goals are read on every screen of the growth page, not once at start-up, and a record written
//! by a newer copy of Fulcrum open in another tab must stay where that copy looks for it. The
//! growth page says how many goals it could not read; "Delete my data" still removes them.
use super::storage::{StorageError, Store};
use crate::domain::goal::Goal;
use crate::domain::Instrument;
use crate::format::goal;

pub const GOALS: &str = "goal/";

fn record(id: &str) -> String {
    format!("{GOALS}{id}")
}

/// What the goal records hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StoredGoals {
    /// Oldest first.
    pub goals: Vec<Goal>,
    /// Records that could not be read (damaged, another questionnaire, a newer version), by
    /// record name.
    pub unreadable: Vec<String>,
}

/// Every goal record, read.
pub fn load(store: &Store, instrument: &Instrument) -> StoredGoals {
    let mut out = StoredGoals::default();
    for name in store.records(GOALS).unwrap_or_default() {
        let Ok(Some(text)) = store.get(&name) else {
            continue;
        };
        match goal::decode(instrument, &text) {
            // A goal under another goal's name would be overwritten by saving that one.
            Ok(g) if name == record(&g.id) => out.goals.push(g),
            _ => out.unreadable.push(name),
        }
    }
    out.goals
        .sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    out
}

/// The goals, oldest first; unreadable records are skipped (see the module's note).
pub fn goals(store: &Store, instrument: &Instrument) -> Vec<Goal> {
    load(store, instrument).goals
}

/// One goal by id, if it is stored and readable.
pub fn goal(store: &Store, instrument: &Instrument, id: &str) -> Option<Goal> {
    let text = store.get(&record(id)).ok().flatten()?;
    goal::decode(instrument, &text).ok().filter(|g| g.id == id)
}

/// Writes a goal (new or changed) in one record.
pub fn save_goal(store: &Store, instrument: &Instrument, goal: &Goal) -> Result<(), StorageError> {
    store.set(&record(&goal.id), &goal::encode(instrument, goal).to_text())
}

pub fn remove_goal(store: &Store, id: &str) -> Result<(), StorageError> {
    store.remove(&record(id))
}
