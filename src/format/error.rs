//! Why a document was refused, in words a user can act on. Nothing is written when one occurs.
use crate::domain::problem::{describe, Problem};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum FileError {
    #[error("The file is empty. Choose a file exported by Fulcrum.")]
    Empty,
    #[error("The file is {} MB; Fulcrum files are at most {} MB, so this is not one. Choose a file exported by Fulcrum.", megabytes(*.size as u64), .limit / MEGABYTE)]
    TooLarge { size: usize, limit: usize },
    #[error("The pasted code is {length} characters long; a response code is at most {limit}. Paste only the code (it starts with FULCRUM-RESPONSE-1:), or ask for the response file.")]
    CodeTooLong { length: usize, limit: usize },
    #[error("The link is {length} characters long; a feedback request link is at most {limit}. Ask for the link again, or for the request file.")]
    LinkTooLong { length: usize, limit: usize },
    #[error("The file is not valid JSON: {message} at line {line}, column {column}. It may be damaged or not a Fulcrum file.")]
    Malformed {
        message: String,
        line: usize,
        column: usize,
    },
    #[error("The file is nested too deeply (more than 127 levels of brackets, at line {line}, column {column}); Fulcrum files are nested only a few levels, so this is not one. Choose a file exported by Fulcrum.")]
    TooDeep { line: usize, column: usize },
    #[error("The file names \"{key}\" twice {place} (at line {line}, column {column}); a Fulcrum file names each field once, so this one was changed after it was exported. Ask for a fresh export.")]
    DuplicateKey {
        key: String,
        /// Where the object holding it is: "at the top level", "in payload.answers".
        place: String,
        line: usize,
        column: usize,
    },
    #[error("This is not a Fulcrum file: {0}. Choose a file exported by Fulcrum.")]
    NotFulcrum(Foreign),
    #[error("The link is incomplete or was changed on the way. Ask for the link again, or for the request file.")]
    BrokenLink,
    #[error("The response code is incomplete or was changed on the way. Ask for the code again, or for the response file.")]
    BrokenCode,
    #[error(
        "This is a {found} file, not a {expected} file. Open it where {found} files are imported."
    )]
    WrongFormat { expected: String, found: String },
    #[error("This file was made by a newer version of Fulcrum ({format} version {found}); this copy reads up to version {supported}. Open it with an up-to-date copy of Fulcrum. Nothing was changed.")]
    NewerVersion {
        format: String,
        found: u64,
        supported: u64,
    },
    #[error("The file's format version {found} is not one Fulcrum has ever written; the file may be damaged.")]
    UnknownVersion { found: i64 },
    #[error("The file is damaged or was edited after it was exported: its content does not match its SHA-256 digest. Ask for a fresh export. Nothing was changed.")]
    DigestMismatch,
    #[error("This file answers a different questionnaire (\"{found}\"), not \"{expected}\". Nothing was changed.")]
    OtherInstrument { expected: String, found: String },
    #[error("This file was made with version {found} of the questionnaire \"{id}\", but this copy has version {expected}. Nothing was changed.")]
    InstrumentVersion {
        id: String,
        expected: String,
        found: String,
    },
    #[error("The questionnaire text in this file differs from this copy's (same id and version, different content), so its answers cannot be trusted to match. Nothing was changed.")]
    InstrumentHash,
    #[error("The file has {} problem(s):\n{}", .0.len(), describe(.0))]
    Invalid(Vec<Problem>),
}

/// Why a document is not a Fulcrum file at all. Typed, so that each language words it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Foreign {
    #[error("it is not a JSON object")]
    NotAnObject,
    #[error("it has no \"format\" field naming a Fulcrum format")]
    NoFormat,
    /// The `format` it names, which is not Fulcrum's.
    #[error("its format is \"{0}\"")]
    OtherFormat(String),
    #[error("it is not a stored feedback draft")]
    NotAPeerDraft,
}

/// `DuplicateKey::place` of a key in the outermost object (other places are "in <path>").
pub const TOP_LEVEL: &str = "at the top level";

/// `Malformed::message` when the text stops in the middle of the JSON (otherwise the
/// message is serde_json's own, technical detail left in English).
pub const CUT_OFF: &str = "the text ends too early (is the file cut off?)";

const MEGABYTE: usize = 1024 * 1024;

/// A size in megabytes with one decimal, rounded up so that a file just over a limit never
/// reads as the limit itself ("2.1 MB", not "2.0 MB"). Integer arithmetic: no float
/// formatting in the wasm.
pub fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).div_ceil(MEGABYTE as u64);
    format!("{}.{}", tenths / 10, tenths % 10)
}

impl FileError {
    /// The same refusal for text that came in a link or a pasted code rather than a file:
    /// damage in transit is named as such, while version and questionnaire mismatches keep
    /// their own words.
    pub fn in_transit(self, broken: FileError) -> FileError {
        match self {
            FileError::NewerVersion { .. }
            | FileError::OtherInstrument { .. }
            | FileError::InstrumentVersion { .. }
            | FileError::InstrumentHash
            | FileError::WrongFormat { .. } => self,
            _ => broken,
        }
    }
}
