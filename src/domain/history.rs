//! History: each practice's score and the two indexes across completed takes, oldest first,
//! the change since the previous take, and which practices moved most. Pure; the takes come
//! in as arguments.
use super::instrument::Instrument;
use super::scoring::Results;
use super::session::CompletedAssessment;
use time::OffsetDateTime;

/// What a series measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A practice, by index into the instrument's practices.
    Practice(usize),
    Technical,
    Leadership,
}

/// The scores of one completed take.
#[derive(Debug, Clone, PartialEq)]
pub struct TakeScores {
    pub id: String,
    pub completed_at: OffsetDateTime,
    /// One mean per practice, in questionnaire order; `None` where nothing was rated.
    pub practices: Vec<Option<f64>>,
    pub technical: Option<f64>,
    pub leadership: Option<f64>,
}

impl TakeScores {
    pub fn score(&self, measure: Measure) -> Option<f64> {
        match measure {
            Measure::Practice(i) => self.practices.get(i).copied().flatten(),
            Measure::Technical => self.technical,
            Measure::Leadership => self.leadership,
        }
    }
}

/// Which way a score moved, as people read the one-decimal figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// How one score moved between two takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub from: f64,
    pub to: f64,
    /// The difference of the two scores as shown (one decimal each), in tenths. Taken from the
    /// shown figures so that a row reading "3.3 → 3.3" never says "+0.1".
    pub tenths: i64,
}

fn tenths_of(x: f64) -> i64 {
    (x * 10.0).round() as i64
}

impl Change {
    pub fn between(from: f64, to: f64) -> Self {
        Self {
            from,
            to,
            tenths: tenths_of(to) - tenths_of(from),
        }
    }

    /// The change in scale points, to one decimal.
    pub fn delta(&self) -> f64 {
        self.tenths as f64 / 10.0
    }

    pub fn direction(&self) -> Direction {
        match self.tenths {
            0 => Direction::Same,
            t if t > 0 => Direction::Up,
            _ => Direction::Down,
        }
    }
}

/// Every completed take's scores, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub takes: Vec<TakeScores>,
    practice_count: usize,
}

/// The history of `completed` (in any order) on `instrument`.
pub fn history(instrument: &Instrument, completed: &[CompletedAssessment]) -> History {
    History::of(instrument, completed)
}

impl History {
    /// Scores every take and orders them by completion time. Takes completed at the same
    /// moment are ordered by id, so the history never depends on the order they were stored in.
    pub fn of(instrument: &Instrument, completed: &[CompletedAssessment]) -> Self {
        let mut order: Vec<&CompletedAssessment> = completed.iter().collect();
        order.sort_by(|a, b| (a.completed_at, &a.id).cmp(&(b.completed_at, &b.id)));
        let takes = order
            .into_iter()
            .map(|c| {
                let results = Results::compute(instrument, &c.answers);
                TakeScores {
                    id: c.id.clone(),
                    completed_at: c.completed_at,
                    practices: results.practices.iter().map(|p| p.mean).collect(),
                    technical: results.technical,
                    leadership: results.leadership,
                }
            })
            .collect();
        Self {
            takes,
            practice_count: instrument.practices().len(),
        }
    }

    pub fn latest(&self) -> Option<&TakeScores> {
        self.takes.last()
    }

    /// The take before the latest one.
    pub fn previous(&self) -> Option<&TakeScores> {
        self.takes
            .len()
            .checked_sub(2)
            .and_then(|i| self.takes.get(i))
    }

    /// One score per take, oldest first, with its date; `None` where the take has no score.
    pub fn series(&self, measure: Measure) -> Vec<(OffsetDateTime, Option<f64>)> {
        self.takes
            .iter()
            .map(|t| (t.completed_at, t.score(measure)))
            .collect()
    }

    /// How `measure` moved from the previous take to the latest; `None` with fewer than two
    /// takes or when either has no score for it.
    pub fn change(&self, measure: Measure) -> Option<Change> {
        let (from, to) = (self.previous()?, self.latest()?);
        Some(Change::between(from.score(measure)?, to.score(measure)?))
    }

    /// How a practice (by index) moved from the previous take to the latest.
    pub fn change_since_previous(&self, practice_index: usize) -> Option<Change> {
        self.change(Measure::Practice(practice_index))
    }

    /// How `measure` moved from the last take completed at or before `since` (e.g. when a goal
    /// was set) to the latest take; `None` if there is no take on each side of `since`.
    pub fn change_since(&self, measure: Measure, since: OffsetDateTime) -> Option<Change> {
        let base = self.takes.iter().rev().find(|t| t.completed_at <= since)?;
        let latest = self.latest().filter(|t| t.completed_at > since)?;
        Some(Change::between(
            base.score(measure)?,
            latest.score(measure)?,
        ))
    }

    /// Up to `n` practices that moved most since the previous take (largest change either
    /// way first; ties keep questionnaire order). Practices that did not move are left out.
    pub fn moved_most(&self, n: usize) -> Vec<(usize, Change)> {
        let mut moved: Vec<(usize, Change)> = (0..self.practice_count)
            .filter_map(|i| self.change_since_previous(i).map(|c| (i, c)))
            .filter(|(_, c)| c.direction() != Direction::Same)
            .collect();
        moved.sort_by_key(|(_, c)| std::cmp::Reverse(c.tenths.abs()));
        moved.truncate(n);
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Answers, Rating};
    use crate::domain::instrument::tests::instrument;
    use time::macros::datetime;

    /// A take rating statement `j` of practice `i` with `values[i][j]`.
    fn take(id: &str, at: OffsetDateTime, values: &[&[u8]]) -> CompletedAssessment {
        let mut answers = Answers::default();
        for (i, row) in values.iter().enumerate() {
            for (j, v) in row.iter().enumerate() {
                answers
                    .ratings
                    .insert(format!("p{i}-s{j}"), Rating::Value(*v));
            }
        }
        CompletedAssessment {
            id: id.into(),
            started_at: at,
            completed_at: at,
            answers,
        }
    }

    const MARCH: OffsetDateTime = datetime!(2026-03-02 09:00 UTC);
    const SEPTEMBER: OffsetDateTime = datetime!(2026-09-14 09:00 UTC);
    const DECEMBER: OffsetDateTime = datetime!(2026-12-01 09:00 UTC);

    #[test]
    fn changes_since_the_previous_take() {
        let ins = instrument(3, 2);
        let h = history(
            &ins,
            &[
                take("a", MARCH, &[&[3, 3], &[4, 4], &[2, 3]]),
                take("b", SEPTEMBER, &[&[4, 3], &[4, 4], &[1, 2]]),
            ],
        );
        let first = h.change_since_previous(0);
        assert_eq!(first.map(|c| c.tenths), Some(5));
        assert_eq!(first.map(|c| c.delta()), Some(0.5));
        assert_eq!(h.change_since_previous(1).map(|c| c.tenths), Some(0));
        assert_eq!(h.change_since_previous(2).map(|c| c.tenths), Some(-10));
        // Statements 0 are technical, 1 leadership: 3,4,2 → 4,4,1 and 3,4,3 → 3,4,2.
        assert_eq!(h.change(Measure::Technical).map(|c| c.tenths), Some(0));
        assert_eq!(h.change(Measure::Leadership).map(|c| c.tenths), Some(-3));
        assert_eq!(h.change_since_previous(7), None, "no such practice");
    }

    #[test]
    fn a_single_take_has_scores_but_no_change() {
        let ins = instrument(2, 1);
        let h = history(&ins, &[take("a", MARCH, &[&[3], &[5]])]);
        assert_eq!(h.takes.len(), 1);
        assert_eq!(h.series(Measure::Practice(1)), vec![(MARCH, Some(5.0))]);
        assert_eq!(h.previous(), None);
        assert_eq!(h.change_since_previous(0), None);
        assert_eq!(h.change(Measure::Technical), None);
        assert!(h.moved_most(3).is_empty());
        assert!(history(&ins, &[]).latest().is_none());
    }

    #[test]
    fn takes_are_ordered_by_date_not_by_storage_order() {
        let ins = instrument(1, 1);
        let h = history(
            &ins,
            &[
                take("late", DECEMBER, &[&[5]]),
                take("early", MARCH, &[&[1]]),
                take("middle", SEPTEMBER, &[&[2]]),
            ],
        );
        let ids: Vec<&str> = h.takes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["early", "middle", "late"]);
        assert_eq!(
            h.series(Measure::Practice(0)),
            vec![
                (MARCH, Some(1.0)),
                (SEPTEMBER, Some(2.0)),
                (DECEMBER, Some(5.0))
            ]
        );
        // The change is from the take just before the latest, not from the first.
        assert_eq!(h.change_since_previous(0).map(|c| c.tenths), Some(30));
    }

    #[test]
    fn takes_completed_at_the_same_moment_are_ordered_by_id_whatever_the_storage_order() {
        let ins = instrument(1, 1);
        let (x, y) = (take("x", MARCH, &[&[2]]), take("y", MARCH, &[&[4]]));
        let h1 = history(&ins, &[x.clone(), y.clone()]);
        let h2 = history(&ins, &[y, x]);
        assert_eq!(h1, h2);
        assert_eq!(h1.latest().map(|t| t.id.as_str()), Some("y"));
        assert_eq!(h1.change_since_previous(0).map(|c| c.tenths), Some(20));
    }

    #[test]
    fn the_change_follows_the_figures_people_see() {
        // 3.25 shows as 3.3 and 3.34 as 3.3: no change, although the stored scores differ.
        assert_eq!(Change::between(3.25, 3.34).direction(), Direction::Same);
        // 3.34 shows as 3.3 and 3.35 as 3.4: up 0.1.
        assert_eq!(Change::between(3.34, 3.35).tenths, 1);
        assert_eq!(Change::between(4.0, 2.2).direction(), Direction::Down);
    }

    #[test]
    fn missing_scores_give_no_change() {
        let ins = instrument(2, 1);
        let mut b = take("b", SEPTEMBER, &[&[4], &[4]]);
        b.answers
            .ratings
            .insert("p1-s0".into(), Rating::NotObserved);
        let h = history(&ins, &[take("a", MARCH, &[&[3], &[3]]), b]);
        assert!(h.change_since_previous(0).is_some());
        assert_eq!(h.change_since_previous(1), None);
        assert_eq!(
            h.series(Measure::Practice(1)),
            vec![(MARCH, Some(3.0)), (SEPTEMBER, None)]
        );
    }

    #[test]
    fn moved_most_orders_by_size_either_way_and_skips_the_unmoved() {
        let ins = instrument(4, 1);
        let h = history(
            &ins,
            &[
                take("a", MARCH, &[&[3], &[3], &[3], &[3]]),
                take("b", SEPTEMBER, &[&[4], &[3], &[1], &[4]]),
            ],
        );
        let moved: Vec<(usize, i64)> = h
            .moved_most(5)
            .into_iter()
            .map(|(i, c)| (i, c.tenths))
            .collect();
        assert_eq!(moved, [(2, -20), (0, 10), (3, 10)]);
        assert_eq!(h.moved_most(1).len(), 1);
    }

    #[test]
    fn change_since_a_moment_compares_the_take_before_it_with_the_latest() {
        let ins = instrument(1, 1);
        let h = history(
            &ins,
            &[
                take("a", MARCH, &[&[1]]),
                take("b", SEPTEMBER, &[&[2]]),
                take("c", DECEMBER, &[&[4]]),
            ],
        );
        let goal_set = datetime!(2026-04-01 00:00 UTC);
        assert_eq!(
            h.change_since(Measure::Practice(0), goal_set)
                .map(|c| c.tenths),
            Some(30)
        );
        assert_eq!(h.change_since(Measure::Practice(0), DECEMBER), None);
        assert_eq!(
            h.change_since(Measure::Practice(0), datetime!(2026-01-01 00:00 UTC)),
            None
        );
    }
}
