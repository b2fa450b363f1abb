//! English text shared by every page.
use crate::i18n::common::CommonText;
use crate::i18n::English;

impl CommonText for English {
    fn widget_label(&self) -> &'static str {
        "Fulcrum leadership self-assessment"
    }
}
