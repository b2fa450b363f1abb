//! The mentor report file (`fulcrum.report`, version 1): the same content as the printable
//! report, sealed like every other file. It names the practices and statements it shows, so it
//! opens in any copy of Fulcrum whatever its questionnaire, and it records what the author left
//! out (`included`). Content that was left out is absent from the file, and a file that has it
//! anyway is refused.
use super::envelope::{
    is_valid_record_id, parse_date, parse_timestamp, timestamp, Envelope, InstrumentRef,
};
use super::error::FileError;
use super::fields::{join, kind, Fields};
use super::json;
use crate::domain::feedback::{GroupCount, RaterGroup, Visibility};
use crate::domain::goal::GoalStatus;
use crate::domain::mentor_report::{
    CheckInSummary, FeedbackSummary, Gap, GoalSummary, MentorReport, Notable, PracticeComments,
    Questionnaire, ReportOptions, ReportPractice, ReportStatement, StatementGap, StatementScore,
    TakeScores,
};
use crate::domain::Tag;
use serde_json::{Map, Value};
use time::Date;

pub const FORMAT: &str = "fulcrum.report";
pub const VERSION: u64 = 1;

const PAYLOAD_FIELDS: [&str; 8] = [
    "name",
    "included",
    "questionnaire",
    "takes",
    "statement_scores",
    "comments",
    "feedback",
    "goals",
];

fn score_json(v: Option<f64>) -> Value {
    v.map_or(Value::Null, Value::from)
}

fn date_text(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn visibility_text(v: Visibility) -> &'static str {
    match v {
        Visibility::OnItsOwn => "own",
        Visibility::Combined => "combined",
        Visibility::CountOnly => "count_only",
    }
}

fn parse_visibility(s: &str) -> Option<Visibility> {
    [
        Visibility::OnItsOwn,
        Visibility::Combined,
        Visibility::CountOnly,
    ]
    .into_iter()
    .find(|v| visibility_text(*v) == s)
}

fn object(entries: impl IntoIterator<Item = (String, Value)>) -> Value {
    Value::Object(entries.into_iter().collect())
}

fn gap_json(g: &Gap) -> Value {
    object([
        ("self".into(), score_json(g.self_score)),
        ("others".into(), score_json(g.others)),
        ("gap".into(), score_json(g.gap)),
    ])
}

fn notable_json(n: &Notable, statements: bool) -> Value {
    let mut m = Map::new();
    m.insert("count".into(), n.count.into());
    if statements {
        m.insert("statements".into(), n.statement_ids.clone().into());
    }
    Value::Object(m)
}

fn comments_json(comments: &[PracticeComments], q: &Questionnaire, single: bool) -> Value {
    object(comments.iter().filter_map(|c| {
        let id = q.practices.get(c.practice_index)?.id.clone();
        let texts = if single {
            Value::from(c.texts.first().cloned().unwrap_or_default())
        } else {
            Value::from(c.texts.clone())
        };
        Some((id, texts))
    }))
}

fn feedback_json(fb: &FeedbackSummary, q: &Questionnaire, options: ReportOptions) -> Value {
    let mut m = Map::new();
    m.insert("subject_name".into(), fb.subject_name.clone().into());
    m.insert("requested_at".into(), timestamp(fb.requested_at).into());
    m.insert("min_group_size".into(), fb.min_group_size.into());
    let groups = fb
        .groups
        .iter()
        .map(|g| {
            object([
                ("group".into(), g.group.as_str().into()),
                ("responses".into(), g.responses.into()),
                ("shown".into(), visibility_text(g.visibility).into()),
            ])
        })
        .collect::<Vec<_>>();
    m.insert("groups".into(), groups.into());
    m.insert("others_responses".into(), fb.others_responses.into());
    m.insert("withheld_responses".into(), fb.withheld_responses.into());
    m.insert(
        "practices".into(),
        object(
            q.practices
                .iter()
                .zip(&fb.practices)
                .map(|(p, g)| (p.id.clone(), gap_json(g))),
        ),
    );
    if options.include_statements {
        m.insert(
            "statements".into(),
            object(
                fb.statements
                    .iter()
                    .map(|s| (s.statement_id.clone(), gap_json(&s.figures))),
            ),
        );
    }
    m.insert(
        "blind_spots".into(),
        notable_json(&fb.blind_spots, options.include_statements),
    );
    m.insert(
        "hidden_strengths".into(),
        notable_json(&fb.hidden_strengths, options.include_statements),
    );
    if options.include_comments {
        m.insert("comments".into(), comments_json(&fb.comments, q, false));
    }
    m.insert("rules".into(), fb.rules.clone().into());
    Value::Object(m)
}

fn goal_json(g: &GoalSummary) -> Value {
    let mut m = Map::new();
    m.insert("practice".into(), g.practice_id.clone().into());
    if let Some(s) = &g.statement_id {
        m.insert("statement".into(), s.clone().into());
    }
    for (key, text) in [
        ("specific", &g.specific),
        ("measure", &g.measure),
        ("target", &g.target),
        ("achievable", &g.achievable),
        ("relevant", &g.relevant),
    ] {
        m.insert(key.into(), text.clone().into());
    }
    m.insert("due".into(), date_text(g.due).into());
    m.insert("created_at".into(), timestamp(g.created_at).into());
    m.insert("status".into(), g.status.as_str().into());
    let check_ins = g
        .check_ins
        .iter()
        .map(|c| {
            object([
                ("at".into(), timestamp(c.at).into()),
                ("note".into(), c.note.clone().into()),
                ("status".into(), c.status.as_str().into()),
            ])
        })
        .collect::<Vec<_>>();
    m.insert("check_ins".into(), check_ins.into());
    Value::Object(m)
}

/// Seals a report. Only what the report holds is written: content left out by the author's
/// options was never put into it.
pub fn encode(report: &MentorReport) -> Envelope {
    let q = &report.questionnaire;
    let options = report.included;
    let mut payload = Map::new();
    if !report.name.trim().is_empty() {
        payload.insert("name".into(), report.name.trim().into());
    }
    payload.insert(
        "included".into(),
        object([
            ("comments".into(), options.include_comments.into()),
            ("statements".into(), options.include_statements.into()),
        ]),
    );
    let practices = q
        .practices
        .iter()
        .map(|p| {
            let mut m = Map::new();
            m.insert("id".into(), p.id.clone().into());
            m.insert("title".into(), p.title.clone().into());
            if options.include_statements {
                let statements = p
                    .statements
                    .iter()
                    .map(|s| {
                        object([
                            ("id".into(), s.id.clone().into()),
                            ("tag".into(), s.tag.as_str().into()),
                            ("text".into(), s.text.clone().into()),
                        ])
                    })
                    .collect::<Vec<_>>();
                m.insert("statements".into(), statements.into());
            }
            Value::Object(m)
        })
        .collect::<Vec<_>>();
    payload.insert(
        "questionnaire".into(),
        object([
            ("title".into(), q.title.clone().into()),
            ("scale".into(), q.scale.clone().into()),
            ("practices".into(), practices.into()),
        ]),
    );
    let takes = report
        .takes
        .iter()
        .map(|t| {
            object([
                ("started_at".into(), timestamp(t.started_at).into()),
                ("completed_at".into(), timestamp(t.completed_at).into()),
                (
                    "practices".into(),
                    object(
                        q.practices
                            .iter()
                            .zip(&t.practices)
                            .map(|(p, s)| (p.id.clone(), score_json(*s))),
                    ),
                ),
                ("technical".into(), score_json(t.technical)),
                ("leadership".into(), score_json(t.leadership)),
                // For readers of the file; recomputed from the indexes when read.
                ("balance".into(), t.balance().describe().into()),
            ])
        })
        .collect::<Vec<_>>();
    payload.insert("takes".into(), takes.into());
    if options.include_statements {
        payload.insert(
            "statement_scores".into(),
            object(
                report
                    .latest_statements
                    .iter()
                    .map(|s| (s.statement_id.clone(), score_json(s.score))),
            ),
        );
    }
    if options.include_comments {
        payload.insert(
            "comments".into(),
            comments_json(&report.latest_comments, q, true),
        );
    }
    if let Some(fb) = &report.feedback {
        payload.insert("feedback".into(), feedback_json(fb, q, options));
    }
    payload.insert(
        "goals".into(),
        report
            .goals
            .iter()
            .map(goal_json)
            .collect::<Vec<_>>()
            .into(),
    );
    let payload = Value::Object(payload);
    Envelope {
        format: FORMAT.into(),
        version: VERSION,
        id: report.id.clone(),
        created_at: timestamp(report.generated_at),
        instrument: InstrumentRef {
            id: q.id.clone(),
            version: q.version.clone(),
            sha256: q.sha256.clone(),
        },
        digest: json::sha256_hex(&payload),
        payload,
    }
}

/// The file name offered for download, e.g. `fulcrum-report-2026-12-01.json`.
pub fn file_name(report: &MentorReport) -> String {
    format!(
        "fulcrum-report-{}.json",
        date_text(report.generated_at.date())
    )
}

// ---- Reading ----

/// A field that must be absent because the author left its content out.
fn refuse_left_out(f: &mut Fields, obj: &Map<String, Value>, path: &str, key: &str, what: &str) {
    if obj.contains_key(key) {
        f.problem(
            join(path, key),
            format!("is present although the report says {what} were left out"),
        );
    }
}

fn boolean(f: &mut Fields, obj: &Map<String, Value>, path: &str, key: &str) -> bool {
    match obj.get(key) {
        Some(Value::Bool(b)) => *b,
        None => {
            f.problem(join(path, key), "is missing; it must be true or false");
            false
        }
        Some(other) => {
            f.problem(
                join(path, key),
                format!("must be true or false, not {}", kind(other)),
            );
            false
        }
    }
}

/// A figure in `low..=high`, or null.
fn figure(f: &mut Fields, value: Option<&Value>, path: &str, low: f64, high: f64) -> Option<f64> {
    match value {
        None => {
            f.problem(path, "is missing; it must be a number or null");
            None
        }
        Some(Value::Null) => None,
        Some(Value::Number(n)) => match n.as_f64() {
            Some(v) if (low..=high).contains(&v) => Some(v),
            _ => {
                f.problem(path, format!("{n} is outside {low}–{high}"));
                None
            }
        },
        Some(other) => {
            f.problem(
                path,
                format!("must be a number or null, not {}", kind(other)),
            );
            None
        }
    }
}

fn score(f: &mut Fields, obj: &Map<String, Value>, path: &str, key: &str) -> Option<f64> {
    figure(f, obj.get(key), &join(path, key), 1.0, 5.0)
}

fn time_field(
    f: &mut Fields,
    obj: &Map<String, Value>,
    path: &str,
    key: &str,
) -> time::OffsetDateTime {
    let text = f.string(obj, path, key, true);
    if text.is_empty() {
        return time::OffsetDateTime::UNIX_EPOCH;
    }
    parse_timestamp(&text, &join(path, key), &mut f.problems)
}

/// The objects of a list; non-objects are problems.
fn objects<'v>(
    f: &mut Fields,
    obj: &'v Map<String, Value>,
    path: &str,
    key: &str,
) -> Vec<(String, &'v Map<String, Value>)> {
    let at = join(path, key);
    let items = f.array(obj, path, key, true);
    items
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let item_path = format!("{at}[{i}]");
            f.object(Some(v), &item_path).map(|m| (item_path, m))
        })
        .collect()
}

/// An object keyed by practice id: one entry per practice of the report, in its order.
fn per_practice<T>(
    f: &mut Fields,
    value: Option<&Value>,
    path: &str,
    q: &Questionnaire,
    mut read: impl FnMut(&mut Fields, &Value, &str) -> T,
) -> Vec<Option<T>> {
    let Some(map) = f.object(value, path) else {
        return q.practices.iter().map(|_| None).collect();
    };
    for key in map.keys() {
        if q.practice_index(key).is_none() {
            f.problem(join(path, key), "is not a practice of this report");
        }
    }
    q.practices
        .iter()
        .map(|p| {
            let at = join(path, &p.id);
            match map.get(&p.id) {
                Some(v) => Some(read(f, v, &at)),
                None => {
                    f.problem(at, "is missing");
                    None
                }
            }
        })
        .collect()
}

/// An object keyed by statement id (statements of the report only), in the report's order.
/// Absent statements are allowed; the caller says whether they must all be there.
fn per_statement<T>(
    f: &mut Fields,
    value: Option<&Value>,
    path: &str,
    q: &Questionnaire,
    mut read: impl FnMut(&mut Fields, &Value, &str) -> T,
) -> Vec<(String, T)> {
    let Some(map) = f.object(value, path) else {
        return Vec::new();
    };
    for key in map.keys() {
        if q.statement(key).is_none() {
            f.problem(join(path, key), "is not a statement of this report");
        }
    }
    q.practices
        .iter()
        .flat_map(|p| p.statements.iter())
        .filter_map(|s| {
            let v = map.get(&s.id)?;
            Some((s.id.clone(), read(f, v, &join(path, &s.id))))
        })
        .collect()
}

/// An object keyed by practice id holding comments (one text, or a list of texts).
fn comments(
    f: &mut Fields,
    value: Option<&Value>,
    path: &str,
    q: &Questionnaire,
    single: bool,
) -> Vec<PracticeComments> {
    let Some(map) = f.object(value, path) else {
        return Vec::new();
    };
    for key in map.keys() {
        if q.practice_index(key).is_none() {
            f.problem(join(path, key), "is not a practice of this report");
        }
    }
    let mut out = Vec::new();
    for (i, p) in q.practices.iter().enumerate() {
        let Some(v) = map.get(&p.id) else { continue };
        let at = join(path, &p.id);
        let texts = match (v, single) {
            (Value::String(s), true) => vec![s.clone()],
            (Value::Array(items), false) => items
                .iter()
                .enumerate()
                .filter_map(|(n, t)| match t {
                    Value::String(s) => Some(s.clone()),
                    other => {
                        f.problem(
                            format!("{at}[{n}]"),
                            format!("must be text, not {}", kind(other)),
                        );
                        None
                    }
                })
                .collect(),
            (other, _) => {
                let want = if single { "text" } else { "a list of texts" };
                f.problem(&at, format!("must be {want}, not {}", kind(other)));
                continue;
            }
        };
        out.push(PracticeComments {
            practice_index: i,
            texts,
        });
    }
    out
}

fn read_questionnaire(
    f: &mut Fields,
    value: Option<&Value>,
    instrument: &InstrumentRef,
    statements: bool,
) -> Questionnaire {
    let path = "payload.questionnaire";
    let empty = Map::new();
    let obj = f.object(value, path).unwrap_or(&empty);
    let title = f.string(obj, path, "title", true);
    let scale = f.texts(obj, path, "scale", true);
    let mut practices: Vec<ReportPractice> = Vec::new();
    for (at, p) in objects(f, obj, path, "practices") {
        let id = f.string(p, &at, "id", true);
        if !id.is_empty() && practices.iter().any(|q| q.id == id) {
            f.problem(join(&at, "id"), format!("\"{id}\" appears twice"));
        }
        let title = f.string(p, &at, "title", true);
        let mut list = Vec::new();
        if statements {
            for (s_at, s) in objects(f, p, &at, "statements") {
                let id = f.string(s, &s_at, "id", true);
                let tag_text = f.string(s, &s_at, "tag", true);
                let tag = Tag::parse(&tag_text).unwrap_or_else(|| {
                    if !tag_text.is_empty() {
                        f.problem(
                            join(&s_at, "tag"),
                            format!("\"{tag_text}\" is not a tag: use technical or leadership"),
                        );
                    }
                    Tag::Technical
                });
                let text = f.string(s, &s_at, "text", true);
                let seen = practices
                    .iter()
                    .flat_map(|q| q.statements.iter())
                    .chain(list.iter())
                    .any(|x: &ReportStatement| x.id == id);
                if !id.is_empty() && seen {
                    f.problem(join(&s_at, "id"), format!("\"{id}\" appears twice"));
                }
                list.push(ReportStatement { id, tag, text });
            }
        } else {
            refuse_left_out(f, p, &at, "statements", "statement-level scores");
        }
        practices.push(ReportPractice {
            id,
            title,
            statements: list,
        });
    }
    Questionnaire {
        id: instrument.id.clone(),
        version: instrument.version.clone(),
        sha256: instrument.sha256.clone(),
        title,
        scale,
        practices,
    }
}

fn read_gap(f: &mut Fields, v: &Value, path: &str) -> Gap {
    let empty = Map::new();
    let m = f.object(Some(v), path).unwrap_or(&empty);
    Gap {
        self_score: figure(f, m.get("self"), &join(path, "self"), 1.0, 5.0),
        others: figure(f, m.get("others"), &join(path, "others"), 1.0, 5.0),
        gap: figure(f, m.get("gap"), &join(path, "gap"), -4.0, 4.0),
    }
}

fn read_notable(
    f: &mut Fields,
    obj: &Map<String, Value>,
    path: &str,
    key: &str,
    q: &Questionnaire,
    statements: bool,
) -> Notable {
    let at = join(path, key);
    let empty = Map::new();
    let m = f.object(obj.get(key), &at).unwrap_or(&empty);
    let count = f.count(m, &at, "count", 0) as usize;
    let statement_ids = if statements {
        let ids = f.texts(m, &at, "statements", true);
        for (i, id) in ids.iter().enumerate() {
            if q.statement(id).is_none() {
                f.problem(
                    format!("{at}.statements[{i}]"),
                    format!("\"{id}\" is not a statement of this report"),
                );
            }
        }
        if ids.len() != count {
            f.problem(
                join(&at, "count"),
                format!("says {count} but {} statement(s) are listed", ids.len()),
            );
        }
        ids
    } else {
        refuse_left_out(f, m, &at, "statements", "statement-level scores");
        Vec::new()
    };
    Notable {
        count,
        statement_ids,
    }
}

fn read_feedback(
    f: &mut Fields,
    value: &Value,
    q: &Questionnaire,
    options: ReportOptions,
) -> FeedbackSummary {
    let path = "payload.feedback";
    let empty = Map::new();
    let m = f.object(Some(value), path).unwrap_or(&empty);
    let subject_name = f.string(m, path, "subject_name", true);
    let requested_at = time_field(f, m, path, "requested_at");
    let min_group_size = f.count(m, path, "min_group_size", 3);
    let mut groups = Vec::new();
    for (at, g) in objects(f, m, path, "groups") {
        let name = f.string(g, &at, "group", true);
        let group = match RaterGroup::parse(&name) {
            Some(RaterGroup::SelfRating) | None => {
                f.problem(
                    join(&at, "group"),
                    format!("\"{name}\" is not a rater group: use manager, peer, direct_report or other"),
                );
                RaterGroup::Other
            }
            Some(g) => g,
        };
        let responses = f.count(g, &at, "responses", 0) as usize;
        let shown = f.string(g, &at, "shown", true);
        let visibility = parse_visibility(&shown).unwrap_or_else(|| {
            f.problem(
                join(&at, "shown"),
                format!("\"{shown}\" is not one of own, combined, count_only"),
            );
            Visibility::CountOnly
        });
        groups.push(GroupCount {
            group,
            responses,
            visibility,
        });
    }
    let others_responses = f.count(m, path, "others_responses", 0) as usize;
    let withheld_responses = f.count(m, path, "withheld_responses", 0) as usize;
    let none = Gap {
        self_score: None,
        others: None,
        gap: None,
    };
    let practices = per_practice(f, m.get("practices"), &join(path, "practices"), q, read_gap)
        .into_iter()
        .map(|g| g.unwrap_or(none))
        .collect();
    let statements = if options.include_statements {
        per_statement(
            f,
            m.get("statements"),
            &join(path, "statements"),
            q,
            read_gap,
        )
        .into_iter()
        .map(|(statement_id, figures)| StatementGap {
            statement_id,
            figures,
        })
        .collect()
    } else {
        refuse_left_out(f, m, path, "statements", "statement-level scores");
        Vec::new()
    };
    let blind_spots = read_notable(f, m, path, "blind_spots", q, options.include_statements);
    let hidden_strengths = read_notable(
        f,
        m,
        path,
        "hidden_strengths",
        q,
        options.include_statements,
    );
    let comments = if options.include_comments {
        comments(f, m.get("comments"), &join(path, "comments"), q, false)
    } else {
        refuse_left_out(f, m, path, "comments", "comments");
        Vec::new()
    };
    let rules = f.texts(m, path, "rules", true);
    FeedbackSummary {
        subject_name,
        requested_at,
        min_group_size,
        groups,
        others_responses,
        withheld_responses,
        practices,
        statements,
        blind_spots,
        hidden_strengths,
        comments,
        rules,
    }
}

fn read_status(f: &mut Fields, obj: &Map<String, Value>, path: &str) -> GoalStatus {
    let text = f.string(obj, path, "status", true);
    GoalStatus::parse(&text).unwrap_or_else(|| {
        if !text.is_empty() {
            f.problem(
                join(path, "status"),
                format!("\"{text}\" is not a status: use not_started, on_track, at_risk or done"),
            );
        }
        GoalStatus::NotStarted
    })
}

fn read_goal(
    f: &mut Fields,
    at: &str,
    g: &Map<String, Value>,
    q: &Questionnaire,
    statements: bool,
) -> GoalSummary {
    let practice_id = f.string(g, at, "practice", true);
    if !practice_id.is_empty() && q.practice_index(&practice_id).is_none() {
        f.problem(
            join(at, "practice"),
            format!("\"{practice_id}\" is not a practice of this report"),
        );
    }
    let statement_id = if statements {
        g.get("statement").map(|_| {
            let id = f.string(g, at, "statement", true);
            if q.statement(&id).is_none() {
                f.problem(
                    join(at, "statement"),
                    format!("\"{id}\" is not a statement of this report"),
                );
            }
            id
        })
    } else {
        refuse_left_out(f, g, at, "statement", "statement-level scores");
        None
    };
    let mut text = |key: &str| f.string(g, at, key, true);
    let (specific, measure, target, achievable, relevant) = (
        text("specific"),
        text("measure"),
        text("target"),
        text("achievable"),
        text("relevant"),
    );
    let due_text = f.string(g, at, "due", true);
    let due = parse_date(&due_text).unwrap_or_else(|| {
        if !due_text.is_empty() {
            f.problem(
                join(at, "due"),
                format!("\"{due_text}\" is not a date like 2027-03-01"),
            );
        }
        Date::MIN
    });
    let created_at = time_field(f, g, at, "created_at");
    let status = read_status(f, g, at);
    let check_ins = objects(f, g, at, "check_ins")
        .into_iter()
        .map(|(c_at, c)| CheckInSummary {
            at: time_field(f, c, &c_at, "at"),
            note: f.string(c, &c_at, "note", true),
            status: read_status(f, c, &c_at),
        })
        .collect();
    GoalSummary {
        practice_id,
        statement_id,
        specific,
        measure,
        target,
        achievable,
        relevant,
        due,
        created_at,
        status,
        check_ins,
    }
}

/// Reads a report file: the envelope's checks (JSON, format, version, shape, digest), then
/// every problem in the payload with its path. The questionnaire is not checked against this
/// copy's: the report names what it needs.
pub fn decode(text: &str) -> Result<MentorReport, FileError> {
    let envelope = Envelope::open(text, FORMAT, VERSION)?;
    let mut f = Fields::default();
    if !is_valid_record_id(&envelope.id) {
        f.problem("id", "must be 1–64 letters, digits, '-' or '_'");
    }
    let generated_at = parse_timestamp(&envelope.created_at, "created_at", &mut f.problems);
    let empty = Map::new();
    let payload = envelope.payload.as_object().unwrap_or(&empty);
    for key in payload.keys() {
        if !PAYLOAD_FIELDS.contains(&key.as_str()) {
            f.problem(
                format!("payload.{key}"),
                "is not a field of a version 1 report",
            );
        }
    }
    let name = f.string(payload, "payload", "name", false);
    let included_obj = f
        .object(payload.get("included"), "payload.included")
        .unwrap_or(&empty);
    let included = ReportOptions {
        include_comments: boolean(&mut f, included_obj, "payload.included", "comments"),
        include_statements: boolean(&mut f, included_obj, "payload.included", "statements"),
    };
    let questionnaire = read_questionnaire(
        &mut f,
        payload.get("questionnaire"),
        &envelope.instrument,
        included.include_statements,
    );
    let q = &questionnaire;
    let takes = objects(&mut f, payload, "payload", "takes")
        .into_iter()
        .map(|(at, t)| TakeScores {
            started_at: time_field(&mut f, t, &at, "started_at"),
            completed_at: time_field(&mut f, t, &at, "completed_at"),
            practices: per_practice(
                &mut f,
                t.get("practices"),
                &join(&at, "practices"),
                q,
                |f, v, p| figure(f, Some(v), p, 1.0, 5.0),
            )
            .into_iter()
            .map(Option::flatten)
            .collect(),
            technical: score(&mut f, t, &at, "technical"),
            leadership: score(&mut f, t, &at, "leadership"),
        })
        .collect();
    let latest_statements = if included.include_statements {
        per_statement(
            &mut f,
            payload.get("statement_scores"),
            "payload.statement_scores",
            q,
            |f, v, p| figure(f, Some(v), p, 1.0, 5.0),
        )
        .into_iter()
        .map(|(statement_id, score)| StatementScore {
            statement_id,
            score,
        })
        .collect()
    } else {
        refuse_left_out(
            &mut f,
            payload,
            "payload",
            "statement_scores",
            "statement-level scores",
        );
        Vec::new()
    };
    let latest_comments = if included.include_comments {
        comments(&mut f, payload.get("comments"), "payload.comments", q, true)
    } else {
        refuse_left_out(&mut f, payload, "payload", "comments", "comments");
        Vec::new()
    };
    let feedback = payload
        .get("feedback")
        .map(|v| read_feedback(&mut f, v, q, included));
    let goals = objects(&mut f, payload, "payload", "goals")
        .into_iter()
        .map(|(at, g)| read_goal(&mut f, &at, g, q, included.include_statements))
        .collect();
    if !f.problems.is_empty() {
        return Err(FileError::Invalid(f.problems));
    }
    Ok(MentorReport {
        id: envelope.id,
        generated_at,
        name: name.trim().to_string(),
        included,
        questionnaire,
        takes,
        latest_statements,
        latest_comments,
        feedback,
        goals,
    })
}
