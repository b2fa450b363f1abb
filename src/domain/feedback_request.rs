//! A feedback request: who asks (the subject's name as raters see it), an optional message and
//! due date, and which rater groups are asked.
use super::feedback::RaterGroup;
use super::problem::Problem;
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

impl FeedbackRequest {
    /// Every problem with the request as the subject filled it in; `today` is the subject's
    /// date, so a due date in the past is caught.
    pub fn problems(&self, today: Date) -> Vec<Problem> {
        let mut p = Vec::new();
        let name = self.subject_name.trim();
        if name.is_empty() {
            p.push(Problem::new(
                "subject_name",
                "Enter your name as the people you ask will know you.",
            ));
        } else if name.chars().count() > MAX_NAME_CHARS {
            p.push(Problem::new(
                "subject_name",
                format!("Use at most {MAX_NAME_CHARS} characters for your name."),
            ));
        }
        if self.message.chars().count() > MAX_MESSAGE_CHARS {
            p.push(Problem::new(
                "message",
                format!("Keep the message to at most {MAX_MESSAGE_CHARS} characters."),
            ));
        }
        if self.due.is_some_and(|d| d < today) {
            p.push(Problem::new(
                "due",
                "The due date is in the past: choose today or a later date, or leave it empty.",
            ));
        }
        if self.groups.is_empty() {
            p.push(Problem::new(
                "groups",
                "Choose at least one group of people to ask.",
            ));
        }
        if self.groups.contains(&RaterGroup::SelfRating) {
            p.push(Problem::new(
                "groups",
                "You rate yourself in your own self-assessment, not through a request.",
            ));
        }
        let mut seen = Vec::new();
        for g in &self.groups {
            if seen.contains(g) {
                p.push(Problem::new(
                    "groups",
                    format!("\"{}\" is listed twice.", g.label()),
                ));
            }
            seen.push(*g);
        }
        p
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
    }
}
