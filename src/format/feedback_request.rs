//! The feedback request (`fulcrum.feedback-request`, version 1), as a small file and as a link:
//! the widget's own URL with the request in the fragment, so it never reaches a server log.
use super::envelope::{parse_date, parse_timestamp, Envelope};
use super::error::FileError;
use crate::domain::feedback::RaterGroup;
use crate::domain::feedback_request::FeedbackRequest;
use crate::domain::{Instrument, Problem};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};
use time::Date;

pub const FORMAT: &str = "fulcrum.feedback-request";
pub const VERSION: u64 = 1;
/// The fragment key that carries a request: `…#fulcrum-request=<base64url>`.
pub const LINK_KEY: &str = "fulcrum-request=";
/// Longest request a link may carry, in base64url characters. A request is a name (80
/// characters), a message (1000) and the groups: under 10,000 characters even if every
/// character were escaped, so this leaves room while refusing a flooded address before it is
/// decoded (browsers accept addresses of 2 MB).
pub const MAX_LINK_CHARS: usize = 64 * 1024;

fn date_text(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

pub fn encode(instrument: &Instrument, request: &FeedbackRequest) -> Envelope {
    let mut payload = Map::new();
    payload.insert("subject_name".into(), request.subject_name.trim().into());
    payload.insert("message".into(), request.message.trim().into());
    if let Some(d) = request.due {
        payload.insert("due_date".into(), date_text(d).into());
    }
    payload.insert(
        "groups".into(),
        Value::Array(request.groups.iter().map(|g| g.as_str().into()).collect()),
    );
    Envelope::seal(
        FORMAT,
        VERSION,
        &request.id,
        request.created_at,
        instrument,
        Value::Object(payload),
    )
}

/// The link that opens the request in peer mode: `base` (the page URL without fragment) plus
/// the compact document, base64url-encoded.
pub fn link(base: &str, envelope: &Envelope) -> String {
    let compact = serde_json::to_string(envelope).unwrap_or_default();
    format!(
        "{}#{LINK_KEY}{}",
        base.split('#').next().unwrap_or(base),
        URL_SAFE_NO_PAD.encode(compact)
    )
}

/// The request carried by a URL fragment (with or without the leading `#`), if there is one.
pub fn from_fragment(
    instrument: &Instrument,
    fragment: &str,
) -> Option<Result<FeedbackRequest, FileError>> {
    let encoded = fragment
        .trim_start_matches('#')
        .strip_prefix(LINK_KEY)?
        .trim();
    if encoded.len() > MAX_LINK_CHARS {
        return Some(Err(FileError::LinkTooLong {
            length: encoded.len(),
            limit: MAX_LINK_CHARS,
        }));
    }
    let text = match URL_SAFE_NO_PAD.decode(encoded) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| ()),
        Err(_) => Err(()),
    };
    Some(match text {
        Ok(text) => decode(instrument, &text).map_err(|e| e.in_transit(FileError::BrokenLink)),
        Err(()) => Err(FileError::BrokenLink),
    })
}

pub fn decode(instrument: &Instrument, text: &str) -> Result<FeedbackRequest, FileError> {
    let (envelope, mut f) = Envelope::open_for(text, FORMAT, VERSION, instrument)?;
    let empty = Map::new();
    let payload = envelope.payload.as_object().unwrap_or(&empty);
    // Trimmed as `encode` writes them, so a request reads the same after a trip through a
    // file or a link.
    let subject_name = f
        .string(payload, "payload", "subject_name", true)
        .trim()
        .to_string();
    let message = f
        .string(payload, "payload", "message", false)
        .trim()
        .to_string();
    let due = payload
        .get("due_date")
        .and_then(Value::as_str)
        .and_then(|d| {
            let parsed = parse_date(d);
            if parsed.is_none() {
                f.problem(
                    "payload.due_date",
                    format!("\"{d}\" is not a date like 2026-12-01"),
                );
            }
            parsed
        });
    let groups: Vec<RaterGroup> = f
        .texts(payload, "payload", "groups", true)
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let group = RaterGroup::parse(g);
            if group.is_none() {
                f.problem(
                    format!("payload.groups[{i}]"),
                    format!(
                        "\"{g}\" is not a rater group: use manager, peer, direct_report or other"
                    ),
                );
            }
            group
        })
        .collect();
    let mut problems = f.problems;
    let created_at = parse_timestamp(&envelope.created_at, "created_at", &mut problems);
    let request = FeedbackRequest {
        id: envelope.id,
        subject_name,
        message,
        due,
        groups,
        created_at,
    };
    // A request made earlier may be past its due date now: raters can still answer it.
    let date_before_everything = Date::MIN;
    problems.extend(
        request
            .problems(date_before_everything)
            .into_iter()
            .map(|p| Problem::new(format!("payload.{}", p.path), p.message)),
    );
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(FileError::Invalid(problems))
    }
}

/// The file name offered for download.
pub fn file_name(request: &FeedbackRequest) -> String {
    let safe: String = request
        .subject_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("fulcrum-feedback-request-{}.json", safe.trim_matches('-'))
}
