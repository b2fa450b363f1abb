//! The English catalogue: `English` implements every `…Text` trait, one file per trait.
mod common;
mod errors;
mod growth;
