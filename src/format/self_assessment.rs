//! The self-assessment file (`fulcrum.self-assessment`, version 1): one take, finished or in
//! progress, with its answers, comments and scores. Also the form it is stored in.
use super::envelope::{is_valid_record_id, parse_timestamp, timestamp, Envelope};
use super::error::FileError;
use crate::domain::answers::MAX_COMMENT_CHARS;
use crate::domain::scoring::Results;
use crate::domain::{Answers, CompletedAssessment, Draft, Instrument, Problem, Rating};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

pub const FORMAT: &str = "fulcrum.self-assessment";
pub const VERSION: u64 = 1;
const NOT_OBSERVED: &str = "not_observed";

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

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PayloadV1 {
    status: String,
    started_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    completed_at: Option<String>,
    updated_at: String,
    answers: BTreeMap<String, Value>,
    #[serde(default)]
    comments: BTreeMap<String, String>,
    /// Derived from the answers for readers of the file; recomputed, never trusted, on import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scores: Option<ScoresV1>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ScoresV1 {
    practices: BTreeMap<String, Option<f64>>,
    technical: Option<f64>,
    leadership: Option<f64>,
    balance: String,
}

fn answers_json(answers: &Answers) -> BTreeMap<String, Value> {
    answers
        .ratings
        .iter()
        .map(|(id, r)| {
            let v = match r {
                Rating::Value(v) => Value::from(*v),
                Rating::NotObserved => Value::from(NOT_OBSERVED),
            };
            (id.clone(), v)
        })
        .collect()
}

fn scores_json(instrument: &Instrument, answers: &Answers) -> ScoresV1 {
    let results = Results::compute(instrument, answers);
    ScoresV1 {
        practices: results
            .practices
            .iter()
            .map(|p| (instrument.practices()[p.practice_index].id.clone(), p.mean))
            .collect(),
        technical: results.technical,
        leadership: results.leadership,
        balance: results.balance.describe(),
    }
}

/// Seals a self-assessment as a document. The envelope's id is the take's id and its
/// created_at the moment the take was completed (or last changed, in progress), so the same
/// take always gives the same bytes.
pub fn encode(instrument: &Instrument, assessment: &SelfAssessment) -> Envelope {
    let (id, payload, created_at) = match assessment {
        SelfAssessment::Completed(c) => (
            &c.id,
            PayloadV1 {
                status: "completed".into(),
                started_at: timestamp(c.started_at),
                completed_at: Some(timestamp(c.completed_at)),
                updated_at: timestamp(c.completed_at),
                answers: answers_json(&c.answers),
                comments: c.answers.comments.clone(),
                scores: Some(scores_json(instrument, &c.answers)),
            },
            c.completed_at,
        ),
        SelfAssessment::InProgress(d) => (
            &d.id,
            PayloadV1 {
                status: "in_progress".into(),
                started_at: timestamp(d.started_at),
                completed_at: None,
                updated_at: timestamp(d.updated_at),
                answers: answers_json(&d.answers),
                comments: d.answers.comments.clone(),
                scores: None,
            },
            d.updated_at,
        ),
    };
    let payload = serde_json::to_value(&payload).unwrap_or(Value::Null);
    Envelope::seal(FORMAT, VERSION, id, created_at, instrument, payload)
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
    let envelope = Envelope::open(text, FORMAT, VERSION)?;
    envelope.instrument.check(instrument)?;
    let mut problems = Vec::new();
    if !is_valid_record_id(&envelope.id) {
        problems.push(Problem::new(
            "id",
            "must be 1–64 letters, digits, '-' or '_'",
        ));
    }
    let payload: PayloadV1 = serde_path_to_error::deserialize(envelope.payload).map_err(|e| {
        FileError::Invalid(vec![Problem::new(
            format!("payload.{}", e.path()),
            e.inner().to_string(),
        )])
    })?;
    let started_at = parse_timestamp(&payload.started_at, "payload.started_at", &mut problems);
    let updated_at = parse_timestamp(&payload.updated_at, "payload.updated_at", &mut problems);
    let mut answers = Answers::default();
    for (id, value) in &payload.answers {
        let at = format!("payload.answers.{id}");
        if instrument.statement(id).is_none() {
            problems.push(Problem::new(at, "is not a statement of this questionnaire"));
            continue;
        }
        let rating = match value {
            Value::String(s) if s == NOT_OBSERVED => Some(Rating::NotObserved),
            Value::Number(n) => n
                .as_u64()
                .and_then(|v| u8::try_from(v).ok())
                .and_then(Rating::value),
            _ => None,
        };
        match rating {
            Some(r) => {
                answers.ratings.insert(id.clone(), r);
            }
            None => problems.push(Problem::new(
                at,
                format!(
                    "{value} is not a rating: use a whole number from 1 to 5 or \"{NOT_OBSERVED}\""
                ),
            )),
        }
    }
    for (practice, text) in &payload.comments {
        let at = format!("payload.comments.{practice}");
        if instrument.practice_index(practice).is_none() {
            problems.push(Problem::new(at, "is not a practice of this questionnaire"));
        } else if text.chars().count() > MAX_COMMENT_CHARS {
            problems.push(Problem::new(
                at,
                format!("is longer than {MAX_COMMENT_CHARS} characters"),
            ));
        } else {
            answers.set_comment(practice, text);
        }
    }
    let assessment = match (payload.status.as_str(), &payload.completed_at) {
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
            })
        }
        ("in_progress", _) => SelfAssessment::InProgress(Draft {
            id: envelope.id,
            started_at,
            updated_at,
            answers,
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
            })
        }
    };
    if problems.is_empty() {
        Ok(assessment)
    } else {
        Err(FileError::Invalid(problems))
    }
}
