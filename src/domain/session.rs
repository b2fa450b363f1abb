//! The assessment session: the draft being answered, the completed takes, where the user is,
//! and the intents that change them. A pure state machine; persistence observes it.
use super::answers::{Answers, Rating};
use super::instrument::Instrument;
use thiserror::Error;
use time::OffsetDateTime;

/// Where the user is in the flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// One practice per step, by index into the instrument's practices.
    Practice(usize),
    Review,
    /// The results of one completed assessment, by id.
    Results(String),
}

/// The take in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: String,
    pub started_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub answers: Answers,
}

/// A finished take: kept, dated, never overwritten by a later one.
#[derive(Debug, Clone, PartialEq)]
pub struct CompletedAssessment {
    pub id: String,
    pub started_at: OffsetDateTime,
    pub completed_at: OffsetDateTime,
    pub answers: Answers,
}

/// Everything the self-assessment knows about one namespace.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub draft: Option<Draft>,
    /// Oldest first.
    pub completed: Vec<CompletedAssessment>,
    pub screen: Screen,
}

/// What the user (or an import) asks for. Time and new ids come in with the intent.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// Start a new take, or continue the one in progress.
    Begin {
        id: String,
        now: OffsetDateTime,
    },
    Rate {
        statement_id: String,
        rating: Rating,
        now: OffsetDateTime,
    },
    Comment {
        practice_id: String,
        text: String,
        now: OffsetDateTime,
    },
    Show(Screen),
    /// Turn the draft into a completed assessment (only when every statement is answered).
    Complete {
        now: OffsetDateTime,
    },
    /// Throw the draft's answers away and start again; completed takes stay.
    StartOver {
        id: String,
        now: OffsetDateTime,
    },
    /// Forget everything in this namespace.
    DeleteEverything,
    /// Add a completed assessment read from a file.
    Import(CompletedAssessment),
    /// Resume a take in progress read from a file.
    ImportDraft(Draft),
}

/// Why an intent was refused; the session is unchanged when one is returned.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SessionError {
    #[error("{missing} statement(s) still need an answer before results can be shown.")]
    Incomplete { missing: usize },
    #[error("There is no assessment in progress.")]
    NoDraft,
    #[error("The questionnaire has no statement \"{0}\".")]
    UnknownStatement(String),
    #[error("The questionnaire has no practice \"{0}\".")]
    UnknownPractice(String),
    #[error("This assessment (completed {0}) is already here; nothing was changed.")]
    AlreadyImported(String),
    #[error("An assessment with the same id but different answers is already here; nothing was changed. Delete the stored one first if you want to replace it.")]
    Conflict,
    #[error("You have answers in progress. Finish the assessment or start over before opening another one in progress; nothing was changed.")]
    DraftInProgress,
    #[error("That assessment is not here.")]
    UnknownAssessment,
}

impl Default for Session {
    fn default() -> Self {
        Self {
            draft: None,
            completed: Vec::new(),
            screen: Screen::Welcome,
        }
    }
}

/// A readable date, such as "25 November 2026".
pub fn describe_date(t: OffsetDateTime) -> String {
    format!("{} {} {}", t.day(), t.month(), t.year())
}

/// One sort for every list of takes: a single copy of the sort code ships.
fn sort_oldest_first(takes: &mut [CompletedAssessment]) {
    takes.sort_by_key(|c| c.completed_at);
}

impl Session {
    /// Builds a session from stored parts, repairing a screen that no longer points anywhere.
    pub fn restore(
        instrument: &Instrument,
        draft: Option<Draft>,
        mut completed: Vec<CompletedAssessment>,
        screen: Screen,
    ) -> Self {
        sort_oldest_first(&mut completed);
        let mut s = Self {
            draft,
            completed,
            screen: Screen::Welcome,
        };
        s.screen = s.checked(instrument, screen);
        s
    }

    fn checked(&self, instrument: &Instrument, screen: Screen) -> Screen {
        match screen {
            Screen::Practice(i) if self.draft.is_some() => {
                Screen::Practice(i.min(instrument.practices().len().saturating_sub(1)))
            }
            Screen::Review if self.draft.is_some() => Screen::Review,
            Screen::Results(id) if self.find(&id).is_some() => Screen::Results(id),
            _ => Screen::Welcome,
        }
    }

    pub fn find(&self, id: &str) -> Option<&CompletedAssessment> {
        self.completed.iter().find(|c| c.id == id)
    }

    pub fn latest(&self) -> Option<&CompletedAssessment> {
        self.completed.last()
    }

    /// The take that `self` gained by completing `before`'s draft (not by an import): what
    /// the host page hears about as "completed".
    pub fn newly_completed(&self, before: &Session) -> Option<&CompletedAssessment> {
        let draft = before.draft.as_ref()?;
        self.find(&draft.id)
            .filter(|_| before.find(&draft.id).is_none())
    }

    fn draft_mut(&mut self) -> Result<&mut Draft, SessionError> {
        self.draft.as_mut().ok_or(SessionError::NoDraft)
    }

    /// Applies one intent. On error nothing has changed.
    pub fn apply(&mut self, instrument: &Instrument, intent: Intent) -> Result<(), SessionError> {
        match intent {
            Intent::Begin { id, now } => {
                let draft = self.draft.get_or_insert_with(|| Draft {
                    id,
                    started_at: now,
                    updated_at: now,
                    answers: Answers::default(),
                });
                // Continue where the first gap is, so a returning user lands on work to do.
                let first_gap = draft
                    .answers
                    .missing(instrument)
                    .first()
                    .map(|m| m.practice_index);
                self.screen = match first_gap {
                    Some(i) => Screen::Practice(i),
                    None => Screen::Review,
                };
            }
            Intent::Rate {
                statement_id,
                rating,
                now,
            } => {
                if instrument.statement(&statement_id).is_none() {
                    return Err(SessionError::UnknownStatement(statement_id));
                }
                let draft = self.draft_mut()?;
                draft.answers.ratings.insert(statement_id, rating);
                draft.updated_at = now;
            }
            Intent::Comment {
                practice_id,
                text,
                now,
            } => {
                if instrument.practice_index(&practice_id).is_none() {
                    return Err(SessionError::UnknownPractice(practice_id));
                }
                let draft = self.draft_mut()?;
                draft.answers.set_comment(&practice_id, &text);
                draft.updated_at = now;
            }
            Intent::Show(screen) => {
                self.screen = self.checked(instrument, screen);
            }
            Intent::Complete { now } => {
                let draft = self.draft.as_ref().ok_or(SessionError::NoDraft)?;
                let missing: usize = draft
                    .answers
                    .missing(instrument)
                    .iter()
                    .map(|m| m.statement_ids.len())
                    .sum();
                if missing > 0 {
                    self.screen = Screen::Review;
                    return Err(SessionError::Incomplete { missing });
                }
                let Some(draft) = self.draft.take() else {
                    return Err(SessionError::NoDraft);
                };
                let id = draft.id.clone();
                self.completed.push(CompletedAssessment {
                    id: draft.id,
                    started_at: draft.started_at,
                    completed_at: now,
                    answers: draft.answers,
                });
                self.screen = Screen::Results(id);
            }
            Intent::StartOver { id, now } => {
                self.draft = Some(Draft {
                    id,
                    started_at: now,
                    updated_at: now,
                    answers: Answers::default(),
                });
                self.screen = Screen::Practice(0);
            }
            Intent::DeleteEverything => {
                *self = Session::default();
            }
            Intent::Import(assessment) => {
                if let Some(existing) = self.find(&assessment.id) {
                    return Err(if existing == &assessment {
                        SessionError::AlreadyImported(describe_date(existing.completed_at))
                    } else {
                        SessionError::Conflict
                    });
                }
                let id = assessment.id.clone();
                self.completed.push(assessment);
                sort_oldest_first(&mut self.completed);
                self.screen = Screen::Results(id);
            }
            Intent::ImportDraft(draft) => {
                if self.draft.as_ref().is_some_and(|d| !d.answers.is_empty()) {
                    return Err(SessionError::DraftInProgress);
                }
                self.draft = Some(draft);
                return self.apply(instrument, Intent::Show(Screen::Practice(0)));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::domain::instrument::tests::instrument;
    use time::macros::datetime;

    const T0: OffsetDateTime = datetime!(2026-11-25 10:00 UTC);
    const T1: OffsetDateTime = datetime!(2026-11-25 10:12 UTC);

    fn rate(id: &str, v: u8) -> Intent {
        Intent::Rate {
            statement_id: id.into(),
            rating: Rating::Value(v),
            now: T1,
        }
    }

    fn apply(s: &mut Session, ins: &Instrument, i: Intent) {
        if let Err(e) = s.apply(ins, i) {
            panic!("intent refused: {e}");
        }
    }

    #[test]
    fn a_whole_take_from_welcome_to_results() {
        let ins = instrument(2, 2);
        let mut s = Session::default();
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "a1".into(),
                now: T0,
            },
        );
        assert_eq!(s.screen, Screen::Practice(0));
        for id in ["p0-s0", "p0-s1", "p1-s0"] {
            apply(&mut s, &ins, rate(id, 4));
        }
        assert_eq!(
            s.apply(&ins, Intent::Complete { now: T1 }),
            Err(SessionError::Incomplete { missing: 1 })
        );
        assert_eq!(s.screen, Screen::Review);
        apply(&mut s, &ins, rate("p1-s1", 2));
        apply(&mut s, &ins, Intent::Complete { now: T1 });
        assert!(s.draft.is_none());
        assert_eq!(s.screen, Screen::Results("a1".into()));
        assert_eq!(s.completed[0].started_at, T0);
        assert_eq!(s.completed[0].completed_at, T1);
    }

    #[test]
    fn a_later_take_never_overwrites_an_earlier_one() {
        let ins = instrument(1, 1);
        let mut s = Session::default();
        for id in ["a1", "a2"] {
            apply(
                &mut s,
                &ins,
                Intent::Begin {
                    id: id.into(),
                    now: T0,
                },
            );
            apply(&mut s, &ins, rate("p0-s0", 3));
            apply(&mut s, &ins, Intent::Complete { now: T1 });
        }
        let ids: Vec<&str> = s.completed.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, vec!["a1", "a2"]);
    }

    #[test]
    fn begin_continues_at_the_first_gap() {
        let ins = instrument(3, 1);
        let mut s = Session::default();
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "a".into(),
                now: T0,
            },
        );
        apply(&mut s, &ins, rate("p0-s0", 3));
        apply(&mut s, &ins, Intent::Show(Screen::Welcome));
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "ignored".into(),
                now: T1,
            },
        );
        assert_eq!(s.screen, Screen::Practice(1));
        assert_eq!(s.draft.as_ref().map(|d| d.id.as_str()), Some("a"));
    }

    #[test]
    fn unknown_targets_are_refused_without_change() {
        let ins = instrument(1, 1);
        let mut s = Session::default();
        assert_eq!(s.apply(&ins, rate("p0-s0", 3)), Err(SessionError::NoDraft));
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "a".into(),
                now: T0,
            },
        );
        let before = s.clone();
        assert_eq!(
            s.apply(&ins, rate("nope", 3)),
            Err(SessionError::UnknownStatement("nope".into()))
        );
        assert_eq!(
            s.apply(
                &ins,
                Intent::Comment {
                    practice_id: "zz".into(),
                    text: "x".into(),
                    now: T1
                }
            ),
            Err(SessionError::UnknownPractice("zz".into()))
        );
        assert_eq!(s, before);
    }

    #[test]
    fn screens_that_point_nowhere_fall_back_to_welcome() {
        let ins = instrument(2, 1);
        let s = Session::restore(&ins, None, vec![], Screen::Practice(1));
        assert_eq!(s.screen, Screen::Welcome);
        let s = Session::restore(&ins, None, vec![], Screen::Results("gone".into()));
        assert_eq!(s.screen, Screen::Welcome);
        let draft = Draft {
            id: "d".into(),
            started_at: T0,
            updated_at: T0,
            answers: Answers::default(),
        };
        let s = Session::restore(&ins, Some(draft), vec![], Screen::Practice(9));
        assert_eq!(s.screen, Screen::Practice(1));
    }

    #[test]
    fn start_over_and_delete_everything() {
        let ins = instrument(1, 1);
        let mut s = Session::default();
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "a".into(),
                now: T0,
            },
        );
        apply(&mut s, &ins, rate("p0-s0", 3));
        apply(&mut s, &ins, Intent::Complete { now: T1 });
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "b".into(),
                now: T1,
            },
        );
        apply(&mut s, &ins, rate("p0-s0", 5));
        apply(
            &mut s,
            &ins,
            Intent::StartOver {
                id: "c".into(),
                now: T1,
            },
        );
        let draft = s.draft.clone();
        assert_eq!(draft.as_ref().map(|d| d.id.as_str()), Some("c"));
        assert!(draft.is_some_and(|d| d.answers.is_empty()));
        assert_eq!(s.completed.len(), 1, "completed takes survive a start-over");
        apply(&mut s, &ins, Intent::DeleteEverything);
        assert_eq!(s, Session::default());
    }

    #[test]
    fn importing_the_same_assessment_twice_changes_nothing() {
        let ins = instrument(1, 1);
        let a = CompletedAssessment {
            id: "x".into(),
            started_at: T0,
            completed_at: T1,
            answers: Answers::default(),
        };
        let mut s = Session::default();
        apply(&mut s, &ins, Intent::Import(a.clone()));
        let before = s.clone();
        assert_eq!(
            s.apply(&ins, Intent::Import(a.clone())),
            Err(SessionError::AlreadyImported("25 November 2026".into()))
        );
        let mut changed = a;
        changed
            .answers
            .ratings
            .insert("p0-s0".into(), Rating::Value(1));
        assert_eq!(
            s.apply(&ins, Intent::Import(changed)),
            Err(SessionError::Conflict)
        );
        assert_eq!(s, before);
    }

    #[test]
    fn importing_a_draft_never_replaces_answers_in_progress() {
        let ins = instrument(1, 1);
        let mut s = Session::default();
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "a".into(),
                now: T0,
            },
        );
        apply(&mut s, &ins, rate("p0-s0", 3));
        let other = Draft {
            id: "b".into(),
            started_at: T0,
            updated_at: T0,
            answers: Answers::default(),
        };
        assert_eq!(
            s.apply(&ins, Intent::ImportDraft(other)),
            Err(SessionError::DraftInProgress)
        );
    }

    #[test]
    fn completing_the_draft_is_newly_completed_but_an_import_is_not() {
        let ins = instrument(1, 2);
        let mut s = Session::default();
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "a".into(),
                now: T0,
            },
        );
        for id in ["p0-s0", "p0-s1"] {
            apply(&mut s, &ins, rate(id, 3));
        }
        let before = s.clone();
        apply(&mut s, &ins, Intent::Complete { now: T1 });
        assert_eq!(s.newly_completed(&before).map(|c| c.id.as_str()), Some("a"));
        // Nothing new the second time, and an imported take is not a completion here.
        assert_eq!(s.newly_completed(&s.clone()), None);
        let mut imported = s.clone();
        let mut other = s.completed[0].clone();
        other.id = "b".into();
        apply(&mut imported, &ins, Intent::Import(other));
        assert_eq!(imported.newly_completed(&s), None);
    }
}
