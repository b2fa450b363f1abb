//! The peer response (`fulcrum.peer-response`, version 1): one colleague's ratings about the
//! subject, anonymous unless they typed their name. Also a compact code for pasting into chat
//! or email where attachments are awkward.
use super::answers;
use super::envelope::{is_valid_record_id, Envelope};
use super::error::FileError;
use super::MAX_ENCODED_CHARS;
use crate::domain::feedback::{RaterGroup, Response};
use crate::domain::feedback_request::MAX_NAME_CHARS;
use crate::domain::{Instrument, Problem};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};
use time::OffsetDateTime;

pub const FORMAT: &str = "fulcrum.peer-response";
pub const VERSION: u64 = 1;
/// Marks a pasted response code; the version of the code follows the name.
pub const CODE_PREFIX: &str = "FULCRUM-RESPONSE-1:";

/// Seals a response. Its id is random and its only link to the rater is the name they chose
/// to give, if any.
pub fn encode(
    instrument: &Instrument,
    response: &Response,
    created_at: OffsetDateTime,
) -> Envelope {
    let mut payload = Map::new();
    payload.insert("request_id".into(), response.request_id.clone().into());
    payload.insert("group".into(), response.group.as_str().into());
    payload.insert("answers".into(), answers::ratings_json(&response.answers));
    payload.insert("comments".into(), answers::comments_json(&response.answers));
    if let Some(name) = response
        .rater_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        payload.insert("rater_name".into(), name.into());
    }
    Envelope::seal(
        FORMAT,
        VERSION,
        &response.id,
        created_at,
        instrument,
        Value::Object(payload),
    )
}

/// The compact code: a prefix and the compact document in base64url.
pub fn code(envelope: &Envelope) -> String {
    let compact = serde_json::to_string(envelope).unwrap_or_default();
    format!("{CODE_PREFIX}{}", URL_SAFE_NO_PAD.encode(compact))
}

/// Reads a response from a file's text or a pasted code (surrounding whitespace and line
/// breaks inside a code are ignored). `now` becomes its arrival time.
pub fn decode(
    instrument: &Instrument,
    input: &str,
    now: OffsetDateTime,
) -> Result<Response, FileError> {
    let trimmed = input.trim();
    let owned;
    let text = match trimmed.strip_prefix(CODE_PREFIX) {
        Some(encoded) => {
            // Counted before decoding, so a pasted megabyte flood is never copied or decoded.
            let length = encoded.chars().filter(|c| !c.is_whitespace()).count();
            if length > MAX_ENCODED_CHARS {
                return Err(FileError::CodeTooLong {
                    length,
                    limit: MAX_ENCODED_CHARS,
                });
            }
            let compact: String = encoded.chars().filter(|c| !c.is_whitespace()).collect();
            owned = URL_SAFE_NO_PAD
                .decode(compact)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or(FileError::BrokenCode)?;
            owned.as_str()
        }
        None => trimmed,
    };
    let from_code = trimmed.starts_with(CODE_PREFIX);
    let (envelope, mut f) = Envelope::open_for(text, FORMAT, VERSION, instrument).map_err(|e| {
        if from_code {
            e.in_transit(FileError::BrokenCode)
        } else {
            e
        }
    })?;
    let empty = Map::new();
    let payload = envelope.payload.as_object().unwrap_or(&empty);
    let request_id = f.string(payload, "payload", "request_id", true);
    let group_text = f.string(payload, "payload", "group", true);
    // Trimmed, and left out when blank, as `encode` writes it.
    let rater_name = f.string(payload, "payload", "rater_name", false);
    let rater_name = Some(rater_name.trim().to_string()).filter(|n| !n.is_empty());
    let (answer_values, comment_values) = answers::payload_maps(&mut f, payload);
    let mut problems = f.problems;
    if !request_id.is_empty() && !is_valid_record_id(&request_id) {
        problems.push(Problem::new("payload.request_id", "is not a request id"));
    }
    let group = match RaterGroup::parse(&group_text) {
        Some(RaterGroup::SelfRating) => {
            problems.push(Problem::new(
                "payload.group",
                "a response comes from a manager, peer, direct report or other, never from the subject",
            ));
            RaterGroup::Other
        }
        Some(g) => g,
        None => {
            if !group_text.is_empty() {
                problems.push(Problem::new(
                    "payload.group",
                    format!("\"{group_text}\" is not a rater group: use manager, peer, direct_report or other"),
                ));
            }
            RaterGroup::Other
        }
    };
    if rater_name
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
    {
        problems.push(Problem::new(
            "payload.rater_name",
            format!("is longer than {MAX_NAME_CHARS} characters"),
        ));
    }
    let answers = answers::read(instrument, &answer_values, &comment_values, &mut problems);
    if problems.is_empty() {
        Ok(Response {
            id: envelope.id,
            request_id,
            group,
            answers,
            received_at: now,
            rater_name,
        })
    } else {
        Err(FileError::Invalid(problems))
    }
}

/// The file name offered for download; it names no one.
pub fn file_name(response: &Response) -> String {
    let short: String = response.id.chars().take(8).collect();
    format!("fulcrum-feedback-response-{short}.json")
}
