//! A SMART goal as it is stored (`fulcrum.goal`, version 1): a sealed document with every part,
//! what it is about, its due date and its dated check-ins. One record per goal.
use super::envelope::{is_valid_record_id, parse_date, parse_timestamp, timestamp, Envelope};
use super::error::FileError;
use super::fields::{kind, Fields};
use crate::domain::goal::{CheckIn, Goal, GoalFocus, GoalStatus};
use crate::domain::{Instrument, Problem};
use serde_json::{Map, Value};
use time::Date;

pub const FORMAT: &str = "fulcrum.goal";
pub const VERSION: u64 = 1;

/// `YYYY-MM-DD`, as date inputs give it and `parse_date` reads it.
pub fn date_text(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Seals a goal. The envelope's id is the goal's and its created_at when the goal was set, so
/// the same goal always gives the same bytes.
pub fn encode(instrument: &Instrument, goal: &Goal) -> Envelope {
    let mut focus = Map::new();
    focus.insert("kind".into(), goal.focus.kind().into());
    focus.insert("id".into(), goal.focus.id().into());
    let check_ins: Vec<Value> = goal
        .check_ins
        .iter()
        .map(|c| {
            let mut m = Map::new();
            m.insert("id".into(), c.id.clone().into());
            m.insert("at".into(), timestamp(c.at).into());
            m.insert("note".into(), c.note.clone().into());
            m.insert("status".into(), c.status.as_str().into());
            Value::Object(m)
        })
        .collect();
    let mut payload = Map::new();
    payload.insert("focus".into(), Value::Object(focus));
    payload.insert("practice_id".into(), goal.practice_id.clone().into());
    payload.insert("specific".into(), goal.specific.clone().into());
    payload.insert("measure".into(), goal.measure.clone().into());
    payload.insert("target".into(), goal.target.clone().into());
    payload.insert("achievable".into(), goal.achievable.clone().into());
    payload.insert("relevant".into(), goal.relevant.clone().into());
    payload.insert("due".into(), date_text(goal.due).into());
    payload.insert("updated_at".into(), timestamp(goal.updated_at).into());
    payload.insert("check_ins".into(), Value::Array(check_ins));
    Envelope::seal(
        FORMAT,
        VERSION,
        &goal.id,
        goal.created_at,
        instrument,
        Value::Object(payload),
    )
}

fn read_focus(f: &mut Fields, payload: &Map<String, Value>, instrument: &Instrument) -> GoalFocus {
    let empty = Map::new();
    let focus = f
        .object(payload.get("focus"), "payload.focus")
        .unwrap_or(&empty);
    let kind_text = f.string(focus, "payload.focus", "kind", true);
    let id = f.string(focus, "payload.focus", "id", true);
    let known = |found: bool, what: &str, f: &mut Fields| {
        if !found && !id.is_empty() {
            f.problem(
                "payload.focus.id",
                format!("\"{id}\" is not a {what} of this questionnaire"),
            );
        }
    };
    match kind_text.as_str() {
        "practice" => {
            known(instrument.practice_index(&id).is_some(), "practice", f);
            GoalFocus::Practice(id)
        }
        "statement" => {
            known(instrument.statement(&id).is_some(), "statement", f);
            GoalFocus::Statement(id)
        }
        other => {
            if !other.is_empty() || focus.contains_key("kind") {
                f.problem(
                    "payload.focus.kind",
                    format!("\"{other}\" is not a focus: use practice or statement"),
                );
            }
            GoalFocus::Practice(id)
        }
    }
}

fn read_check_ins(f: &mut Fields, payload: &Map<String, Value>) -> Vec<(CheckIn, String)> {
    let items = f.array(payload, "payload", "check_ins", true);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("payload.check_ins[{i}]");
        let Value::Object(c) = item else {
            f.problem(at, format!("must be an object, not {}", kind(item)));
            continue;
        };
        let id = f.string(c, &at, "id", true);
        if !id.is_empty() && !is_valid_record_id(&id) {
            f.problem(
                format!("{at}.id"),
                "must be 1–64 letters, digits, '-' or '_'",
            );
        }
        let when = f.string(c, &at, "at", true);
        let note = f.string(c, &at, "note", true);
        let status_text = f.string(c, &at, "status", true);
        let status = GoalStatus::parse(&status_text).unwrap_or_else(|| {
            if !status_text.is_empty() {
                f.problem(
                    format!("{at}.status"),
                    format!("\"{status_text}\" is not a status: use not_started, on_track, at_risk or done"),
                );
            }
            GoalStatus::NotStarted
        });
        let check_in = CheckIn {
            id,
            at: time::OffsetDateTime::UNIX_EPOCH,
            note,
            status,
        };
        out.push((check_in, when));
    }
    out
}

/// Reads a stored goal, listing every problem with its JSON path: the envelope's checks, then
/// each field, then that the practice and statement it names exist in `instrument`.
pub fn decode(instrument: &Instrument, text: &str) -> Result<Goal, FileError> {
    let (envelope, mut f) = Envelope::open_for(text, FORMAT, VERSION, instrument)?;
    let empty = Map::new();
    let payload = envelope.payload.as_object().unwrap_or(&empty);
    let focus = read_focus(&mut f, payload, instrument);
    let mut part = |key: &str| f.string(payload, "payload", key, true);
    let practice_id = part("practice_id");
    let specific = part("specific");
    let measure = part("measure");
    let target = part("target");
    let achievable = part("achievable");
    let relevant = part("relevant");
    let due_text = part("due");
    let updated_text = part("updated_at");
    let check_ins = read_check_ins(&mut f, payload);
    let mut problems = f.problems;
    let due = parse_date(&due_text).unwrap_or_else(|| {
        if !due_text.is_empty() {
            problems.push(Problem::new(
                "payload.due",
                format!("\"{due_text}\" is not a date like 2026-12-01"),
            ));
        }
        Date::MIN
    });
    let created_at = parse_timestamp(&envelope.created_at, "created_at", &mut problems);
    let updated_at = parse_timestamp(&updated_text, "payload.updated_at", &mut problems);
    let check_ins: Vec<CheckIn> = check_ins
        .into_iter()
        .enumerate()
        .map(|(i, (mut c, when))| {
            c.at = parse_timestamp(&when, &format!("payload.check_ins[{i}].at"), &mut problems);
            c
        })
        .collect();
    if check_ins.windows(2).any(|w| w[0].at > w[1].at) {
        problems.push(Problem::new(
            "payload.check_ins",
            "must be listed oldest first",
        ));
    }
    let goal = Goal {
        id: envelope.id,
        created_at,
        updated_at,
        focus,
        practice_id,
        specific,
        measure,
        target,
        achievable,
        relevant,
        due,
        check_ins,
    };
    // The domain's rules add what reading did not already name (the focus, a mistyped part).
    let rules: Vec<Problem> = goal
        .problems(instrument)
        .into_iter()
        .map(|p| Problem::new(format!("payload.{}", p.path), p.message))
        .filter(|p| p.path != "payload.focus" && !problems.iter().any(|q| q.path == p.path))
        .collect();
    problems.extend(rules);
    if problems.is_empty() {
        Ok(goal)
    } else {
        Err(FileError::Invalid(problems))
    }
}
