//! The assessment session: the draft being answered, the completed takes, where the user is,
//! and the intents that change them. A pure state machine; persistence observes it.
use super::answers::{Answers, Rating};
use super::instrument::Instrument;
use std::rc::Rc;
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
    /// The completed take whose answers this one started from, if it was pre-filled.
    pub prefilled_from: Option<PrefilledFrom>,
}

/// Where a pre-filled take came from: the completed take and when it was completed.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefilledFrom {
    pub take_id: String,
    pub completed_at: OffsetDateTime,
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
    /// Oldest first. Shared, not copied, between the states a session goes through: every
    /// answer makes a new state, and copying a thousand takes each time was most of the cost
    /// of an autosave. Changed with `Rc::make_mut`, which copies only while shared.
    pub completed: Rc<Vec<CompletedAssessment>>,
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
    /// Start a new take with the ratings of the latest completed one (not its comments).
    BeginFromLatest {
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
    /// Another tab changed storage: merge what it holds now (`stored`) into this session.
    /// `base` is what this tab last knew storage to hold, so that what another tab deleted
    /// is told apart from what this tab has not saved yet.
    Adopt {
        base: Stored,
        stored: Stored,
    },
}

/// The self-assessment records in storage: the draft and the completed takes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stored {
    pub draft: Option<Draft>,
    pub completed: Vec<CompletedAssessment>,
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
    #[error("This assessment (completed {}) is already here; nothing was changed.", describe_date(*.0))]
    AlreadyImported(OffsetDateTime),
    #[error("An assessment with the same id but different answers is already here; nothing was changed. Delete the stored one first if you want to replace it.")]
    Conflict,
    #[error("You have answers in progress. Finish the assessment or start over before opening another one in progress; nothing was changed.")]
    DraftInProgress,
    #[error("That assessment is not here.")]
    UnknownAssessment,
    #[error("There is no completed self-assessment to start from yet.")]
    NoCompletedTake,
}

impl SessionError {
    /// A file whose take is already here, as it is or with other answers: the user is told,
    /// but nothing went wrong with the file itself.
    pub fn is_already_here(&self) -> bool {
        matches!(
            self,
            SessionError::AlreadyImported(_) | SessionError::Conflict
        )
    }
}

impl Default for Session {
    fn default() -> Self {
        Self {
            draft: None,
            completed: Rc::default(),
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
            completed: Rc::new(completed),
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
                    prefilled_from: None,
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
            Intent::BeginFromLatest { id, now } => {
                if self.draft.as_ref().is_some_and(|d| !d.answers.is_empty()) {
                    return Err(SessionError::DraftInProgress);
                }
                let latest = self.latest().ok_or(SessionError::NoCompletedTake)?;
                // Ratings only: a comment describes its own moment and is written afresh.
                let answers = Answers {
                    ratings: latest.answers.ratings.clone(),
                    ..Answers::default()
                };
                let prefilled_from = Some(PrefilledFrom {
                    take_id: latest.id.clone(),
                    completed_at: latest.completed_at,
                });
                self.draft = Some(Draft {
                    id,
                    started_at: now,
                    updated_at: now,
                    answers,
                    prefilled_from,
                });
                // Every answer is there already: walk through them from the first step.
                self.screen = Screen::Practice(0);
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
                Rc::make_mut(&mut self.completed).push(CompletedAssessment {
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
                    prefilled_from: None,
                });
                self.screen = Screen::Practice(0);
            }
            Intent::DeleteEverything => {
                *self = Session::default();
            }
            Intent::Import(assessment) => {
                if let Some(existing) = self.find(&assessment.id) {
                    return Err(if existing == &assessment {
                        SessionError::AlreadyImported(existing.completed_at)
                    } else {
                        SessionError::Conflict
                    });
                }
                let id = assessment.id.clone();
                let completed = Rc::make_mut(&mut self.completed);
                completed.push(assessment);
                sort_oldest_first(completed);
                self.screen = Screen::Results(id);
            }
            Intent::ImportDraft(draft) => {
                if self.draft.as_ref().is_some_and(|d| !d.answers.is_empty()) {
                    return Err(SessionError::DraftInProgress);
                }
                self.draft = Some(draft);
                return self.apply(instrument, Intent::Show(Screen::Practice(0)));
            }
            Intent::Adopt { base, stored } => {
                self.adopt(base, stored);
                self.screen = self.checked(instrument, self.screen.clone());
            }
        }
        Ok(())
    }

    /// Merges what another tab stored, losing no answer: every answer from both, the stored
    /// one winning for a statement both answered (it is the later write, as far as anyone
    /// can tell). Completed takes are added; one this tab had seen stored and that is gone
    /// was deleted in the other tab, and goes here too.
    fn adopt(&mut self, base: Stored, stored: Stored) {
        // Loops go by reference: the maps' own iterators are in the wasm already, consuming
        // ones would be new code.
        let mut completed = stored.completed;
        for c in self.completed.iter() {
            let was_stored = base.completed.iter().any(|b| b.id == c.id);
            if !was_stored && !completed.iter().any(|s| s.id == c.id) {
                completed.push(c.clone());
            }
        }
        sort_oldest_first(&mut completed);
        // A take completed in either tab is no longer in progress in any.
        let open = |d: &Draft| !completed.iter().any(|c| c.id == d.id);
        let ours = self.draft.take().filter(open);
        let theirs = stored.draft.filter(open);
        let base_draft = base.draft;
        let known = |d: &Draft| base_draft.as_ref().is_some_and(|b| b.id == d.id);
        self.draft = match (ours, theirs) {
            // Gone from storage: deleted or completed in the other tab, unless this tab's
            // take was never saved.
            (ours, None) => ours.filter(|o| !known(o)),
            // This tab removed that take itself (its removal may still be on the way).
            (None, Some(theirs)) if known(&theirs) => None,
            (None, Some(theirs)) => Some(theirs),
            // This tab replaced that take (started over); the other tab had not heard yet.
            (Some(ours), Some(theirs)) if ours.id != theirs.id && known(&theirs) => Some(ours),
            // A take begun after this tab's last answer replaced this one: started over.
            (Some(ours), Some(theirs))
                if ours.id != theirs.id && theirs.started_at > ours.updated_at =>
            {
                Some(theirs)
            }
            (Some(ours), Some(mut merged)) => {
                for (statement, rating) in &ours.answers.ratings {
                    if !merged.answers.ratings.contains_key(statement) {
                        merged.answers.ratings.insert(statement.clone(), *rating);
                    }
                }
                for (practice, text) in &ours.answers.comments {
                    // Stored before and gone now: cleared in the other tab.
                    let cleared_there = base_draft.as_ref().is_some_and(|b| {
                        b.id == merged.id && b.answers.comments.contains_key(practice)
                    });
                    if !cleared_there && !merged.answers.comments.contains_key(practice) {
                        merged
                            .answers
                            .comments
                            .insert(practice.clone(), text.clone());
                    }
                }
                merged.started_at = merged.started_at.min(ours.started_at);
                merged.updated_at = merged.updated_at.max(ours.updated_at);
                Some(merged)
            }
        };
        self.completed = Rc::new(completed);
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
            prefilled_from: None,
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
            Err(SessionError::AlreadyImported(T1))
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

    fn draft(id: &str, ratings: &[(&str, u8)], updated_at: OffsetDateTime) -> Draft {
        let mut answers = Answers::default();
        for (statement, v) in ratings {
            answers
                .ratings
                .insert((*statement).into(), Rating::Value(*v));
        }
        Draft {
            id: id.into(),
            started_at: T0,
            updated_at,
            answers,
            prefilled_from: None,
        }
    }

    fn take(id: &str) -> CompletedAssessment {
        CompletedAssessment {
            id: id.into(),
            started_at: T0,
            completed_at: T1,
            answers: Answers::default(),
        }
    }

    fn stored(draft: Option<Draft>, completed: Vec<CompletedAssessment>) -> Stored {
        Stored { draft, completed }
    }

    fn adopt(s: &mut Session, ins: &Instrument, base: Stored, now: Stored) {
        apply(s, ins, Intent::Adopt { base, stored: now });
    }

    #[test]
    fn adopting_another_tabs_draft_keeps_every_answer_and_theirs_wins_a_tie() {
        let ins = instrument(2, 2);
        let base = draft("a", &[("p0-s0", 1)], T0);
        let mut s = Session::restore(&ins, Some(base.clone()), vec![], Screen::Practice(1));
        // Here: p0-s1 and p1-s0 answered since; there (written from a stale copy): p1-s1,
        // and p1-s0 answered differently.
        apply(&mut s, &ins, rate("p0-s1", 2));
        apply(&mut s, &ins, rate("p1-s0", 3));
        let theirs = draft("a", &[("p0-s0", 1), ("p1-s0", 5), ("p1-s1", 4)], T1);
        adopt(
            &mut s,
            &ins,
            stored(Some(base), vec![]),
            stored(Some(theirs), vec![]),
        );
        let d = s.draft.clone().unwrap_or_else(|| panic!("draft kept"));
        let got: Vec<(&str, Rating)> = d
            .answers
            .ratings
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(
            got,
            vec![
                ("p0-s0", Rating::Value(1)),
                ("p0-s1", Rating::Value(2)),
                ("p1-s0", Rating::Value(5)),
                ("p1-s1", Rating::Value(4)),
            ]
        );
        assert_eq!((d.started_at, d.updated_at), (T0, T1));
        assert_eq!(
            s.screen,
            Screen::Practice(1),
            "the user stays where they are"
        );
        // Adopting what is already here changes nothing.
        let before = s.clone();
        adopt(
            &mut s,
            &ins,
            stored(Some(d.clone()), vec![]),
            stored(Some(d), vec![]),
        );
        assert_eq!(s, before);
    }

    #[test]
    fn comments_merge_and_a_comment_removed_there_stays_removed() {
        let ins = instrument(3, 1);
        let mut base = draft("a", &[], T0);
        base.answers.set_comment("p0", "kept here");
        base.answers.set_comment("p1", "cleared there");
        let mut ours = base.clone();
        ours.answers.set_comment("p2", "new here");
        let mut theirs = base.clone();
        theirs.answers.set_comment("p0", "changed there");
        theirs.answers.set_comment("p1", "");
        let mut s = Session::restore(&ins, Some(ours), vec![], Screen::Practice(0));
        adopt(
            &mut s,
            &ins,
            stored(Some(base), vec![]),
            stored(Some(theirs), vec![]),
        );
        let comments = s.draft.map(|d| d.answers.comments).unwrap_or_default();
        let got: Vec<(&str, &str)> = comments
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(got, vec![("p0", "changed there"), ("p2", "new here")]);
    }

    #[test]
    fn a_take_completed_in_another_tab_ends_the_draft_here() {
        let ins = instrument(1, 1);
        let base = draft("a", &[("p0-s0", 3)], T0);
        let mut s = Session::restore(&ins, Some(base.clone()), vec![], Screen::Practice(0));
        let mut done = take("a");
        done.answers = base.answers.clone();
        adopt(
            &mut s,
            &ins,
            stored(Some(base), vec![]),
            stored(None, vec![done.clone()]),
        );
        assert_eq!(s.draft, None);
        assert_eq!(*s.completed, vec![done.clone()]);
        assert_eq!(s.screen, Screen::Welcome, "no step of a take that is done");
        // The other tab's copy of the draft, written late, does not bring it back.
        adopt(
            &mut s,
            &ins,
            stored(None, vec![done.clone()]),
            stored(Some(draft("a", &[("p0-s0", 4)], T1)), vec![done]),
        );
        assert_eq!(s.draft, None);
    }

    #[test]
    fn start_over_and_delete_everything_in_another_tab_hold_here() {
        let ins = instrument(1, 2);
        let old = draft("a", &[("p0-s0", 3)], T0);
        let mut s = Session::restore(&ins, Some(old.clone()), vec![take("t")], Screen::Review);
        // Started over there after this tab's last answer: the new, empty take replaces it.
        let mut fresh = draft("b", &[], T1);
        fresh.started_at = T1;
        adopt(
            &mut s,
            &ins,
            stored(Some(old.clone()), vec![take("t")]),
            stored(Some(fresh.clone()), vec![take("t")]),
        );
        assert_eq!(s.draft, Some(fresh.clone()));
        // "Delete my data" there: what this tab had seen stored goes.
        adopt(
            &mut s,
            &ins,
            stored(Some(fresh), vec![take("t")]),
            Stored::default(),
        );
        assert_eq!((s.draft.clone(), s.completed.len()), (None, 0));
        assert_eq!(s.screen, Screen::Welcome);
    }

    #[test]
    fn what_this_tab_has_not_saved_yet_is_kept() {
        let ins = instrument(1, 2);
        // A take completed here whose write has not landed, and a draft begun here.
        let mut s = Session::restore(
            &ins,
            Some(draft("c", &[("p0-s1", 2)], T1)),
            vec![take("t")],
            Screen::Practice(0),
        );
        // The other tab began a take at the same moment, before this one's first write.
        let theirs = draft("d", &[("p0-s0", 5)], T0);
        adopt(
            &mut s,
            &ins,
            Stored::default(),
            stored(Some(theirs), vec![take("u")]),
        );
        let mut ids: Vec<&str> = s.completed.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, vec!["t", "u"]);
        let d = s.draft.clone().unwrap_or_else(|| panic!("draft kept"));
        assert_eq!(d.id, "d", "one take in progress, under the stored id");
        assert_eq!(d.answers.ratings.len(), 2, "both tabs' answers");
        // This tab started over; the other tab's late write of the old take is not adopted.
        let mine = draft("e", &[], T1);
        s.draft = Some(mine.clone());
        adopt(
            &mut s,
            &ins,
            stored(Some(d.clone()), vec![]),
            stored(Some(d), vec![]),
        );
        assert_eq!(s.draft, Some(mine));
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
            prefilled_from: None,
        };
        assert_eq!(
            s.apply(&ins, Intent::ImportDraft(other)),
            Err(SessionError::DraftInProgress)
        );
    }

    /// A session with one completed take rating every statement 3, a comment on p0, done at
    /// `at`.
    fn with_a_take(ins: &Instrument, id: &str, at: OffsetDateTime) -> Session {
        let mut answers = Answers::default();
        for (_, st) in ins.statements() {
            answers.ratings.insert(st.id.clone(), Rating::Value(3));
        }
        answers.set_comment("p0", "a note of that day");
        let take = CompletedAssessment {
            id: id.into(),
            started_at: at,
            completed_at: at,
            answers,
        };
        Session::restore(ins, None, vec![take], Screen::Welcome)
    }

    #[test]
    fn a_new_take_can_start_from_the_latest_answers_without_its_comments() {
        let ins = instrument(2, 2);
        let mut s = with_a_take(&ins, "old", T0);
        let answers = s.completed[0].answers.clone();
        let completed = Rc::make_mut(&mut s.completed);
        completed.push(CompletedAssessment {
            id: "latest".into(),
            started_at: T1,
            completed_at: T1,
            answers,
        });
        completed[1]
            .answers
            .ratings
            .insert("p1-s1".into(), Rating::Value(5));
        let later = datetime!(2027-03-01 08:00 UTC);
        apply(
            &mut s,
            &ins,
            Intent::BeginFromLatest {
                id: "new".into(),
                now: later,
            },
        );
        let d = s.draft.clone().unwrap_or_else(|| panic!("a draft"));
        assert_eq!(
            (d.id.as_str(), d.started_at, d.updated_at),
            ("new", later, later)
        );
        assert_eq!(d.answers.ratings, s.completed[1].answers.ratings);
        assert!(d.answers.comments.is_empty(), "comments are not copied");
        assert_eq!(
            d.prefilled_from,
            Some(PrefilledFrom {
                take_id: "latest".into(),
                completed_at: T1
            })
        );
        assert_eq!(s.screen, Screen::Practice(0), "walk through from the start");

        // Changing an answer and completing gives a new take; the old ones stay as they were.
        apply(&mut s, &ins, rate("p0-s0", 1));
        apply(&mut s, &ins, Intent::Complete { now: later });
        assert_eq!(s.completed.len(), 3);
        assert_eq!(
            s.completed[1].answers.rating("p0-s0"),
            Some(Rating::Value(3))
        );
        assert_eq!(
            s.completed[2].answers.rating("p0-s0"),
            Some(Rating::Value(1))
        );
        assert_eq!(s.screen, Screen::Results("new".into()));
    }

    #[test]
    fn starting_from_the_latest_answers_needs_a_take_and_no_answers_in_progress() {
        let ins = instrument(1, 2);
        let begin = || Intent::BeginFromLatest {
            id: "n".into(),
            now: T1,
        };
        let mut s = Session::default();
        assert_eq!(s.apply(&ins, begin()), Err(SessionError::NoCompletedTake));
        assert_eq!(s, Session::default());

        let mut s = with_a_take(&ins, "t", T0);
        apply(
            &mut s,
            &ins,
            Intent::Begin {
                id: "d".into(),
                now: T1,
            },
        );
        apply(&mut s, &ins, rate("p0-s0", 5));
        let before = s.clone();
        assert_eq!(s.apply(&ins, begin()), Err(SessionError::DraftInProgress));
        assert_eq!(s, before);

        // An empty take in progress (just started over) holds nothing to lose.
        apply(
            &mut s,
            &ins,
            Intent::StartOver {
                id: "e".into(),
                now: T1,
            },
        );
        apply(&mut s, &ins, begin());
        assert_eq!(s.draft.map(|d| d.answers.ratings.len()), Some(2));
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
