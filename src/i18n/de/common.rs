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

    fn not_saving(&self) -> &'static str {
        "Keine Speicherung: Dieser Browser lässt hier keinen Speicher zu."
    }
    fn saved_as_you_go(&self) -> &'static str {
        "Ihre Antworten werden laufend auf diesem Gerät gespeichert."
    }
    fn not_saved(&self) -> &'static str {
        "Nicht gespeichert: siehe Meldung unten."
    }
    fn dismiss_message(&self) -> &'static str {
        "Meldung schließen"
    }
    fn downloaded(&self, file: &str) -> String {
        format!("„{file}“ wurde heruntergeladen.")
    }
    fn download_answers_so_far(&self) -> &'static str {
        "Bisherige Antworten herunterladen"
    }
    fn all_data_deleted(&self) -> &'static str {
        "Alle Ihre Fulcrum-Daten auf diesem Gerät wurden gelöscht."
    }
    fn not_everything_deleted(&self, error: &str) -> String {
        format!("Nicht alles konnte gelöscht werden: {error}")
    }

    fn cancel(&self) -> &'static str {
        "Abbrechen"
    }

    fn nothing_saved(&self) -> &'static str {
        "Es wird nichts gespeichert. "
    }
    fn storage_blocked(&self) -> &'static str {
        "Dieser Browser erlaubt Fulcrum hier keinen Speicher (etwa in privaten Fenstern oder abgeschotteten Frames). Sie können trotzdem alles beantworten, aber Ihre Antworten gehen verloren, sobald Sie diese Seite schließen: Laden Sie sie vorher herunter."
    }
    fn set_aside_intro(&self) -> &'static str {
        "Einige gespeicherte Daten konnten nicht gelesen werden. Fulcrum hat sie daher unverändert beiseitegelegt und ohne sie begonnen. Laden Sie sie herunter, um sie zu behalten, oder verwerfen Sie sie."
    }
    fn unreadable_data(&self, record: &str) -> String {
        format!("Nicht lesbare Daten ({record}).")
    }
    fn set_aside_reason(&self, reason: &str) -> String {
        format!(" Grund: {reason}")
    }
    fn download_it(&self) -> &'static str {
        "Herunterladen"
    }
    fn discard_it(&self) -> &'static str {
        "Verwerfen"
    }
    fn set_aside_discarded(&self) -> &'static str {
        "Die beiseitegelegten Daten wurden verworfen."
    }
    fn no_longer_stored(&self) -> &'static str {
        "Diese Daten sind nicht mehr gespeichert."
    }

    fn file_already_here(&self, file: &str, message: &str) -> String {
        format!("„{file}“: {message}")
    }
    fn file_not_opened(&self, file: &str, message: &str) -> String {
        format!("„{file}“ wurde nicht geöffnet. {message}")
    }
}
