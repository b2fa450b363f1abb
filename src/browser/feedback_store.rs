//! Where peer feedback lives in storage: the subject's requests and the responses imported for
//! each, and the feedback a colleague is giving (one draft per request, apart from their own
//! self-assessment).
use super::storage::{StorageError, Store};
use crate::domain::feedback::{Response, ResponseSet};
use crate::domain::feedback_request::FeedbackRequest;
use crate::domain::peer_draft::PeerDraft;
use crate::domain::Instrument;
use crate::format::{feedback_request, peer_draft, peer_response};
use time::OffsetDateTime;

pub const REQUESTS: &str = "request/";
pub const RESPONSES: &str = "response/";
pub const CONFLICTS: &str = "conflict/";
pub const PEER: &str = "peer/";

/// The subject's feedback requests, oldest first; unreadable records are skipped (and left
/// untouched in storage).
pub fn requests(store: &Store, instrument: &Instrument) -> Vec<FeedbackRequest> {
    let mut out: Vec<FeedbackRequest> = store
        .records(REQUESTS)
        .unwrap_or_default()
        .iter()
        .filter_map(|r| store.get(r).ok().flatten())
        .filter_map(|text| feedback_request::decode(instrument, &text).ok())
        .collect();
    out.sort_by_key(|r| r.created_at);
    out
}

pub fn save_request(
    store: &Store,
    instrument: &Instrument,
    request: &FeedbackRequest,
) -> Result<(), StorageError> {
    let text = feedback_request::encode(instrument, request).to_text();
    store.set(&format!("{REQUESTS}{}", request.id), &text)
}

fn records_of(store: &Store, kind: &str, request_id: &str) -> Vec<String> {
    store
        .records(&format!("{kind}{request_id}/"))
        .unwrap_or_default()
}

/// Every response stored for a request, conflicts included, rebuilt into a set.
pub fn responses(
    store: &Store,
    instrument: &Instrument,
    request_id: &str,
    now: OffsetDateTime,
) -> ResponseSet {
    let mut set = ResponseSet::new(request_id);
    for kind in [RESPONSES, CONFLICTS] {
        for record in records_of(store, kind, request_id) {
            if let Ok(Some(text)) = store.get(&record) {
                if let Ok(r) = peer_response::decode(instrument, &text, now) {
                    let _ = set.add(r);
                }
            }
        }
    }
    set
}

fn response_text(instrument: &Instrument, response: &Response) -> String {
    peer_response::encode(instrument, response, response.received_at).to_text()
}

/// Writes the set's records: each accepted response and each waiting conflict, and removes
/// records no longer in it.
pub fn save_responses(
    store: &Store,
    instrument: &Instrument,
    set: &ResponseSet,
) -> Result<(), StorageError> {
    let request_id = set.request_id();
    for (kind, list) in [(RESPONSES, set.responses()), (CONFLICTS, set.conflicts())] {
        let wanted: Vec<String> = list
            .iter()
            .map(|r| format!("{kind}{request_id}/{}", r.id))
            .collect();
        for (record, response) in wanted.iter().zip(list) {
            if store.get(record)?.is_none() {
                store.set(record, &response_text(instrument, response))?;
            }
        }
        for record in records_of(store, kind, request_id) {
            if !wanted.contains(&record) {
                store.remove(&record)?;
            }
        }
    }
    Ok(())
}

/// Replaces a stored response (after a conflict was resolved in favour of the new copy).
pub fn replace_response(
    store: &Store,
    instrument: &Instrument,
    response: &Response,
) -> Result<(), StorageError> {
    store.set(
        &format!("{RESPONSES}{}/{}", response.request_id, response.id),
        &response_text(instrument, response),
    )
}

/// The feedback this person is giving to others, most recently changed first.
pub fn peer_drafts(store: &Store, instrument: &Instrument) -> Vec<PeerDraft> {
    let mut out: Vec<PeerDraft> = store
        .records(PEER)
        .unwrap_or_default()
        .iter()
        .filter_map(|r| store.get(r).ok().flatten())
        .filter_map(|text| peer_draft::decode(instrument, &text).ok())
        .collect();
    out.sort_by_key(|d| std::cmp::Reverse(d.updated_at));
    out
}

pub fn peer_draft(store: &Store, instrument: &Instrument, request_id: &str) -> Option<PeerDraft> {
    let text = store.get(&format!("{PEER}{request_id}")).ok().flatten()?;
    peer_draft::decode(instrument, &text).ok()
}

pub fn save_peer_draft(
    store: &Store,
    instrument: &Instrument,
    draft: &PeerDraft,
) -> Result<(), StorageError> {
    store.set(
        &format!("{PEER}{}", draft.request.id),
        &peer_draft::encode(instrument, draft),
    )
}

pub fn remove_peer_draft(store: &Store, request_id: &str) -> Result<(), StorageError> {
    store.remove(&format!("{PEER}{request_id}"))
}
