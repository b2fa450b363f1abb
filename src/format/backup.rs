//! The backup file (`fulcrum.backup`, version 1): every record of a namespace, each as the text
//! it is stored as, and the plan for restoring one: every record validated with the decoder
//! of its kind before anything is written, then merged so that nothing already here is lost.
use super::envelope::{is_valid_record_id, parse_timestamp, Envelope};
use super::error::FileError;
use super::fields::Fields;
use super::self_assessment::{self, SelfAssessment};
use super::{csv_export, feedback_request, goal, peer_draft, peer_response, stored};
use crate::domain::feedback::Response;
use crate::domain::feedback_request::FeedbackRequest;
use crate::domain::goal::Goal;
use crate::domain::peer_draft::PeerDraft;
use crate::domain::{CompletedAssessment, Draft, Instrument, Screen};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use thiserror::Error;
use time::OffsetDateTime;

pub const FORMAT: &str = "fulcrum.backup";
pub const VERSION: u64 = 1;

/// The kinds of record a namespace holds, told apart by the start of their name (see the
/// README's storage table). The order is the order of the restore summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RecordKind {
    /// `assessment/<id>`
    Assessment,
    /// `draft`
    Draft,
    /// `goal/<id>`
    Goal,
    /// `response/<request id>/<response id>`
    Response,
    /// `conflict/<request id>/<response id>`
    Conflict,
    /// `request/<id>`
    Request,
    /// `peer/<request id>`
    PeerDraft,
    /// `position`
    Position,
    /// `quarantine/<…>`: stored text that could not be read, kept byte for byte.
    Quarantine,
}

impl RecordKind {
    pub fn of(record: &str) -> Option<Self> {
        let (head, rest) = record.split_once('/').unwrap_or((record, ""));
        let kind = match head {
            "draft" => RecordKind::Draft,
            "position" => RecordKind::Position,
            "assessment" => RecordKind::Assessment,
            "goal" => RecordKind::Goal,
            "request" => RecordKind::Request,
            "response" => RecordKind::Response,
            "conflict" => RecordKind::Conflict,
            "peer" => RecordKind::PeerDraft,
            "quarantine" => RecordKind::Quarantine,
            _ => return None,
        };
        let singleton = matches!(kind, RecordKind::Draft | RecordKind::Position);
        // `draft` and `position` are single records; the others name an id after the slash.
        let well_formed = if singleton {
            !record.contains('/')
        } else {
            !rest.is_empty()
        };
        well_formed.then_some(kind)
    }
}

/// A record as its decoder reads it. Two copies of a record are the same when these are
/// equal, so a copy written again (a response stored at another time) is not a difference.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Assessment(CompletedAssessment),
    Draft(Draft),
    Position(Screen),
    Goal(Goal),
    Request(FeedbackRequest),
    Response(Response),
    PeerDraft(PeerDraft),
    /// Set-aside text: it is kept, not read.
    Raw(String),
}

/// Why a record's name does not match what it holds.
fn mismatch(what: &str, found: &str) -> String {
    format!("it holds {what} \"{found}\", not the one its name gives")
}

fn id_part(kind: &str, id: &str) -> Result<(), String> {
    if is_valid_record_id(id) {
        Ok(())
    } else {
        Err(format!(
            "\"{id}\" is not a {kind} id (1–64 letters, digits, '-' or '_')"
        ))
    }
}

/// Reads one record with the decoder for its kind and checks that it holds what its name
/// says. `now` stands in for when a response arrived, which is not part of its content.
pub fn read_record(
    instrument: &Instrument,
    record: &str,
    text: &str,
    now: OffsetDateTime,
) -> Result<Content, String> {
    let Some(kind) = RecordKind::of(record) else {
        return Err("this version of Fulcrum keeps no record of that name; a newer version may have written it".into());
    };
    let rest = record.split_once('/').map_or("", |(_, r)| r);
    let text_problem = |e: FileError| e.to_string();
    match kind {
        RecordKind::Draft => {
            match self_assessment::decode(instrument, text).map_err(text_problem)? {
                SelfAssessment::InProgress(d) => Ok(Content::Draft(d)),
                SelfAssessment::Completed(_) => {
                    Err("it holds a completed take, not answers in progress".into())
                }
            }
        }
        RecordKind::Position => stored::decode_position(text)
            .map(Content::Position)
            .map_err(text_problem),
        RecordKind::Assessment => {
            id_part("take", rest)?;
            match self_assessment::decode(instrument, text).map_err(text_problem)? {
                SelfAssessment::Completed(c) if c.id == rest => Ok(Content::Assessment(c)),
                SelfAssessment::Completed(c) => Err(mismatch("the take", &c.id)),
                SelfAssessment::InProgress(_) => {
                    Err("it holds answers in progress, not a completed take".into())
                }
            }
        }
        RecordKind::Goal => {
            id_part("goal", rest)?;
            let g = goal::decode(instrument, text).map_err(text_problem)?;
            if g.id == rest {
                Ok(Content::Goal(g))
            } else {
                Err(mismatch("the goal", &g.id))
            }
        }
        RecordKind::Request => {
            id_part("request", rest)?;
            let r = feedback_request::decode(instrument, text).map_err(text_problem)?;
            if r.id == rest {
                Ok(Content::Request(r))
            } else {
                Err(mismatch("the request", &r.id))
            }
        }
        RecordKind::Response | RecordKind::Conflict => {
            let (request_id, response_id) = rest.split_once('/').unwrap_or((rest, ""));
            id_part("request", request_id)?;
            id_part("response", response_id)?;
            let r = peer_response::decode(instrument, text, now).map_err(text_problem)?;
            if r.request_id != request_id {
                Err(mismatch("a response to the request", &r.request_id))
            } else if r.id != response_id {
                Err(mismatch("the response", &r.id))
            } else {
                Ok(Content::Response(r))
            }
        }
        RecordKind::PeerDraft => {
            id_part("request", rest)?;
            let d = peer_draft::decode(instrument, text).map_err(text_problem)?;
            if d.request.id == rest {
                Ok(Content::PeerDraft(d))
            } else {
                Err(mismatch("feedback for the request", &d.request.id))
            }
        }
        RecordKind::Quarantine => Ok(Content::Raw(text.to_string())),
    }
}

/// One record of a backup, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The record's name inside the namespace, e.g. `assessment/<id>`.
    pub name: String,
    pub kind: RecordKind,
    /// Exactly as it was stored; this is what a restore writes.
    pub text: String,
    pub content: Content,
}

/// A backup file, read and every record checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    pub id: String,
    pub created_at: OffsetDateTime,
    /// By name.
    pub records: Vec<Record>,
}

/// A record of a backup that cannot be restored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordProblem {
    pub record: String,
    pub reason: String,
}

/// Why a backup was refused. Nothing is written when one occurs.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum BackupError {
    #[error("{0}")]
    File(#[from] FileError),
    #[error("Nothing was restored: the backup holds {} record(s) that cannot be read.\n{}\nMake a fresh backup where the data came from, with the same version of Fulcrum as this one.", .0.len(), list_problems(.0))]
    Records(Vec<RecordProblem>),
}

fn list_problems(problems: &[RecordProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("Record \"{}\": {}", p.record, p.reason))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A record that cannot be read, renamed into the backup as set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub record: String,
    /// Its name in the backup: `quarantine/<ms>-<record>`, as `persistence::load` names them.
    pub renamed: String,
    pub reason: String,
}

/// A backup ready to download.
#[derive(Debug, Clone, PartialEq)]
pub struct Made {
    pub envelope: Envelope,
    /// How many records it holds.
    pub records: usize,
    pub set_aside: Vec<SetAside>,
}

/// Builds the backup of `stored` (record name → stored text, every record of a namespace).
/// Records that cannot be read (a stored value damaged since it was written, one of a kind
/// this version does not know) go in renamed as set aside, text unchanged: the user keeps
/// them, and the backup stays one that restores.
pub fn make(
    instrument: &Instrument,
    id: &str,
    now: OffsetDateTime,
    stored: &BTreeMap<String, String>,
) -> Made {
    let mut records = Map::new();
    let mut set_aside = Vec::new();
    let ms = now.unix_timestamp() * 1000 + i64::from(now.millisecond());
    for (name, text) in stored {
        match read_record(instrument, name, text, now) {
            Ok(_) => {
                records.insert(name.clone(), text.clone().into());
            }
            Err(reason) => {
                let mut renamed = format!("quarantine/{ms}-{}", name.replace('/', "_"));
                while stored.contains_key(&renamed) || records.contains_key(&renamed) {
                    renamed.push('_');
                }
                records.insert(renamed.clone(), text.clone().into());
                set_aside.push(SetAside {
                    record: name.clone(),
                    renamed,
                    reason,
                });
            }
        }
    }
    let count = records.len();
    let mut payload = Map::new();
    payload.insert("records".into(), Value::Object(records));
    Made {
        envelope: Envelope::seal(FORMAT, VERSION, id, now, instrument, Value::Object(payload)),
        records: count,
        set_aside,
    }
}

/// The file name offered for download, e.g. `fulcrum-backup-2026-11-25.json`.
pub fn file_name(now: OffsetDateTime) -> String {
    format!("fulcrum-backup-{}.json", csv_export::iso_date(now.date()))
}

/// Reads a backup: every check of the envelope, the payload's shape, then every record with
/// the decoder of its kind. Any record that fails refuses the whole backup, naming each.
pub fn decode(
    instrument: &Instrument,
    text: &str,
    now: OffsetDateTime,
) -> Result<Backup, BackupError> {
    let (envelope, mut f) = Envelope::open_for(text, FORMAT, VERSION, instrument)?;
    let empty = Map::new();
    let payload = envelope.payload.as_object().unwrap_or(&empty);
    for key in payload.keys().filter(|k| k.as_str() != "records") {
        f.problem(
            format!("payload.{key}"),
            "is not a field of a version 1 backup",
        );
    }
    let texts: Vec<(String, String)> = match f.object(payload.get("records"), "payload.records") {
        Some(records) => records
            .iter()
            .filter_map(|(name, value)| match value {
                Value::String(s) => Some((name.clone(), s.clone())),
                other => {
                    f.problem(
                        format!("payload.records[\"{name}\"]"),
                        format!(
                            "must be the record's text, not {}",
                            super::fields::kind(other)
                        ),
                    );
                    None
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let Fields { mut problems } = f;
    let created_at = parse_timestamp(&envelope.created_at, "created_at", &mut problems);
    if !problems.is_empty() {
        return Err(FileError::Invalid(problems).into());
    }
    let mut records = Vec::new();
    let mut refused = Vec::new();
    for (name, text) in texts {
        match read_record(instrument, &name, &text, now) {
            Ok(content) => records.push(Record {
                kind: RecordKind::of(&name).unwrap_or(RecordKind::Quarantine),
                name,
                text,
                content,
            }),
            Err(reason) => refused.push(RecordProblem {
                record: name,
                reason,
            }),
        }
    }
    if !refused.is_empty() {
        return Err(BackupError::Records(refused));
    }
    Ok(Backup {
        id: envelope.id,
        created_at,
        records,
    })
}

/// What a restore does with one record of the backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Not here: written.
    Added,
    /// Here with the same content: nothing to do.
    AlreadyHere,
    /// Here with other content: the one here is kept, never overwritten.
    KeptYours,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub record: Record,
    pub outcome: Outcome,
}

/// Which records of a backup a restore writes and which it leaves, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RestorePlan {
    pub items: Vec<Planned>,
}

/// Merges a checked backup into what is stored (`existing`: record name → text): records not
/// here are added; a record here is never overwritten, whether the backup's copy is the same
/// (already here) or differs (kept as it is). A stored record that cannot be read counts as
/// differing: it stays for the user to deal with.
pub fn plan(
    instrument: &Instrument,
    backup: Backup,
    existing: &BTreeMap<String, String>,
    now: OffsetDateTime,
) -> RestorePlan {
    let items = backup
        .records
        .into_iter()
        .map(|record| {
            let outcome = match existing.get(&record.name) {
                None => Outcome::Added,
                Some(text) if *text == record.text => Outcome::AlreadyHere,
                Some(text) => match read_record(instrument, &record.name, text, now) {
                    Ok(content) if content == record.content => Outcome::AlreadyHere,
                    _ => Outcome::KeptYours,
                },
            };
            Planned { record, outcome }
        })
        .collect();
    RestorePlan { items }
}

impl RestorePlan {
    pub fn added(&self) -> impl Iterator<Item = &Record> {
        self.with(Outcome::Added)
    }

    pub fn with(&self, outcome: Outcome) -> impl Iterator<Item = &Record> {
        self.items
            .iter()
            .filter(move |p| p.outcome == outcome)
            .map(|p| &p.record)
    }

    /// The completed takes the restore adds, for the session to show them.
    pub fn added_assessments(&self) -> Vec<CompletedAssessment> {
        self.added()
            .filter_map(|r| match &r.content {
                Content::Assessment(c) => Some(c.clone()),
                _ => None,
            })
            .collect()
    }

    /// The take in progress the restore adds, if any.
    pub fn added_draft(&self) -> Option<Draft> {
        self.added().find_map(|r| match &r.content {
            Content::Draft(d) => Some(d.clone()),
            _ => None,
        })
    }

    /// The saved place the restore adds, if any.
    pub fn added_position(&self) -> Option<Screen> {
        self.added().find_map(|r| match &r.content {
            Content::Position(s) => Some(s.clone()),
            _ => None,
        })
    }
}
