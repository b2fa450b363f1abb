//! The file and storage formats: the only serde types. Envelopes, versions, digests, the
//! instrument document, the self-assessment file, and stored session records.
pub mod answers;
pub mod envelope;
pub mod error;
pub mod feedback_request;
pub mod fields;
pub mod instrument;
pub mod json;
pub mod peer_draft;
pub mod peer_response;
pub mod self_assessment;
pub mod stored;

pub use error::FileError;

/// Largest file the widget reads, in bytes; bigger ones are refused before parsing.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
