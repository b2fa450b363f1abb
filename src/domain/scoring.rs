//! Scoring: a mean per practice, technical and leadership indexes, the balance between them in
//! words, strongest and weakest practices, and suggestions for the weakest.
use super::answers::Answers;
use super::instrument::{Instrument, Tag};

/// Below this difference (in scale points) the two sides count as even.
pub const EVEN_BELOW: f64 = 0.25;
/// How many of the weakest practices get suggestions.
pub const WEAKEST_WITH_SUGGESTIONS: usize = 3;

/// Score of one practice: the mean of its answered statements (1–5), if any were answered.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeScore {
    pub practice_index: usize,
    pub mean: Option<f64>,
    pub answered: usize,
}

/// Which side leads, and by how much.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Balance {
    /// One side has no answered statements, so no balance can be read.
    Unknown,
    Even {
        difference: f64,
    },
    TechnicalLeads {
        by: f64,
    },
    LeadershipLeads {
        by: f64,
    },
}

impl Balance {
    pub fn between(technical: Option<f64>, leadership: Option<f64>) -> Self {
        match (technical, leadership) {
            (Some(t), Some(l)) => {
                let d = round2(t - l);
                if d.abs() < EVEN_BELOW {
                    Balance::Even { difference: d }
                } else if d > 0.0 {
                    Balance::TechnicalLeads { by: d }
                } else {
                    Balance::LeadershipLeads { by: -d }
                }
            }
            _ => Balance::Unknown,
        }
    }

    /// The reading in English words: part of the exported file (always English), and the
    /// English catalogue's words; screens say it in the reader's language with
    /// `lang.assessment().balance(…)`.
    pub fn describe(self) -> String {
        let degree = |by: f64| match Lead::of(by) {
            Lead::Slight => "slightly",
            Lead::Clear => "clearly",
            Lead::Strong => "strongly",
        };
        match self {
            Balance::Unknown => "Not enough answers on both sides to read a balance.".into(),
            Balance::Even { .. } => {
                "Balanced: your technical and leadership practice are about even.".into()
            }
            Balance::TechnicalLeads { by } => format!(
                "Technical expertise {} leads: your technical index is {} points above your leadership index.",
                degree(by),
                one_decimal(by)
            ),
            Balance::LeadershipLeads { by } => format!(
                "Leadership {} leads: your leadership index is {} points above your technical index.",
                degree(by),
                one_decimal(by)
            ),
        }
    }
}

/// How clearly one side leads, in scale points: below 0.75 slightly, below 1.5 clearly, else
/// strongly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    Slight,
    Clear,
    Strong,
}

impl Lead {
    pub fn of(by: f64) -> Self {
        if by < 0.75 {
            Lead::Slight
        } else if by < 1.5 {
            Lead::Clear
        } else {
            Lead::Strong
        }
    }
}

/// Everything the results page shows, derived from answers alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub practices: Vec<PracticeScore>,
    pub technical: Option<f64>,
    pub leadership: Option<f64>,
    pub balance: Balance,
    /// Practice indexes, highest score first (ties keep questionnaire order).
    pub ranking: Vec<usize>,
}

/// A score with one decimal, for people ("3.4"). Integer arithmetic keeps float formatting
/// machinery out of the shipped wasm.
pub fn one_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

/// Rounds to two decimals, the precision scores are shown and stored with.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| round2(sum / f64::from(n)))
}

impl Results {
    pub fn compute(instrument: &Instrument, answers: &Answers) -> Self {
        let practices: Vec<PracticeScore> = instrument
            .practices()
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let scores = || {
                    p.statements
                        .iter()
                        .filter_map(|s| answers.rating(&s.id).and_then(|r| r.score()))
                };
                PracticeScore {
                    practice_index: i,
                    mean: mean(scores()),
                    answered: scores().count(),
                }
            })
            .collect();
        let index = |tag: Tag| {
            mean(
                instrument
                    .statements()
                    .filter(|(_, s)| s.tag == tag)
                    .filter_map(|(_, s)| answers.rating(&s.id).and_then(|r| r.score())),
            )
        };
        let technical = index(Tag::Technical);
        let leadership = index(Tag::Leadership);
        let mut ranking: Vec<usize> = practices
            .iter()
            .filter(|p| p.mean.is_some())
            .map(|p| p.practice_index)
            .collect();
        // Stable sort: equal scores keep questionnaire order.
        ranking.sort_by(|a, b| {
            let (x, y) = (practices[*a].mean, practices[*b].mean);
            y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal)
        });
        Self {
            practices,
            technical,
            leadership,
            balance: Balance::between(technical, leadership),
            ranking,
        }
    }

    /// The strongest practices: the top two.
    pub fn strongest(&self) -> &[usize] {
        &self.ranking[..self.ranking.len().min(2)]
    }

    /// The weakest practices, lowest first, that get suggestions. Practices already at the
    /// top of the scale need none.
    pub fn weakest(&self) -> Vec<usize> {
        self.ranking
            .iter()
            .rev()
            .copied()
            .filter(|i| self.practices[*i].mean.is_some_and(|m| m < 5.0))
            .take(WEAKEST_WITH_SUGGESTIONS)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Rating;
    use crate::domain::instrument::tests::instrument;

    fn answers(pairs: &[(&str, Rating)]) -> Answers {
        let mut a = Answers::default();
        for (id, r) in pairs {
            a.ratings.insert((*id).to_string(), *r);
        }
        a
    }

    #[test]
    fn practice_means_skip_not_observed_and_round_to_two_decimals() {
        let ins = instrument(2, 3);
        let a = answers(&[
            ("p0-s0", Rating::Value(5)),
            ("p0-s1", Rating::Value(4)),
            ("p0-s2", Rating::Value(4)),
            ("p1-s0", Rating::NotObserved),
        ]);
        let r = Results::compute(&ins, &a);
        assert_eq!(r.practices[0].mean, Some(4.33));
        assert_eq!(r.practices[0].answered, 3);
        assert_eq!(r.practices[1].mean, None);
        assert_eq!(r.ranking, vec![0]);
    }

    #[test]
    fn indexes_use_tagged_statements() {
        // Even statements are technical, odd ones leadership (see the test instrument).
        let ins = instrument(1, 4);
        let a = answers(&[
            ("p0-s0", Rating::Value(5)),
            ("p0-s1", Rating::Value(2)),
            ("p0-s2", Rating::Value(4)),
            ("p0-s3", Rating::Value(3)),
        ]);
        let r = Results::compute(&ins, &a);
        assert_eq!(r.technical, Some(4.5));
        assert_eq!(r.leadership, Some(2.5));
        assert_eq!(r.balance, Balance::TechnicalLeads { by: 2.0 });
        assert!(r
            .balance
            .describe()
            .starts_with("Technical expertise strongly leads"));
    }

    #[test]
    fn one_decimal_rounds_half_away_from_zero() {
        for (x, s) in [
            (3.0, "3.0"),
            (3.25, "3.3"),
            (4.333, "4.3"),
            (0.04, "0.0"),
            (-1.25, "-1.3"),
        ] {
            assert_eq!(one_decimal(x), s);
        }
    }

    #[test]
    fn balance_readings() {
        assert_eq!(
            Balance::between(Some(3.0), Some(3.2)),
            Balance::Even { difference: -0.2 }
        );
        assert_eq!(
            Balance::between(Some(3.0), Some(3.5)),
            Balance::LeadershipLeads { by: 0.5 }
        );
        assert_eq!(
            Balance::between(Some(4.0), Some(3.0)),
            Balance::TechnicalLeads { by: 1.0 }
        );
        assert_eq!(Balance::between(None, Some(4.0)), Balance::Unknown);
        assert_eq!(Lead::of(0.5), Lead::Slight);
        assert_eq!(Lead::of(1.0), Lead::Clear);
        assert_eq!(Lead::of(3.0), Lead::Strong);
    }

    #[test]
    fn ranking_is_stable_and_weakest_skip_perfect_scores() {
        let ins = instrument(5, 1);
        let a = answers(&[
            ("p0-s0", Rating::Value(3)),
            ("p1-s0", Rating::Value(5)),
            ("p2-s0", Rating::Value(3)),
            ("p3-s0", Rating::Value(1)),
            ("p4-s0", Rating::Value(5)),
        ]);
        let r = Results::compute(&ins, &a);
        assert_eq!(r.ranking, vec![1, 4, 0, 2, 3]);
        assert_eq!(r.strongest(), &[1, 4]);
        assert_eq!(r.weakest(), vec![3, 2, 0]);
    }
}
