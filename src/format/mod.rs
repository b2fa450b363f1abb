//! The file and storage formats: the only serde types. Envelopes, versions, digests, the
//! instrument document, the self-assessment file, and stored session records.
pub mod answers;
pub mod backup;
pub mod csv_export;
pub mod envelope;
pub mod error;
pub mod feedback_request;
pub mod fields;
pub mod goal;
pub mod instrument;
pub mod json;
pub mod peer_draft;
pub mod peer_response;
pub mod report;
/// Native only: the JSON Schema of every format, kept out of the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod self_assessment;
pub mod stored;

pub use error::FileError;

/// Largest file the widget reads, in bytes; bigger ones are refused before parsing.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// Longest base64url text (a response code, a request link) that can hold a document of
/// `MAX_FILE_BYTES`; longer ones are refused before they are decoded.
pub const MAX_ENCODED_CHARS: usize = MAX_FILE_BYTES.div_ceil(3) * 4;
