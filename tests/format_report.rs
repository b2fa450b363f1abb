#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the mentor report file (`fulcrum.report` v1): round trip, the committed v1
//! fixture, content the author left out really absent from the file, opening with another
//! questionnaire, and every way a file is refused.
use fulcrum::domain::feedback::{report, RaterGroup, Response};
use fulcrum::domain::goal::{CheckIn, Goal, GoalFocus, GoalStatus};
use fulcrum::domain::mentor_report::{FeedbackInput, MentorReport, ReportOptions};
use fulcrum::domain::{Answers, CompletedAssessment, Instrument, Rating};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::report::{decode, encode, file_name};
use fulcrum::format::{self_assessment, FileError};
use serde_json::Value;
use time::macros::{date, datetime};
use time::OffsetDateTime;

const OWN_COMMENT: &str = "I still rewrite designs myself — \"just to be sure\".";
const PEER_COMMENTS: [&str; 3] = [
    "Hands over the interesting work, not only the chores.",
    "Could explain the why behind decisions more often.",
    "Very approachable in reviews ✓",
];
const MANAGER_COMMENT: &str = "A strong technical voice.";
const CHECK_IN_NOTE: &str = "First release run by Sam, I only watched.";

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

fn answers(ins: &Instrument, shift: usize) -> Answers {
    let mut a = Answers::default();
    for (n, (_, s)) in ins.statements().enumerate() {
        let v = u8::try_from((n + shift) % 5 + 1).unwrap_or(3);
        a.ratings.insert(s.id.clone(), Rating::Value(v));
    }
    a
}

fn takes(ins: &Instrument) -> Vec<CompletedAssessment> {
    let mut latest = answers(ins, 2);
    latest.set_comment("delegating", OWN_COMMENT);
    vec![
        CompletedAssessment {
            id: "take-1".into(),
            started_at: datetime!(2026-06-01 09:00 UTC),
            completed_at: datetime!(2026-06-01 09:14 UTC),
            answers: answers(ins, 0),
        },
        CompletedAssessment {
            id: "take-2".into(),
            started_at: datetime!(2026-12-01 09:00 UTC),
            completed_at: datetime!(2026-12-01 09:12 UTC),
            answers: latest,
        },
    ]
}

/// Three peers (shown), a manager (shown, but alone: no comments), one direct report (withheld).
fn responses(ins: &Instrument) -> Vec<Response> {
    let mut out = Vec::new();
    for (i, comment) in PEER_COMMENTS.iter().enumerate() {
        let mut a = answers(ins, i);
        a.set_comment("delegating", comment);
        out.push(Response {
            id: format!("peer-{i}"),
            request_id: "req-1".into(),
            group: RaterGroup::Peer,
            answers: a,
            received_at: datetime!(2026-12-02 10:00 UTC),
            rater_name: None,
        });
    }
    let mut boss = answers(ins, 4);
    boss.set_comment("people-skills", MANAGER_COMMENT);
    out.push(Response {
        id: "boss".into(),
        request_id: "req-1".into(),
        group: RaterGroup::Manager,
        answers: boss,
        received_at: datetime!(2026-12-02 10:00 UTC),
        rater_name: None,
    });
    out.push(Response {
        id: "report-1".into(),
        request_id: "req-1".into(),
        group: RaterGroup::DirectReport,
        answers: answers(ins, 1),
        received_at: datetime!(2026-12-02 10:00 UTC),
        rater_name: None,
    });
    out
}

fn goals() -> Vec<Goal> {
    vec![Goal {
        id: "goal-1".into(),
        created_at: datetime!(2026-12-03 08:00 UTC),
        updated_at: datetime!(2026-12-20 08:00 UTC),
        focus: GoalFocus::Statement("delegating-2".into()),
        practice_id: "delegating".into(),
        specific: "Hand the release process to Sam".into(),
        measure: "Releases Sam runs without me".into(),
        target: "3 in a row".into(),
        achievable: "Pair on the first; write the checklist down".into(),
        relevant: "Frees a day a month for the team".into(),
        due: date!(2027 - 03 - 01),
        check_ins: vec![CheckIn {
            id: "check-1".into(),
            at: datetime!(2026-12-20 08:00 UTC),
            note: CHECK_IN_NOTE.into(),
            status: GoalStatus::OnTrack,
        }],
    }]
}

const GENERATED_AT: OffsetDateTime = datetime!(2026-12-21 16:30 UTC);

fn build(ins: &Instrument, include_comments: bool, include_statements: bool) -> MentorReport {
    let takes = takes(ins);
    let latest = takes.last().map(|t| t.answers.clone());
    let feedback = report(ins, latest.as_ref(), &responses(ins));
    MentorReport::build(
        ins,
        &takes,
        Some(FeedbackInput {
            subject_name: "Ada Lovelace",
            requested_at: datetime!(2026-11-25 09:00 UTC),
            report: &feedback,
        }),
        &goals(),
        ReportOptions {
            include_comments,
            include_statements,
        },
        "7d1c2a8e-5b0f-4c3e-9a77-0e1d2c3b4a59",
        GENERATED_AT,
    )
}

fn fix_digest(value: &mut Value) -> String {
    value["digest"] = fulcrum::format::json::sha256_hex(&value["payload"]).into();
    serde_json::to_string_pretty(value).unwrap_or_default()
}

fn problems(text: &str) -> Vec<String> {
    match decode(text) {
        Err(FileError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn a_report_round_trips_and_re_exports_the_same_bytes() {
    let ins = built_in();
    for (comments, statements) in [(true, true), (false, false), (true, false), (false, true)] {
        let original = build(&ins, comments, statements);
        let text = encode(&original).to_text();
        let back = decode(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            back, original,
            "comments {comments}, statements {statements}"
        );
        assert_eq!(encode(&back).to_text(), text);
    }
    assert_eq!(
        file_name(&build(&ins, true, true)),
        "fulcrum-report-2026-12-21.json"
    );
}

#[test]
fn everything_included_is_in_the_file() {
    let ins = built_in();
    let text = encode(&build(&ins, true, true)).to_text();
    for present in [
        OWN_COMMENT,
        PEER_COMMENTS[0],
        PEER_COMMENTS[2],
        CHECK_IN_NOTE,
        "delegating-2",
        "I set aside time each month",
        "Ada Lovelace",
    ] {
        let json_text = serde_json::to_string(present).unwrap_or_default();
        let inner = &json_text[1..json_text.len() - 1];
        assert!(text.contains(inner), "{present} is missing from the file");
    }
    // The lone manager's comment is never shown (comments need a group of 3, managers too).
    assert!(!text.contains(MANAGER_COMMENT));
}

#[test]
fn with_comments_left_out_no_comment_text_is_anywhere_in_the_file() {
    let ins = built_in();
    let report = build(&ins, false, true);
    let text = encode(&report).to_text();
    for comment in PEER_COMMENTS.iter().chain([&OWN_COMMENT, &MANAGER_COMMENT]) {
        // Search for the longest plain stretch of each comment, in case of JSON escapes.
        let plain = comment
            .split('"')
            .max_by_key(|s| s.len())
            .unwrap_or(comment);
        assert!(!text.contains(plain), "{comment:?} is in the file");
    }
    let value: Value = serde_json::from_str(&text).unwrap_or_default();
    assert_eq!(
        value["payload"]["included"],
        serde_json::json!({"comments": false, "statements": true})
    );
    assert!(value["payload"].get("comments").is_none());
    assert!(value["payload"]["feedback"].get("comments").is_none());
    // Goals and their check-ins stay: they are not comments.
    assert!(text.contains(CHECK_IN_NOTE));
}

#[test]
fn with_statements_left_out_no_statement_id_or_text_is_in_the_file() {
    let ins = built_in();
    let text = encode(&build(&ins, true, false)).to_text();
    for (_, s) in ins.statements() {
        assert!(
            !text.contains(&format!("\"{}\"", s.id)),
            "statement id {} is in the file",
            s.id
        );
        assert!(
            !text.contains(&s.self_text),
            "statement text {:?} is in the file",
            s.self_text
        );
    }
    let value: Value = serde_json::from_str(&text).unwrap_or_default();
    let payload = &value["payload"];
    assert!(payload.get("statement_scores").is_none());
    assert!(payload["feedback"].get("statements").is_none());
    // How many blind spots there are is still said; which ones is not.
    assert!(payload["feedback"]["blind_spots"].get("count").is_some());
    assert!(payload["feedback"]["blind_spots"]
        .get("statements")
        .is_none());
    assert_eq!(payload["goals"][0]["practice"], "delegating");
    assert!(payload["goals"][0].get("statement").is_none());
    // Scores per practice stay.
    assert!(payload["takes"][1]["practices"]["delegating"].is_number());
}

#[test]
fn withheld_groups_show_only_their_count() {
    let ins = built_in();
    let text = encode(&build(&ins, true, true)).to_text();
    let value: Value = serde_json::from_str(&text).unwrap_or_default();
    let groups = value["payload"]["feedback"]["groups"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let direct = groups.iter().find(|g| g["group"] == "direct_report");
    assert_eq!(
        direct.map(|g| (g["responses"].clone(), g["shown"].clone())),
        Some((1.into(), "count_only".into()))
    );
    assert_eq!(value["payload"]["feedback"]["withheld_responses"], 1);
}

#[test]
fn the_committed_v1_fixture_still_opens() {
    let path = format!(
        "{}/tests/fixtures/report-v1.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let report = decode(&text).unwrap_or_else(|e| panic!("{e}"));
    // Independent of later changes to the built-in questionnaire: the file names what it shows.
    assert_eq!(
        encode(&report).to_text(),
        text,
        "read and written unchanged"
    );
    assert_eq!(report.name, "Ada Lovelace");
    assert_eq!(report.takes.len(), 2);
    assert_eq!(report.questionnaire.practices.len(), 8);
    assert_eq!(report.latest_comments[0].texts, [OWN_COMMENT]);
    assert_eq!(report.goals[0].check_ins[0].note, CHECK_IN_NOTE);
    assert!(report
        .feedback
        .is_some_and(|f| f.comments[0].texts.len() == 3));
}

/// Writes the fixture; rerun only when a new format version is made, never for v1.
#[test]
#[ignore = "writes tests/fixtures/report-v1.json"]
fn write_the_v1_fixture() {
    let path = format!(
        "{}/tests/fixtures/report-v1.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = encode(&build(&built_in(), true, true)).to_text();
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{path}: {e}"));
}

#[test]
fn a_report_opens_whatever_the_questionnaire_of_this_copy() {
    let ins = built_in();
    let mut value: Value =
        serde_json::from_str(&encode(&build(&ins, false, false)).to_text()).unwrap_or_default();
    // Made with another version of the questionnaire, with other names.
    value["instrument"]["version"] = "0.9.0".into();
    value["instrument"]["sha256"] = "ab".repeat(32).into();
    value["payload"]["questionnaire"]["practices"][2]["title"] = "Delegation (old name)".into();
    let report = decode(&fix_digest(&mut value)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.questionnaire.version, "0.9.0");
    assert_eq!(
        report.questionnaire.practices[2].title,
        "Delegation (old name)"
    );
    assert_eq!(report.takes.len(), 2);
}

#[test]
fn a_changed_file_a_wrong_format_and_a_newer_version_are_refused_in_words() {
    let ins = built_in();
    let text = encode(&build(&ins, false, false)).to_text();

    let edited = text.replacen("\"Ada Lovelace\"", "\"Ada Byron\"", 1);
    assert_ne!(edited, text);
    let err = decode(&edited).unwrap_err();
    assert_eq!(err, FileError::DigestMismatch);
    assert!(err
        .to_string()
        .contains("does not match its SHA-256 digest"));

    let take = takes(&ins).remove(0);
    let other =
        self_assessment::encode(&ins, &self_assessment::SelfAssessment::Completed(take)).to_text();
    let err = decode(&other).unwrap_err();
    assert_eq!(
        err.to_string(),
        "This is a self assessment file, not a report file. Open it where self assessment files are imported."
    );

    let newer = text.replacen("\"version\": 1,", "\"version\": 2,", 1);
    let err = decode(&newer).unwrap_err();
    assert!(matches!(err, FileError::NewerVersion { found: 2, .. }));
    assert!(err
        .to_string()
        .starts_with("This file was made by a newer version of Fulcrum (report version 2)"));

    assert!(decode("").unwrap_err().to_string().contains("empty"));
    assert!(decode("{\"format\": \"x\"}")
        .unwrap_err()
        .to_string()
        .starts_with("This is not a Fulcrum file"));
}

#[test]
fn every_problem_in_the_payload_is_listed_with_its_path() {
    let ins = built_in();
    let mut value: Value =
        serde_json::from_str(&encode(&build(&ins, true, true)).to_text()).unwrap_or_default();
    let p = &mut value["payload"];
    p["takes"][0]["practices"]["delegating"] = 6.into();
    p["takes"][1]["practices"]["no-such-practice"] = 3.into();
    p["takes"][1]["technical"] = "high".into();
    p["statement_scores"]["no-such-statement"] = 2.into();
    p["feedback"]["groups"][0]["group"] = "self".into();
    p["feedback"]["practices"]["delegating"]["gap"] = 9.into();
    p["feedback"]["blind_spots"]["count"] = 99.into();
    p["goals"][0]["due"] = "next spring".into();
    p["goals"][0]["status"] = "nearly".into();
    p["goals"][0]["check_ins"][0]["at"] = "yesterday".into();
    p["included"]["comments"] = "yes".into();
    p["extra"] = true.into();
    let found = problems(&fix_digest(&mut value));
    for expected in [
        "payload.takes[0].practices.delegating: 6 is outside 1–5",
        "payload.takes[1].practices.no-such-practice: is not a practice of this report",
        "payload.takes[1].technical: must be a number or null, not text",
        "payload.statement_scores.no-such-statement: is not a statement of this report",
        "payload.feedback.groups[0].group: \"self\" is not a rater group",
        "payload.feedback.practices.delegating.gap: 9 is outside -4–4",
        "payload.feedback.blind_spots.count: says 99 but",
        "payload.goals[0].due: \"next spring\" is not a date",
        "payload.goals[0].status: \"nearly\" is not a status",
        "payload.goals[0].check_ins[0].at: \"yesterday\" is not a date and time",
        "payload.included.comments: must be true or false, not text",
        "payload.extra: is not a field of a version 1 report",
    ] {
        assert!(
            found.iter().any(|f| f.starts_with(expected)),
            "{expected}\nnot in {found:#?}"
        );
    }
}

#[test]
fn content_the_author_left_out_is_refused_when_a_file_has_it_anyway() {
    let ins = built_in();
    let full: Value =
        serde_json::from_str(&encode(&build(&ins, true, true)).to_text()).unwrap_or_default();
    let mut value: Value =
        serde_json::from_str(&encode(&build(&ins, false, false)).to_text()).unwrap_or_default();
    value["payload"]["comments"] = full["payload"]["comments"].clone();
    value["payload"]["statement_scores"] = full["payload"]["statement_scores"].clone();
    value["payload"]["feedback"]["comments"] = full["payload"]["feedback"]["comments"].clone();
    let found = problems(&fix_digest(&mut value));
    for expected in [
        "payload.comments: is present although the report says comments were left out",
        "payload.statement_scores: is present although the report says statement-level scores were left out",
        "payload.feedback.comments: is present although the report says comments were left out",
    ] {
        assert!(found.iter().any(|f| f == expected), "{expected}\nnot in {found:#?}");
    }
}
