//! The instrument document (`fulcrum.instrument`, format version 1): read field by field so
//! that every problem is reported with its JSON path, then validated by the domain.
use super::error::FileError;
use super::json;
use crate::domain::instrument::{FeedbackRules, Practice, Scale, Statement, Tag};
use crate::domain::{Instrument, InstrumentSpec, Problem};
use serde_json::{Map, Value};

pub const FORMAT: &str = "fulcrum.instrument";
pub const FORMAT_VERSION: u64 = 1;

/// The built-in questionnaire, compiled into the widget.
pub const BUILT_IN: &str = include_str!("../../assets/instruments/leadership-balance.json");

/// Reads and validates an instrument document, listing every problem found.
pub fn parse(text: &str) -> Result<Instrument, FileError> {
    let value = json::parse(text)?;
    let sha256 = json::sha256_hex(&value);
    let mut r = Reader::default();
    let Some(root) = value.as_object() else {
        return Err(FileError::Invalid(vec![Problem::new(
            "",
            "an instrument must be a JSON object",
        )]));
    };
    match root.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(FileError::WrongFormat {
                expected: FORMAT.into(),
                found: other.into(),
            })
        }
        None => r.problem("format", format!("must be \"{FORMAT}\"")),
    }
    match root.get("format_version").and_then(Value::as_u64) {
        Some(FORMAT_VERSION) => {}
        Some(v) if v > FORMAT_VERSION => {
            return Err(FileError::NewerVersion {
                format: FORMAT.into(),
                found: v,
                supported: FORMAT_VERSION,
            })
        }
        _ => r.problem("format_version", format!("must be {FORMAT_VERSION}")),
    }
    let spec = r.spec(root);
    let mut problems = r.problems;
    match Instrument::validate(spec, sha256) {
        Ok(instrument) if problems.is_empty() => Ok(instrument),
        Ok(_) => Err(FileError::Invalid(problems)),
        Err(more) => {
            // Shape problems first; skip domain complaints about fields already reported
            // missing, which would only repeat them.
            for p in more {
                if !problems.iter().any(|q| q.path == p.path) {
                    problems.push(p);
                }
            }
            Err(FileError::Invalid(problems))
        }
    }
}

/// Collects shape problems while reading; missing or mistyped fields read as empty values
/// so that reading goes on and finds the rest.
#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Reader {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    fn string(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> String {
        match obj.get(key) {
            Some(Value::String(s)) => s.clone(),
            None | Some(Value::Null) if !required => String::new(),
            None => {
                self.problem(join(path, key), "is missing; it must be text");
                String::new()
            }
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be text, not {}", kind(other)),
                );
                String::new()
            }
        }
    }

    fn number(&mut self, obj: &Map<String, Value>, path: &str, key: &str, default: f64) -> f64 {
        match obj.get(key) {
            None => default,
            Some(Value::Number(n)) => n.as_f64().unwrap_or(default),
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be a number, not {}", kind(other)),
                );
                default
            }
        }
    }

    fn count(&mut self, obj: &Map<String, Value>, path: &str, key: &str, default: u32) -> u32 {
        match obj.get(key) {
            None => default,
            Some(Value::Number(n)) => match n.as_u64().and_then(|v| u32::try_from(v).ok()) {
                Some(v) => v,
                None => {
                    self.problem(join(path, key), "must be a whole number of at least 0");
                    default
                }
            },
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be a whole number, not {}", kind(other)),
                );
                default
            }
        }
    }

    fn array<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> &'v [Value] {
        match obj.get(key) {
            Some(Value::Array(items)) => items,
            None if !required => &[],
            None => {
                self.problem(join(path, key), "is missing; it must be a list");
                &[]
            }
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be a list, not {}", kind(other)),
                );
                &[]
            }
        }
    }

    fn object<'v>(
        &mut self,
        value: Option<&'v Value>,
        path: &str,
    ) -> Option<&'v Map<String, Value>> {
        match value {
            Some(Value::Object(m)) => Some(m),
            None => {
                self.problem(path, "is missing; it must be an object");
                None
            }
            Some(other) => {
                self.problem(path, format!("must be an object, not {}", kind(other)));
                None
            }
        }
    }

    fn texts(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> Vec<String> {
        let at = join(path, key);
        let items = self.array(obj, path, key, required);
        items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::String(s) => s.clone(),
                other => {
                    self.problem(
                        format!("{at}[{i}]"),
                        format!("must be text, not {}", kind(other)),
                    );
                    String::new()
                }
            })
            .collect()
    }

    fn spec(&mut self, root: &Map<String, Value>) -> InstrumentSpec {
        let empty = Map::new();
        let scale = self.object(root.get("scale"), "scale").unwrap_or(&empty);
        let scale = Scale {
            labels: self.texts(scale, "scale", "labels", true),
            not_observed: self.string(scale, "scale", "not_observed", true),
        };
        let defaults = FeedbackRules::default();
        let feedback = match root.get("feedback") {
            None => defaults,
            v => {
                let fb = self.object(v, "feedback").unwrap_or(&empty);
                FeedbackRules {
                    min_group_size: self.count(
                        fb,
                        "feedback",
                        "min_group_size",
                        defaults.min_group_size,
                    ),
                    blind_spot_gap: self.number(
                        fb,
                        "feedback",
                        "blind_spot_gap",
                        defaults.blind_spot_gap,
                    ),
                    hidden_strength_gap: self.number(
                        fb,
                        "feedback",
                        "hidden_strength_gap",
                        defaults.hidden_strength_gap,
                    ),
                }
            }
        };
        let practices = self
            .array(root, "", "practices", true)
            .iter()
            .enumerate()
            .map(|(i, v)| self.practice(v, &format!("practices[{i}]")))
            .collect();
        InstrumentSpec {
            id: self.string(root, "", "id", true),
            version: self.string(root, "", "version", true),
            language: self.string(root, "", "language", false),
            title: self.string(root, "", "title", true),
            description: self.string(root, "", "description", false),
            source: self.string(root, "", "source", false),
            minutes: self.count(root, "", "minutes", 15),
            scale,
            feedback,
            practices,
        }
    }

    fn practice(&mut self, value: &Value, at: &str) -> Practice {
        let empty = Map::new();
        let obj = self.object(Some(value), at).unwrap_or(&empty);
        let statements = self
            .array(obj, at, "statements", true)
            .iter()
            .enumerate()
            .map(|(j, v)| self.statement(v, &format!("{at}.statements[{j}]")))
            .collect();
        Practice {
            id: self.string(obj, at, "id", true),
            title: self.string(obj, at, "title", true),
            summary: self.string(obj, at, "summary", false),
            statements,
            suggestions: self.texts(obj, at, "suggestions", false),
        }
    }

    fn statement(&mut self, value: &Value, at: &str) -> Statement {
        let empty = Map::new();
        let obj = self.object(Some(value), at).unwrap_or(&empty);
        let tag_text = self.string(obj, at, "tag", true);
        let tag = match Tag::parse(&tag_text) {
            Some(t) => t,
            None => {
                if obj.contains_key("tag") {
                    self.problem(
                        join(at, "tag"),
                        format!("\"{tag_text}\" is not a tag: use \"technical\" or \"leadership\""),
                    );
                }
                Tag::Technical
            }
        };
        Statement {
            id: self.string(obj, at, "id", true),
            tag,
            self_text: self.string(obj, at, "self", true),
            peer_text: self.string(obj, at, "peer", true),
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in() -> Instrument {
        parse(BUILT_IN).unwrap_or_else(|e| panic!("built-in instrument invalid: {e}"))
    }

    #[test]
    fn the_built_in_instrument_is_valid() {
        let ins = built_in();
        assert_eq!(ins.id(), "fulcrum.leadership-balance");
        assert_eq!(ins.practices().len(), 8);
        assert!(ins
            .practices()
            .iter()
            .all(|p| (4..=6).contains(&p.statements.len())));
        assert!(ins.practices().iter().all(|p| !p.suggestions.is_empty()));
        let technical = ins
            .statements()
            .filter(|(_, s)| s.tag == Tag::Technical)
            .count();
        assert!(
            (10..=30).contains(&technical),
            "{technical} technical statements"
        );
        assert_eq!(ins.sha256().len(), 64);
    }

    #[test]
    fn the_hash_ignores_layout_but_not_content() {
        let ins = built_in();
        let value: Value = serde_json::from_str(BUILT_IN).unwrap_or_default();
        let compact = serde_json::to_string(&value).unwrap_or_default();
        assert_eq!(
            parse(&compact).map(|i| i.sha256().to_string()),
            Ok(ins.sha256().to_string())
        );
        let edited = compact.replacen("Continuous learning", "Continuous Learning", 1);
        assert_ne!(
            parse(&edited).map(|i| i.sha256().to_string()),
            Ok(ins.sha256().to_string())
        );
    }

    #[test]
    fn every_problem_is_listed_with_its_path() {
        let text = r#"{
            "format": "fulcrum.instrument", "format_version": 1,
            "id": "x", "version": 1, "title": "",
            "scale": {"labels": ["a", "b", "c", "d", 5], "not_observed": "n/a"},
            "feedback": {"min_group_size": 2},
            "practices": [
                {"id": "p", "title": "P", "statements": [
                    {"id": "s", "tag": "social", "self": "I", "peer": "They"},
                    {"id": "s", "tag": "technical", "self": "I"}
                ]},
                "oops"
            ]
        }"#;
        let Err(FileError::Invalid(problems)) = parse(text) else {
            panic!("expected problems")
        };
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "scale.labels[4]: must be text, not a number",
            "practices[0].statements[0].tag: \"social\" is not a tag",
            "practices[0].statements[1].peer: is missing",
            "practices[1]: must be an object, not text",
            "version: must be text, not a number",
            "title: must not be empty",
            "feedback.min_group_size: is 2; anonymity needs at least 3",
            "practices[0].statements[1].id: \"s\" is used by an earlier statement",
        ] {
            assert!(
                listed.iter().any(|l| l.starts_with(expected)),
                "missing {expected:?} in {listed:#?}"
            );
        }
    }

    #[test]
    fn foreign_and_newer_documents_are_refused() {
        assert!(matches!(
            parse(r#"{"format": "fulcrum.report"}"#),
            Err(FileError::WrongFormat { .. })
        ));
        assert!(matches!(
            parse(r#"{"format": "fulcrum.instrument", "format_version": 2}"#),
            Err(FileError::NewerVersion { found: 2, .. })
        ));
        assert!(matches!(parse("[1]"), Err(FileError::Invalid(_))));
    }
}
