//! Text used on every page of the widget: the shell around the screens (storage notices,
//! confirmations, the save status, messages about files).
use super::{English, German, Lang};
use crate::domain::feedback::{Column, RaterGroup};

/// Text shared by every page.
pub trait CommonText {
    /// The widget's name as a landmark label.
    fn widget_label(&self) -> &'static str;
    /// A rater group as a whole, as a table row or column heading: "Manager", "Peers",
    /// "Direct reports", "Other raters" (not "Others", which would read like the "others"
    /// baseline beside it), "Self".
    fn rater_group(&self, group: RaterGroup) -> &'static str;
    /// A report column: a group, or the small groups pooled ("Others (combined)").
    fn column(&self, column: Column) -> &'static str {
        match column {
            Column::Group(g) => self.rater_group(g),
            Column::Combined => self.combined_groups(),
        }
    }
    /// The column pooling groups too small to show on their own.
    fn combined_groups(&self) -> &'static str;

    // The save status line.
    /// Storage is blocked: nothing is saved.
    fn not_saving(&self) -> &'static str;
    fn saved_as_you_go(&self) -> &'static str;
    fn not_saved(&self) -> &'static str;
    /// The button under an error message.
    fn dismiss_message(&self) -> &'static str;
    /// A file was offered for download.
    fn downloaded(&self, file: &str) -> String;
    fn download_answers_so_far(&self) -> &'static str;
    fn all_data_deleted(&self) -> &'static str;
    /// Deleting stopped; `error` says why.
    fn not_everything_deleted(&self, error: &str) -> String;

    // Confirmations.
    fn cancel(&self) -> &'static str;

    // Notices about storage.
    /// The notice's first words, in bold, ending with a space.
    fn nothing_saved(&self) -> &'static str;
    fn storage_blocked(&self) -> &'static str;
    fn set_aside_intro(&self) -> &'static str;
    /// One set-aside record, by its storage name.
    fn unreadable_data(&self, record: &str) -> String;
    /// Why it was set aside (starts with a space).
    fn set_aside_reason(&self, reason: &str) -> String;
    fn download_it(&self) -> &'static str;
    fn discard_it(&self) -> &'static str;
    fn set_aside_discarded(&self) -> &'static str;
    fn no_longer_stored(&self) -> &'static str;

    // Opening files whose content the session refused.
    /// The file's take is already here; `message` says how.
    fn file_already_here(&self, file: &str, message: &str) -> String;
    /// The file was refused; `message` says why.
    fn file_not_opened(&self, file: &str, message: &str) -> String;
}

impl Lang {
    /// Text shared by every page, in this language.
    pub fn common(self) -> &'static dyn CommonText {
        match self {
            Lang::En => &English,
            Lang::De => &German,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_messages_name_the_file_in_both_languages() {
        let (en, de) = (Lang::En.common(), Lang::De.common());
        assert_eq!(en.downloaded("a.json"), "Downloaded a.json.");
        assert_eq!(de.downloaded("a.json"), "„a.json“ wurde heruntergeladen.");
        assert_eq!(
            en.file_not_opened("a.json", "Why."),
            "a.json was not opened. Why."
        );
        assert_eq!(
            de.file_not_opened("a.json", "Warum."),
            "„a.json“ wurde nicht geöffnet. Warum."
        );
        assert_eq!(en.file_already_here("a.json", "Here."), "a.json: Here.");
        assert_eq!(en.set_aside_reason("bad JSON"), " Reason: bad JSON");
        assert_eq!(de.set_aside_reason("kaputt"), " Grund: kaputt");
        // The bold lead-in runs on into the sentence after it.
        assert!(en.nothing_saved().ends_with(' ') && de.nothing_saved().ends_with(' '));
    }
}
