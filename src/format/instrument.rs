//! The instrument document (`fulcrum.instrument`, format version 1): read field by field so
//! that every problem is reported with its JSON path, then validated by the domain.
use super::error::FileError;
use super::fields::{join, Fields};
use super::json;
use crate::domain::instrument::{
    FeedbackRules, Practice, PracticeTranslation, Scale, Statement, StatementTranslation, Tag,
    Translation,
};
use crate::domain::{Instrument, InstrumentSpec, Problem};
use serde_json::{Map, Value};

pub const FORMAT: &str = "fulcrum.instrument";
pub const FORMAT_VERSION: u64 = 1;

/// The built-in questionnaire, compiled into the widget.
pub const BUILT_IN: &str = include_str!("../../assets/instruments/leadership-balance.json");

/// The member holding other languages' text, left out of the instrument's identity.
pub const TRANSLATIONS: &str = "translations";

/// Reads and validates an instrument document, listing every problem found.
pub fn parse(text: &str) -> Result<Instrument, FileError> {
    let value = json::parse(text)?;
    let sha256 = identity(&value);
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

/// The instrument's sha256, which answer files name: the SHA-256 of the canonical document
/// (RFC 8785) without its `translations` member.
///
/// Translations are left out on purpose. What a rating means is fixed by the instrument's own
/// text; a translation renders that text for reading. So adding a language or correcting a
/// translated word keeps every file exported before valid (including those of builds that
/// had no translations: the built-in instrument's hash did not change when German was added),
/// and answers given in one display language import in any other. Changing the instrument's
/// own text, ids or rules still changes the hash, as it must.
pub fn identity(value: &Value) -> String {
    match value.as_object() {
        Some(root) if root.contains_key(TRANSLATIONS) => {
            let mut own = root.clone();
            own.remove(TRANSLATIONS);
            json::sha256_hex(&Value::Object(own))
        }
        _ => json::sha256_hex(value),
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
        translations: translations(r, root.get(TRANSLATIONS)),
    }
}

/// `translations`: language tag → that language's text. Shape problems only; the domain
/// checks tags, ids, emptiness and lengths.
fn translations(r: &mut Fields, value: Option<&Value>) -> Vec<Translation> {
    let Some(value) = value else {
        return Vec::new();
    };
    let Some(by_tag) = r.object(Some(value), TRANSLATIONS) else {
        return Vec::new();
    };
    by_tag
        .iter()
        .map(|(tag, v)| translation(r, tag, v, &format!("{TRANSLATIONS}.{tag}")))
        .collect()
}

const TRANSLATION_FIELDS: [&str; 6] = [
    "title",
    "description",
    "source",
    "scale",
    "practices",
    "statements",
];

fn translation(r: &mut Fields, tag: &str, value: &Value, at: &str) -> Translation {
    let empty = Map::new();
    let obj = r.object(Some(value), at).unwrap_or(&empty);
    unknown_fields(r, obj, at, &TRANSLATION_FIELDS);
    let (scale_labels, not_observed) = match obj.get("scale") {
        None => (None, None),
        v => {
            let at = join(at, "scale");
            let scale = r.object(v, &at).unwrap_or(&empty);
            unknown_fields(r, scale, &at, &["labels", "not_observed"]);
            (
                present(scale, "labels").then(|| r.texts(scale, &at, "labels", true)),
                text(r, scale, &at, "not_observed"),
            )
        }
    };
    Translation {
        tag: tag.to_string(),
        title: text(r, obj, at, "title"),
        description: text(r, obj, at, "description"),
        source: text(r, obj, at, "source"),
        scale_labels,
        not_observed,
        practices: by_id(r, obj, at, "practices", |r, o, at| {
            unknown_fields(r, o, at, &["title", "summary", "suggestions"]);
            PracticeTranslation {
                title: text(r, o, at, "title"),
                summary: text(r, o, at, "summary"),
                suggestions: present(o, "suggestions").then(|| r.texts(o, at, "suggestions", true)),
            }
        }),
        statements: by_id(r, obj, at, "statements", |r, o, at| {
            unknown_fields(r, o, at, &["self", "peer"]);
            StatementTranslation {
                self_text: text(r, o, at, "self"),
                peer_text: text(r, o, at, "peer"),
            }
        }),
    }
}

/// An optional text: absent (or null, as elsewhere in the document) is `None`; anything
/// else but text is a problem.
fn text(r: &mut Fields, obj: &Map<String, Value>, at: &str, key: &str) -> Option<String> {
    present(obj, key).then(|| r.string(obj, at, key, true))
}

/// Whether a translation gives `key`: null counts as left out.
fn present(obj: &Map<String, Value>, key: &str) -> bool {
    obj.get(key).is_some_and(|v| !v.is_null())
}

/// An object of objects by id (`practices`, `statements`), each read by `read`.
fn by_id<T>(
    r: &mut Fields,
    obj: &Map<String, Value>,
    at: &str,
    key: &str,
    read: impl Fn(&mut Fields, &Map<String, Value>, &str) -> T,
) -> Vec<(String, T)> {
    let Some(v) = obj.get(key) else {
        return Vec::new();
    };
    let at = join(at, key);
    let Some(items) = r.object(Some(v), &at) else {
        return Vec::new();
    };
    let empty = Map::new();
    items
        .iter()
        .map(|(id, v)| {
            let item_at = join(&at, id);
            let o = r.object(Some(v), &item_at).unwrap_or(&empty);
            (id.clone(), read(r, o, &item_at))
        })
        .collect()
}

/// A misspelt field would otherwise be ignored silently, and its text never shown.
fn unknown_fields(r: &mut Fields, obj: &Map<String, Value>, at: &str, known: &[&str]) {
    for key in obj.keys() {
        if !known.contains(&key.as_str()) {
            r.problem(
                join(at, key),
                format!(
                    "is not a field of a translation here: use {}",
                    known.join(", ")
                ),
            );
        }
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

    /// A small valid instrument with `translations` set to `translations` (JSON text).
    fn with_translations(translations: &str) -> String {
        format!(
            r#"{{
            "format": "fulcrum.instrument", "format_version": 1,
            "id": "x", "version": "1", "title": "Habits", "language": "en",
            "scale": {{"labels": ["a", "b", "c", "d", "e"], "not_observed": "n/a"}},
            "practices": [
                {{"id": "p", "title": "P", "summary": "S", "suggestions": ["Try"], "statements": [
                    {{"id": "s", "tag": "technical", "self": "I", "peer": "They"}},
                    {{"id": "t", "tag": "leadership", "self": "I too", "peer": "They too"}}
                ]}}
            ],
            "translations": {translations}
        }}"#
        )
    }

    #[test]
    fn a_translation_is_read_by_ids_and_may_be_partial() {
        let text = with_translations(
            r#"{"de": {
                "title": "Gewohnheiten", "description": null,
                "scale": {"not_observed": "k. A."},
                "practices": {"p": {"suggestions": ["Versuchen"]}},
                "statements": {"t": {"peer": "Die Person auch"}}
            }, "fr-CA": {"title": "Habitudes"}}"#,
        );
        let ins = parse(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ins.languages().collect::<Vec<_>>(), ["de", "fr-CA"]);
        let de = ins.in_language("de");
        assert_eq!(de.title(), "Gewohnheiten");
        assert_eq!(de.spec().description, "", "null is left out");
        assert_eq!(de.scale().labels, ins.scale().labels);
        assert_eq!(de.scale().not_observed, "k. A.");
        assert_eq!(
            (
                de.practices()[0].title.as_str(),
                de.practices()[0].summary.as_str()
            ),
            ("P", "S")
        );
        assert_eq!(de.practices()[0].suggestions, ["Versuchen"]);
        assert_eq!(
            de.statement("t")
                .map(|s| (s.self_text.as_str(), s.peer_text.as_str())),
            Some(("I too", "Die Person auch"))
        );
        assert_eq!(de.statement("s"), ins.statement("s"));
        assert_eq!(ins.in_language("fr").title(), "Habitudes");
    }

    #[test]
    fn every_translation_problem_is_listed_with_its_path() {
        let text = with_translations(
            r#"{
                "de": {
                    "title": 5, "titel": "Gewohnheiten", "description": "",
                    "scale": {"labels": ["a", "b", "c", "d", true], "words": []},
                    "practices": {"p": {"title": ["P"], "suggestions": "Versuchen"}, "q": {}, "r": 1},
                    "statements": {"s": {"self": 7, "peer": "", "other": "x"}, "zz": {"self": "Sie"}}
                },
                "Deutsch": {},
                "en": {},
                "fr": "Habitudes",
                "it": {"practices": []}
            }"#,
        );
        let Err(FileError::Invalid(problems)) = parse(&text) else {
            panic!("expected problems")
        };
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "translations.de.titel: is not a field of a translation here: use title, description, source, scale, practices, statements",
            "translations.de.title: must be text, not a number",
            "translations.de.description: must not be empty",
            "translations.de.scale.words: is not a field of a translation here: use labels, not_observed",
            "translations.de.scale.labels[4]: must be text, not true/false",
            "translations.de.practices.p.title: must be text, not a list",
            "translations.de.practices.p.suggestions: must be a list, not text",
            "translations.de.practices.q: \"q\" is not a practice of this instrument",
            "translations.de.practices.r: must be an object, not a number",
            "translations.de.statements.s.other: is not a field of a translation here: use self, peer",
            "translations.de.statements.s.self: must be text, not a number",
            "translations.de.statements.s.peer: must not be empty",
            "translations.de.statements.zz: \"zz\" is not a statement of this instrument",
            "translations.Deutsch: \"Deutsch\" is not a language tag",
            "translations.en: \"en\" is the instrument's own language",
            "translations.fr: must be an object, not text",
            "translations.it.practices: must be an object, not a list",
        ] {
            assert!(
                listed.iter().any(|l| l.starts_with(expected)),
                "missing {expected:?} in {listed:#?}"
            );
        }
        // A shape problem is not repeated by the domain's check of the same field.
        let title = listed
            .iter()
            .filter(|l| l.starts_with("translations.de.title"))
            .count();
        assert_eq!(title, 1, "{listed:#?}");
        let not_an_object = parse(&with_translations("[]"));
        let Err(FileError::Invalid(problems)) = not_an_object else {
            panic!("expected problems")
        };
        assert_eq!(
            problems[0].to_string(),
            "translations: must be an object, not a list"
        );
    }

    #[test]
    fn the_hash_leaves_translations_out() {
        let plain = with_translations("{}").replace(",\n            \"translations\": {}", "");
        assert!(!plain.contains("translations"));
        let hash = |text: &str| parse(text).map(|i| i.sha256().to_string());
        let own = hash(&plain);
        assert!(own.is_ok());
        assert_eq!(hash(&with_translations("{}")), own);
        assert_eq!(
            hash(&with_translations(r#"{"de": {"title": "Gewohnheiten"}}"#)),
            own
        );
        assert_eq!(
            hash(&with_translations(r#"{"de": {"title": "Angewohnheiten"}}"#)),
            own
        );
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
