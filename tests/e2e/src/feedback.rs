//! What the peer feedback flows share: the subject of the sample request, the fixture they
//! import instead of answering 40 statements, where requests are stored, and the labels of the
//! fields a test fills in.

/// The subject's name as the raters see it.
pub const SUBJECT: &str = "Ada Quinn";
/// The message the sample request carries.
pub const MESSAGE: &str = "Thanks for taking ten minutes — honest answers help me most.";
/// The self-assessment the subject imports instead of clicking 40 answers.
pub const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../fixtures/self-assessment-v1.json"
);
pub const REQUEST_PREFIX: &str = "fulcrum/default/request/";
pub const NAME_LABEL: &str = "Your name, as the people you ask know you";
pub const MESSAGE_LABEL: &str = "A message to them (optional)";
pub const RESPONSE_FILES_LABEL: &str =
    "Response files (.json) — choose several at once, or drop them here";
