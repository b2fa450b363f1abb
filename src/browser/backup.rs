//! Reading everything a namespace holds, for the backup and the CSV, and writing a restore's
//! new records. Which records to write is decided in `format::backup`; this only does the I/O.
use super::feedback_store::RESPONSES;
use super::storage::{StorageError, Store};
use crate::domain::feedback::Response;
use crate::domain::Instrument;
use crate::format::backup::{self, BackupError, Made, RestorePlan};
use crate::format::csv_export;
use crate::i18n::{Lang, Localized};
use std::collections::BTreeMap;
use thiserror::Error;
use time::OffsetDateTime;

/// Why a restore did not complete.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum RestoreError {
    /// The backup was refused: nothing was written.
    #[error("{0}")]
    Backup(#[from] BackupError),
    #[error("What is stored here could not be read ({}), so nothing was restored. Reload the page and try again.", refusal(.0))]
    Read(StorageError),
    #[error("The restore stopped after {written} of {total} new records because {}. The records written so far are kept; restore the same backup again to add the rest (nothing is added twice).", refusal(.error))]
    Write {
        written: usize,
        total: usize,
        error: StorageError,
    },
}

/// Why storage refused, in a few English words (its messages are written for saving).
pub fn refusal(e: &StorageError) -> String {
    refusal_in(e, Lang::En)
}

/// Why storage refused, in a few words of `lang`.
pub fn refusal_in(e: &StorageError, lang: Lang) -> String {
    match e {
        StorageError::QuotaFull => lang.growth().storage_full().into(),
        StorageError::Refused(why) => lang.growth().storage_refused(why),
    }
}

impl Localized for RestoreError {
    fn text(&self, lang: Lang) -> String {
        let words = lang.growth();
        match self {
            RestoreError::Backup(e) => e.text(lang),
            RestoreError::Read(e) => words.restore_read_failed(&refusal_in(e, lang)),
            RestoreError::Write {
                written,
                total,
                error,
            } => words.restore_write_failed(*written, *total, &refusal_in(error, lang)),
        }
    }
}

/// Every record of the namespace: name → stored text.
pub fn read_all(store: &Store) -> Result<BTreeMap<String, String>, StorageError> {
    let mut out = BTreeMap::new();
    for record in store.records("")? {
        if let Some(text) = store.get(&record)? {
            out.insert(record, text);
        }
    }
    Ok(out)
}

/// The backup of everything the namespace holds.
pub fn make(
    store: &Store,
    instrument: &Instrument,
    id: &str,
    now: OffsetDateTime,
) -> Result<Made, StorageError> {
    Ok(backup::make(instrument, id, now, &read_all(store)?))
}

/// Checks the whole backup, then writes the records that are not here yet; records already
/// here are never touched. Returns what was done.
pub fn restore(
    store: &Store,
    instrument: &Instrument,
    text: &str,
    now: OffsetDateTime,
) -> Result<RestorePlan, RestoreError> {
    let checked = backup::decode(instrument, text, now)?;
    let existing = read_all(store).map_err(RestoreError::Read)?;
    let plan = backup::plan(instrument, checked, &existing, now);
    let total = plan.added().count();
    for (written, record) in plan.added().enumerate() {
        store
            .set(&record.name, &record.text)
            .map_err(|error| RestoreError::Write {
                written,
                total,
                error,
            })?;
    }
    Ok(plan)
}

/// The peer responses imported here (not the conflicting copies), each dated by when it was
/// added; unreadable records are left out (and left untouched).
pub fn stored_responses(store: &Store, instrument: &Instrument) -> Vec<Response> {
    store
        .records(RESPONSES)
        .unwrap_or_default()
        .iter()
        .filter_map(|r| store.get(r).ok().flatten())
        .filter_map(|text| csv_export::stored_response(instrument, &text).ok())
        .collect()
}
