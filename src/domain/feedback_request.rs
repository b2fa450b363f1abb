//! A feedback request: who asks (the subject's name as raters see it), an optional message and
//! due date, and which rater groups are asked.
use super::feedback::RaterGroup;
use super::problem::Problem;
use thiserror::Error;
use time::{Date, OffsetDateTime};

pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_MESSAGE_CHARS: usize = 1000;

#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackRequest {
    pub id: String,
    pub subject_name: String,
    pub message: String,
    pub due: Option<Date>,
    /// Groups asked, never `SelfRating`, without repeats, in report order.
    pub groups: Vec<RaterGroup>,
    pub created_at: OffsetDateTime,
}

/// A problem with a request as the subject filled it in, on one field. The English words are
/// the Display; the page words it per language (`i18n::feedback`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum RequestProblem {
    #[error("Enter your name as the people you ask will know you.")]
    NoName,
    #[error("Use at most {MAX_NAME_CHARS} characters for your name.")]
    NameTooLong,
    #[error("Keep the message to at most {MAX_MESSAGE_CHARS} characters.")]
    MessageTooLong,
    #[error("The due date is in the past: choose today or a later date, or leave it empty.")]
    DueInPast,
    /// Found by the form, which reads the date field.
    #[error("Enter the due date as a date, or leave it empty.")]
    DueNotADate,
    #[error("Choose at least one group of people to ask.")]
    NoGroups,
    #[error("You rate yourself in your own self-assessment, not through a request.")]
    SelfAsked,
    #[error("\"{}\" is listed twice.", group_label(*.0))]
    Twice(RaterGroup),
}

/// The group's English name in requests: in the English messages (documents' problem lists)
/// and the English catalogue.
pub fn group_label(group: RaterGroup) -> &'static str {
    match group {
        RaterGroup::SelfRating => "Self",
        RaterGroup::Manager => "Manager",
        RaterGroup::Peer => "Peers",
        RaterGroup::DirectReport => "Direct reports",
        RaterGroup::Other => "Others",
    }
}

impl RequestProblem {
    /// The form field it belongs to (also the document field).
    pub fn field(self) -> &'static str {
        match self {
            RequestProblem::NoName | RequestProblem::NameTooLong => "subject_name",
            RequestProblem::MessageTooLong => "message",
            RequestProblem::DueInPast | RequestProblem::DueNotADate => "due",
            RequestProblem::NoGroups | RequestProblem::SelfAsked | RequestProblem::Twice(_) => {
                "groups"
            }
        }
    }
}

impl FeedbackRequest {
    /// Every problem with the request as the subject filled it in; `today` is the subject's
    /// date, so a due date in the past is caught.
    pub fn check(&self, today: Date) -> Vec<RequestProblem> {
        let mut p = Vec::new();
        let name = self.subject_name.trim();
        if name.is_empty() {
            p.push(RequestProblem::NoName);
        } else if name.chars().count() > MAX_NAME_CHARS {
            p.push(RequestProblem::NameTooLong);
        }
        if self.message.chars().count() > MAX_MESSAGE_CHARS {
            p.push(RequestProblem::MessageTooLong);
        }
        if self.due.is_some_and(|d| d < today) {
            p.push(RequestProblem::DueInPast);
        }
        if self.groups.is_empty() {
            p.push(RequestProblem::NoGroups);
        }
        if self.groups.contains(&RaterGroup::SelfRating) {
            p.push(RequestProblem::SelfAsked);
        }
        let mut seen = Vec::new();
        for g in &self.groups {
            if seen.contains(g) {
                p.push(RequestProblem::Twice(*g));
            }
            seen.push(*g);
        }
        p
    }

    /// [`Self::check`] as located problems, in English, for a document's problem list.
    pub fn problems(&self, today: Date) -> Vec<Problem> {
        self.check(today)
            .into_iter()
            .map(|p| Problem::new(p.field(), p.to_string()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn request() -> FeedbackRequest {
        FeedbackRequest {
            id: "r1".into(),
            subject_name: "Ada".into(),
            message: String::new(),
            due: Some(date!(2026 - 12 - 01)),
            groups: vec![RaterGroup::Manager, RaterGroup::Peer],
            created_at: datetime!(2026-11-25 10:00 UTC),
        }
    }

    #[test]
    fn a_complete_request_has_no_problems() {
        assert!(request().problems(date!(2026 - 11 - 25)).is_empty());
        assert!(request().problems(date!(2026 - 12 - 01)).is_empty());
    }

    #[test]
    fn every_problem_is_named() {
        let mut r = request();
        r.subject_name = "  ".into();
        r.message = "x".repeat(MAX_MESSAGE_CHARS + 1);
        r.groups = vec![RaterGroup::Peer, RaterGroup::SelfRating, RaterGroup::Peer];
        let paths: Vec<String> = r
            .problems(date!(2026 - 12 - 02))
            .into_iter()
            .map(|p| p.path)
            .collect();
        assert_eq!(
            paths,
            vec!["subject_name", "message", "due", "groups", "groups"]
        );
        r.groups.clear();
        assert!(r
            .problems(date!(2026 - 11 - 01))
            .iter()
            .any(|p| p.message.starts_with("Choose at least one group")));
        r.groups = vec![RaterGroup::Other, RaterGroup::Other];
        assert_eq!(
            r.check(date!(2026 - 11 - 01)),
            [
                RequestProblem::NoName,
                RequestProblem::MessageTooLong,
                RequestProblem::Twice(RaterGroup::Other)
            ]
        );
        assert_eq!(
            RequestProblem::Twice(RaterGroup::Other).to_string(),
            "\"Others\" is listed twice."
        );
    }
}
