//! Answers to an instrument: a rating per statement, an optional comment per practice, and
//! what is still missing.
use super::instrument::{Instrument, SCALE_POINTS};
use std::collections::BTreeMap;

/// Longest comment kept per practice, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// A rating on the frequency scale, or "not observed" (raters only; excluded from means).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rating {
    Value(u8),
    NotObserved,
}

impl Rating {
    /// A scale value, if it is within 1..=5.
    pub fn value(v: u8) -> Option<Self> {
        (1..=SCALE_POINTS).contains(&v).then_some(Rating::Value(v))
    }

    /// The number that counts in means, if any.
    pub fn score(self) -> Option<f64> {
        match self {
            Rating::Value(v) => Some(f64::from(v)),
            Rating::NotObserved => None,
        }
    }
}

/// What one respondent gave: ratings keyed by statement id, comments keyed by practice id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    pub ratings: BTreeMap<String, Rating>,
    pub comments: BTreeMap<String, String>,
}

/// The statements of one practice that still lack a rating.
#[derive(Debug, Clone, PartialEq)]
pub struct MissingInPractice {
    pub practice_index: usize,
    pub statement_ids: Vec<String>,
}

impl Answers {
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty() && self.comments.values().all(|c| c.trim().is_empty())
    }

    pub fn rating(&self, statement_id: &str) -> Option<Rating> {
        self.ratings.get(statement_id).copied()
    }

    pub fn comment(&self, practice_id: &str) -> &str {
        self.comments.get(practice_id).map_or("", String::as_str)
    }

    /// Sets a comment; an empty one is removed so files stay small. Over-long text is cut at
    /// the limit (the text area enforces the same limit, so this only guards imports).
    pub fn set_comment(&mut self, practice_id: &str, text: &str) {
        if text.trim().is_empty() {
            self.comments.remove(practice_id);
        } else {
            let kept: String = text.chars().take(MAX_COMMENT_CHARS).collect();
            self.comments.insert(practice_id.to_owned(), kept);
        }
    }

    /// How many statements of a practice have a rating.
    pub fn answered_in(&self, instrument: &Instrument, practice_index: usize) -> usize {
        instrument.practices().get(practice_index).map_or(0, |p| {
            p.statements
                .iter()
                .filter(|s| self.ratings.contains_key(&s.id))
                .count()
        })
    }

    pub fn answered_count(&self, instrument: &Instrument) -> usize {
        instrument
            .statements()
            .filter(|(_, s)| self.ratings.contains_key(&s.id))
            .count()
    }

    /// Every unanswered statement, grouped by practice, in questionnaire order.
    pub fn missing(&self, instrument: &Instrument) -> Vec<MissingInPractice> {
        instrument
            .practices()
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let ids: Vec<String> = p
                    .statements
                    .iter()
                    .filter(|s| !self.ratings.contains_key(&s.id))
                    .map(|s| s.id.clone())
                    .collect();
                (!ids.is_empty()).then_some(MissingInPractice {
                    practice_index: i,
                    statement_ids: ids,
                })
            })
            .collect()
    }

    pub fn is_complete(&self, instrument: &Instrument) -> bool {
        self.answered_count(instrument) == instrument.statement_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::tests::instrument;

    #[test]
    fn ratings_outside_the_scale_do_not_exist() {
        assert_eq!(Rating::value(0), None);
        assert_eq!(Rating::value(6), None);
        assert_eq!(Rating::value(3), Some(Rating::Value(3)));
        assert_eq!(Rating::NotObserved.score(), None);
    }

    #[test]
    fn missing_lists_unanswered_statements_per_practice() {
        let ins = instrument(3, 2);
        let mut a = Answers::default();
        a.ratings.insert("p0-s0".into(), Rating::Value(4));
        a.ratings.insert("p0-s1".into(), Rating::Value(2));
        a.ratings.insert("p2-s1".into(), Rating::NotObserved);
        let missing = a.missing(&ins);
        assert_eq!(
            missing,
            vec![
                MissingInPractice {
                    practice_index: 1,
                    statement_ids: vec!["p1-s0".into(), "p1-s1".into()]
                },
                MissingInPractice {
                    practice_index: 2,
                    statement_ids: vec!["p2-s0".into()]
                },
            ]
        );
        assert_eq!(a.answered_count(&ins), 3);
        assert_eq!(a.answered_in(&ins, 0), 2);
        assert!(!a.is_complete(&ins));
    }

    #[test]
    fn blank_comments_are_dropped_and_long_ones_capped() {
        let mut a = Answers::default();
        a.set_comment("p0", "   ");
        assert!(a.comments.is_empty());
        a.set_comment("p0", &"é".repeat(MAX_COMMENT_CHARS + 5));
        assert_eq!(a.comment("p0").chars().count(), MAX_COMMENT_CHARS);
        a.set_comment("p0", "");
        assert!(a.is_empty());
    }
}
