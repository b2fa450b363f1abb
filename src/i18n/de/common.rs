//! German text shared by every page.
use crate::domain::feedback::RaterGroup;
use crate::i18n::common::CommonText;
use crate::i18n::German;

impl CommonText for German {
    fn widget_label(&self) -> &'static str {
        "Fulcrum-Selbsteinschätzung zur Führung"
    }

    fn rater_group(&self, group: RaterGroup) -> &'static str {
        match group {
            RaterGroup::SelfRating => "Selbst",
            RaterGroup::Manager => "Führungskraft",
            RaterGroup::Peer => "Kolleginnen und Kollegen",
            RaterGroup::DirectReport => "Mitarbeitende",
            RaterGroup::Other => "Weitere Feedbackgebende",
        }
    }

    fn combined_groups(&self) -> &'static str {
        "Weitere (zusammengefasst)"
    }
}
