//! Answers as they appear in every file that carries them: `answers` (statement id → 1–5 or
//! "not_observed") and `comments` (practice id → text).
use crate::domain::answers::MAX_COMMENT_CHARS;
use crate::domain::{Answers, Instrument, Problem, Rating};
use serde_json::{Map, Value};

pub const NOT_OBSERVED: &str = "not_observed";

pub fn ratings_json(answers: &Answers) -> Value {
    let map: Map<String, Value> = answers
        .ratings
        .iter()
        .map(|(id, r)| {
            let v = match r {
                Rating::Value(v) => Value::from(*v),
                Rating::NotObserved => Value::from(NOT_OBSERVED),
            };
            (id.clone(), v)
        })
        .collect();
    Value::Object(map)
}

pub fn comments_json(answers: &Answers) -> Value {
    Value::Object(
        answers
            .comments
            .iter()
            .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
            .collect(),
    )
}

/// The `answers` object (required) and `comments` object (optional) of a payload, with shape
/// problems recorded in `f`.
pub fn payload_maps(
    f: &mut super::fields::Fields,
    payload: &Map<String, Value>,
) -> (Map<String, Value>, Map<String, Value>) {
    let answers = f
        .object(payload.get("answers"), "payload.answers")
        .cloned()
        .unwrap_or_default();
    let comments = match payload.get("comments") {
        None => Map::new(),
        v => f.object(v, "payload.comments").cloned().unwrap_or_default(),
    };
    (answers, comments)
}

/// Reads `payload.answers` and `payload.comments`, adding every problem found.
pub fn read(
    instrument: &Instrument,
    answer_values: &Map<String, Value>,
    comment_values: &Map<String, Value>,
    problems: &mut Vec<Problem>,
) -> Answers {
    let mut answers = Answers::default();
    for (id, value) in answer_values {
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
    for (practice, text) in comment_values {
        let at = format!("payload.comments.{practice}");
        let Some(text) = text.as_str() else {
            problems.push(Problem::new(at, "must be text"));
            continue;
        };
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
    answers
}
