//! English text shared by every page.
use crate::domain::feedback::RaterGroup;
use crate::i18n::common::CommonText;
use crate::i18n::English;

impl CommonText for English {
    fn widget_label(&self) -> &'static str {
        "Fulcrum leadership self-assessment"
    }

    fn rater_group(&self, group: RaterGroup) -> &'static str {
        match group {
            RaterGroup::SelfRating => "Self",
            RaterGroup::Manager => "Manager",
            RaterGroup::Peer => "Peers",
            RaterGroup::DirectReport => "Direct reports",
            RaterGroup::Other => "Other raters",
        }
    }

    fn combined_groups(&self) -> &'static str {
        "Others (combined)"
    }

    fn not_saving(&self) -> &'static str {
        "Not saving: this browser blocks storage here."
    }
    fn saved_as_you_go(&self) -> &'static str {
        "Answers are saved on this device as you go."
    }
    fn not_saved(&self) -> &'static str {
        "Not saved: see the message below."
    }
    fn dismiss_message(&self) -> &'static str {
        "Dismiss this message"
    }
    fn downloaded(&self, file: &str) -> String {
        format!("Downloaded {file}.")
    }
    fn download_answers_so_far(&self) -> &'static str {
        "Download answers so far"
    }
    fn all_data_deleted(&self) -> &'static str {
        "All your Fulcrum data on this device has been deleted."
    }
    fn not_everything_deleted(&self, error: &str) -> String {
        format!("Not everything could be deleted: {error}")
    }

    fn cancel(&self) -> &'static str {
        "Cancel"
    }

    fn nothing_saved(&self) -> &'static str {
        "Nothing is being saved. "
    }
    fn storage_blocked(&self) -> &'static str {
        "This browser does not let Fulcrum use storage here (as in private windows or sandboxed frames). You can still answer everything, but your answers will be gone when you close this page: download them before you leave."
    }
    fn set_aside_intro(&self) -> &'static str {
        "Some saved data could not be read, so Fulcrum set it aside unchanged and started without it. Download it to keep it, or discard it."
    }
    fn unreadable_data(&self, record: &str) -> String {
        format!("Unreadable data ({record}).")
    }
    fn set_aside_reason(&self, reason: &str) -> String {
        format!(" Reason: {reason}")
    }
    fn download_it(&self) -> &'static str {
        "Download it"
    }
    fn discard_it(&self) -> &'static str {
        "Discard it"
    }
    fn set_aside_discarded(&self) -> &'static str {
        "The set-aside data was discarded."
    }
    fn no_longer_stored(&self) -> &'static str {
        "That data is no longer stored."
    }

    fn file_already_here(&self, file: &str, message: &str) -> String {
        format!("{file}: {message}")
    }
    fn file_not_opened(&self, file: &str, message: &str) -> String {
        format!("{file} was not opened. {message}")
    }
}
