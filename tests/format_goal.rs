#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the stored goal (`fulcrum.goal` v1): a goal with check-ins reads back exactly
//! and gives the same bytes twice, and every reason one is refused names its path.
use fulcrum::domain::goal::Goal;
use fulcrum::domain::goal::{add_check_in, create, GoalDraft, GoalFocus, GoalStatus};
use fulcrum::domain::Instrument;
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::{goal, FileError};
use serde_json::{json, Value};
use time::macros::{date, datetime};

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

/// A goal about one statement of Delegating, with a check-in of every status.
fn a_goal(ins: &Instrument) -> Goal {
    let draft = GoalDraft {
        focus: Some(GoalFocus::Statement("delegating-2".into())),
        practice_id: "delegating".into(),
        specific: "Hand the “release train” to Priya, and stop reviewing every merge".into(),
        measure: "Releases shipped without me".into(),
        target: "3 in a row".into(),
        achievable: "Pair on one release\nThen review hers — ✓".into(),
        relevant: "Frees a day a week for planning".into(),
        due: Some(date!(2027 - 02 - 01)),
    };
    let mut g = create(
        &draft,
        ins,
        "8f14e45f-ceea-4672-9e8f-0a2b3c4d5e6f".into(),
        datetime!(2026-11-25 10:00 UTC),
    )
    .unwrap_or_else(|p| panic!("{p:?}"));
    for (n, status) in GoalStatus::ALL.into_iter().enumerate() {
        let day = u8::try_from(n + 1).unwrap_or(1);
        let at = datetime!(2026-12-01 09:30:15.250 UTC).replace_day(day);
        let at = at.unwrap_or_else(|e| panic!("{e}"));
        add_check_in(
            &mut g,
            format!("c{n}"),
            at,
            &format!("Week {n}: \"ok\"\nnext"),
            status,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    g
}

/// Recomputes the digest after a deliberate edit, so validation (not the digest) is tested.
fn resealed(mut v: Value) -> String {
    v["digest"] = fulcrum::format::json::sha256_hex(&v["payload"]).into();
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

fn document(ins: &Instrument) -> Value {
    serde_json::from_str(&goal::encode(ins, &a_goal(ins)).to_text()).unwrap_or_default()
}

fn problem_paths(ins: &Instrument, text: &str) -> Vec<String> {
    match goal::decode(ins, text) {
        Err(FileError::Invalid(problems)) => problems.into_iter().map(|p| p.path).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn a_goal_round_trips_with_its_check_ins_and_the_same_bytes() {
    let ins = built_in();
    let g = a_goal(&ins);
    let text = goal::encode(&ins, &g).to_text();
    let back = goal::decode(&ins, &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, g);
    assert_eq!(back.status(), GoalStatus::Done);
    assert_eq!(goal::encode(&ins, &back).to_text(), text);
    let v: Value = serde_json::from_str(&text).unwrap_or_default();
    assert_eq!(v["format"], "fulcrum.goal");
    assert_eq!(v["version"], 1);
    assert_eq!(v["created_at"], "2026-11-25T10:00:00Z");
    assert_eq!(
        v["payload"]["focus"],
        json!({"kind": "statement", "id": "delegating-2"})
    );
    assert_eq!(v["payload"]["due"], "2027-02-01");
    assert_eq!(
        v["payload"]["check_ins"][1],
        json!({"id": "c1", "at": "2026-12-02T09:30:15.25Z", "note": "Week 1: \"ok\"\nnext", "status": "on_track"})
    );
    let statuses: Vec<&str> = (0..4)
        .filter_map(|i| v["payload"]["check_ins"][i]["status"].as_str())
        .collect();
    assert_eq!(statuses, ["not_started", "on_track", "at_risk", "done"]);

    // A goal about a whole practice, no check-ins, a passed due date: still readable.
    let mut whole = g.clone();
    whole.focus = GoalFocus::Practice("delegating".into());
    whole.check_ins.clear();
    whole.due = date!(2020 - 01 - 31);
    let text = goal::encode(&ins, &whole).to_text();
    assert_eq!(goal::decode(&ins, &text), Ok(whole));
}

#[test]
fn unknown_practices_and_statements_are_refused() {
    let ins = built_in();
    let mut v = document(&ins);
    v["payload"]["focus"]["id"] = "delegating-99".into();
    v["payload"]["practice_id"] = "juggling".into();
    let Err(FileError::Invalid(problems)) = goal::decode(&ins, &resealed(v)) else {
        panic!("accepted")
    };
    let described: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        described,
        [
            "payload.focus.id: \"delegating-99\" is not a statement of this questionnaire",
            "payload.practice_id: \"juggling\" is not a practice of this questionnaire: choose one from the list."
        ]
    );
    let mut v = document(&ins);
    v["payload"]["focus"] = json!({"kind": "practice", "id": "juggling"});
    assert_eq!(problem_paths(&ins, &resealed(v)), ["payload.focus.id"]);
    // A statement of another practice than the one linked.
    let mut v = document(&ins);
    v["payload"]["focus"] = json!({"kind": "statement", "id": "people-1"});
    assert_eq!(problem_paths(&ins, &resealed(v)), ["payload.practice_id"]);
}

#[test]
fn every_problem_is_listed_with_its_path() {
    let ins = built_in();
    let mut v = document(&ins);
    let p = &mut v["payload"];
    p["focus"]["kind"] = "habit".into();
    p["specific"] = " ".into();
    p["measure"] = 3.into();
    if let Some(o) = p.as_object_mut() {
        o.remove("target");
    }
    p["due"] = "2027-02-30".into();
    p["updated_at"] = "yesterday".into();
    p["check_ins"][0]["status"] = "fine".into();
    p["check_ins"][1]["note"] = "".into();
    p["check_ins"][2]["at"] = "2026-13-01T00:00:00Z".into();
    p["check_ins"][3]["id"] = "c0".into();
    if let Some(a) = p["check_ins"].as_array_mut() {
        a.push(json!("a note"));
    }
    assert_eq!(
        problem_paths(&ins, &resealed(v)),
        [
            "payload.focus.kind",
            "payload.measure",
            "payload.target",
            "payload.check_ins[0].status",
            "payload.check_ins[4]",
            "payload.due",
            "payload.updated_at",
            "payload.check_ins[2].at",
            "payload.check_ins",
            "payload.specific",
            "payload.check_ins[1].note",
            "payload.check_ins[3].id",
        ]
    );
}

#[test]
fn check_ins_out_of_order_or_with_bad_ids_are_refused() {
    let ins = built_in();
    let mut v = document(&ins);
    v["payload"]["check_ins"][0]["at"] = "2027-01-01T00:00:00Z".into();
    v["payload"]["check_ins"][1]["id"] = "c/1".into();
    assert_eq!(
        problem_paths(&ins, &resealed(v)),
        ["payload.check_ins[1].id", "payload.check_ins"]
    );
}

#[test]
fn other_documents_versions_and_damage_are_refused_in_words() {
    let ins = built_in();
    let text = goal::encode(&ins, &a_goal(&ins)).to_text();
    let damaged = text.replace("3 in a row", "4 in a row");
    assert_eq!(goal::decode(&ins, &damaged), Err(FileError::DigestMismatch));
    let mut newer = document(&ins);
    newer["version"] = 2.into();
    assert!(matches!(
        goal::decode(&ins, &resealed(newer)),
        Err(FileError::NewerVersion {
            found: 2,
            supported: 1,
            ..
        })
    ));
    let mut other = document(&ins);
    other["format"] = "fulcrum.peer-response".into();
    let refused = goal::decode(&ins, &resealed(other)).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "This is a peer response file, not a goal file. Open it where peer response files are imported."
    );
    let mut elsewhere = document(&ins);
    elsewhere["instrument"]["id"] = "acme.other".into();
    assert!(matches!(
        goal::decode(&ins, &resealed(elsewhere)),
        Err(FileError::OtherInstrument { .. })
    ));
    assert!(goal::decode(&ins, "").is_err());
    assert!(goal::decode(&ins, "{\"format\":").is_err());
}
