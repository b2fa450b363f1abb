#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the backup: a round trip of every kind of record, the restore plan merged
//! into empty, identical and differing data, and refusals that name the record and write
//! nothing (ten valid records and one invalid).
use fulcrum::domain::feedback::{RaterGroup, Response};
use fulcrum::domain::feedback_request::FeedbackRequest;
use fulcrum::domain::goal::{CheckIn, Goal, GoalFocus, GoalStatus};
use fulcrum::domain::peer_draft::PeerDraft;
use fulcrum::domain::{Answers, CompletedAssessment, Draft, Instrument, Rating, Screen};
use fulcrum::format::backup::{self, BackupError, Content, Outcome, RecordKind};
use fulcrum::format::envelope::Envelope;
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::self_assessment::{self, SelfAssessment};
use fulcrum::format::{feedback_request, goal, peer_draft, peer_response, stored, FileError};
use fulcrum::i18n::Lang;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use time::macros::{date, datetime};
use time::OffsetDateTime;

const NOW: OffsetDateTime = datetime!(2026-11-25 10:00 UTC);
const REQ: &str = "5b1e0a8e-2c0d-4a7e-9d5a-0f3c2b1a9e77";

/// What a restore did, as the growth page says it in `lang`.
fn summary(lang: Lang, plan: &backup::RestorePlan) -> String {
    lang.growth().restore_summary(plan)
}

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

fn answers(ins: &Instrument, value: u8) -> Answers {
    let mut a = Answers::default();
    for (_, s) in ins.statements() {
        a.ratings.insert(s.id.clone(), Rating::Value(value));
    }
    a.set_comment("delegating", "Zoë says: \"let go\", 日本");
    a
}

fn take(ins: &Instrument, id: &str, value: u8) -> CompletedAssessment {
    CompletedAssessment {
        id: id.into(),
        started_at: datetime!(2026-03-02 09:00 UTC),
        completed_at: datetime!(2026-03-02 09:12 UTC),
        answers: answers(ins, value),
    }
}

fn assessment_text(ins: &Instrument, c: &CompletedAssessment) -> String {
    self_assessment::encode(ins, &SelfAssessment::Completed(c.clone())).to_text()
}

fn draft_text(ins: &Instrument, id: &str) -> String {
    let mut a = Answers::default();
    a.ratings.insert("learning-1".into(), Rating::Value(2));
    let d = Draft {
        id: id.into(),
        started_at: datetime!(2026-11-20 08:00 UTC),
        updated_at: datetime!(2026-11-20 08:05 UTC),
        answers: a,
        prefilled_from: None,
    };
    self_assessment::encode(ins, &SelfAssessment::InProgress(d)).to_text()
}

fn request() -> FeedbackRequest {
    FeedbackRequest {
        id: REQ.into(),
        subject_name: "Ada".into(),
        message: "Be candid".into(),
        due: None,
        groups: vec![RaterGroup::Peer, RaterGroup::Manager],
        created_at: datetime!(2026-04-01 09:00 UTC),
    }
}

fn response(ins: &Instrument, id: &str, group: RaterGroup) -> Response {
    Response {
        id: id.into(),
        request_id: REQ.into(),
        group,
        answers: answers(ins, 4),
        received_at: datetime!(2026-04-10 18:30 UTC),
        rater_name: None,
    }
}

fn response_text(ins: &Instrument, r: &Response, stored_at: OffsetDateTime) -> String {
    peer_response::encode(ins, r, stored_at).to_text()
}

fn a_goal(id: &str) -> Goal {
    Goal {
        id: id.into(),
        created_at: datetime!(2026-03-03 10:00 UTC),
        updated_at: datetime!(2026-03-04 10:00 UTC),
        focus: GoalFocus::Practice("delegating".into()),
        practice_id: "delegating".into(),
        specific: "Hand the design reviews of the payments service to Sam".into(),
        measure: "reviews led by Sam".into(),
        target: "4 of the next 5".into(),
        achievable: "Pair on the first two, then step back".into(),
        relevant: "Frees my time for planning".into(),
        due: date!(2026 - 12 - 31),
        check_ins: vec![CheckIn {
            id: "c1".into(),
            at: datetime!(2026-03-04 10:00 UTC),
            note: "Sam led the first one".into(),
            status: GoalStatus::OnTrack,
        }],
    }
}

fn peer_draft_text(ins: &Instrument) -> String {
    let mut other = request();
    other.id = "req-from-grace".into();
    other.subject_name = "Grace".into();
    let d = PeerDraft::new("resp-mine".into(), other, datetime!(2026-05-01 10:00 UTC));
    peer_draft::encode(ins, &d)
}

/// One record of every kind a namespace holds.
fn everything(ins: &Instrument) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for (id, v) in [("a1", 3), ("a2", 5)] {
        m.insert(
            format!("assessment/{id}"),
            assessment_text(ins, &take(ins, id, v)),
        );
    }
    m.insert("draft".into(), draft_text(ins, "d1"));
    m.insert(
        "position".into(),
        stored::encode_position(&Screen::Practice(2)),
    );
    m.insert(
        format!("request/{REQ}"),
        feedback_request::encode(ins, &request()).to_text(),
    );
    for (id, group) in [("r1", RaterGroup::Peer), ("r2", RaterGroup::Manager)] {
        let r = response(ins, id, group);
        m.insert(
            format!("response/{REQ}/{id}"),
            response_text(ins, &r, r.received_at),
        );
    }
    let mut differing = response(ins, "r1", RaterGroup::Peer);
    differing.group = RaterGroup::Other;
    m.insert(
        format!("conflict/{REQ}/r1"),
        response_text(ins, &differing, NOW),
    );
    m.insert("peer/req-from-grace".into(), peer_draft_text(ins));
    m.insert("goal/g1".into(), goal::encode(ins, &a_goal("g1")).to_text());
    m.insert(
        "quarantine/1764000000000-draft".into(),
        "{not json, kept byte for byte".into(),
    );
    m
}

fn backup_text(ins: &Instrument, records: &BTreeMap<String, String>) -> String {
    let made = backup::make(ins, "b-1", NOW, records);
    assert!(made.set_aside.is_empty(), "{:?}", made.set_aside);
    made.envelope.to_text()
}

/// A backup sealed with a correct digest around whatever records it is given, valid or not,
/// as an edited backup whose digest was recomputed would be.
fn sealed(ins: &Instrument, records: &BTreeMap<String, String>) -> String {
    let records: Map<String, Value> = records
        .iter()
        .map(|(k, v)| (k.clone(), Value::from(v.clone())))
        .collect();
    let mut payload = Map::new();
    payload.insert("records".into(), Value::Object(records));
    Envelope::seal(backup::FORMAT, 1, "b-2", NOW, ins, Value::Object(payload)).to_text()
}

/// What the browser does, on a map: check everything, plan, then write the additions.
fn restore_into(
    ins: &Instrument,
    store: &mut BTreeMap<String, String>,
    text: &str,
) -> Result<backup::RestorePlan, BackupError> {
    let checked = backup::decode(ins, text, NOW)?;
    let plan = backup::plan(ins, checked, store, NOW);
    for r in plan.added() {
        store.insert(r.name.clone(), r.text.clone());
    }
    Ok(plan)
}

fn refused_records(result: Result<backup::RestorePlan, BackupError>) -> Vec<(String, String)> {
    match result {
        Err(BackupError::Records(problems)) => {
            problems.into_iter().map(|p| (p.record, p.reason)).collect()
        }
        other => panic!("expected refused records, got {other:?}"),
    }
}

#[test]
fn every_kind_of_record_round_trips_as_stored() {
    let ins = built_in();
    let records = everything(&ins);
    let text = backup_text(&ins, &records);
    let read = backup::decode(&ins, &text, NOW).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.id, "b-1");
    assert_eq!(read.created_at, NOW);
    let back: BTreeMap<String, String> = read
        .records
        .iter()
        .map(|r| (r.name.clone(), r.text.clone()))
        .collect();
    assert_eq!(back, records, "every record comes back byte for byte");
    let kinds: Vec<RecordKind> = read.records.iter().map(|r| r.kind).collect();
    for kind in [
        RecordKind::Assessment,
        RecordKind::Draft,
        RecordKind::Position,
        RecordKind::Request,
        RecordKind::Response,
        RecordKind::Conflict,
        RecordKind::PeerDraft,
        RecordKind::Goal,
        RecordKind::Quarantine,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing");
    }
    let goal = read.records.iter().find(|r| r.name == "goal/g1");
    assert_eq!(goal.map(|r| &r.content), Some(&Content::Goal(a_goal("g1"))));
    assert_eq!(
        backup::make(&ins, "b-1", NOW, &records).envelope.to_text(),
        text
    );
    assert_eq!(backup::file_name(NOW), "fulcrum-backup-2026-11-25.json");
}

#[test]
fn restoring_into_an_empty_namespace_adds_everything() {
    let ins = built_in();
    let records = everything(&ins);
    let mut store = BTreeMap::new();
    let plan = restore_into(&ins, &mut store, &backup_text(&ins, &records))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store, records);
    assert_eq!(
        summary(Lang::En, &plan),
        "Added 2 assessments, 1 take in progress, 1 goal, 2 peer responses, 1 differing copy of a peer response, 1 feedback request, 1 feedback draft for a colleague, 1 saved place in the questionnaire, 1 set-aside record."
    );
    assert_eq!(
        summary(Lang::De, &plan),
        "Hinzugefügt: 2 Selbsteinschätzungen, 1 laufender Durchgang, 1 Ziel, 2 Rückmeldungen, 1 abweichende Kopie einer Rückmeldung, 1 Feedback-Anfrage, 1 Feedback-Entwurf für eine andere Person, 1 gespeicherte Stelle im Fragebogen, 1 zurückgestellter Eintrag."
    );
    let ids: Vec<String> = plan.added_assessments().into_iter().map(|c| c.id).collect();
    assert_eq!(ids, ["a1", "a2"]);
    assert_eq!(plan.added_draft().map(|d| d.id), Some("d1".into()));
    assert_eq!(plan.added_position(), Some(Screen::Practice(2)));
}

#[test]
fn restoring_into_identical_data_changes_nothing() {
    let ins = built_in();
    let records = everything(&ins);
    let mut store = records.clone();
    let plan = restore_into(&ins, &mut store, &backup_text(&ins, &records))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store, records);
    assert_eq!(plan.added().count(), 0);
    assert_eq!(
        summary(Lang::En, &plan),
        "Nothing new to add; 11 already here."
    );
    assert_eq!(
        summary(Lang::De, &plan),
        "Nichts Neues hinzuzufügen; 11 bereits vorhanden."
    );
}

#[test]
fn restoring_into_differing_data_never_overwrites_it() {
    let ins = built_in();
    let backup = everything(&ins);
    let mut store = BTreeMap::new();
    // The same take with other answers, another draft, another place: the user's are kept.
    let mine = take(&ins, "a1", 1);
    store.insert("assessment/a1".to_string(), assessment_text(&ins, &mine));
    store.insert("draft".to_string(), draft_text(&ins, "d-mine"));
    store.insert(
        "position".to_string(),
        stored::encode_position(&Screen::Review),
    );
    let mut my_goal = a_goal("g1");
    my_goal.target = "5 of the next 5".into();
    store.insert(
        "goal/g1".to_string(),
        goal::encode(&ins, &my_goal).to_text(),
    );
    // The same response stored here at another time is the same response.
    let r1 = response(&ins, "r1", RaterGroup::Peer);
    store.insert(
        format!("response/{REQ}/r1"),
        response_text(&ins, &r1, datetime!(2026-06-01 12:00 UTC)),
    );
    // A record here that cannot be read is left alone too.
    store.insert(format!("response/{REQ}/r2"), "damaged".to_string());
    store.insert("assessment/only-here".to_string(), "mine".to_string());
    let before = store.clone();

    let plan = restore_into(&ins, &mut store, &backup_text(&ins, &backup))
        .unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in &before {
        assert_eq!(store.get(name), Some(text), "{name} was changed");
    }
    let outcome = |name: &str| {
        plan.items
            .iter()
            .find(|p| p.record.name == name)
            .map(|p| p.outcome)
    };
    assert_eq!(outcome("assessment/a1"), Some(Outcome::KeptYours));
    assert_eq!(outcome("assessment/a2"), Some(Outcome::Added));
    assert_eq!(
        outcome(&format!("response/{REQ}/r1")),
        Some(Outcome::AlreadyHere)
    );
    assert_eq!(
        outcome(&format!("response/{REQ}/r2")),
        Some(Outcome::KeptYours)
    );
    assert_eq!(
        summary(Lang::De, &plan),
        "Hinzugefügt: 1 Selbsteinschätzung, 1 abweichende Kopie einer Rückmeldung, 1 Feedback-Anfrage, 1 Feedback-Entwurf für eine andere Person, 1 zurückgestellter Eintrag; \
         1 bereits vorhanden; \
         5 unverändert belassen (weichen von der Sicherung ab: die Selbsteinschätzung vom 2. März 2026; der laufende Durchgang; \
         das Ziel „Hand the design reviews of the payments service to Sam“; Ihre gespeicherte Stelle im Fragebogen; Rückmeldung r2 (Führungskraft))."
    );
    assert_eq!(
        summary(Lang::En, &plan),
        "Added 1 assessment, 1 differing copy of a peer response, 1 feedback request, 1 feedback draft for a colleague, 1 set-aside record; \
         1 already here; \
         5 kept as they were (differ from the backup: the assessment completed on 2 March 2026; the take in progress; \
         the goal \"Hand the design reviews of the payments service to Sam\"; your saved place in the questionnaire; response r2 (manager))."
    );
    assert_eq!(
        plan.added_assessments()
            .into_iter()
            .map(|c| c.id)
            .collect::<Vec<_>>(),
        ["a2"]
    );
    assert_eq!(plan.added_draft(), None);
}

#[test]
fn one_invalid_record_refuses_the_backup_and_is_named() {
    let ins = built_in();
    let mut records = everything(&ins);
    let mut broken: Value =
        serde_json::from_str(&records["assessment/a2"]).unwrap_or_else(|e| panic!("{e}"));
    broken["payload"]["answers"]["learning-1"] = 9.into();
    records.insert("assessment/a2".into(), broken.to_string());
    let refused = refused_records(
        backup::decode(&ins, &sealed(&ins, &records), NOW)
            .map(|b| backup::plan(&ins, b, &BTreeMap::new(), NOW)),
    );
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].0, "assessment/a2");
    assert!(refused[0].1.contains("digest"), "{}", refused[0].1);

    let error = backup::decode(&ins, &sealed(&ins, &records), NOW)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.starts_with("Nothing was restored"), "{error}");
    assert!(
        error.contains("Record \"assessment/a2\": The file is damaged"),
        "{error}"
    );
}

#[test]
fn ten_valid_records_and_one_invalid_write_nothing() {
    let ins = built_in();
    let mut records = BTreeMap::new();
    for n in 0..10 {
        let id = format!("a{n}");
        records.insert(
            format!("assessment/{id}"),
            assessment_text(&ins, &take(&ins, &id, 4)),
        );
    }
    // The eleventh claims to be a take but holds answers in progress.
    records.insert("assessment/d1".into(), draft_text(&ins, "d1"));
    let mut store = BTreeMap::new();
    store.insert("assessment/mine".to_string(), "untouched".to_string());
    let before = store.clone();
    let refused = refused_records(restore_into(&ins, &mut store, &sealed(&ins, &records)));
    assert_eq!(
        refused,
        [(
            "assessment/d1".to_string(),
            "it holds answers in progress, not a completed take".to_string()
        )]
    );
    assert_eq!(store, before, "nothing was written");
}

#[test]
fn records_that_are_not_what_their_name_says_are_refused() {
    let ins = built_in();
    let mut records = BTreeMap::new();
    records.insert(
        "assessment/a1".into(),
        assessment_text(&ins, &take(&ins, "other", 4)),
    );
    records.insert("draft".into(), assessment_text(&ins, &take(&ins, "a2", 4)));
    records.insert("settings/theme".into(), "{}".into());
    records.insert("assessment/bad id!".into(), "{}".into());
    records.insert(
        "position".into(),
        "{\"format\":\"fulcrum.position\",\"version\":7}".into(),
    );
    let refused = refused_records(restore_into(
        &ins,
        &mut BTreeMap::new(),
        &sealed(&ins, &records),
    ));
    let names: Vec<&str> = refused.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "assessment/a1",
            "assessment/bad id!",
            "draft",
            "position",
            "settings/theme"
        ]
    );
    let reason = |name: &str| {
        refused
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| r.clone())
            .unwrap_or_default()
    };
    assert!(reason("assessment/a1").contains("\"other\""));
    assert!(reason("draft").contains("completed take"));
    assert!(reason("settings/theme").contains("keeps no record of that name"));
    assert!(reason("position").contains("newer version"));
}

#[test]
fn the_backup_itself_is_checked_first() {
    let ins = built_in();
    let text = backup_text(&ins, &everything(&ins));
    let tampered = text.replacen("learning-1", "learning-2", 1);
    assert_eq!(
        backup::decode(&ins, &tampered, NOW),
        Err(BackupError::File(FileError::DigestMismatch))
    );
    let newer = text.replacen("\"version\": 1", "\"version\": 2", 1);
    assert!(matches!(
        backup::decode(&ins, &newer, NOW),
        Err(BackupError::File(FileError::NewerVersion { found: 2, .. }))
    ));
    let take_file = assessment_text(&ins, &take(&ins, "a1", 3));
    let wrong = backup::decode(&ins, &take_file, NOW)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        wrong.contains("This is a self assessment file, not a backup file"),
        "{wrong}"
    );

    let mut payload = Map::new();
    let mut records = Map::new();
    records.insert("draft".into(), Value::from(3));
    payload.insert("records".into(), Value::Object(records));
    payload.insert("extra".into(), Value::from(true));
    let odd = Envelope::seal(backup::FORMAT, 1, "b", NOW, &ins, Value::Object(payload)).to_text();
    match backup::decode(&ins, &odd, NOW) {
        Err(BackupError::File(FileError::Invalid(problems))) => {
            let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
            assert_eq!(paths, ["payload.extra", "payload.records[\"draft\"]"]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unreadable_records_go_into_the_backup_set_aside() {
    let ins = built_in();
    let mut records = everything(&ins);
    records.insert("goal/g2".into(), "{\"damaged\":".into());
    records.insert("future/thing".into(), "kept".into());
    let made = backup::make(&ins, "b-3", NOW, &records);
    let renamed: Vec<(&str, &str)> = made
        .set_aside
        .iter()
        .map(|s| (s.record.as_str(), s.renamed.as_str()))
        .collect();
    assert_eq!(
        renamed,
        [
            ("future/thing", "quarantine/1795600800000-future_thing"),
            ("goal/g2", "quarantine/1795600800000-goal_g2"),
        ]
    );
    assert_eq!(made.records, records.len());
    let read =
        backup::decode(&ins, &made.envelope.to_text(), NOW).unwrap_or_else(|e| panic!("{e}"));
    let kept = read
        .records
        .iter()
        .find(|r| r.name == "quarantine/1795600800000-goal_g2")
        .map(|r| r.text.as_str());
    assert_eq!(kept, Some("{\"damaged\":"), "text kept byte for byte");
}
