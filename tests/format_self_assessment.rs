//! Native tests of the self-assessment file: round trip, fixtures of every version, and every
//! way a file is refused (with the words the user sees).
use fulcrum::domain::session::PrefilledFrom;
use fulcrum::domain::{Answers, CompletedAssessment, Draft, Instrument, Rating};
use fulcrum::format::instrument::{self, BUILT_IN};
use fulcrum::format::self_assessment::{decode, encode, file_name, SelfAssessment};
use fulcrum::format::FileError;
use time::macros::datetime;

fn built_in() -> Instrument {
    instrument::parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

/// A complete take with a rating of every kind and a comment with awkward characters.
fn completed(ins: &Instrument) -> SelfAssessment {
    let mut answers = Answers::default();
    for (n, (_, s)) in ins.statements().enumerate() {
        let v = u8::try_from(n % 5 + 1).unwrap_or(3);
        answers.ratings.insert(s.id.clone(), Rating::Value(v));
    }
    answers.set_comment(
        &ins.practices()[0].id,
        "Need more time for \"deep\" work,\nnot <b>less</b> — ünïcödé ✓",
    );
    SelfAssessment::Completed(CompletedAssessment {
        id: "3f0c6a52-7d0e-4b43-9a39-5b0b8e1f2a10".into(),
        started_at: datetime!(2026-11-25 09:48:12.345 UTC),
        completed_at: datetime!(2026-11-25 10:01:07 UTC),
        answers,
    })
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn export_then_import_restores_the_take_exactly_and_re_exports_the_same_bytes() {
    let ins = built_in();
    let original = completed(&ins);
    let text = encode(&ins, &original).to_text();
    let back = decode(&ins, &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, original);
    assert_eq!(encode(&ins, &back).to_text(), text);
}

#[test]
fn a_take_in_progress_round_trips_too() {
    let ins = built_in();
    let mut answers = Answers::default();
    answers
        .ratings
        .insert("learning-1".into(), Rating::Value(2));
    let draft = SelfAssessment::InProgress(Draft {
        id: "d-1".into(),
        started_at: datetime!(2026-01-02 03:04:05 UTC),
        updated_at: datetime!(2026-01-02 03:09:00 UTC),
        answers,
        prefilled_from: None,
    });
    let text = encode(&ins, &draft).to_text();
    assert_eq!(decode(&ins, &text), Ok(draft.clone()));
    assert!(
        !text.contains("prefilled_from"),
        "written only for a pre-filled take"
    );
    assert_eq!(
        file_name(&draft),
        "fulcrum-self-assessment-2026-01-02-in-progress.json"
    );
}

#[test]
fn the_exported_file_carries_what_the_format_promises() {
    let ins = built_in();
    let text = encode(&ins, &completed(&ins)).to_text();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    assert_eq!(v["format"], "fulcrum.self-assessment");
    assert_eq!(v["version"], 1);
    assert_eq!(v["id"], "3f0c6a52-7d0e-4b43-9a39-5b0b8e1f2a10");
    assert_eq!(v["created_at"], "2026-11-25T10:01:07Z");
    assert_eq!(v["instrument"]["id"], "fulcrum.leadership-balance");
    assert_eq!(v["instrument"]["sha256"], ins.sha256());
    assert_eq!(v["payload"]["status"], "completed");
    assert_eq!(
        v["payload"]["answers"].as_object().map(|m| m.len()),
        Some(40)
    );
    assert!(v["payload"]["scores"]["practices"]["continuous-learning"].is_number());
    assert!(v["payload"]["scores"]["balance"].is_string());
    assert_eq!(v["digest"].as_str().map(str::len), Some(64));
}

/// The committed v1 fixture still opens: files exported today open in every later copy.
/// Regenerate with FULCRUM_BLESS=1 only when the built-in instrument changes on purpose.
#[test]
fn the_version_1_fixture_opens() {
    let ins = built_in();
    let expected = encode(&ins, &completed(&ins)).to_text();
    if std::env::var_os("FULCRUM_BLESS").is_some() {
        let path = format!(
            "{}/tests/fixtures/self-assessment-v1.json",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::write(path, &expected).unwrap_or_else(|e| panic!("{e}"));
    }
    let text = fixture("self-assessment-v1.json");
    assert_eq!(decode(&ins, &text), Ok(completed(&ins)));
    assert_eq!(
        text, expected,
        "encoding changed: a format change needs a new version"
    );
}

fn refusal(text: &str) -> (FileError, String) {
    let ins = built_in();
    match decode(&ins, text) {
        Ok(_) => panic!("accepted: {text}"),
        Err(e) => {
            let words = e.to_string();
            (e, words)
        }
    }
}

#[test]
fn every_kind_of_bad_file_is_refused_with_a_specific_message() {
    let ins = built_in();
    let good = encode(&ins, &completed(&ins)).to_text();
    let cases: Vec<(&str, String, &str)> =
        vec![
        ("empty", "   ".into(), "The file is empty"),
        (
            "malformed",
            good.replacen("\"version\": 1,", "\"version\": 1", 1),
            "not valid JSON: expected `,` or `}` at line 4, column 3",
        ),
        (
            "truncated",
            good[..good.len() / 2].to_string(),
            "ends too early",
        ),
        ("an array", "[1, 2]".into(), "not a Fulcrum file: it is not a JSON object"),
        (
            "foreign JSON",
            r#"{"name": "my-package", "version": "1.0.0"}"#.into(),
            "not a Fulcrum file: it has no \"format\" field",
        ),
        (
            "foreign format",
            r#"{"format": "acme.survey", "version": 1}"#.into(),
            "its format is \"acme.survey\"",
        ),
        (
            "wrong Fulcrum format",
            good.replacen("fulcrum.self-assessment", "fulcrum.peer-response", 1),
            "This is a peer response file, not a self assessment file",
        ),
        (
            "newer version",
            good.replacen("\"version\": 1,", "\"version\": 2,", 1),
            "newer version of Fulcrum (self assessment version 2); this copy reads up to version 1",
        ),
        (
            "version zero",
            good.replacen("\"version\": 1,", "\"version\": 0,", 1),
            "format version 0",
        ),
        (
            "edited answer",
            good.replacen("\"learning-1\": 1", "\"learning-1\": 5", 1),
            "does not match its SHA-256 digest",
        ),
        (
            "missing digest",
            good.replacen("\"digest\"", "\"digestx\"", 1),
            "digest: is missing",
        ),
        (
            "other instrument",
            good.replacen("\"fulcrum.leadership-balance\"", "\"acme.survey\"", 1),
            "answers a different questionnaire (\"acme.survey\")",
        ),
        (
            "other instrument version",
            good.replacen("\"version\": \"1.0.0\"", "\"version\": \"0.9.0\"", 1),
            "version 0.9.0 of the questionnaire",
        ),
    ];
    for (name, text, words) in cases {
        let (_, message) = refusal(&text);
        assert!(
            message.contains(words),
            "{name}: {message:?} lacks {words:?}"
        );
    }
}

/// A payload whose digest is right but whose content is wrong lists every problem.
#[test]
fn every_payload_problem_is_listed_with_its_path() {
    let ins = built_in();
    let payload = serde_json::json!({
        "status": "completed",
        "started_at": "yesterday",
        "completed_at": "2026-11-25T10:00:00Z",
        "updated_at": "2026-11-25T10:00:00Z",
        "answers": {"learning-1": 7, "learning-2": "often", "nope-9": 3, "learning-3": 4},
        "comments": {"elsewhere": "hi"}
    });
    let envelope = fulcrum::format::envelope::Envelope::seal(
        "fulcrum.self-assessment",
        1,
        "x",
        datetime!(2026-11-25 10:00 UTC),
        &ins,
        payload,
    );
    let (err, message) = refusal(&envelope.to_text());
    let FileError::Invalid(problems) = err else {
        panic!("{message}")
    };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "payload.started_at",
            "payload.answers.learning-1",
            "payload.answers.learning-2",
            "payload.answers.nope-9",
            "payload.comments.elsewhere",
        ]
    );
    assert!(
        message.starts_with("The file has 5 problem(s):"),
        "{message}"
    );
    assert!(message.contains("7 is not a rating"), "{message}");
}

#[test]
fn a_completed_take_with_gaps_is_refused() {
    let ins = built_in();
    let SelfAssessment::Completed(mut c) = completed(&ins) else {
        unreachable!()
    };
    c.answers.ratings.remove("guidance-5");
    let text = encode(&ins, &SelfAssessment::Completed(c)).to_text();
    let (_, message) = refusal(&text);
    assert!(
        message.contains("marked completed but 1 statement(s) have no answer"),
        "{message}"
    );
}

/// A take in progress started from a completed one names it; the field is optional, so files
/// without it (every file written before) read exactly as they did.
#[test]
fn a_pre_filled_take_in_progress_says_which_take_it_started_from() {
    let ins = built_in();
    let SelfAssessment::Completed(old) = completed(&ins) else {
        unreachable!()
    };
    let draft = SelfAssessment::InProgress(Draft {
        id: "d-2".into(),
        started_at: datetime!(2026-12-01 08:00 UTC),
        updated_at: datetime!(2026-12-01 08:03 UTC),
        answers: Answers {
            ratings: old.answers.ratings.clone(),
            ..Answers::default()
        },
        prefilled_from: Some(PrefilledFrom {
            take_id: old.id.clone(),
            completed_at: old.completed_at,
        }),
    });
    let text = encode(&ins, &draft).to_text();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    assert_eq!(
        v["payload"]["prefilled_from"],
        serde_json::json!({
            "id": "3f0c6a52-7d0e-4b43-9a39-5b0b8e1f2a10",
            "completed_at": "2026-11-25T10:01:07Z"
        })
    );
    let back = decode(&ins, &text);
    assert_eq!(back, Ok(draft));
    if let Ok(back) = back {
        assert_eq!(encode(&ins, &back).to_text(), text, "the same bytes again");
    }
}

/// A draft document whose payload is `payload` with `prefilled_from` set to `value`.
fn with_prefilled_from(value: serde_json::Value) -> String {
    let ins = built_in();
    let payload = serde_json::json!({
        "status": "in_progress",
        "started_at": "2026-12-01T08:00:00Z",
        "updated_at": "2026-12-01T08:03:00Z",
        "answers": {"learning-1": 4},
        "comments": {},
        "prefilled_from": value
    });
    fulcrum::format::envelope::Envelope::seal(
        "fulcrum.self-assessment",
        1,
        "d-2",
        datetime!(2026-12-01 08:03 UTC),
        &ins,
        payload,
    )
    .to_text()
}

#[test]
fn a_bad_prefilled_from_is_refused_with_its_paths() {
    let cases = [
        (
            serde_json::json!("t-1"),
            vec!["payload.prefilled_from"],
            "must be an object, not text",
        ),
        (
            serde_json::json!({"id": "not an id!", "when": 1}),
            vec![
                "payload.prefilled_from",
                "payload.prefilled_from.completed_at",
                "payload.prefilled_from.id",
            ],
            "must be the id of a completed take",
        ),
        (
            serde_json::json!({"id": "t-1", "completed_at": "soon"}),
            vec!["payload.prefilled_from.completed_at"],
            "\"soon\" is not a date and time",
        ),
    ];
    for (value, want, words) in cases {
        let (err, message) = refusal(&with_prefilled_from(value.clone()));
        let FileError::Invalid(problems) = err else {
            panic!("{value}: {message}")
        };
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, want, "{value}");
        assert!(message.contains(words), "{value}: {message}");
    }
}
