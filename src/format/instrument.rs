//! The instrument document (`fulcrum.instrument`, format version 1): read field by field so
//! that every problem is reported with its JSON path, then validated by the domain.
use super::error::FileError;
use super::fields::{join, Fields};
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
    let mut r = Fields::default();
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
    let spec = spec(&mut r, root);
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

fn spec(r: &mut Fields, root: &Map<String, Value>) -> InstrumentSpec {
    let empty = Map::new();
    let scale = r.object(root.get("scale"), "scale").unwrap_or(&empty);
    let scale = Scale {
        labels: r.texts(scale, "scale", "labels", true),
        not_observed: r.string(scale, "scale", "not_observed", true),
    };
    let defaults = FeedbackRules::default();
    let feedback = match root.get("feedback") {
        None => defaults,
        v => {
            let fb = r.object(v, "feedback").unwrap_or(&empty);
            FeedbackRules {
                min_group_size: r.count(fb, "feedback", "min_group_size", defaults.min_group_size),
                blind_spot_gap: r.number(fb, "feedback", "blind_spot_gap", defaults.blind_spot_gap),
                hidden_strength_gap: r.number(
                    fb,
                    "feedback",
                    "hidden_strength_gap",
                    defaults.hidden_strength_gap,
                ),
            }
        }
    };
    let practices = r
        .array(root, "", "practices", true)
        .iter()
        .enumerate()
        .map(|(i, v)| practice(r, v, &format!("practices[{i}]")))
        .collect();
    InstrumentSpec {
        id: r.string(root, "", "id", true),
        version: r.string(root, "", "version", true),
        language: r.string(root, "", "language", false),
        title: r.string(root, "", "title", true),
        description: r.string(root, "", "description", false),
        source: r.string(root, "", "source", false),
        minutes: r.count(root, "", "minutes", 15),
        scale,
        feedback,
        practices,
    }
}

fn practice(r: &mut Fields, value: &Value, at: &str) -> Practice {
    let empty = Map::new();
    let obj = r.object(Some(value), at).unwrap_or(&empty);
    let statements = r
        .array(obj, at, "statements", true)
        .iter()
        .enumerate()
        .map(|(j, v)| statement(r, v, &format!("{at}.statements[{j}]")))
        .collect();
    Practice {
        id: r.string(obj, at, "id", true),
        title: r.string(obj, at, "title", true),
        summary: r.string(obj, at, "summary", false),
        statements,
        suggestions: r.texts(obj, at, "suggestions", false),
    }
}

fn statement(r: &mut Fields, value: &Value, at: &str) -> Statement {
    let empty = Map::new();
    let obj = r.object(Some(value), at).unwrap_or(&empty);
    let tag_text = r.string(obj, at, "tag", true);
    let tag = match Tag::parse(&tag_text) {
        Some(t) => t,
        None => {
            if obj.contains_key("tag") {
                r.problem(
                    join(at, "tag"),
                    format!("\"{tag_text}\" is not a tag: use \"technical\" or \"leadership\""),
                );
            }
            Tag::Technical
        }
    };
    Statement {
        id: r.string(obj, at, "id", true),
        tag,
        self_text: r.string(obj, at, "self", true),
        peer_text: r.string(obj, at, "peer", true),
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
