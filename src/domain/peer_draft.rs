//! A colleague's feedback in progress: the request they are answering, their group, the name
//! they chose to give (if any), their answers and where they are.
use super::answers::{Answers, Rating};
use super::feedback::{RaterGroup, Response};
use super::feedback_request::FeedbackRequest;
use super::instrument::Instrument;
use thiserror::Error;
use time::OffsetDateTime;

/// Where the rater is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerStep {
    Intro,
    Practice(usize),
    Review,
    /// The response was exported; it can still be exported again or changed.
    Done,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeerDraft {
    /// Random, made when the rater starts; names no one.
    pub response_id: String,
    pub request: FeedbackRequest,
    pub group: Option<RaterGroup>,
    /// Empty unless the rater chose to add their name.
    pub rater_name: String,
    pub answers: Answers,
    pub step: PeerStep,
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PeerError {
    #[error(
        "Choose how you work with {0} (manager, peer, direct report or other) before you finish."
    )]
    NoGroup(String),
    #[error("{0} statement(s) have no answer yet. Choose a rating or \"Not observed\" for each.")]
    Incomplete(usize),
}

impl PeerDraft {
    pub fn new(response_id: String, request: FeedbackRequest, now: OffsetDateTime) -> Self {
        // With only one group asked, that is the rater's group.
        let group = match request.groups.as_slice() {
            [only] => Some(*only),
            _ => None,
        };
        Self {
            response_id,
            request,
            group,
            rater_name: String::new(),
            answers: Answers::default(),
            step: PeerStep::Intro,
            updated_at: now,
        }
    }

    pub fn rate(&mut self, statement_id: &str, rating: Rating, now: OffsetDateTime) {
        self.answers
            .ratings
            .insert(statement_id.to_string(), rating);
        self.updated_at = now;
    }

    pub fn comment(&mut self, practice_id: &str, text: &str, now: OffsetDateTime) {
        self.answers.set_comment(practice_id, text);
        self.updated_at = now;
    }

    /// The step, clamped to the instrument.
    pub fn go(&mut self, step: PeerStep, instrument: &Instrument) {
        let last = instrument.practices().len().saturating_sub(1);
        self.step = match step {
            PeerStep::Practice(i) => PeerStep::Practice(i.min(last)),
            other => other,
        };
    }

    /// The response to export: every statement needs a rating or "not observed", and the
    /// rater's group must be chosen.
    pub fn response(&self, instrument: &Instrument) -> Result<Response, PeerError> {
        let group = self
            .group
            .ok_or_else(|| PeerError::NoGroup(self.request.subject_name.clone()))?;
        let missing = instrument.statement_count() - self.answers.answered_count(instrument);
        if missing > 0 {
            return Err(PeerError::Incomplete(missing));
        }
        let name = self.rater_name.trim();
        Ok(Response {
            id: self.response_id.clone(),
            request_id: self.request.id.clone(),
            group,
            answers: self.answers.clone(),
            received_at: self.updated_at,
            rater_name: (!name.is_empty()).then(|| name.to_string()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::tests::instrument;
    use time::macros::datetime;

    fn request(groups: Vec<RaterGroup>) -> FeedbackRequest {
        FeedbackRequest {
            id: "req".into(),
            subject_name: "Ada".into(),
            message: String::new(),
            due: None,
            groups,
            created_at: datetime!(2026-11-25 09:00 UTC),
        }
    }

    #[test]
    fn a_single_asked_group_is_chosen_for_the_rater() {
        let now = datetime!(2026-11-25 10:00 UTC);
        let d = PeerDraft::new("r".into(), request(vec![RaterGroup::Peer]), now);
        assert_eq!(d.group, Some(RaterGroup::Peer));
        let d = PeerDraft::new(
            "r".into(),
            request(vec![RaterGroup::Peer, RaterGroup::Manager]),
            now,
        );
        assert_eq!(d.group, None);
    }

    #[test]
    fn a_response_needs_a_group_and_every_statement() {
        let ins = instrument(1, 2);
        let now = datetime!(2026-11-25 10:00 UTC);
        let mut d = PeerDraft::new(
            "r".into(),
            request(vec![RaterGroup::Peer, RaterGroup::Other]),
            now,
        );
        d.rate("p0-s0", Rating::Value(4), now);
        assert_eq!(d.response(&ins), Err(PeerError::NoGroup("Ada".into())));
        d.group = Some(RaterGroup::Other);
        assert_eq!(d.response(&ins), Err(PeerError::Incomplete(1)));
        d.rate("p0-s1", Rating::NotObserved, now);
        d.rater_name = "   ".into();
        let r = d.response(&ins).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.group, RaterGroup::Other);
        assert_eq!(r.rater_name, None, "a blank name stays anonymous");
        assert_eq!(r.request_id, "req");
        d.go(PeerStep::Practice(9), &ins);
        assert_eq!(d.step, PeerStep::Practice(0));
    }
}
