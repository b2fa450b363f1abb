//! The self-assessment file (`fulcrum.self-assessment`, version 1): one take, finished or in
//! progress, with its answers, comments and scores. Also the form it is stored in.
use super::answers;
use super::envelope::{is_valid_record_id, parse_timestamp, timestamp, Envelope};
use super::error::FileError;
use super::fields::Fields;
use crate::domain::scoring::Results;
use crate::domain::session::PrefilledFrom;
use crate::domain::{Answers, CompletedAssessment, Draft, Instrument, Problem};
use serde_json::{Map, Value};

pub const FORMAT: &str = "fulcrum.self-assessment";
pub const VERSION: u64 = 1;

/// A self-assessment read from a file or from storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SelfAssessment {
    Completed(CompletedAssessment),
    InProgress(Draft),
}

impl SelfAssessment {
    pub fn id(&self) -> &str {
        match self {
            SelfAssessment::Completed(c) => &c.id,
            SelfAssessment::InProgress(d) => &d.id,
        }
    }
}

/// Payload fields of version 1. Built and read as JSON values: derived serde code for these
/// shapes would be the largest part of the shipped wasm. `prefilled_from` is optional and
/// written only for a take in progress that started from a completed one, so files without
/// it are unchanged.
const PAYLOAD_FIELDS: [&str; 8] = [
    "status",
    "started_at",
    "completed_at",
    "updated_at",
    "answers",
    "comments",
    "scores",
    PREFILLED_FROM,
];

const PREFILLED_FROM: &str = "prefilled_from";
const PREFILLED_PATH: &str = "payload.prefilled_from";

/// `payload.prefilled_from`: `{ "id", "completed_at" }` of the take the answers came from.
fn prefilled_json(p: &PrefilledFrom) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), p.take_id.as_str().into());
    m.insert("completed_at".into(), timestamp(p.completed_at).into());
    Value::Object(m)
}

/// Reads the shape of the optional `payload.prefilled_from`: the take id (checked here) and
/// the completion time's text (parsed with the other times). Paths are constants: building
/// them per field would cost the self-assessment page's size budget.
fn prefilled_parts(f: &mut Fields, payload: &Map<String, Value>) -> Option<(String, String)> {
    let value = payload.get(PREFILLED_FROM)?;
    let obj = f.object(Some(value), PREFILLED_PATH)?;
    let known = usize::from(obj.contains_key("id")) + usize::from(obj.contains_key("completed_at"));
    if obj.len() > known {
        f.problem(
            PREFILLED_PATH,
            "has fields other than \"id\" and \"completed_at\"",
        );
    }
    let id = f.string(obj, PREFILLED_PATH, "id", true);
    let at = f.string(obj, PREFILLED_PATH, "completed_at", true);
    if obj.contains_key("id") && !is_valid_record_id(&id) {
        f.problem(
            "payload.prefilled_from.id",
            "must be the id of a completed take: 1 to 64 letters, digits, '-' or '_'",
        );
    }
    Some((id, at))
}

/// Scores are derived from the answers, written for readers of the file, and recomputed (never
/// trusted) on import.
fn scores_json(instrument: &Instrument, answers: &Answers) -> Value {
    let results = Results::compute(instrument, answers);
    let practices: Map<String, Value> = results
        .practices
        .iter()
        .map(|p| {
            (
                instrument.practices()[p.practice_index].id.clone(),
                p.mean.map_or(Value::Null, Value::from),
            )
        })
        .collect();
    let mut scores = Map::new();
    scores.insert("practices".into(), Value::Object(practices));
    scores.insert(
        "technical".into(),
        results.technical.map_or(Value::Null, Value::from),
    );
    scores.insert(
        "leadership".into(),
        results.leadership.map_or(Value::Null, Value::from),
    );
    scores.insert("balance".into(), Value::from(results.balance.describe()));
    Value::Object(scores)
}

/// Seals a self-assessment as a document. The envelope's id is the take's id and its
/// created_at the moment the take was completed (or last changed, in progress), so the same
/// take always gives the same bytes.
pub fn encode(instrument: &Instrument, assessment: &SelfAssessment) -> Envelope {
    let mut payload = Map::new();
    let (id, answers, created_at) = match assessment {
        SelfAssessment::Completed(c) => {
            payload.insert("status".into(), "completed".into());
            payload.insert("started_at".into(), timestamp(c.started_at).into());
            payload.insert("completed_at".into(), timestamp(c.completed_at).into());
            payload.insert("updated_at".into(), timestamp(c.completed_at).into());
            payload.insert("scores".into(), scores_json(instrument, &c.answers));
            (&c.id, &c.answers, c.completed_at)
        }
        SelfAssessment::InProgress(d) => {
            payload.insert("status".into(), "in_progress".into());
            payload.insert("started_at".into(), timestamp(d.started_at).into());
            payload.insert("updated_at".into(), timestamp(d.updated_at).into());
            if let Some(p) = &d.prefilled_from {
                payload.insert(PREFILLED_FROM.into(), prefilled_json(p));
            }
            (&d.id, &d.answers, d.updated_at)
        }
    };
    payload.insert("answers".into(), answers::ratings_json(answers));
    payload.insert("comments".into(), answers::comments_json(answers));
    Envelope::seal(
        FORMAT,
        VERSION,
        id,
        created_at,
        instrument,
        Value::Object(payload),
    )
}

/// The file name offered for download, e.g. `fulcrum-self-assessment-2026-11-25.json`.
pub fn file_name(assessment: &SelfAssessment) -> String {
    let (t, suffix) = match assessment {
        SelfAssessment::Completed(c) => (c.completed_at, ""),
        SelfAssessment::InProgress(d) => (d.updated_at, "-in-progress"),
    };
    format!(
        "fulcrum-self-assessment-{:04}-{:02}-{:02}{suffix}.json",
        t.year(),
        u8::from(t.month()),
        t.day()
    )
}

/// Reads a self-assessment file: every check of the envelope, then every problem in the
/// payload, listed together.
pub fn decode(instrument: &Instrument, text: &str) -> Result<SelfAssessment, FileError> {
    let (envelope, mut f) = Envelope::open_for(text, FORMAT, VERSION, instrument)?;
    let mut problems = std::mem::take(&mut f.problems);
    let empty = Map::new();
    let payload = envelope.payload.as_object().unwrap_or(&empty);
    for key in payload.keys() {
        if !PAYLOAD_FIELDS.contains(&key.as_str()) {
            problems.push(Problem::new(
                format!("payload.{key}"),
                "is not a field of a version 1 self-assessment",
            ));
        }
    }
    let status = f.string(payload, "payload", "status", true);
    let started_text = f.string(payload, "payload", "started_at", true);
    let updated_text = f.string(payload, "payload", "updated_at", true);
    let completed_text = payload
        .get("completed_at")
        .filter(|v| !v.is_null())
        .map(|_| f.string(payload, "payload", "completed_at", true));
    let (answer_values, comment_values) = answers::payload_maps(&mut f, payload);
    let prefill_parts = prefilled_parts(&mut f, payload);
    if !f.problems.is_empty() {
        problems.append(&mut f.problems);
        return Err(FileError::Invalid(problems));
    }
    let started_at = parse_timestamp(&started_text, "payload.started_at", &mut problems);
    let updated_at = parse_timestamp(&updated_text, "payload.updated_at", &mut problems);
    let answers = answers::read(instrument, &answer_values, &comment_values, &mut problems);
    // Kept for a take in progress; a completed take no longer needs to say where it began.
    let prefilled_from = prefill_parts.map(|(take_id, at)| PrefilledFrom {
        take_id,
        completed_at: parse_timestamp(&at, "payload.prefilled_from.completed_at", &mut problems),
    });
    let assessment = match (status.as_str(), &completed_text) {
        ("completed", Some(done)) => {
            let completed_at = parse_timestamp(done, "payload.completed_at", &mut problems);
            let missing = instrument.statement_count() - answers.answered_count(instrument);
            if missing > 0 && problems.is_empty() {
                problems.push(Problem::new(
                    "payload.answers",
                    format!(
                        "the take is marked completed but {missing} statement(s) have no answer"
                    ),
                ));
            }
            SelfAssessment::Completed(CompletedAssessment {
                id: envelope.id,
                started_at,
                completed_at,
                answers,
            })
        }
        ("completed", None) => {
            problems.push(Problem::new(
                "payload.completed_at",
                "is missing for a completed take",
            ));
            SelfAssessment::InProgress(Draft {
                id: envelope.id,
                started_at,
                updated_at,
                answers,
                prefilled_from,
            })
        }
        ("in_progress", _) => SelfAssessment::InProgress(Draft {
            id: envelope.id,
            started_at,
            updated_at,
            answers,
            prefilled_from,
        }),
        (other, _) => {
            problems.push(Problem::new(
                "payload.status",
                format!("\"{other}\" is not a status: use \"completed\" or \"in_progress\""),
            ));
            SelfAssessment::InProgress(Draft {
                id: envelope.id,
                started_at,
                updated_at,
                answers,
                prefilled_from,
            })
        }
    };
    if problems.is_empty() {
        Ok(assessment)
    } else {
        Err(FileError::Invalid(problems))
    }
}
