//! Why a file, link, code or stored value was refused, in every language: the words for
//! `format::FileError` and the problem lists it carries.
use super::{English, German, Lang, Localized};
use crate::format::FileError;

/// Refusals of documents.
pub trait ErrorText {
    /// Why a document was refused, and what to do.
    fn file_error(&self, error: &FileError) -> String;
}

impl Lang {
    /// Refusals of documents, in this language.
    pub fn errors(self) -> &'static dyn ErrorText {
        match self {
            Lang::En => &English,
            Lang::De => &German,
        }
    }
}

impl Localized for FileError {
    fn text(&self, lang: Lang) -> String {
        lang.errors().file_error(self)
    }
}
