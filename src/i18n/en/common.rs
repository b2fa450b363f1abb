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
}
