//! SMART development goals and their dated check-ins: what a goal holds and its status, the
//! checks that say which SMART part is missing or weak, starting suggestions from the
//! instrument, and whether the goal's practice moved since it was set. Pure; ids and times come
//! in as arguments.
use super::history::Change;
use super::instrument::Instrument;
use super::problem::Problem;
use super::scoring::Results;
use super::session::CompletedAssessment;
use thiserror::Error;
use time::{Date, Duration, OffsetDateTime};

/// A specific part shorter than this many words says too little to act on.
pub const MIN_SPECIFIC_WORDS: usize = 4;
/// Longest text of one SMART part, in characters.
pub const MAX_PART_CHARS: usize = 1000;
/// Longest check-in note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;
/// Most check-ins one goal keeps: weekly notes for ten years, and a bound on stored size.
pub const MAX_CHECK_INS: usize = 500;

/// Where a goal stands, as the user judges it at a check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalStatus {
    NotStarted,
    OnTrack,
    AtRisk,
    Done,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::NotStarted,
        GoalStatus::OnTrack,
        GoalStatus::AtRisk,
        GoalStatus::Done,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "not_started",
            GoalStatus::OnTrack => "on_track",
            GoalStatus::AtRisk => "at_risk",
            GoalStatus::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.as_str() == s)
    }
}

/// What a goal is about: a whole practice, or one statement of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalFocus {
    /// A practice, by id.
    Practice(String),
    /// A statement, by id (its practice is the goal's `practice_id`).
    Statement(String),
}

impl GoalFocus {
    /// The focus an id names: a practice, else a statement of `instrument`.
    pub fn resolve(instrument: &Instrument, id: &str) -> Option<Self> {
        if instrument.practice_index(id).is_some() {
            Some(GoalFocus::Practice(id.to_string()))
        } else {
            instrument
                .statement(id)
                .map(|_| GoalFocus::Statement(id.to_string()))
        }
    }

    pub fn id(&self) -> &str {
        match self {
            GoalFocus::Practice(id) | GoalFocus::Statement(id) => id,
        }
    }

    /// The stored kind: "practice" or "statement".
    pub fn kind(&self) -> &'static str {
        match self {
            GoalFocus::Practice(_) => "practice",
            GoalFocus::Statement(_) => "statement",
        }
    }

    /// The id of the practice this focus belongs to, if `instrument` has it.
    pub fn practice_id<'i>(&self, instrument: &'i Instrument) -> Option<&'i str> {
        let practices = instrument.practices();
        let index = match self {
            GoalFocus::Practice(id) => instrument.practice_index(id),
            GoalFocus::Statement(id) => instrument
                .statements()
                .find(|(_, s)| s.id == *id)
                .map(|(i, _)| i),
        };
        index.map(|i| practices[i].id.as_str())
    }

    /// What the focus is, in words: the practice's title or the statement's first-person text.
    pub fn describe(&self, instrument: &Instrument) -> String {
        match self {
            GoalFocus::Practice(id) => instrument
                .practice_index(id)
                .map_or_else(|| id.clone(), |i| instrument.practices()[i].title.clone()),
            GoalFocus::Statement(id) => instrument
                .statement(id)
                .map_or_else(|| id.clone(), |s| s.self_text.clone()),
        }
    }
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

    /// Everything wrong with a goal read from storage or a file, with paths as in its stored
    /// payload. Only what makes it unusable counts: a goal once saved stays readable when its
    /// due date passes, and weak parts were the user's choice.
    pub fn problems(&self, instrument: &Instrument) -> Vec<Problem> {
        let mut out: Vec<Problem> = validate(&GoalDraft::of(self), instrument, Date::MIN)
            .into_iter()
            .filter(|p| p.severity == Severity::Blocking)
            .map(|p| Problem::new(p.field.as_str(), p.issue.to_string()))
            .collect();
        if self.check_ins.len() > MAX_CHECK_INS {
            out.push(Problem::new(
                "check_ins",
                format!(
                    "lists {} check-ins; the limit is {MAX_CHECK_INS}",
                    self.check_ins.len()
                ),
            ));
        }
        for (i, c) in self.check_ins.iter().enumerate() {
            if let Err(e) = check_note(&c.note) {
                out.push(Problem::new(format!("check_ins[{i}].note"), e.to_string()));
            }
            if self.check_ins[..i].iter().any(|earlier| earlier.id == c.id) {
                out.push(Problem::new(
                    format!("check_ins[{i}].id"),
                    format!("\"{}\" is used by an earlier check-in", c.id),
                ));
            }
        }
        out
    }
}

/// The five parts of a SMART goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmartPart {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

/// One field of the goal form. Its name is also the field's path in the stored payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalField {
    Focus,
    Specific,
    Measure,
    Target,
    Achievable,
    Practice,
    Relevant,
    Due,
}

impl GoalField {
    /// In the order the form shows them, so the first problem is the first field to fix.
    pub const ALL: [GoalField; 8] = [
        GoalField::Focus,
        GoalField::Specific,
        GoalField::Measure,
        GoalField::Target,
        GoalField::Achievable,
        GoalField::Practice,
        GoalField::Relevant,
        GoalField::Due,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GoalField::Focus => "focus",
            GoalField::Specific => "specific",
            GoalField::Measure => "measure",
            GoalField::Target => "target",
            GoalField::Achievable => "achievable",
            GoalField::Practice => "practice_id",
            GoalField::Relevant => "relevant",
            GoalField::Due => "due",
        }
    }

    /// The SMART part the field belongs to; choosing the focus links the goal to a practice.
    pub fn part(self) -> SmartPart {
        match self {
            GoalField::Specific => SmartPart::Specific,
            GoalField::Measure | GoalField::Target => SmartPart::Measurable,
            GoalField::Achievable => SmartPart::Achievable,
            GoalField::Focus | GoalField::Practice | GoalField::Relevant => SmartPart::Relevant,
            GoalField::Due => SmartPart::TimeBound,
        }
    }
}

/// Whether a problem stops a goal from being saved, or only makes it weaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Missing or wrong: the goal cannot be saved like this.
    Blocking,
    /// Present but weak: worth improving; the user may save it as it is.
    Weak,
}

/// What is missing or weak in one field of a goal. The English wording (Display) is what a
/// stored goal's problems say in logs; the interface words each issue per language
/// (`i18n::growth`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GoalIssue {
    #[error("Choose the practice or statement this goal is about.")]
    FocusMissing,
    #[error("\"{}\" is not a {} of this questionnaire: choose one from the list.", .0.id(), .0.kind())]
    FocusUnknown(GoalFocus),
    #[error("Keep this part to at most {MAX_PART_CHARS} characters.")]
    TooLong,
    #[error("Say what exactly you will do or change, in a sentence.")]
    SpecificMissing,
    #[error("This is too short to be specific: say what you will do, with whom or where, in at least {MIN_SPECIFIC_WORDS} words.")]
    SpecificShort,
    #[error("Say how you will measure progress, for example “design reviews I come to prepared”.")]
    MeasureMissing,
    #[error("Give the target you want to reach, for example “8 of the next 10”.")]
    TargetMissing,
    #[error("The target has no number: give an amount you can check, such as “3 a month” or “every sprint”.")]
    TargetUncounted,
    #[error(
        "List the steps you will take or the resources you need, such as time, budget or a mentor."
    )]
    AchievableMissing,
    #[error("Link the goal to the practice it serves.")]
    PracticeMissing,
    /// The focus (in words) belongs to another practice than the one linked (both titles).
    #[error("The goal is about “{focus}”, which belongs to {belongs}, not {linked}: link the goal to {belongs}, or choose another focus.")]
    PracticeMismatch {
        focus: String,
        belongs: String,
        linked: String,
    },
    #[error("\"{0}\" is not a practice of this questionnaire: choose one from the list.")]
    PracticeUnknown(String),
    #[error("Choose the date you want to reach the target by.")]
    DueMissing,
    #[error("The date is in the past: choose today or a later date.")]
    DuePast,
    #[error("The date is more than two years away: choose a nearer date, or a milestone you can reach within two years.")]
    DueFar,
    /// The date field holds text that is not a date (the form finds this, not `validate`).
    #[error("Enter the date as a day, month and year.")]
    DueUnreadable,
}

/// One thing missing or weak in a goal, tied to the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalProblem {
    pub field: GoalField,
    pub severity: Severity,
    /// What is wrong and what to do.
    pub issue: GoalIssue,
}

impl GoalProblem {
    pub fn new(field: GoalField, severity: Severity, issue: GoalIssue) -> Self {
        Self {
            field,
            severity,
            issue,
        }
    }

    pub fn part(&self) -> SmartPart {
        self.field.part()
    }
}

/// A goal as the user writes it, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalDraft {
    pub focus: Option<GoalFocus>,
    pub practice_id: String,
    pub specific: String,
    pub measure: String,
    pub target: String,
    pub achievable: String,
    pub relevant: String,
    pub due: Option<Date>,
}

impl GoalDraft {
    /// A new goal about the practice or statement `focus_id` names (the results and the 360
    /// report link with one), its practice linked; empty when the id names nothing.
    pub fn about(instrument: &Instrument, focus_id: &str) -> Self {
        let mut draft = Self::default();
        draft.set_focus(instrument, GoalFocus::resolve(instrument, focus_id));
        draft
    }

    /// The draft of an existing goal, for editing.
    pub fn of(goal: &Goal) -> Self {
        Self {
            focus: Some(goal.focus.clone()),
            practice_id: goal.practice_id.clone(),
            specific: goal.specific.clone(),
            measure: goal.measure.clone(),
            target: goal.target.clone(),
            achievable: goal.achievable.clone(),
            relevant: goal.relevant.clone(),
            due: Some(goal.due),
        }
    }

    /// Chooses what the goal is about and links the goal to that focus's practice.
    pub fn set_focus(&mut self, instrument: &Instrument, focus: Option<GoalFocus>) {
        if let Some(practice) = focus.as_ref().and_then(|f| f.practice_id(instrument)) {
            self.practice_id = practice.to_string();
        }
        self.focus = focus;
    }

    /// Starts the specific part from one of the article's strategies (the user edits it on).
    pub fn use_suggestion_as_specific(&mut self, suggestion: &str) {
        self.specific = suggestion.trim().to_string();
    }

    /// Adds a strategy as one more step of the achievable part, on a line of its own.
    pub fn add_suggestion_as_step(&mut self, suggestion: &str) {
        let step = suggestion.trim();
        if step.is_empty() || self.achievable.contains(step) {
            return;
        }
        let kept = self.achievable.trim_end();
        self.achievable = if kept.is_empty() {
            step.to_string()
        } else {
            format!("{kept}\n{step}")
        };
    }
}

/// The article's strategies for a practice: starting points for the specific and achievable
/// parts. Empty for an unknown practice.
pub fn suggestions<'i>(instrument: &'i Instrument, practice_id: &str) -> &'i [String] {
    instrument
        .practice_index(practice_id)
        .map_or(&[], |i| &instrument.practices()[i].suggestions)
}

/// Words that state a count where there is no digit ("twice a month", "every sprint").
const COUNT_WORDS: [&str; 32] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "fifty",
    "hundred",
    "half",
    "once",
    "twice",
    "single",
    "both",
    "all",
    "every",
    "each",
    "daily",
    "weekly",
    "fortnightly",
    "monthly",
    "quarterly",
    "yearly",
    "annually",
    "dozen",
];

/// Whether a target names an amount that can be checked.
fn has_count(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| COUNT_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The date two calendar years after `day` (28 February for a 29 February).
fn two_years_after(day: Date) -> Date {
    day.replace_year(day.year() + 2)
        .unwrap_or_else(|_| day + Duration::days(730))
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

/// Every problem with a goal as written, each tied to its field, in the order the form shows
/// the fields. `today` is the user's date: a due date before it is refused.
pub fn validate(draft: &GoalDraft, instrument: &Instrument, today: Date) -> Vec<GoalProblem> {
    use GoalField as F;
    use Severity::{Blocking, Weak};
    let mut p = Vec::new();
    let limit = || GoalIssue::TooLong;

    // Relevant: what the goal is about.
    let focus_practice = match &draft.focus {
        None => {
            p.push(GoalProblem::new(
                F::Focus,
                Blocking,
                GoalIssue::FocusMissing,
            ));
            None
        }
        Some(focus) => {
            let practice = focus.practice_id(instrument);
            if practice.is_none() {
                p.push(GoalProblem::new(
                    F::Focus,
                    Blocking,
                    GoalIssue::FocusUnknown(focus.clone()),
                ));
            }
            practice
        }
    };

    // Specific.
    let specific = draft.specific.trim();
    if specific.is_empty() {
        p.push(GoalProblem::new(
            F::Specific,
            Blocking,
            GoalIssue::SpecificMissing,
        ));
    } else if too_long(specific, MAX_PART_CHARS) {
        p.push(GoalProblem::new(F::Specific, Blocking, limit()));
    } else if specific.split_whitespace().count() < MIN_SPECIFIC_WORDS {
        p.push(GoalProblem::new(
            F::Specific,
            Weak,
            GoalIssue::SpecificShort,
        ));
    }

    // Measurable: a measure and a target.
    let measure = draft.measure.trim();
    if measure.is_empty() {
        p.push(GoalProblem::new(
            F::Measure,
            Blocking,
            GoalIssue::MeasureMissing,
        ));
    } else if too_long(measure, MAX_PART_CHARS) {
        p.push(GoalProblem::new(F::Measure, Blocking, limit()));
    }
    let target = draft.target.trim();
    if target.is_empty() {
        p.push(GoalProblem::new(
            F::Target,
            Blocking,
            GoalIssue::TargetMissing,
        ));
    } else if too_long(target, MAX_PART_CHARS) {
        p.push(GoalProblem::new(F::Target, Blocking, limit()));
    } else if !has_count(target) {
        p.push(GoalProblem::new(
            F::Target,
            Weak,
            GoalIssue::TargetUncounted,
        ));
    }

    // Achievable.
    let achievable = draft.achievable.trim();
    if achievable.is_empty() {
        p.push(GoalProblem::new(
            F::Achievable,
            Blocking,
            GoalIssue::AchievableMissing,
        ));
    } else if too_long(achievable, MAX_PART_CHARS) {
        p.push(GoalProblem::new(F::Achievable, Blocking, limit()));
    }

    // Relevant: the linked practice and why.
    let practice = draft.practice_id.trim();
    if practice.is_empty() {
        p.push(GoalProblem::new(
            F::Practice,
            Blocking,
            GoalIssue::PracticeMissing,
        ));
    } else if let Some(i) = instrument.practice_index(practice) {
        if let (Some(focus), Some(belongs)) = (&draft.focus, focus_practice) {
            if belongs != practice {
                let title = instrument
                    .practice_index(belongs)
                    .map_or(belongs, |j| instrument.practices()[j].title.as_str());
                p.push(GoalProblem::new(
                    F::Practice,
                    Blocking,
                    GoalIssue::PracticeMismatch {
                        focus: focus.describe(instrument),
                        belongs: title.to_string(),
                        linked: instrument.practices()[i].title.clone(),
                    },
                ));
            }
        }
    } else {
        p.push(GoalProblem::new(
            F::Practice,
            Blocking,
            GoalIssue::PracticeUnknown(practice.to_string()),
        ));
    }
    if too_long(draft.relevant.trim(), MAX_PART_CHARS) {
        p.push(GoalProblem::new(F::Relevant, Blocking, limit()));
    }

    // Time-bound.
    match draft.due {
        None => p.push(GoalProblem::new(F::Due, Blocking, GoalIssue::DueMissing)),
        Some(due) if due < today => p.push(GoalProblem::new(F::Due, Blocking, GoalIssue::DuePast)),
        Some(due) if due > two_years_after(today) => {
            p.push(GoalProblem::new(F::Due, Weak, GoalIssue::DueFar))
        }
        Some(_) => {}
    }
    p
}

/// The problems of an edited goal. A due date that has passed since the goal was set and is
/// left as it was is not refused: a late goal can still be reworded or marked done.
pub fn validate_edit(
    goal: &Goal,
    draft: &GoalDraft,
    instrument: &Instrument,
    today: Date,
) -> Vec<GoalProblem> {
    let today = if draft.due == Some(goal.due) {
        today.min(goal.due)
    } else {
        today
    };
    validate(draft, instrument, today)
}

fn blocking(problems: Vec<GoalProblem>) -> Result<(), Vec<GoalProblem>> {
    if problems.iter().any(|p| p.severity == Severity::Blocking) {
        Err(problems)
    } else {
        Ok(())
    }
}

/// Builds the goal from a draft with nothing blocking (weak parts are the user's choice).
fn build(
    draft: &GoalDraft,
    id: String,
    created_at: OffsetDateTime,
    now: OffsetDateTime,
    check_ins: Vec<CheckIn>,
) -> Result<Goal, Vec<GoalProblem>> {
    let (Some(focus), Some(due)) = (draft.focus.clone(), draft.due) else {
        // validate() reports both as blocking, so callers never get here.
        return Err(Vec::new());
    };
    Ok(Goal {
        id,
        created_at,
        updated_at: now,
        focus,
        practice_id: draft.practice_id.trim().to_string(),
        specific: draft.specific.trim().to_string(),
        measure: draft.measure.trim().to_string(),
        target: draft.target.trim().to_string(),
        achievable: draft.achievable.trim().to_string(),
        relevant: draft.relevant.trim().to_string(),
        due,
        check_ins,
    })
}

/// A new goal set `now`, or every problem when one blocks it (weak ones are returned too, so
/// the form can show them all).
pub fn create(
    draft: &GoalDraft,
    instrument: &Instrument,
    id: String,
    now: OffsetDateTime,
) -> Result<Goal, Vec<GoalProblem>> {
    blocking(validate(draft, instrument, now.date()))?;
    build(draft, id, now, now, Vec::new())
}

/// The goal with its parts rewritten; its id, creation time and check-ins stay.
pub fn revise(
    goal: &Goal,
    draft: &GoalDraft,
    instrument: &Instrument,
    now: OffsetDateTime,
) -> Result<Goal, Vec<GoalProblem>> {
    blocking(validate_edit(goal, draft, instrument, now.date()))?;
    build(
        draft,
        goal.id.clone(),
        goal.created_at,
        now,
        goal.check_ins.clone(),
    )
}

/// Why a check-in was refused; the goal is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CheckInError {
    #[error("Write a short note on what happened since the last check-in.")]
    EmptyNote,
    #[error("Keep the note to at most {MAX_NOTE_CHARS} characters.")]
    NoteTooLong,
    #[error("This goal already has {MAX_CHECK_INS} check-ins, the most one goal keeps. Set a new goal to go on.")]
    TooMany,
}

fn check_note(note: &str) -> Result<(), CheckInError> {
    if note.trim().is_empty() {
        Err(CheckInError::EmptyNote)
    } else if too_long(note.trim(), MAX_NOTE_CHARS) {
        Err(CheckInError::NoteTooLong)
    } else {
        Ok(())
    }
}

/// Records a dated progress note and the status it gives the goal. Check-ins stay in date
/// order, so one added with an earlier date (a clock set back) never becomes the latest.
pub fn add_check_in(
    goal: &mut Goal,
    id: String,
    at: OffsetDateTime,
    note: &str,
    status: GoalStatus,
) -> Result<(), CheckInError> {
    check_note(note)?;
    if goal.check_ins.len() >= MAX_CHECK_INS {
        return Err(CheckInError::TooMany);
    }
    let position = goal.check_ins.partition_point(|c| c.at <= at);
    goal.check_ins.insert(
        position,
        CheckIn {
            id,
            at,
            note: note.trim().to_string(),
            status,
        },
    );
    goal.updated_at = goal.updated_at.max(at);
    Ok(())
}

/// Whether the goal's practice score moved since the goal was set: the latest take completed
/// before it set against the latest one after it, as the one-decimal scores read.
#[derive(Debug, Clone, PartialEq)]
pub enum Movement {
    /// No take scored the practice before the goal was set; `latest` is its score since, if any.
    NoTakeBefore { latest: Option<f64> },
    /// No take since the goal was set; `before` is the score it was set against.
    NoTakeSince { before: f64 },
    /// Both exist.
    Compared(Change),
}

/// How the goal's practice moved between the latest take completed when the goal was set (at
/// or before `created_at`) and the latest take completed after it. `completed` may be in any
/// order.
pub fn practice_movement(
    goal: &Goal,
    instrument: &Instrument,
    completed: &[CompletedAssessment],
) -> Movement {
    let Some(index) = instrument.practice_index(&goal.practice_id) else {
        return Movement::NoTakeBefore { latest: None };
    };
    let score = |c: &CompletedAssessment| {
        Results::compute(instrument, &c.answers)
            .practices
            .get(index)
            .and_then(|p| p.mean)
    };
    let latest = |before: bool| {
        completed
            .iter()
            .filter(|c| (c.completed_at <= goal.created_at) == before)
            .max_by_key(|c| (c.completed_at, c.id.as_str()))
            .and_then(score)
    };
    match (latest(true), latest(false)) {
        (None, since) => Movement::NoTakeBefore { latest: since },
        (Some(before), None) => Movement::NoTakeSince { before },
        (Some(before), Some(since)) => Movement::Compared(Change::between(before, since)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Answers, Rating};
    use crate::domain::instrument::tests::instrument;
    use time::macros::{date, datetime};

    const TODAY: Date = date!(2026 - 11 - 25);

    /// A goal with nothing missing or weak, about practice p1 of the test instrument.
    fn draft() -> GoalDraft {
        GoalDraft {
            focus: Some(GoalFocus::Practice("p1".into())),
            practice_id: "p1".into(),
            specific: "Hand the release process to Priya".into(),
            measure: "Releases run without me".into(),
            target: "3 in a row".into(),
            achievable: "Pair on the next release, then review hers".into(),
            relevant: "Frees time for planning".into(),
            due: Some(date!(2027 - 02 - 01)),
        }
    }

    fn fields(problems: &[GoalProblem]) -> Vec<(GoalField, Severity)> {
        problems.iter().map(|p| (p.field, p.severity)).collect()
    }

    fn check(d: &GoalDraft) -> Vec<(GoalField, Severity)> {
        fields(&validate(d, &instrument(3, 2), TODAY))
    }

    #[test]
    fn a_complete_goal_has_no_problems() {
        assert_eq!(check(&draft()), vec![]);
        let mut statement = draft();
        statement.focus = Some(GoalFocus::Statement("p1-s1".into()));
        assert_eq!(check(&statement), vec![]);
    }

    #[test]
    fn an_empty_goal_names_every_missing_part_in_form_order() {
        let problems = validate(&GoalDraft::default(), &instrument(3, 2), TODAY);
        assert_eq!(
            fields(&problems),
            vec![
                (GoalField::Focus, Severity::Blocking),
                (GoalField::Specific, Severity::Blocking),
                (GoalField::Measure, Severity::Blocking),
                (GoalField::Target, Severity::Blocking),
                (GoalField::Achievable, Severity::Blocking),
                (GoalField::Practice, Severity::Blocking),
                (GoalField::Due, Severity::Blocking),
            ]
        );
        let parts: Vec<SmartPart> = problems.iter().map(|p| p.part()).collect();
        assert_eq!(
            parts,
            [
                SmartPart::Relevant,
                SmartPart::Specific,
                SmartPart::Measurable,
                SmartPart::Measurable,
                SmartPart::Achievable,
                SmartPart::Relevant,
                SmartPart::TimeBound
            ]
        );
        assert_eq!(problems[6].issue, GoalIssue::DueMissing);
    }

    #[test]
    fn specific_is_missing_short_or_too_long() {
        let mut d = draft();
        d.specific = "   ".into();
        assert_eq!(check(&d), vec![(GoalField::Specific, Severity::Blocking)]);
        d.specific = "Delegate more often".into();
        assert_eq!(check(&d), vec![(GoalField::Specific, Severity::Weak)]);
        d.specific = "Delegate more often, weekly".into();
        assert_eq!(check(&d), vec![]);
        d.specific = "word ".repeat(MAX_PART_CHARS);
        assert_eq!(check(&d), vec![(GoalField::Specific, Severity::Blocking)]);
    }

    #[test]
    fn measurable_needs_a_measure_and_a_target_with_a_count() {
        let mut d = draft();
        d.measure.clear();
        assert_eq!(check(&d), vec![(GoalField::Measure, Severity::Blocking)]);
        let mut d = draft();
        d.target = "\n".into();
        assert_eq!(check(&d), vec![(GoalField::Target, Severity::Blocking)]);
        for weak in ["more than now", "better", "a lot"] {
            d.target = weak.into();
            assert_eq!(
                check(&d),
                vec![(GoalField::Target, Severity::Weak)],
                "{weak}"
            );
        }
        for counted in [
            "8 of 10",
            "twice a month",
            "Every sprint",
            "one review",
            "50%",
        ] {
            d.target = counted.into();
            assert_eq!(check(&d), vec![], "{counted}");
        }
        let weak = validate(
            &GoalDraft {
                target: "better".into(),
                ..draft()
            },
            &instrument(3, 2),
            TODAY,
        );
        assert_eq!(weak[0].issue, GoalIssue::TargetUncounted, "{weak:?}");
    }

    #[test]
    fn achievable_needs_steps_or_resources() {
        let mut d = draft();
        d.achievable = " ".into();
        let problems = validate(&d, &instrument(3, 2), TODAY);
        assert_eq!(
            fields(&problems),
            vec![(GoalField::Achievable, Severity::Blocking)]
        );
        assert_eq!(problems[0].issue, GoalIssue::AchievableMissing);
    }

    #[test]
    fn relevant_needs_a_known_practice_matching_the_focus() {
        let mut d = draft();
        d.practice_id.clear();
        assert_eq!(check(&d), vec![(GoalField::Practice, Severity::Blocking)]);
        d.practice_id = "p9".into();
        let problems = validate(&d, &instrument(3, 2), TODAY);
        assert_eq!(
            fields(&problems),
            vec![(GoalField::Practice, Severity::Blocking)]
        );
        assert_eq!(problems[0].issue, GoalIssue::PracticeUnknown("p9".into()));
        // A statement of p1 cannot serve p2.
        let mut d = draft();
        d.focus = Some(GoalFocus::Statement("p1-s0".into()));
        d.practice_id = "p2".into();
        let problems = validate(&d, &instrument(3, 2), TODAY);
        assert_eq!(
            fields(&problems),
            vec![(GoalField::Practice, Severity::Blocking)]
        );
        assert_eq!(
            problems[0].issue,
            GoalIssue::PracticeMismatch {
                focus: "I do 1.0".into(),
                belongs: "Practice 1".into(),
                linked: "Practice 2".into()
            },
            "{problems:?}"
        );
        assert!(problems[0]
            .issue
            .to_string()
            .contains("belongs to Practice 1, not Practice 2"));
        // An unknown focus is named on the focus, not twice.
        let mut d = draft();
        d.focus = Some(GoalFocus::Statement("p7-s0".into()));
        assert_eq!(check(&d), vec![(GoalField::Focus, Severity::Blocking)]);
        // Why it matters is optional, but bounded.
        let mut d = draft();
        d.relevant.clear();
        assert_eq!(check(&d), vec![]);
        d.relevant = "x".repeat(MAX_PART_CHARS + 1);
        assert_eq!(check(&d), vec![(GoalField::Relevant, Severity::Blocking)]);
    }

    #[test]
    fn time_bound_needs_a_date_from_today_within_two_years() {
        let mut d = draft();
        d.due = None;
        assert_eq!(check(&d), vec![(GoalField::Due, Severity::Blocking)]);
        d.due = Some(date!(2026 - 11 - 24));
        let problems = validate(&d, &instrument(3, 2), TODAY);
        assert_eq!(
            fields(&problems),
            vec![(GoalField::Due, Severity::Blocking)]
        );
        assert_eq!(problems[0].issue, GoalIssue::DuePast);
        d.due = Some(TODAY);
        assert_eq!(check(&d), vec![]);
        d.due = Some(date!(2028 - 11 - 25));
        assert_eq!(check(&d), vec![], "exactly two years is fine");
        d.due = Some(date!(2028 - 11 - 26));
        assert_eq!(check(&d), vec![(GoalField::Due, Severity::Weak)]);
        assert_eq!(
            two_years_after(date!(2024 - 02 - 29)),
            date!(2026 - 02 - 28)
        );
    }

    #[test]
    fn creating_refuses_blocking_problems_but_keeps_weak_ones_the_users_choice() {
        let ins = instrument(3, 2);
        let now = datetime!(2026-11-25 10:00 UTC);
        let mut d = draft();
        d.due = Some(date!(2026 - 01 - 01));
        d.target = "better".into();
        let problems = create(&d, &ins, "g1".into(), now).unwrap_err();
        assert_eq!(
            fields(&problems),
            vec![
                (GoalField::Target, Severity::Weak),
                (GoalField::Due, Severity::Blocking)
            ]
        );
        d.due = Some(date!(2027 - 01 - 01));
        d.specific = "  Hand releases to Priya  ".into();
        let goal = create(&d, &ins, "g1".into(), now).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(goal.target, "better");
        assert_eq!(goal.specific, "Hand releases to Priya", "trimmed");
        assert_eq!((goal.created_at, goal.updated_at), (now, now));
        assert_eq!(goal.status(), GoalStatus::NotStarted);
        assert_eq!(GoalDraft::of(&goal).due, Some(date!(2027 - 01 - 01)));
    }

    #[test]
    fn revising_keeps_identity_and_check_ins_and_tolerates_a_due_date_that_passed() {
        let ins = instrument(3, 2);
        let set = datetime!(2026-01-10 10:00 UTC);
        let mut goal = create(&draft(), &ins, "g1".into(), set).unwrap_or_else(|p| panic!("{p:?}"));
        goal.due = date!(2026 - 02 - 01);
        add_check_in(&mut goal, "c1".into(), set, "Started", GoalStatus::OnTrack)
            .unwrap_or_else(|e| panic!("{e}"));
        let later = datetime!(2026-11-25 10:00 UTC);
        let mut d = GoalDraft::of(&goal);
        d.specific = "Hand every release to Priya".into();
        let revised = revise(&goal, &d, &ins, later).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(revised.id, "g1");
        assert_eq!(revised.created_at, set);
        assert_eq!(revised.updated_at, later);
        assert_eq!(revised.check_ins, goal.check_ins);
        assert_eq!(revised.specific, "Hand every release to Priya");
        // Moving the date is checked against today.
        d.due = Some(date!(2026 - 03 - 01));
        let problems = revise(&goal, &d, &ins, later).unwrap_err();
        assert_eq!(
            fields(&problems),
            vec![(GoalField::Due, Severity::Blocking)]
        );
    }

    #[test]
    fn a_draft_about_an_id_links_its_practice() {
        let ins = instrument(3, 2);
        let d = GoalDraft::about(&ins, "p2");
        assert_eq!(d.focus, Some(GoalFocus::Practice("p2".into())));
        assert_eq!(d.practice_id, "p2");
        let d = GoalDraft::about(&ins, "p1-s1");
        assert_eq!(d.focus, Some(GoalFocus::Statement("p1-s1".into())));
        assert_eq!(d.practice_id, "p1");
        assert_eq!(GoalDraft::about(&ins, "nothing"), GoalDraft::default());
        assert_eq!(
            GoalFocus::Statement("p1-s1".into()).describe(&ins),
            "I do 1.1"
        );
        assert_eq!(
            GoalFocus::Practice("p0".into()).describe(&ins),
            "Practice 0"
        );
    }

    #[test]
    fn suggestions_start_the_specific_and_achievable_parts() {
        let ins = instrument(3, 2);
        assert_eq!(suggestions(&ins, "p1"), ["Try 1".to_string()]);
        assert!(suggestions(&ins, "p9").is_empty());
        let mut d = GoalDraft::default();
        d.use_suggestion_as_specific(" Try 1 ");
        assert_eq!(d.specific, "Try 1");
        d.add_suggestion_as_step("Try 1");
        d.add_suggestion_as_step("Try 2");
        d.add_suggestion_as_step("Try 1");
        assert_eq!(d.achievable, "Try 1\nTry 2", "each step once, one per line");
    }

    fn goal() -> Goal {
        create(
            &draft(),
            &instrument(3, 2),
            "g1".into(),
            datetime!(2026-11-25 10:00 UTC),
        )
        .unwrap_or_else(|p| panic!("{p:?}"))
    }

    #[test]
    fn check_ins_need_a_note_stay_in_date_order_and_set_the_status() {
        let mut g = goal();
        assert_eq!(
            add_check_in(
                &mut g,
                "c0".into(),
                datetime!(2026-11-26 9:00 UTC),
                "  ",
                GoalStatus::OnTrack
            ),
            Err(CheckInError::EmptyNote)
        );
        assert_eq!(
            add_check_in(
                &mut g,
                "c0".into(),
                datetime!(2026-11-26 9:00 UTC),
                &"x".repeat(MAX_NOTE_CHARS + 1),
                GoalStatus::OnTrack
            ),
            Err(CheckInError::NoteTooLong)
        );
        assert!(g.check_ins.is_empty(), "refusals change nothing");
        let ok = |g: &mut Goal, id: &str, at, status| {
            add_check_in(g, id.into(), at, &format!(" note {id} "), status)
                .unwrap_or_else(|e| panic!("{e}"))
        };
        ok(
            &mut g,
            "c1",
            datetime!(2026-12-01 9:00 UTC),
            GoalStatus::OnTrack,
        );
        assert_eq!(g.status(), GoalStatus::OnTrack);
        assert_eq!(g.updated_at, datetime!(2026-12-01 9:00 UTC));
        ok(
            &mut g,
            "c2",
            datetime!(2026-12-20 9:00 UTC),
            GoalStatus::AtRisk,
        );
        ok(
            &mut g,
            "c3",
            datetime!(2026-12-10 9:00 UTC),
            GoalStatus::Done,
        );
        let ids: Vec<&str> = g.check_ins.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c1", "c3", "c2"]);
        assert_eq!(g.status(), GoalStatus::AtRisk, "the latest by date counts");
        assert_eq!(g.check_ins[0].note, "note c1");
        assert_eq!(g.updated_at, datetime!(2026-12-20 9:00 UTC));
        g.check_ins = (0..MAX_CHECK_INS)
            .map(|i| CheckIn {
                id: format!("x{i}"),
                at: datetime!(2026-12-20 9:00 UTC),
                note: "n".into(),
                status: GoalStatus::OnTrack,
            })
            .collect();
        assert_eq!(
            add_check_in(
                &mut g,
                "y".into(),
                datetime!(2026-12-21 9:00 UTC),
                "n",
                GoalStatus::Done
            ),
            Err(CheckInError::TooMany)
        );
    }

    #[test]
    fn statuses_have_stored_names_and_labels() {
        for s in GoalStatus::ALL {
            assert_eq!(GoalStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(GoalStatus::parse("on-track"), None);
    }

    #[test]
    fn a_stored_goal_is_checked_without_today() {
        let ins = instrument(3, 2);
        let mut g = goal();
        g.due = date!(2020 - 01 - 01);
        g.target = "better".into();
        assert_eq!(
            g.problems(&ins),
            vec![],
            "past and weak parts stay readable"
        );
        g.specific.clear();
        g.practice_id = "p9".into();
        g.check_ins = vec![
            CheckIn {
                id: "c".into(),
                at: g.created_at,
                note: " ".into(),
                status: GoalStatus::Done,
            };
            2
        ];
        let paths: Vec<String> = g.problems(&ins).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "specific",
                "practice_id",
                "check_ins[0].note",
                "check_ins[1].note",
                "check_ins[1].id"
            ]
        );
    }

    fn take(id: &str, at: OffsetDateTime, p1: u8) -> CompletedAssessment {
        let mut answers = Answers::default();
        for s in ["p1-s0", "p1-s1"] {
            answers.ratings.insert(s.into(), Rating::Value(p1));
        }
        CompletedAssessment {
            id: id.into(),
            started_at: at,
            completed_at: at,
            answers,
        }
    }

    #[test]
    fn movement_compares_the_latest_take_before_the_goal_with_the_latest_after() {
        let ins = instrument(3, 2);
        let g = goal(); // set 2026-11-25 10:00
        let before_1 = take("a", datetime!(2026-06-01 10:00 UTC), 1);
        let before_2 = take("b", datetime!(2026-11-25 10:00 UTC), 2);
        let after_1 = take("c", datetime!(2027-01-05 10:00 UTC), 5);
        let after_2 = take("d", datetime!(2027-03-05 10:00 UTC), 4);
        let m = |takes: &[CompletedAssessment]| practice_movement(&g, &ins, takes);

        assert_eq!(m(&[]), Movement::NoTakeBefore { latest: None });
        assert_eq!(
            m(std::slice::from_ref(&after_1)),
            Movement::NoTakeBefore { latest: Some(5.0) }
        );
        assert_eq!(
            m(&[before_2.clone(), before_1.clone()]),
            Movement::NoTakeSince { before: 2.0 }
        );
        // In any storage order: latest before (b, 2.0) against latest after (d, 4.0).
        let moved = m(&[
            after_2.clone(),
            before_1.clone(),
            after_1.clone(),
            before_2.clone(),
        ]);
        assert_eq!(moved, Movement::Compared(Change::between(2.0, 4.0)));
        // Only the latest take before counts (b at 2.0, not a at 1.0).
        assert_eq!(
            m(&[before_2, after_1]),
            Movement::Compared(Change::between(2.0, 5.0))
        );
        let same = m(&[before_1, take("f", datetime!(2027-06-01 0:00 UTC), 1)]);
        assert_eq!(same, Movement::Compared(Change::between(1.0, 1.0)));
        let mut fell = take("g", datetime!(2027-06-01 0:00 UTC), 1);
        fell.answers
            .ratings
            .insert("p1-s1".into(), Rating::Value(2));
        let m2 = practice_movement(
            &g,
            &ins,
            &[take("h", datetime!(2026-01-01 0:00 UTC), 3), fell],
        );
        assert_eq!(m2, Movement::Compared(Change::between(3.0, 1.5)));
    }
}
