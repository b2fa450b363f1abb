//! The German catalogue (Sie-form, gender-neutral where German allows it): `German`
//! implements every `…Text` trait, one file per trait.
mod assessment;
mod common;
mod errors;
mod feedback;
mod growth;
