//! How a colleague's feedback in progress is stored (`fulcrum.peer-draft`, version 1): the
//! request as its own sealed document, the rater's choices, answers and step.
use super::answers;
use super::envelope::{parse_timestamp, timestamp};
use super::error::{FileError, Foreign};
use super::feedback_request;
use super::fields::Fields;
use super::json;
use crate::domain::feedback::RaterGroup;
use crate::domain::peer_draft::{PeerDraft, PeerStep};
use crate::domain::{Instrument, Problem};
use serde_json::{json, Map, Value};

pub const FORMAT: &str = "fulcrum.peer-draft";
pub const VERSION: u64 = 1;

pub fn encode(instrument: &Instrument, draft: &PeerDraft) -> String {
    let step = match draft.step {
        PeerStep::Intro => json!({"screen": "intro"}),
        PeerStep::Practice(i) => json!({"screen": "practice", "index": i}),
        PeerStep::Review => json!({"screen": "review"}),
        PeerStep::Done => json!({"screen": "done"}),
    };
    let request = serde_json::to_value(feedback_request::encode(instrument, &draft.request))
        .unwrap_or(Value::Null);
    let mut doc = Map::new();
    doc.insert("format".into(), FORMAT.into());
    doc.insert("version".into(), VERSION.into());
    doc.insert("response_id".into(), draft.response_id.clone().into());
    doc.insert("request".into(), request);
    doc.insert(
        "group".into(),
        draft.group.map_or(Value::Null, |g| g.as_str().into()),
    );
    doc.insert("rater_name".into(), draft.rater_name.clone().into());
    doc.insert("step".into(), step);
    doc.insert("updated_at".into(), timestamp(draft.updated_at).into());
    doc.insert("answers".into(), answers::ratings_json(&draft.answers));
    doc.insert("comments".into(), answers::comments_json(&draft.answers));
    Value::Object(doc).to_string()
}

pub fn decode(instrument: &Instrument, text: &str) -> Result<PeerDraft, FileError> {
    let value = json::parse(text)?;
    let empty = Map::new();
    let root = value.as_object().unwrap_or(&empty);
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileError::NotFulcrum(Foreign::NotAPeerDraft));
    }
    match root.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => {
            return Err(FileError::NewerVersion {
                format: "peer draft".into(),
                found: v,
                supported: VERSION,
            })
        }
        _ => {
            return Err(FileError::Invalid(vec![Problem::new(
                "version",
                "must be 1",
            )]))
        }
    }
    let request_text = root
        .get("request")
        .map(Value::to_string)
        .unwrap_or_default();
    let request = feedback_request::decode(instrument, &request_text)?;
    let mut f = Fields::default();
    let response_id = f.string(root, "", "response_id", true);
    let group = root
        .get("group")
        .and_then(Value::as_str)
        .and_then(RaterGroup::parse);
    let rater_name = f.string(root, "", "rater_name", false);
    let updated_text = f.string(root, "", "updated_at", true);
    let step = root.get("step").cloned().unwrap_or(Value::Null);
    let step = match (
        step.get("screen").and_then(Value::as_str),
        step.get("index").and_then(Value::as_u64),
    ) {
        (Some("practice"), Some(i)) => PeerStep::Practice(usize::try_from(i).unwrap_or(0)),
        (Some("review"), _) => PeerStep::Review,
        (Some("done"), _) => PeerStep::Done,
        _ => PeerStep::Intro,
    };
    let answer_values = f
        .object(root.get("answers"), "answers")
        .cloned()
        .unwrap_or_default();
    let comment_values = f
        .object(root.get("comments"), "comments")
        .cloned()
        .unwrap_or_default();
    let mut problems = f.problems;
    let updated_at = parse_timestamp(&updated_text, "updated_at", &mut problems);
    let answers = answers::read(instrument, &answer_values, &comment_values, &mut problems);
    if problems.is_empty() {
        Ok(PeerDraft {
            response_id,
            request,
            group,
            rater_name,
            answers,
            step,
            updated_at,
        })
    } else {
        Err(FileError::Invalid(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feedback_request::FeedbackRequest;
    use crate::domain::Rating;
    use crate::format::instrument::{parse, BUILT_IN};
    use time::macros::datetime;

    #[test]
    fn a_draft_round_trips_and_a_newer_one_is_refused() {
        let ins = parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"));
        let request = FeedbackRequest {
            id: "req-1".into(),
            subject_name: "Ada".into(),
            message: "Hi".into(),
            due: None,
            groups: vec![RaterGroup::Peer, RaterGroup::Manager],
            created_at: datetime!(2026-11-25 09:00 UTC),
        };
        let mut d = PeerDraft::new("resp-1".into(), request, datetime!(2026-11-25 10:00 UTC));
        d.group = Some(RaterGroup::Manager);
        d.rater_name = "Grace".into();
        d.rate(
            "learning-1",
            Rating::NotObserved,
            datetime!(2026-11-25 10:01 UTC),
        );
        d.comment("delegating", "Good", datetime!(2026-11-25 10:02 UTC));
        d.step = PeerStep::Practice(3);
        let text = encode(&ins, &d);
        assert_eq!(decode(&ins, &text), Ok(d));
        let mut newer: Value = serde_json::from_str(&text).unwrap_or_default();
        newer["version"] = 2.into();
        let newer = newer.to_string();
        assert!(matches!(
            decode(&ins, &newer),
            Err(FileError::NewerVersion { .. })
        ));
    }
}
