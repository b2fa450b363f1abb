//! SMART development goals and their dated check-ins: what a goal holds and its status. Pure;
//! ids and times come in as arguments.
use time::{Date, OffsetDateTime};

/// Where a goal stands, as the user judges it at a check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalStatus {
    NotStarted,
    OnTrack,
    AtRisk,
    Done,
}

/// What a goal is about: a whole practice, or one statement of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalFocus {
    /// A practice, by id.
    Practice(String),
    /// A statement, by id (its practice is the goal's `practice_id`).
    Statement(String),
}

/// A dated progress note.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckIn {
    pub id: String,
    pub at: OffsetDateTime,
    pub note: String,
    /// The goal's status as of this check-in.
    pub status: GoalStatus,
}

/// A SMART goal: each part written separately.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: String,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub focus: GoalFocus,
    /// Relevant: the practice the goal serves (pre-filled from the focus).
    pub practice_id: String,
    /// Specific: what exactly will change.
    pub specific: String,
    /// Measurable: how progress is measured …
    pub measure: String,
    /// … and the target value of that measure.
    pub target: String,
    /// Achievable: steps or resources.
    pub achievable: String,
    /// Relevant: why it matters (free text beside the linked practice).
    pub relevant: String,
    /// Time-bound: the date it should be reached by.
    pub due: Date,
    /// Oldest first; the latest check-in's status is the goal's status.
    pub check_ins: Vec<CheckIn>,
}

impl Goal {
    /// The status of the latest check-in, or not started.
    pub fn status(&self) -> GoalStatus {
        self.check_ins
            .last()
            .map_or(GoalStatus::NotStarted, |c| c.status)
    }
}
