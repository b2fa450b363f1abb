#![cfg(not(target_arch = "wasm32"))]
//! Writes the seed corpus of the fuzz targets (`fuzz/corpus/<target>/seed-*`): the committed
//! fixture and a few small documents of every format, each checked to decode first. Ignored in
//! normal runs; rerun after a format changes and commit the result:
//!   cargo test -p fulcrum --test fuzz_seeds -- --ignored
use fulcrum::domain::feedback::{RaterGroup, Response};
use fulcrum::domain::feedback_request::FeedbackRequest;
use fulcrum::domain::goal::{add_check_in, create, GoalDraft, GoalFocus, GoalStatus};
use fulcrum::domain::peer_draft::{PeerDraft, PeerStep};
use fulcrum::domain::{Answers, CompletedAssessment, Draft, Instrument, Rating, Screen};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::self_assessment::SelfAssessment;
use fulcrum::format::{
    backup, feedback_request, goal, peer_draft, peer_response, self_assessment, stored,
};
use std::path::PathBuf;
use time::macros::{date, datetime};

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

/// A small valid instrument: one practice, one statement of each tag.
const MINIMAL_INSTRUMENT: &str = r#"{"format":"fulcrum.instrument","format_version":1,"id":"acme.mini","version":"1","title":"Mini","scale":{"labels":["Never","Rarely","Sometimes","Often","Always"],"not_observed":"Not observed"},"feedback":{"min_group_size":3,"blind_spot_gap":1,"hidden_strength_gap":-1},"practices":[{"id":"p","title":"P","summary":"S","statements":[{"id":"p-1","tag":"technical","self":"I code.","peer":"They code."},{"id":"p-2","tag":"leadership","self":"I lead.","peer":"They lead."}],"suggestions":["Try."]}]}"#;

fn write(target: &str, name: &str, text: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let path = dir.join(format!("seed-{name}"));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn answers(ins: &Instrument, every: usize) -> Answers {
    let mut a = Answers::default();
    for (n, (_, s)) in ins.statements().enumerate().filter(|(n, _)| n % every == 0) {
        let r = if n % 7 == 3 {
            Rating::NotObserved
        } else {
            Rating::Value(u8::try_from(n % 5 + 1).unwrap_or(3))
        };
        a.ratings.insert(s.id.clone(), r);
    }
    a.set_comment("delegating", "Lets go of details — \"mostly\".");
    a
}

fn request() -> FeedbackRequest {
    FeedbackRequest {
        id: "5b1e0a8e-2c0d-4a7e-9d5a-0f3c2b1a9e77".into(),
        subject_name: "Ada Lovelace".into(),
        message: "Thanks — be candid!".into(),
        due: Some(date!(2026 - 12 - 15)),
        groups: vec![RaterGroup::Manager, RaterGroup::Peer],
        created_at: datetime!(2026-11-25 09:00 UTC),
    }
}

#[test]
#[ignore = "writes the fuzz seed corpus; run on demand"]
fn write_fuzz_seeds() {
    let ins = built_in();

    // Instruments: the built-in one, a minimal valid one, one with many problems.
    write("instrument", "built-in.json", BUILT_IN);
    assert!(parse(MINIMAL_INSTRUMENT).is_ok());
    write("instrument", "minimal.json", MINIMAL_INSTRUMENT);
    let broken = MINIMAL_INSTRUMENT
        .replace("\"technical\"", "\"social\"")
        .replace("\"min_group_size\":3", "\"min_group_size\":2");
    assert!(parse(&broken).is_err());
    write("instrument", "problems.json", &broken);

    // Self-assessments: the committed fixture, a take in progress, a completed take.
    let fixture = include_str!("fixtures/self-assessment-v1.json");
    assert!(self_assessment::decode(&ins, fixture).is_ok());
    write("self_assessment", "fixture-v1.json", fixture);
    let takes = [
        (
            "in-progress.json",
            SelfAssessment::InProgress(Draft {
                id: "take-1".into(),
                started_at: datetime!(2026-11-25 10:00 UTC),
                updated_at: datetime!(2026-11-25 10:05:30.25 +01:00),
                answers: answers(&ins, 3),
                prefilled_from: None,
            }),
        ),
        (
            "completed.json",
            SelfAssessment::Completed(CompletedAssessment {
                id: "take_2".into(),
                started_at: datetime!(2026-11-25 10:00 UTC),
                completed_at: datetime!(2026-11-25 10:12 UTC),
                answers: answers(&ins, 1),
            }),
        ),
    ];
    for (name, take) in takes {
        let text = self_assessment::encode(&ins, &take).to_text();
        assert_eq!(self_assessment::decode(&ins, &text), Ok(take));
        write("self_assessment", name, &text);
    }

    // Feedback requests: a file, a minimal file, a link's fragment.
    let envelope = feedback_request::encode(&ins, &request());
    write("feedback_request", "file.json", &envelope.to_text());
    let link = feedback_request::link("http://127.0.0.1:8080/feedback.html", &envelope);
    let fragment = link.split_once('#').map_or("", |(_, f)| f);
    assert_eq!(
        feedback_request::from_fragment(&ins, fragment),
        Some(Ok(request()))
    );
    write("feedback_request", "link.txt", fragment);
    let minimal = FeedbackRequest {
        id: "r".into(),
        subject_name: "Bo".into(),
        message: String::new(),
        due: None,
        groups: vec![RaterGroup::Other],
        created_at: datetime!(2026-01-01 00:00 UTC),
    };
    let text = feedback_request::encode(&ins, &minimal).to_text();
    assert_eq!(feedback_request::decode(&ins, &text), Ok(minimal));
    write("feedback_request", "minimal.json", &text);

    // Peer responses: an anonymous file, a named one, a pasted code.
    let mut response = Response {
        id: "c0ffee00-1111-4222-8333-444455556666".into(),
        request_id: request().id,
        group: RaterGroup::Peer,
        answers: answers(&ins, 1),
        received_at: datetime!(2026-11-26 12:00 UTC),
        rater_name: None,
    };
    let created = datetime!(2026-11-25 17:30 UTC);
    let envelope = peer_response::encode(&ins, &response, created);
    let now = response.received_at;
    assert_eq!(
        peer_response::decode(&ins, &envelope.to_text(), now),
        Ok(response.clone())
    );
    write("peer_response", "file.json", &envelope.to_text());
    write("peer_response", "code.txt", &peer_response::code(&envelope));
    response.group = RaterGroup::Manager;
    response.rater_name = Some("Grace".into());
    let text = peer_response::encode(&ins, &response, created).to_text();
    assert_eq!(peer_response::decode(&ins, &text, now), Ok(response));
    write("peer_response", "named.json", &text);

    // Stored peer drafts: just started, and part-way with a group and a name.
    let mut draft = PeerDraft::new("resp-1".into(), request(), datetime!(2026-11-25 10:00 UTC));
    let text = peer_draft::encode(&ins, &draft);
    assert_eq!(peer_draft::decode(&ins, &text), Ok(draft.clone()));
    write("peer_draft", "intro.json", &text);
    draft.group = Some(RaterGroup::Peer);
    draft.rater_name = "Grace".into();
    draft.answers = answers(&ins, 2);
    draft.step = PeerStep::Practice(3);
    let text = peer_draft::encode(&ins, &draft);
    assert_eq!(peer_draft::decode(&ins, &text), Ok(draft));
    write("peer_draft", "practice.json", &text);

    // Stored goals: about a practice with no check-ins, about a statement with two.
    let mut draft = GoalDraft {
        specific: "Hand the release train to Priya".into(),
        measure: "Releases shipped without me".into(),
        target: "3 in a row".into(),
        achievable: "Pair on one\nThen review hers".into(),
        relevant: "Time for planning".into(),
        due: Some(date!(2027 - 02 - 01)),
        ..GoalDraft::about(&ins, "delegating")
    };
    let set = datetime!(2026-11-25 10:00 UTC);
    let bare = create(&draft, &ins, "goal-1".into(), set).unwrap_or_else(|p| panic!("{p:?}"));
    draft.set_focus(&ins, Some(GoalFocus::Statement("delegating-2".into())));
    let mut checked =
        create(&draft, &ins, "goal_2".into(), set).unwrap_or_else(|p| panic!("{p:?}"));
    for (id, day, status) in [
        ("c1", 1, GoalStatus::OnTrack),
        ("c2", 8, GoalStatus::AtRisk),
    ] {
        let at = datetime!(2026-12-01 09:30 +01:00).replace_day(day);
        let at = at.unwrap_or_else(|e| panic!("{e}"));
        add_check_in(&mut checked, id.into(), at, "A \"note\" — ✓", status)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    for (name, g) in [("practice.json", bare), ("check-ins.json", checked)] {
        let text = goal::encode(&ins, &g).to_text();
        assert_eq!(goal::decode(&ins, &text), Ok(g));
        write("goal", name, &text);
    }

    // Stored positions: every screen.
    for (name, screen) in [
        ("welcome.json", Screen::Welcome),
        ("practice.json", Screen::Practice(2)),
        ("review.json", Screen::Review),
        ("results.json", Screen::Results("take-1".into())),
    ] {
        let text = stored::encode_position(&screen);
        assert_eq!(stored::decode_position(&text), Ok(screen));
        write("position", name, &text);
    }

    // Backups: one record of every kind (the seeds above, as stored), and an empty one.
    let seed = |target: &str, name: &str| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/corpus")
            .join(target)
            .join(format!("seed-{name}"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let req = request().id;
    let records: std::collections::BTreeMap<String, String> = [
        (
            "assessment/take_2".to_string(),
            seed("self_assessment", "completed.json"),
        ),
        ("draft".into(), seed("self_assessment", "in-progress.json")),
        ("position".into(), seed("position", "results.json")),
        ("goal/goal-1".into(), seed("goal", "practice.json")),
        (
            format!("request/{req}"),
            seed("feedback_request", "file.json"),
        ),
        (
            format!("response/{req}/c0ffee00-1111-4222-8333-444455556666"),
            seed("peer_response", "file.json"),
        ),
        (format!("peer/{req}"), seed("peer_draft", "intro.json")),
        ("quarantine/1795600800000-draft".into(), "{not json".into()),
    ]
    .into_iter()
    .collect();
    let made_at = datetime!(2026-11-25 10:00 UTC);
    for (name, records) in [
        ("everything.json", records),
        ("empty.json", Default::default()),
    ] {
        let made = backup::make(&ins, "backup-1", made_at, &records);
        assert!(made.set_aside.is_empty(), "{:?}", made.set_aside);
        let text = made.envelope.to_text();
        let read = backup::decode(&ins, &text, made_at).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read.records.len(), records.len());
        write("backup", name, &text);
    }
}
