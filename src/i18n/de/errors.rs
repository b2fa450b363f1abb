//! German refusals, one per variant of each error type.
use crate::format::FileError;
use crate::i18n::errors::ErrorText;
use crate::i18n::German;

impl ErrorText for German {
    // Placeholder until the German wording lands: English.
    fn file_error(&self, error: &FileError) -> String {
        error.to_string()
    }
}
