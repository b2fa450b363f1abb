//! German text shared by every page.
use crate::i18n::common::CommonText;
use crate::i18n::German;

impl CommonText for German {
    fn widget_label(&self) -> &'static str {
        "Fulcrum-Selbsteinschätzung zur Führung"
    }
}
