//! The pure core: instruments, answers, scoring and the assessment session. No I/O, no serde,
//! no web APIs; time and ids come in as arguments.
pub mod answers;
pub mod feedback;
pub mod feedback_request;
pub mod goal;
pub mod history;
pub mod instrument;
pub mod mentor_report;
pub mod peer_draft;
pub mod problem;
pub mod scoring;
pub mod session;

pub use answers::{Answers, Rating};
pub use instrument::{Instrument, InstrumentSpec, Practice, Statement, Tag};
pub use problem::Problem;
pub use scoring::{Balance, Results};
pub use session::{CompletedAssessment, Draft, Intent, Screen, Session};
