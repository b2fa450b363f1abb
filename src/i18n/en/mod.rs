//! The English catalogue: `English` implements every `…Text` trait, one file per trait.
mod assessment;
mod common;
mod errors;
mod feedback;
mod growth;
