//! JSON Schema of the instrument and of every exported file format: Rust types that describe
//! each document as the encoders write it and the decoders accept it, turned into the files
//! under `schema/` (checked against the types and real documents by `tests/schema.rs`).
//!
//! The formats themselves are read and written as JSON values (see `envelope`); these types
//! exist only to be described, so they are compiled for native targets only and never reach
//! the wasm. Rules a schema cannot state (the digest, ids that must name statements of the
//! questionnaire, no id used twice) stay with the decoders.
use super::{backup, feedback_request, goal, instrument, peer_response, report, self_assessment};
use crate::domain::answers::MAX_COMMENT_CHARS;
use crate::domain::feedback_request::{MAX_MESSAGE_CHARS, MAX_NAME_CHARS};
use crate::domain::goal::{MAX_CHECK_INS, MAX_NOTE_CHARS, MAX_PART_CHARS};
use crate::domain::instrument::{
    MAX_DESCRIPTION_CHARS, MAX_PRACTICES, MAX_STATEMENTS_PER_PRACTICE, MAX_SUGGESTIONS,
    MAX_TEXT_CHARS, MAX_TITLE_CHARS, MIN_GROUP_SIZE_FLOOR, SCALE_POINTS,
};
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// RFC 3339, as `time` reads it: UTC (`Z`) when Fulcrum writes it, any offset when read.
const TIMESTAMP_PATTERN: &str = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$";
/// `YYYY-MM-DD`, as date inputs give it (`envelope::parse_date`).
const DATE_PATTERN: &str = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// `envelope::is_valid_record_id`.
const RECORD_ID_PATTERN: &str = r"^[A-Za-z0-9_-]{1,64}$";
/// `domain::instrument::is_valid_id` (its 64-character limit is `maxLength`).
const SLUG_PATTERN: &str = r"^[a-z0-9]+([._-][a-z0-9]+)*$";
const SLUG_MAX_CHARS: usize = 64;
/// `domain::instrument::is_valid_language_tag`: `de`, `de-CH`, `es-419`.
const LANGUAGE_TAG_PATTERN: &str = r"^[a-z]{2,3}(-([A-Z]{2}|[0-9]{3}))?$";
/// Text that is not empty or only spaces, as the domain's checks trim it.
const NOT_BLANK: &str = r"\S";
/// Record names of a namespace (`backup::RecordKind::of` and the ids `read_record` checks).
const RECORD_NAME_PATTERN: &str = r"^(draft|position|(assessment|goal|request|peer)/[A-Za-z0-9_-]{1,64}|(response|conflict)/[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_-]{1,64}|quarantine/.+)$";

// ---- Values shared by every format ----

/// A moment in time in RFC 3339 form; Fulcrum writes UTC, e.g. `2026-11-25T10:01:07Z`.
#[derive(JsonSchema, Default)]
#[schemars(extend("format" = "date-time"))]
pub struct Timestamp(#[schemars(pattern(TIMESTAMP_PATTERN))] pub String);

/// A calendar date, `YYYY-MM-DD`.
#[derive(JsonSchema, Default)]
#[schemars(extend("format" = "date"))]
pub struct CalendarDate(#[schemars(pattern(DATE_PATTERN))] pub String);

/// The id of a document or record (Fulcrum writes random UUIDs): 1–64 letters, digits, `-`
/// or `_`, so it can be part of a storage key and a file name.
#[derive(JsonSchema, Default)]
pub struct RecordId(#[schemars(pattern(RECORD_ID_PATTERN))] pub String);

/// The id of a questionnaire, practice or statement: 1–64 lowercase letters and digits, with
/// single `-`, `.` or `_` between them.
#[derive(JsonSchema, Default)]
pub struct Slug(#[schemars(pattern(SLUG_PATTERN), length(max = SLUG_MAX_CHARS))] pub String);

/// Lowercase hex SHA-256 of the questionnaire document without its `translations`, in RFC
/// 8785 canonical form (JCS).
#[derive(JsonSchema)]
pub struct Sha256(#[schemars(pattern(r"^[0-9a-f]{64}$"))] pub String);

/// Hex SHA-256 of the payload in RFC 8785 canonical form (JCS), written lowercase; a file
/// whose payload does not match it is refused as damaged.
#[derive(JsonSchema)]
pub struct Digest(#[schemars(pattern(r"^[0-9a-fA-F]{64}$"))] pub String);

/// One answer: a whole number from 1 (never or almost never) to 5 (almost always), or
/// `"not_observed"` when the rater cannot judge (left out of every mean).
pub struct Rating;

impl JsonSchema for Rating {
    fn schema_name() -> Cow<'static, str> {
        "Rating".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "One answer: a whole number from 1 (never or almost never) to 5 (almost always), or \"not_observed\" when the rater cannot judge (left out of every mean).",
            "oneOf": [
                {"type": "integer", "minimum": 1, "maximum": SCALE_POINTS},
                {"const": super::answers::NOT_OBSERVED}
            ]
        })
    }
}

/// A mean on the 1–5 scale, or null when nothing was answered.
pub struct Score;

impl JsonSchema for Score {
    fn schema_name() -> Cow<'static, str> {
        "Score".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A mean on the 1–5 scale, or null when nothing was answered.",
            "type": ["number", "null"],
            "minimum": 1,
            "maximum": SCALE_POINTS
        })
    }
}

/// Self minus others on the 1–5 scale (so from −4 to 4), or null when either side is hidden
/// or unanswered.
pub struct GapFigure;

impl JsonSchema for GapFigure {
    fn schema_name() -> Cow<'static, str> {
        "GapFigure".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Self minus others on the 1–5 scale (so from -4 to 4), or null when either side is hidden or unanswered.",
            "type": ["number", "null"],
            "minimum": -4,
            "maximum": 4
        })
    }
}

/// Which side of the balance a statement measures.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tag {
    Technical,
    Leadership,
}

/// A group of colleagues a response comes from (never the subject, who answers in their own
/// self-assessment).
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RaterGroup {
    Manager,
    Peer,
    DirectReport,
    Other,
}

/// Where a goal stands, as its owner judged it at a check-in.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    NotStarted,
    OnTrack,
    AtRisk,
    Done,
}

/// Which questionnaire a file's answers belong to; a reader refuses answers to another one
/// (another id, version or content).
#[derive(JsonSchema)]
pub struct InstrumentRef {
    pub id: Slug,
    /// The questionnaire's version, as its document gives it.
    #[schemars(pattern(NOT_BLANK), length(max = 32))]
    pub version: String,
    pub sha256: Sha256,
}

/// Ratings by statement id.
#[derive(JsonSchema, Default)]
#[schemars(extend("propertyNames" = {"pattern": SLUG_PATTERN, "maxLength": SLUG_MAX_CHARS}))]
pub struct AnswerMap(pub BTreeMap<String, Rating>);

/// Optional comments by practice id.
#[derive(JsonSchema, Default)]
#[schemars(extend("propertyNames" = {"pattern": SLUG_PATTERN, "maxLength": SLUG_MAX_CHARS}))]
pub struct CommentMap(
    #[schemars(extend("additionalProperties" = {"type": "string", "maxLength": MAX_COMMENT_CHARS}))]
    pub BTreeMap<String, String>,
);

/// Scores by practice id.
#[derive(JsonSchema, Default)]
#[schemars(extend("propertyNames" = {"pattern": SLUG_PATTERN, "maxLength": SLUG_MAX_CHARS}))]
pub struct ScoreMap(pub BTreeMap<String, Score>);

/// Declares the envelope every exported file shares, for one format and its payload. A macro
/// rather than a generic type so that each document is a named type with its own docs.
macro_rules! document {
    ($(#[$doc:meta])* $name:ident, $format:expr, $id:literal, $created_at:literal, $payload:ty) => {
        $(#[$doc])*
        #[derive(JsonSchema)]
        pub struct $name {
            /// The format's name; a reader refuses a file of another format.
            #[schemars(extend("const" = $format))]
            pub format: String,
            /// The format's version: a newer one is refused with a message and nothing written.
            #[schemars(extend("const" = 1))]
            pub version: u64,
            #[doc = $id]
            pub id: RecordId,
            #[doc = $created_at]
            pub created_at: Timestamp,
            pub instrument: InstrumentRef,
            pub payload: $payload,
            pub digest: Digest,
        }
    };
}

// ---- fulcrum.instrument ----

/// # Fulcrum instrument, version 1
///
/// A questionnaire: practices of tagged statements in a first-person and a third-person
/// wording, the frequency scale's words, the 360 rules and suggestions for growth, optionally
/// with translations. Its sha256 (of the document without `translations`, in RFC 8785
/// canonical form) is what answer files name. Practice and statement ids must be unique, and an
/// instrument holds at most 200 statements in all.
#[derive(JsonSchema)]
pub struct InstrumentDocument {
    /// Always `fulcrum.instrument`.
    #[schemars(extend("const" = instrument::FORMAT))]
    pub format: String,
    /// The document format's version; a newer one is refused.
    #[schemars(extend("const" = 1))]
    pub format_version: u64,
    pub id: Slug,
    /// The questionnaire's own version; answer files name it.
    #[schemars(pattern(NOT_BLANK), length(max = 32))]
    pub version: String,
    /// Language of its texts, e.g. `en`.
    pub language: Option<String>,
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TITLE_CHARS))]
    pub title: String,
    /// What the assessment is, shown before it starts.
    #[schemars(length(max = MAX_DESCRIPTION_CHARS))]
    pub description: Option<String>,
    /// Where its content comes from.
    pub source: Option<String>,
    /// About how long it takes, in minutes.
    #[serde(default = "default_minutes")]
    #[schemars(range(min = 1, max = 240))]
    pub minutes: u32,
    pub scale: ScaleDoc,
    #[serde(default)]
    pub feedback: FeedbackRulesDoc,
    #[schemars(length(min = 1, max = MAX_PRACTICES))]
    pub practices: Vec<PracticeDoc>,
    #[serde(default)]
    pub translations: Translations,
}

/// Language tag → the questionnaire's text in that language, shown when the widget's
/// language is that language (`de` is also found by a page asking for `de-CH`, and the other
/// way round). Every part is optional: what a translation leaves out is shown in the
/// instrument's own text. Translations are not part of the sha256 that answer files name, so
/// adding or correcting one keeps every exported file valid. A translation may not be in the
/// instrument's own `language`. In a translation, `null` is the same as leaving a text or a
/// list out.
#[derive(JsonSchema, Default)]
#[schemars(extend("propertyNames" = {"pattern": LANGUAGE_TAG_PATTERN}))]
pub struct Translations(pub BTreeMap<String, TranslationDoc>);

/// One language's text, keyed by the ids of the practices and statements it translates.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationDoc {
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TITLE_CHARS))]
    pub title: Option<String>,
    #[schemars(pattern(NOT_BLANK), length(max = MAX_DESCRIPTION_CHARS))]
    pub description: Option<String>,
    #[schemars(pattern(NOT_BLANK), length(max = MAX_DESCRIPTION_CHARS))]
    pub source: Option<String>,
    #[serde(default)]
    pub scale: ScaleTranslationDoc,
    /// By practice id.
    #[serde(default)]
    pub practices: PracticeTranslations,
    /// By statement id.
    #[serde(default)]
    pub statements: StatementTranslations,
}

/// The frequency scale's words in another language.
#[derive(JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ScaleTranslationDoc {
    /// All five labels, lowest first.
    #[schemars(
        length(equal = SCALE_POINTS),
        inner(pattern(NOT_BLANK), length(max = 60))
    )]
    pub labels: Option<Vec<String>>,
    #[schemars(pattern(NOT_BLANK), length(max = 60))]
    pub not_observed: Option<String>,
}

/// Practices' text by practice id (each id must be a practice of the instrument).
#[derive(JsonSchema, Default)]
#[schemars(extend("propertyNames" = {"pattern": SLUG_PATTERN, "maxLength": SLUG_MAX_CHARS}))]
pub struct PracticeTranslations(pub BTreeMap<String, PracticeTranslationDoc>);

/// A practice's text in another language.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PracticeTranslationDoc {
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TITLE_CHARS))]
    pub title: Option<String>,
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TEXT_CHARS))]
    pub summary: Option<String>,
    /// Replaces the whole list of suggestions.
    #[schemars(
        length(max = MAX_SUGGESTIONS),
        inner(pattern(NOT_BLANK), length(max = MAX_TEXT_CHARS))
    )]
    pub suggestions: Option<Vec<String>>,
}

/// Statements' wordings by statement id (each id must be a statement of the instrument).
#[derive(JsonSchema, Default)]
#[schemars(extend("propertyNames" = {"pattern": SLUG_PATTERN, "maxLength": SLUG_MAX_CHARS}))]
pub struct StatementTranslations(pub BTreeMap<String, StatementTranslationDoc>);

/// A statement's two wordings in another language.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatementTranslationDoc {
    /// The wording for the person themself.
    #[serde(rename = "self")]
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TEXT_CHARS))]
    pub self_text: Option<String>,
    /// The wording for a colleague answering about them.
    #[serde(rename = "peer")]
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TEXT_CHARS))]
    pub peer_text: Option<String>,
}

fn default_minutes() -> u32 {
    15
}

/// The frequency scale.
#[derive(JsonSchema)]
pub struct ScaleDoc {
    /// The words of the five points, lowest first.
    #[schemars(
        length(equal = SCALE_POINTS),
        inner(pattern(NOT_BLANK), length(max = 60))
    )]
    pub labels: Vec<String>,
    /// The word colleagues choose when they cannot judge.
    #[schemars(pattern(NOT_BLANK), length(max = 60))]
    pub not_observed: String,
}

/// Rules of the 360 report; absent ones take their default.
#[derive(JsonSchema, Default)]
pub struct FeedbackRulesDoc {
    /// A rater group's average is shown only from this many responses (managers are shown
    /// whatever their number); never below 3.
    #[serde(default = "default_min_group_size")]
    #[schemars(range(min = MIN_GROUP_SIZE_FLOOR))]
    pub min_group_size: u32,
    /// A statement is a blind spot when self minus others is at least this.
    #[serde(default = "default_blind_spot_gap")]
    #[schemars(extend("exclusiveMinimum" = 0, "maximum" = 4))]
    pub blind_spot_gap: f64,
    /// A statement is a hidden strength when self minus others is at most this.
    #[serde(default = "default_hidden_strength_gap")]
    #[schemars(extend("minimum" = -4, "exclusiveMaximum" = 0))]
    pub hidden_strength_gap: f64,
}

fn default_min_group_size() -> u32 {
    MIN_GROUP_SIZE_FLOOR
}

fn default_blind_spot_gap() -> f64 {
    1.0
}

fn default_hidden_strength_gap() -> f64 {
    -1.0
}

/// One practice: a titled group of statements with suggestions for growth.
#[derive(JsonSchema)]
pub struct PracticeDoc {
    pub id: Slug,
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TITLE_CHARS))]
    pub title: String,
    /// One line saying what the practice is.
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub summary: Option<String>,
    #[schemars(length(min = 1, max = MAX_STATEMENTS_PER_PRACTICE))]
    pub statements: Vec<StatementDoc>,
    /// Shown with the weakest practices' results.
    #[serde(default)]
    #[schemars(
        length(max = MAX_SUGGESTIONS),
        inner(pattern(NOT_BLANK), length(max = MAX_TEXT_CHARS))
    )]
    pub suggestions: Vec<String>,
}

/// One behavioural statement, rated on the frequency scale.
#[derive(JsonSchema)]
pub struct StatementDoc {
    pub id: Slug,
    pub tag: Tag,
    /// The wording for the person themself ("I …").
    #[serde(rename = "self")]
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TEXT_CHARS))]
    pub self_text: String,
    /// The wording for a colleague answering about them ("They …").
    #[serde(rename = "peer")]
    #[schemars(pattern(NOT_BLANK), length(max = MAX_TEXT_CHARS))]
    pub peer_text: String,
}

// ---- fulcrum.self-assessment ----

document!(
    /// # Fulcrum self-assessment file, version 1
    ///
    /// One take of the self-assessment, completed or in progress, with its answers and
    /// comments (and, completed, its scores). Also the form a take is stored in.
    SelfAssessmentDocument,
    self_assessment::FORMAT,
    "The take's id.",
    "When the take was completed (in progress: when it last changed).",
    SelfAssessmentPayload
);

/// The take; `status` says which of the two shapes it has.
#[derive(JsonSchema)]
#[serde(tag = "status", deny_unknown_fields)]
#[schemars(transform = status_chooses_the_shape)]
pub enum SelfAssessmentPayload {
    /// Every statement answered.
    #[serde(rename = "completed")]
    Completed {
        started_at: Timestamp,
        completed_at: Timestamp,
        /// The same as `completed_at`.
        updated_at: Timestamp,
        /// Every statement of the questionnaire, by id.
        answers: AnswerMap,
        #[serde(default)]
        comments: CommentMap,
        /// Written for readers of the file; recomputed from the answers (never trusted) when
        /// read.
        #[serde(default)]
        scores: Scores,
        /// Ignored on a completed take.
        #[serde(default)]
        prefilled_from: PrefilledFrom,
    },
    /// Answers so far.
    #[serde(rename = "in_progress")]
    InProgress {
        started_at: Timestamp,
        updated_at: Timestamp,
        answers: AnswerMap,
        #[serde(default)]
        comments: CommentMap,
        /// Only for a take that started from the ratings of a completed one.
        #[serde(default)]
        prefilled_from: PrefilledFrom,
    },
}

/// Turns the `oneOf` of a `status`-tagged enum into `if`/`then` on the status: the same
/// documents pass, but a validator names the field at fault (`/payload/answers/x`) rather
/// than only "none of the shapes matched" at `/payload`.
fn status_chooses_the_shape(schema: &mut Schema) {
    let Some(Value::Array(variants)) = schema.remove("oneOf") else {
        return;
    };
    let statuses: Vec<Value> = variants
        .iter()
        .map(|v| v["properties"]["status"]["const"].clone())
        .collect();
    let choices: Vec<Value> = statuses
        .iter()
        .zip(variants)
        .map(|(status, shape)| {
            json!({"if": {"properties": {"status": {"const": status}}}, "then": shape})
        })
        .collect();
    schema.insert("type".into(), "object".into());
    schema.insert("properties".into(), json!({"status": {"enum": statuses}}));
    schema.insert("required".into(), json!(["status"]));
    schema.insert("allOf".into(), Value::Array(choices));
}

/// The completed take whose ratings a take in progress started from.
#[derive(JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct PrefilledFrom {
    pub id: RecordId,
    pub completed_at: Timestamp,
}

/// Scores of a completed take.
#[derive(JsonSchema, Default)]
pub struct Scores {
    /// Each practice's mean.
    pub practices: ScoreMap,
    /// Mean of the statements tagged technical.
    pub technical: Score,
    /// Mean of the statements tagged leadership.
    pub leadership: Score,
    /// The balance between the two indexes, in words.
    pub balance: String,
}

impl Default for Score {
    fn default() -> Self {
        Score
    }
}

// ---- fulcrum.feedback-request ----

document!(
    /// # Fulcrum feedback request, version 1
    ///
    /// A request for peer feedback, as a file or base64url-encoded in a link's fragment
    /// (`#fulcrum-request=…`).
    FeedbackRequestDocument,
    feedback_request::FORMAT,
    "The request's id; responses name it.",
    "When the request was made.",
    FeedbackRequestPayload
);

/// What the person asking (the subject) filled in.
#[derive(JsonSchema)]
pub struct FeedbackRequestPayload {
    /// The subject's name as the people asked know them.
    #[schemars(pattern(NOT_BLANK), length(max = MAX_NAME_CHARS))]
    pub subject_name: String,
    /// A message to the people asked.
    #[schemars(length(max = MAX_MESSAGE_CHARS))]
    pub message: Option<String>,
    /// When the subject would like the responses by.
    pub due_date: Option<CalendarDate>,
    /// The groups asked, each once, in report order.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    pub groups: Vec<RaterGroup>,
}

// ---- fulcrum.peer-response ----

document!(
    /// # Fulcrum peer response, version 1
    ///
    /// One colleague's answers about the subject of a feedback request, as a file or as a
    /// pasted code (`FULCRUM-RESPONSE-1:` and the compact document in base64url). Anonymous
    /// unless the rater typed their name.
    PeerResponseDocument,
    peer_response::FORMAT,
    "The response's id: random, and its only link to the rater.",
    "When the response was written.",
    PeerResponsePayload
);

/// The response.
#[derive(JsonSchema)]
pub struct PeerResponsePayload {
    /// The id of the feedback request it answers.
    pub request_id: RecordId,
    pub group: RaterGroup,
    /// Statements answered, by id, in the third-person wording.
    pub answers: AnswerMap,
    #[serde(default)]
    pub comments: CommentMap,
    /// Only when the rater chose to give it.
    #[schemars(length(max = MAX_NAME_CHARS))]
    pub rater_name: Option<String>,
}

// ---- fulcrum.goal ----

document!(
    /// # Fulcrum goal, version 1
    ///
    /// A SMART development goal with its dated check-ins, as it is stored (one record per
    /// goal) and carried in backups.
    GoalDocument,
    goal::FORMAT,
    "The goal's id.",
    "When the goal was set.",
    GoalPayload
);

/// The goal, each SMART part written separately.
#[derive(JsonSchema)]
pub struct GoalPayload {
    pub focus: GoalFocus,
    /// Relevant: the practice the goal serves (the focus's own practice).
    pub practice_id: Slug,
    /// Specific: what exactly will change.
    #[schemars(pattern(NOT_BLANK), length(max = MAX_PART_CHARS))]
    pub specific: String,
    /// Measurable: how progress is measured …
    #[schemars(pattern(NOT_BLANK), length(max = MAX_PART_CHARS))]
    pub measure: String,
    /// … and the value to reach.
    #[schemars(pattern(NOT_BLANK), length(max = MAX_PART_CHARS))]
    pub target: String,
    /// Achievable: steps or resources.
    #[schemars(pattern(NOT_BLANK), length(max = MAX_PART_CHARS))]
    pub achievable: String,
    /// Relevant: why it matters (may be empty).
    #[schemars(length(max = MAX_PART_CHARS))]
    pub relevant: String,
    /// Time-bound: the date it should be reached by.
    pub due: CalendarDate,
    pub updated_at: Timestamp,
    /// Oldest first; the latest one's status is the goal's.
    #[schemars(length(max = MAX_CHECK_INS))]
    pub check_ins: Vec<CheckInDoc>,
}

/// What a goal is about: a whole practice, or one statement of it.
#[derive(JsonSchema)]
pub struct GoalFocus {
    pub kind: FocusKind,
    /// The practice's or statement's id.
    pub id: Slug,
}

/// Whether a goal's focus is a practice or a statement.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FocusKind {
    Practice,
    Statement,
}

/// A dated progress note.
#[derive(JsonSchema)]
pub struct CheckInDoc {
    /// Unique within the goal.
    pub id: RecordId,
    pub at: Timestamp,
    #[schemars(pattern(NOT_BLANK), length(max = MAX_NOTE_CHARS))]
    pub note: String,
    /// The goal's status as of this check-in.
    pub status: GoalStatus,
}

// ---- fulcrum.report ----

document!(
    /// # Fulcrum mentor report, version 1
    ///
    /// The printable report as a file for a mentor: it names the practices and statements it
    /// shows, so it opens in any copy of Fulcrum whatever its questionnaire (`instrument` is
    /// recorded, not checked). What the author left out (`included`) is absent from the file,
    /// and a file that has it anyway is refused.
    ReportDocument,
    report::FORMAT,
    "The report's id.",
    "When the report was prepared.",
    ReportPayload
);

/// The report's content.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = report_left_out_rules)]
pub struct ReportPayload {
    /// The name from the latest feedback request; absent when there is none.
    pub name: Option<String>,
    pub included: Included,
    pub questionnaire: Questionnaire,
    /// Every completed take, oldest first.
    pub takes: Vec<TakeScores>,
    /// The latest take's rating of each statement, by id (with statements only).
    #[serde(default)]
    pub statement_scores: ScoreMap,
    /// The latest take's comments, by practice id (with comments only).
    #[serde(default)]
    pub comments: CommentMap,
    /// The latest feedback request's 360 summary as shown, anonymity rules applied; absent
    /// when no colleague responded.
    #[serde(default)]
    pub feedback: FeedbackSummary,
    pub goals: Vec<GoalSummary>,
}

/// Adds what one type cannot say: which fields `included` requires and which it forbids.
fn report_left_out_rules(schema: &mut Schema) {
    let statements_left_out = json!({
        "properties": {
            "statement_scores": false,
            "questionnaire": {"properties": {"practices": {"items": {"properties": {"statements": false}}}}},
            "feedback": {"properties": {
                "statements": false,
                "blind_spots": {"properties": {"statements": false}},
                "hidden_strengths": {"properties": {"statements": false}}
            }},
            "goals": {"items": {"properties": {"statement": false}}}
        }
    });
    let statements_included = json!({
        "required": ["statement_scores"],
        "properties": {
            "questionnaire": {"properties": {"practices": {"items": {"required": ["statements"]}}}},
            "feedback": {
                "required": ["statements"],
                "properties": {
                    "blind_spots": {"required": ["statements"]},
                    "hidden_strengths": {"required": ["statements"]}
                }
            }
        }
    });
    let comments_left_out = json!({
        "properties": {
            "comments": false,
            "feedback": {"properties": {"comments": false}}
        }
    });
    let comments_included = json!({
        "required": ["comments"],
        "properties": {"feedback": {"required": ["comments"]}}
    });
    let when =
        |key: &str| json!({"properties": {"included": {"properties": {key: {"const": false}}}}});
    schema.insert(
        "allOf".into(),
        json!([
            {"if": when("statements"), "then": statements_left_out, "else": statements_included},
            {"if": when("comments"), "then": comments_left_out, "else": comments_included}
        ]),
    );
}

/// What the author chose to include; content left out is absent from the file.
#[derive(JsonSchema)]
pub struct Included {
    /// Comments: the latest take's, and colleagues' from groups large enough to show them.
    pub comments: bool,
    /// Statement-level scores: the statements, their scores and gaps.
    pub statements: bool,
}

/// The questionnaire the report was made with: enough to read it without that questionnaire.
#[derive(JsonSchema)]
pub struct Questionnaire {
    pub title: String,
    /// The scale's words, from 1 up.
    pub scale: Vec<String>,
    pub practices: Vec<ReportPractice>,
}

/// A practice of the report.
#[derive(JsonSchema)]
pub struct ReportPractice {
    pub id: Slug,
    pub title: String,
    /// With statements only.
    #[serde(default)]
    pub statements: Vec<ReportStatement>,
}

/// A statement of the report, in the first-person wording.
#[derive(JsonSchema)]
pub struct ReportStatement {
    pub id: Slug,
    pub tag: Tag,
    pub text: String,
}

/// The scores of one completed take.
#[derive(JsonSchema)]
pub struct TakeScores {
    pub started_at: Timestamp,
    pub completed_at: Timestamp,
    /// Every practice of the report, by id.
    pub practices: ScoreMap,
    pub technical: Score,
    pub leadership: Score,
    /// The balance in words, for readers of the file; recomputed from the indexes when read.
    pub balance: Option<String>,
}

/// Colleagues' feedback as the report shows it.
#[derive(JsonSchema, Default)]
pub struct FeedbackSummary {
    pub subject_name: String,
    /// When the feedback request was made.
    pub requested_at: Timestamp,
    /// The anonymity threshold the summary was made with.
    #[serde(default = "default_min_group_size")]
    pub min_group_size: u32,
    pub groups: Vec<GroupCount>,
    /// Responses counted in "others" (everything shown apart from self).
    #[serde(default)]
    pub others_responses: u32,
    /// Responses from groups too small to show, even combined.
    #[serde(default)]
    pub withheld_responses: u32,
    /// Self, others and gap for every practice of the report, by id.
    pub practices: BTreeMap<String, GapDoc>,
    /// The same per statement (with statements only).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub statements: BTreeMap<String, GapDoc>,
    /// Statements where self rates at least the instrument's gap above others.
    pub blind_spots: Notable,
    /// Statements where self rates at least the instrument's gap below others.
    pub hidden_strengths: Notable,
    /// Colleagues' comments by practice id, only from groups large enough to show them, in an
    /// order that reveals nobody (with comments only).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, Vec<String>>,
    /// The anonymity rules applied, in words.
    pub rules: Vec<String>,
}

/// How many responses one rater group gave, and how they are shown.
#[derive(JsonSchema)]
pub struct GroupCount {
    pub group: RaterGroup,
    #[serde(default)]
    pub responses: u32,
    pub shown: Shown,
}

/// How a rater group's ratings are shown.
#[derive(JsonSchema)]
pub enum Shown {
    /// On their own: the group reached the threshold (managers always).
    #[serde(rename = "own")]
    Own,
    /// Pooled with other small groups as "Others (combined)".
    #[serde(rename = "combined")]
    Combined,
    /// Only counted: too few, even pooled.
    #[serde(rename = "count_only")]
    CountOnly,
}

/// Self, others and the gap between them.
#[derive(JsonSchema)]
pub struct GapDoc {
    #[serde(rename = "self")]
    pub self_score: Score,
    pub others: Score,
    pub gap: GapFigure,
}

/// The most notable statements one way.
#[derive(JsonSchema, Default)]
pub struct Notable {
    /// How many statements qualify (at most five are listed).
    #[serde(default)]
    pub count: u32,
    /// Their ids (with statements only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<String>,
}

/// A goal as the report shows it.
#[derive(JsonSchema)]
pub struct GoalSummary {
    /// The practice it serves.
    pub practice: Slug,
    /// The statement it is about, if it is about one (with statements only).
    #[serde(default)]
    pub statement: Slug,
    pub specific: String,
    pub measure: String,
    pub target: String,
    pub achievable: String,
    pub relevant: String,
    pub due: CalendarDate,
    pub created_at: Timestamp,
    /// The latest check-in's status, or not started.
    pub status: GoalStatus,
    pub check_ins: Vec<CheckInSummary>,
}

/// A check-in as the report shows it.
#[derive(JsonSchema)]
pub struct CheckInSummary {
    pub at: Timestamp,
    pub note: String,
    pub status: GoalStatus,
}

// ---- fulcrum.backup ----

document!(
    /// # Fulcrum backup, version 1
    ///
    /// Every record of a storage namespace, each as the text it is stored as. A restore reads
    /// every record with the decoder of its kind before anything is written, and never
    /// overwrites a record already there.
    BackupDocument,
    backup::FORMAT,
    "The backup's id.",
    "When the backup was made.",
    BackupPayload
);

/// The records.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BackupPayload {
    /// Record name → the record's stored text (itself a JSON document: a self-assessment, a
    /// goal, a feedback request, a peer response, a feedback draft or a saved place; set-aside
    /// `quarantine/…` records are kept byte for byte).
    #[schemars(extend("propertyNames" = {"pattern": RECORD_NAME_PATTERN}))]
    pub records: BTreeMap<String, String>,
}

// ---- Generation ----

/// Draft 2020-12, with descriptions as one paragraph per blank-line-separated block (doc
/// comments are wrapped at 100 columns) and without schemars' Rust number formats (`uint32`),
/// which are not JSON Schema formats.
fn schema_of<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(tidy))
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

fn tidy(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if object
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|f| !matches!(f, "date" | "date-time"))
    {
        object.remove("format");
    }
    if let Some(Value::String(text)) = object.get_mut("description") {
        *text = text
            .split("\n\n")
            .map(|paragraph| paragraph.split('\n').collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n\n");
    }
}

/// Every published schema: its file name under `schema/` and the schema.
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        (
            "fulcrum.instrument.v1.schema.json",
            schema_of::<InstrumentDocument>(),
        ),
        (
            "fulcrum.self-assessment.v1.schema.json",
            schema_of::<SelfAssessmentDocument>(),
        ),
        (
            "fulcrum.feedback-request.v1.schema.json",
            schema_of::<FeedbackRequestDocument>(),
        ),
        (
            "fulcrum.peer-response.v1.schema.json",
            schema_of::<PeerResponseDocument>(),
        ),
        ("fulcrum.goal.v1.schema.json", schema_of::<GoalDocument>()),
        (
            "fulcrum.report.v1.schema.json",
            schema_of::<ReportDocument>(),
        ),
        (
            "fulcrum.backup.v1.schema.json",
            schema_of::<BackupDocument>(),
        ),
    ]
}
