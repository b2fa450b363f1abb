//! The built-in questionnaire as the tests know it (read from the same JSON document the app
//! ships), and the results a set of answers must give: the oracle the e2e tests compare the
//! results page and exported files against.
//!
//! The scoring rules come from DESIGN.md and issue 2: a practice scores the mean of its
//! statements (1–5); the technical and leadership indexes are the means over the statements
//! tagged so; the balance says which side leads and by how much; the weakest practices (up to
//! three, below 5) get suggestions. Scores are kept to two decimals and shown with one.

use std::collections::BTreeMap;

use serde_json::Value;

/// The built-in instrument document, exactly as the app embeds it.
pub const BUILT_IN_JSON: &str = include_str!("../../../assets/instruments/leadership-balance.json");

/// How many of the weakest practices get suggestions.
pub const WEAKEST_WITH_SUGGESTIONS: usize = 3;
/// Below this difference (in scale points) the two sides count as even.
pub const EVEN_BELOW: f64 = 0.25;

/// Answers per practice (row) and statement (column) of the built-in questionnaire, used by
/// several flows: every practice gets a different score (1.0 … 4.8), the two indexes differ,
/// and People skills (1.0), Continuous learning (1.4) and Taking part in technical
/// discussions (2.2) are the three weakest.
pub fn sample_answers() -> Vec<Vec<u8>> {
    vec![
        vec![2, 1, 1, 2, 1], // Continuous learning                       1.4
        vec![2, 3, 2, 2, 2], // Taking part in technical discussions      2.2
        vec![3, 3, 4, 3, 3], // Delegating                                3.2
        vec![4, 5, 4, 4, 4], // Inclusion, trust and innovation           4.2
        vec![5, 5, 5, 5, 4], // SMART goals and guidance                  4.8
        vec![1, 1, 1, 1, 1], // People skills                             1.0
        vec![3, 2, 3, 2, 2], // Self-reflection and openness to feedback  2.4
        vec![4, 3, 4, 4, 3], // Seeking guidance                          3.6
    ]
}

/// Whether a statement is about technical expertise or leadership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Technical,
    Leadership,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// e.g. `learning-1`; radios are named `<prefix>-<id>`.
    pub id: String,
    pub tag: Tag,
    /// The first-person wording (the fieldset's legend in the self-assessment).
    pub self_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    /// e.g. `continuous-learning`; the key of its comment and score in files.
    pub id: String,
    pub title: String,
    pub statements: Vec<Statement>,
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    pub id: String,
    pub version: String,
    /// The welcome screen's heading.
    pub title: String,
    pub practices: Vec<Practice>,
    /// The parsed document (to recompute its SHA-256).
    pub document: Value,
}

fn text(value: &Value, key: &str) -> String {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("instrument field {key:?} missing in {value}"))
        .to_owned()
}

impl Instrument {
    /// The built-in instrument. Panics if the document lacks a field the tests use.
    pub fn built_in() -> Self {
        let document: Value =
            serde_json::from_str(BUILT_IN_JSON).expect("the built-in instrument is JSON");
        let practices = document["practices"]
            .as_array()
            .expect("practices")
            .iter()
            .map(|p| Practice {
                id: text(p, "id"),
                title: text(p, "title"),
                statements: p["statements"]
                    .as_array()
                    .expect("statements")
                    .iter()
                    .map(|s| Statement {
                        id: text(s, "id"),
                        tag: match text(s, "tag").as_str() {
                            "technical" => Tag::Technical,
                            "leadership" => Tag::Leadership,
                            other => panic!("unknown tag {other}"),
                        },
                        self_text: text(s, "self"),
                    })
                    .collect(),
                suggestions: p["suggestions"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|s| s.as_str().unwrap_or_default().to_owned())
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
        Instrument {
            id: text(&document, "id"),
            version: text(&document, "version"),
            title: text(&document, "title"),
            practices,
            document,
        }
    }

    /// The questionnaire's identity, as files name it: the SHA-256 of the canonical JSON of
    /// the document without its `translations` (a display language never changes identity).
    pub fn sha256(&self) -> String {
        let mut own = self.document.clone();
        if let Some(object) = own.as_object_mut() {
            object.remove("translations");
        }
        canonical_sha256(&own)
    }

    /// Number of statements in the whole questionnaire.
    pub fn statement_count(&self) -> usize {
        self.practices.iter().map(|p| p.statements.len()).sum()
    }

    /// Every statement with the index of its practice, in questionnaire order.
    pub fn statements(&self) -> impl Iterator<Item = (usize, &Statement)> {
        self.practices
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.statements.iter().map(move |s| (i, s)))
    }

    /// Ratings from one row of values per practice (`values[i][j]` answers statement `j` of
    /// practice `i`). Panics if the shape does not match the instrument.
    pub fn ratings(&self, values: &[Vec<u8>]) -> Ratings {
        assert_eq!(values.len(), self.practices.len(), "one row per practice");
        let mut ratings = Ratings::new();
        for (p, row) in self.practices.iter().zip(values) {
            assert_eq!(row.len(), p.statements.len(), "one value per statement");
            for (s, v) in p.statements.iter().zip(row) {
                ratings.insert(s.id.clone(), *v);
            }
        }
        ratings
    }
}

/// Statement id → rating 1–5.
pub type Ratings = BTreeMap<String, u8>;

/// Which side leads, and by how much (two decimals).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Balance {
    Even,
    TechnicalLeads(f64),
    LeadershipLeads(f64),
}

impl Balance {
    /// The words of the balance sentence that carry the reading (side and gap).
    pub fn key_phrase(self) -> String {
        match self {
            Balance::Even => "about even".to_owned(),
            Balance::TechnicalLeads(by) => format!(
                "technical index is {} points above your leadership index",
                one_decimal(by)
            ),
            Balance::LeadershipLeads(by) => format!(
                "leadership index is {} points above your technical index",
                one_decimal(by)
            ),
        }
    }
}

/// The scores a complete set of ratings must give.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// Mean per practice, two decimals, in questionnaire order.
    pub practices: Vec<f64>,
    pub technical: f64,
    pub leadership: f64,
    pub balance: Balance,
}

/// Rounds to two decimals, the precision scores are stored with.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A score as people read it: one decimal, halves rounded away from zero ("3.4").
pub fn one_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

/// Lowercase hex SHA-256 of a value's canonical JSON text (RFC 8785): how Fulcrum files name
/// their instrument (`instrument.sha256`) and seal their payload (`digest`).
pub fn canonical_sha256(value: &Value) -> String {
    use sha2::Digest;
    let canonical = serde_jcs::to_string(value).expect("JSON values canonicalize");
    hex::encode(sha2::Sha256::digest(canonical.as_bytes()))
}

fn mean(values: &[u8]) -> f64 {
    assert!(!values.is_empty(), "mean of nothing");
    let sum: u32 = values.iter().map(|v| u32::from(*v)).sum();
    round2(f64::from(sum) / values.len() as f64)
}

impl Expected {
    /// Scores for `ratings`, which must answer every statement.
    pub fn of(instrument: &Instrument, ratings: &Ratings) -> Self {
        let rating = |id: &str| {
            *ratings
                .get(id)
                .unwrap_or_else(|| panic!("no rating for {id}"))
        };
        let practices = instrument
            .practices
            .iter()
            .map(|p| {
                let values: Vec<u8> = p.statements.iter().map(|s| rating(&s.id)).collect();
                mean(&values)
            })
            .collect();
        let index = |tag: Tag| {
            let values: Vec<u8> = instrument
                .statements()
                .filter(|(_, s)| s.tag == tag)
                .map(|(_, s)| rating(&s.id))
                .collect();
            mean(&values)
        };
        let (technical, leadership) = (index(Tag::Technical), index(Tag::Leadership));
        let d = round2(technical - leadership);
        let balance = if d.abs() < EVEN_BELOW {
            Balance::Even
        } else if d > 0.0 {
            Balance::TechnicalLeads(d)
        } else {
            Balance::LeadershipLeads(-d)
        };
        Expected {
            practices,
            technical,
            leadership,
            balance,
        }
    }

    /// Practice indexes from highest to lowest score. Panics on a tie, so that tests choose
    /// answers whose ranking is unambiguous.
    pub fn ranking(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.practices.len()).collect();
        order.sort_by(|a, b| self.practices[*b].total_cmp(&self.practices[*a]));
        for pair in order.windows(2) {
            assert!(
                self.practices[pair[0]] != self.practices[pair[1]],
                "choose answers without tied practice scores: {:?}",
                self.practices
            );
        }
        order
    }

    /// The two strongest practices, strongest first.
    pub fn strongest(&self) -> Vec<usize> {
        self.ranking().into_iter().take(2).collect()
    }

    /// The practices that get suggestions: the weakest (below 5), weakest first.
    pub fn weakest(&self) -> Vec<usize> {
        self.ranking()
            .into_iter()
            .rev()
            .filter(|i| self.practices[*i] < 5.0)
            .take(WEAKEST_WITH_SUGGESTIONS)
            .collect()
    }

    /// The results table as the page shows it: (`"n. Title"`, `"x.y"`) per practice.
    pub fn table(&self, instrument: &Instrument) -> Vec<(String, String)> {
        instrument
            .practices
            .iter()
            .zip(&self.practices)
            .enumerate()
            .map(|(i, (p, score))| (format!("{}. {}", i + 1, p.title), one_decimal(*score)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_identity_is_the_one_files_exported_by_the_app_name() {
        let fixture: Value =
            serde_json::from_str(include_str!("../../fixtures/self-assessment-v1.json"))
                .expect("the fixture is JSON");
        assert_eq!(
            Value::from(Instrument::built_in().sha256()),
            fixture["instrument"]["sha256"]
        );
    }

    #[test]
    fn the_built_in_instrument_has_eight_practices_of_five_tagged_statements() {
        let ins = Instrument::built_in();
        assert_eq!(ins.practices.len(), 8);
        assert_eq!(ins.statement_count(), 40);
        assert_eq!(ins.practices[0].statements[0].id, "learning-1");
        assert!(ins.practices.iter().all(|p| !p.suggestions.is_empty()));
    }

    #[test]
    fn expected_scores_and_their_display() {
        let ins = Instrument::built_in();
        let values: Vec<Vec<u8>> = (0..8u8).map(|i| vec![i % 5 + 1; 5]).collect();
        let e = Expected::of(&ins, &ins.ratings(&values));
        assert_eq!(e.practices, [1.0, 2.0, 3.0, 4.0, 5.0, 1.0, 2.0, 3.0]);
        assert_eq!(
            e.table(&ins)[0],
            ("1. Continuous learning".to_owned(), "1.0".to_owned())
        );
        assert_eq!(one_decimal(round2(46.0 / 18.0)), "2.6");
        assert_eq!(one_decimal(3.25), "3.3");
        assert_eq!(
            Balance::LeadershipLeads(0.53).key_phrase(),
            "leadership index is 0.5 points above your technical index"
        );
    }
}
