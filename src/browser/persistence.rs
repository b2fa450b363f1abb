//! Persistence observes the session: loading it from storage (setting aside what cannot be
//! read) and writing exactly the records that changed, in an order that never loses answers.
use super::storage::{StorageError, Store};
use crate::domain::session::Stored;
use crate::domain::{Instrument, Screen, Session};
use crate::format::self_assessment::{self, SelfAssessment};
use crate::format::stored;
use crate::format::FileError;
use crate::i18n::{Lang, Localized};
use thiserror::Error;
use time::OffsetDateTime;

pub const DRAFT: &str = "draft";
pub const POSITION: &str = "position";
pub const ASSESSMENTS: &str = "assessment/";
pub const QUARANTINE: &str = "quarantine/";

/// A stored value that could not be read, moved aside so the widget can start.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    /// The record name it now lives under (inside the namespace).
    pub record: String,
    /// Why it was set aside, when known (only in the session that moved it).
    pub reason: Option<QuarantineReason>,
}

/// Why a stored value was set aside. Display is the English (logs); `text` any language.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum QuarantineReason {
    /// It cannot be read as the document it should be (bad JSON, newer version, other
    /// questionnaire, …).
    #[error("{0}")]
    Unreadable(FileError),
    #[error("the answers in progress were stored as a completed take")]
    CompletedDraft,
    #[error("the record does not hold the completed take its name promises")]
    MisnamedTake,
}

impl Localized for QuarantineReason {
    fn text(&self, lang: Lang) -> String {
        match self {
            QuarantineReason::Unreadable(e) => e.text(lang),
            QuarantineReason::CompletedDraft => lang.errors().set_aside_completed_draft().into(),
            QuarantineReason::MisnamedTake => lang.errors().set_aside_misnamed_take().into(),
        }
    }
}

/// What `load` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub session: Session,
    pub quarantined: Vec<Quarantined>,
    /// Set when reading or moving records failed; the session then starts from what was read.
    pub error: Option<StorageError>,
}

/// One storage operation.
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    Put(String, String),
    Remove(String),
}

fn assessment_record(id: &str) -> String {
    format!("{ASSESSMENTS}{id}")
}

/// Reads the session of one namespace. Unreadable or newer-version records are moved to
/// `quarantine/…` (kept byte for byte, to be downloaded) and the rest loads normally.
pub fn load(store: &Store, instrument: &Instrument, now: OffsetDateTime) -> Loaded {
    let mut quarantined = Vec::new();
    let mut error = None;
    let mut set_aside =
        |record: &str, text: &str, reason: QuarantineReason, error: &mut Option<StorageError>| {
            let target = format!(
                "{QUARANTINE}{}-{}",
                now.unix_timestamp() * 1000 + i64::from(now.millisecond()),
                record.replace('/', "_")
            );
            // Copy first, then remove: a failure in between leaves two copies, never none.
            match store.set(&target, text).and_then(|()| store.remove(record)) {
                Ok(()) => quarantined.push(Quarantined {
                    record: target,
                    reason: Some(reason),
                }),
                Err(e) => *error = Some(e),
            }
        };

    let mut draft = None;
    match store.get(DRAFT) {
        Ok(Some(text)) => match self_assessment::decode(instrument, &text) {
            Ok(SelfAssessment::InProgress(d)) => draft = Some(d),
            Ok(SelfAssessment::Completed(_)) => {
                set_aside(DRAFT, &text, QuarantineReason::CompletedDraft, &mut error)
            }
            Err(e) => set_aside(DRAFT, &text, QuarantineReason::Unreadable(e), &mut error),
        },
        Ok(None) => {}
        Err(e) => error = Some(e),
    }

    let mut completed = Vec::new();
    match store.records(ASSESSMENTS) {
        Ok(records) => {
            for record in records {
                let Ok(Some(text)) = store.get(&record) else {
                    continue;
                };
                match self_assessment::decode(instrument, &text) {
                    Ok(SelfAssessment::Completed(c)) if record == assessment_record(&c.id) => {
                        completed.push(c)
                    }
                    Ok(_) => set_aside(&record, &text, QuarantineReason::MisnamedTake, &mut error),
                    Err(e) => {
                        set_aside(&record, &text, QuarantineReason::Unreadable(e), &mut error)
                    }
                }
            }
        }
        Err(e) => error = Some(e),
    }

    let screen = match store.get(POSITION) {
        Ok(Some(text)) => stored::decode_position(&text).unwrap_or(Screen::Welcome),
        _ => Screen::Welcome,
    };

    // Records set aside by earlier visits are still offered for download.
    if let Ok(records) = store.records(QUARANTINE) {
        for record in records {
            if !quarantined.iter().any(|q| q.record == record) {
                quarantined.push(Quarantined {
                    record,
                    reason: None,
                });
            }
        }
    }

    Loaded {
        session: Session::restore(instrument, draft, completed, screen),
        quarantined,
        error,
    }
}

/// Whether a record belongs to the self-assessment session (the draft or a completed take),
/// so that another tab's change to it must be merged here.
pub fn is_session_record(record: &str) -> bool {
    record == DRAFT || record.starts_with(ASSESSMENTS)
}

/// The session records as another tab left them, read without changing anything (no
/// quarantine: that is for loading). `None` if any cannot be read, so nothing is merged from
/// a record this copy does not understand.
pub fn read_stored(store: &Store, instrument: &Instrument) -> Option<Stored> {
    let draft = match store.get(DRAFT).ok()? {
        Some(text) => match self_assessment::decode(instrument, &text).ok()? {
            SelfAssessment::InProgress(d) => Some(d),
            SelfAssessment::Completed(_) => return None,
        },
        None => None,
    };
    let mut completed = Vec::new();
    for record in store.records(ASSESSMENTS).ok()? {
        let text = store.get(&record).ok()??;
        match self_assessment::decode(instrument, &text).ok()? {
            SelfAssessment::Completed(c) if record == assessment_record(&c.id) => completed.push(c),
            _ => return None,
        }
    }
    Some(Stored { draft, completed })
}

/// The writes that take storage from `before` to `after`: new completed takes first, then
/// the draft (so a take is never lost between the two), then the position, then removals.
pub fn plan(instrument: &Instrument, before: &Session, after: &Session) -> Vec<Write> {
    let mut writes = Vec::new();
    // The same shared list: no take was added or removed (the usual case, an answer).
    let takes_changed = !std::rc::Rc::ptr_eq(&before.completed, &after.completed);
    for (at, c) in after.completed.iter().enumerate().filter(|_| takes_changed) {
        if take_with_id(&before.completed, at, &c.id) != Some(c) {
            let doc = self_assessment::encode(instrument, &SelfAssessment::Completed(c.clone()));
            writes.push(Write::Put(assessment_record(&c.id), doc.to_text()));
        }
    }
    if before.draft != after.draft {
        match &after.draft {
            Some(d) => {
                let doc =
                    self_assessment::encode(instrument, &SelfAssessment::InProgress(d.clone()));
                writes.push(Write::Put(DRAFT.into(), doc.to_text()));
            }
            None => writes.push(Write::Remove(DRAFT.into())),
        }
    }
    if before.screen != after.screen {
        writes.push(Write::Put(
            POSITION.into(),
            stored::encode_position(&after.screen),
        ));
    }
    for (at, c) in before
        .completed
        .iter()
        .enumerate()
        .filter(|_| takes_changed)
    {
        if take_with_id(&after.completed, at, &c.id).is_none() {
            writes.push(Write::Remove(assessment_record(&c.id)));
        }
    }
    writes
}

/// The take with this id, looked for first at `at`, where it usually is (takes keep their
/// order): searching for every take made each save quadratic in their number.
fn take_with_id<'a>(
    takes: &'a [crate::domain::CompletedAssessment],
    at: usize,
    id: &str,
) -> Option<&'a crate::domain::CompletedAssessment> {
    takes
        .get(at)
        .filter(|t| t.id == id)
        .or_else(|| takes.iter().find(|t| t.id == id))
}

/// Applies writes in order, stopping at the first failure so later steps never run on top
/// of a failed one.
pub fn apply(store: &Store, writes: &[Write]) -> Result<(), StorageError> {
    for w in writes {
        match w {
            Write::Put(record, value) => store.set(record, value)?,
            Write::Remove(record) => store.remove(record)?,
        }
    }
    Ok(())
}

/// Removes every record of the namespace (and only of it), quarantined ones included.
pub fn delete_all(store: &Store) -> Result<(), StorageError> {
    for record in store.records("")? {
        store.remove(&record)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Answers, CompletedAssessment, Draft};
    use crate::format::instrument::{parse, BUILT_IN};
    use time::macros::datetime;

    fn instrument() -> Instrument {
        parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_quarantine_reason_has_german_text_and_unchanged_english() {
        let all = [
            QuarantineReason::Unreadable(FileError::DigestMismatch),
            QuarantineReason::CompletedDraft,
            QuarantineReason::MisnamedTake,
        ];
        for reason in &all {
            // No wildcard: a new reason does not compile until it is listed above.
            match reason {
                QuarantineReason::Unreadable(_)
                | QuarantineReason::CompletedDraft
                | QuarantineReason::MisnamedTake => {}
            }
            assert_eq!(reason.text(Lang::En), reason.to_string());
            assert_ne!(reason.text(Lang::De), reason.to_string());
        }
        assert_eq!(
            QuarantineReason::Unreadable(FileError::DigestMismatch).to_string(),
            FileError::DigestMismatch.to_string()
        );
    }

    fn draft(id: &str) -> Draft {
        Draft {
            id: id.into(),
            started_at: datetime!(2026-11-25 10:00 UTC),
            updated_at: datetime!(2026-11-25 10:00 UTC),
            answers: Answers::default(),
            prefilled_from: None,
        }
    }

    #[test]
    fn completing_writes_the_take_before_removing_the_draft() {
        let ins = instrument();
        let before = Session {
            draft: Some(draft("a")),
            completed: Default::default(),
            screen: Screen::Review,
        };
        let after = Session {
            draft: None,
            completed: std::rc::Rc::new(vec![CompletedAssessment {
                id: "a".into(),
                started_at: datetime!(2026-11-25 10:00 UTC),
                completed_at: datetime!(2026-11-25 10:10 UTC),
                answers: Answers::default(),
            }]),
            screen: Screen::Results("a".into()),
        };
        let writes = plan(&ins, &before, &after);
        let names: Vec<String> = writes
            .iter()
            .map(|w| match w {
                Write::Put(r, _) => format!("put {r}"),
                Write::Remove(r) => format!("remove {r}"),
            })
            .collect();
        assert_eq!(
            names,
            vec!["put assessment/a", "remove draft", "put position"]
        );
    }

    #[test]
    fn nothing_changed_means_nothing_written() {
        let ins = instrument();
        let s = Session {
            draft: Some(draft("a")),
            completed: Default::default(),
            screen: Screen::Practice(2),
        };
        assert!(plan(&ins, &s, &s.clone()).is_empty());
    }
}
