//! English refusals: the wording lives on the error types (thiserror), used as is.
use crate::format::FileError;
use crate::i18n::errors::ErrorText;
use crate::i18n::English;

impl ErrorText for English {
    fn file_error(&self, error: &FileError) -> String {
        error.to_string()
    }
}
