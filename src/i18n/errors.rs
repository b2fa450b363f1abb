//! Why something was refused or failed, in every language: the words for `format::FileError`
//! and the problem lists it carries, storage and download failures, records set aside, and
//! the refusals of mounting and starting a widget (mostly read by the page's author).
//! Browser-layer errors implement `Localized` in their own files with these messages, since
//! this module may not name the browser layer.
use super::{English, German, Lang, Localized};
use crate::format::FileError;

/// Refusals and failures.
pub trait ErrorText {
    // Documents.

    /// Why a document was refused, and what to do.
    fn file_error(&self, error: &FileError) -> String;

    // Storage (`browser::storage::StorageError`).

    /// The browser's storage quota is used up.
    fn storage_full(&self) -> &'static str;
    /// The browser refused a write; `browser_error` is its DOM error name.
    fn storage_refused(&self, browser_error: &str) -> String;

    // Saving a file (`browser::download::DownloadError`): the sentence around one cause.

    /// A file could not be offered for download, because of `cause` (one of `save_…`).
    fn file_not_saved(&self, cause: &str) -> String;
    fn save_no_window(&self) -> &'static str;
    fn save_no_document(&self) -> &'static str;
    fn save_blob_refused(&self) -> &'static str;
    fn save_link_refused(&self) -> &'static str;
    fn save_no_link_element(&self) -> &'static str;
    fn save_no_body(&self) -> &'static str;

    /// The browser refused to copy to the clipboard, and what to do instead.
    fn copy_refused(&self) -> &'static str;

    /// A chosen file could not be read (`browser::files`); `cause` is the browser's own
    /// words. Completes "<file> was not opened: …".
    fn file_unreadable(&self, cause: &str) -> String;

    // Records set aside when loading (`browser::persistence::QuarantineReason`).

    /// The draft record held a completed take.
    fn set_aside_completed_draft(&self) -> &'static str;
    /// An `assessment/<id>` record held something other than the take with that id.
    fn set_aside_misnamed_take(&self) -> &'static str;

    // Mounting (`ui::mounting`): refusals shown in the element and thrown to the host page.

    /// A second `mount` on the same element.
    fn already_mounted(&self) -> &'static str;
    /// The namespace option is not a valid id.
    fn invalid_namespace(&self, namespace: &str) -> String;
    /// Shown in the element while a questionnaire given by URL downloads.
    fn loading_questionnaire(&self) -> &'static str;
    /// The questionnaire at `url` could not be downloaded, because of `cause` (one of
    /// `fetch_…`).
    fn questionnaire_not_loaded(&self, url: &str, cause: &str) -> String;
    fn fetch_no_window(&self) -> &'static str;
    fn fetch_failed(&self) -> &'static str;
    fn fetch_not_a_response(&self) -> &'static str;
    fn fetch_status(&self, status: u16) -> String;
    fn fetch_body_unreadable(&self) -> &'static str;
    fn fetch_body_not_text(&self) -> &'static str;
    /// `data-instrument="#id"` names no element.
    fn no_such_element(&self, id: &str) -> String;
    /// `data-instrument="#id"` names an element that is not a JSON script.
    fn not_a_json_script(&self, id: &str) -> String;
    /// The page has no window (not a browser page).
    fn no_window(&self) -> &'static str;
    /// `data-instrument` is neither `#id` nor a URL.
    fn not_a_source(&self, source: &str) -> String;
    /// The questionnaire's URL is on another origin than the page.
    fn other_origin(&self, url: &str, page_origin: &str) -> String;
    /// Console warning: `data-lang` asks for a language Fulcrum does not have.
    fn unknown_language(&self, tag: &str, used: &str, available: &str) -> String;

    // Starting (`ui::app::App`): the questionnaire itself is invalid.

    /// The heading (and first line of the console message), without a full stop:
    /// `page_provided` when the page gave the questionnaire (data-instrument), else the
    /// built-in one is broken.
    fn invalid_questionnaire(&self, page_provided: bool) -> String;
    /// What to do with the list of problems below the heading.
    fn invalid_questionnaire_help(&self) -> &'static str;
}

impl Lang {
    /// Refusals and failures, in this language.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Problem;
    use crate::format::error::{Foreign, CUT_OFF, TOP_LEVEL};

    /// Names every variant without a wildcard: a new variant does not compile until it is
    /// added here, and so to `one_of_each`.
    fn variant(e: &FileError) -> &'static str {
        match e {
            FileError::Empty => "Empty",
            FileError::TooLarge { .. } => "TooLarge",
            FileError::CodeTooLong { .. } => "CodeTooLong",
            FileError::LinkTooLong { .. } => "LinkTooLong",
            FileError::Malformed { .. } => "Malformed",
            FileError::TooDeep { .. } => "TooDeep",
            FileError::DuplicateKey { .. } => "DuplicateKey",
            FileError::NotFulcrum(_) => "NotFulcrum",
            FileError::BrokenLink => "BrokenLink",
            FileError::BrokenCode => "BrokenCode",
            FileError::WrongFormat { .. } => "WrongFormat",
            FileError::NewerVersion { .. } => "NewerVersion",
            FileError::UnknownVersion { .. } => "UnknownVersion",
            FileError::DigestMismatch => "DigestMismatch",
            FileError::OtherInstrument { .. } => "OtherInstrument",
            FileError::InstrumentVersion { .. } => "InstrumentVersion",
            FileError::InstrumentHash => "InstrumentHash",
            FileError::Invalid(_) => "Invalid",
        }
    }

    const VARIANTS: usize = 18;

    fn one_of_each() -> Vec<FileError> {
        vec![
            FileError::Empty,
            FileError::TooLarge {
                size: 3 * 1024 * 1024 + 1,
                limit: 2 * 1024 * 1024,
            },
            FileError::CodeTooLong {
                length: 90_000,
                limit: 60_000,
            },
            FileError::LinkTooLong {
                length: 90_000,
                limit: 60_000,
            },
            FileError::Malformed {
                message: CUT_OFF.into(),
                line: 3,
                column: 7,
            },
            FileError::TooDeep {
                line: 1,
                column: 128,
            },
            FileError::DuplicateKey {
                key: "id".into(),
                place: TOP_LEVEL.into(),
                line: 1,
                column: 20,
            },
            FileError::NotFulcrum(Foreign::NotAnObject),
            FileError::BrokenLink,
            FileError::BrokenCode,
            FileError::WrongFormat {
                expected: "self assessment".into(),
                found: "peer response".into(),
            },
            FileError::NewerVersion {
                format: "self assessment".into(),
                found: 9,
                supported: 1,
            },
            FileError::UnknownVersion { found: -1 },
            FileError::DigestMismatch,
            FileError::OtherInstrument {
                expected: "leadership-balance".into(),
                found: "team-habits".into(),
            },
            FileError::InstrumentVersion {
                id: "leadership-balance".into(),
                expected: "1.0.0".into(),
                found: "2.0.0".into(),
            },
            FileError::InstrumentHash,
            FileError::Invalid(vec![
                Problem::new("answers[0].rating", "must be a whole number from 1 to 5"),
                Problem::new("", "must be text"),
            ]),
        ]
    }

    #[test]
    fn every_file_error_has_german_text_differing_from_the_english() {
        let all = one_of_each();
        let names: std::collections::BTreeSet<&str> = all.iter().map(variant).collect();
        assert_eq!(names.len(), VARIANTS, "one value of each variant");
        for e in &all {
            let (en, de) = (e.text(Lang::En), e.text(Lang::De));
            assert_eq!(en, e.to_string(), "{}: English is the Display", variant(e));
            assert!(!de.trim().is_empty(), "{}", variant(e));
            assert_ne!(en, de, "{} has no German text", variant(e));
        }
    }

    #[test]
    fn german_refusals_use_german_numbers_quotes_and_names() {
        let too_large = FileError::TooLarge {
            size: 3 * 1024 * 1024 + 1,
            limit: 2 * 1024 * 1024,
        };
        assert_eq!(
            too_large.text(Lang::De),
            "Die Datei ist 3,1 MB groß; Fulcrum-Dateien sind höchstens 2 MB groß, diese ist also keine. Wählen Sie eine von Fulcrum exportierte Datei."
        );
        let wrong = FileError::WrongFormat {
            expected: "self assessment".into(),
            found: "peer response".into(),
        };
        assert_eq!(
            wrong.text(Lang::De),
            "Dies ist eine Datei vom Typ „Rückmeldung“, keine Datei vom Typ „Selbsteinschätzung“. Öffnen Sie sie dort, wo Dateien vom Typ „Rückmeldung“ importiert werden."
        );
        let twice = FileError::DuplicateKey {
            key: "a-1".into(),
            place: "in payload.answers".into(),
            line: 4,
            column: 9,
        };
        assert!(twice.text(Lang::De).starts_with(
            "Das Feld „a-1“ kommt in payload.answers zweimal vor (Zeile 4, Spalte 9)"
        ));
        let top = FileError::DuplicateKey {
            key: "id".into(),
            place: TOP_LEVEL.into(),
            line: 1,
            column: 2,
        };
        assert!(top
            .text(Lang::De)
            .contains("kommt auf oberster Ebene zweimal vor"));
        let cut = FileError::Malformed {
            message: CUT_OFF.into(),
            line: 3,
            column: 1,
        };
        assert!(cut.text(Lang::De).contains("der Text endet zu früh"));
    }

    #[test]
    fn problem_lists_keep_their_details_in_a_german_sentence() {
        let one = FileError::Invalid(vec![Problem::new("id", "must be text")]);
        assert_eq!(
            one.text(Lang::En),
            "The file has 1 problem(s):\nid: must be text"
        );
        assert_eq!(
            one.text(Lang::De),
            "Die Datei enthält 1 Problem:\nid: must be text"
        );
        let two = FileError::Invalid(vec![Problem::new("a", "x"), Problem::new("b", "y")]);
        assert_eq!(
            two.text(Lang::De),
            "Die Datei enthält 2 Probleme:\na: x\nb: y"
        );
    }

    #[test]
    fn every_reason_a_file_is_foreign_has_german_words() {
        for reason in [
            Foreign::NotAnObject,
            Foreign::NoFormat,
            Foreign::OtherFormat("acme.survey".into()),
            Foreign::NotAPeerDraft,
        ] {
            let e = FileError::NotFulcrum(reason.clone());
            let de = e.text(Lang::De);
            assert!(de.starts_with("Dies ist keine Fulcrum-Datei: "), "{de}");
            assert!(!de.contains(&reason.to_string()), "{de}");
        }
    }

    /// The English of mounting and starting, exactly as it was before the catalogue.
    #[test]
    fn english_start_up_refusals_are_unchanged() {
        let en = Lang::En.errors();
        assert_eq!(
            en.already_mounted(),
            "Fulcrum is already mounted on this element; call unmount(element) first."
        );
        assert_eq!(
            en.invalid_namespace("A B"),
            "Fulcrum cannot start here: the namespace \"A B\" is not valid. Use 1–64 lowercase letters, digits and single '-', '.' or '_' between them."
        );
        assert_eq!(en.loading_questionnaire(), "Loading the questionnaire…");
        assert_eq!(
            en.questionnaire_not_loaded("https://x/q.json", en.fetch_status(404).as_str()),
            "Fulcrum cannot start: the questionnaire at https://x/q.json could not be loaded (HTTP 404)."
        );
        assert_eq!(
            en.invalid_questionnaire(true),
            "Fulcrum cannot start: the questionnaire this page provides (data-instrument) is invalid"
        );
        assert_eq!(
            en.invalid_questionnaire(false),
            "Fulcrum cannot start: its built-in questionnaire is invalid"
        );
        assert_eq!(
            en.file_not_saved(en.save_no_window()),
            "The file could not be saved (no window). Try again, or copy the data another way."
        );
    }

    /// Every message of the catalogue, with sample values, for comparing the languages.
    fn every_message(lang: Lang) -> Vec<String> {
        let t = lang.errors();
        vec![
            t.storage_full().into(),
            t.storage_refused("SecurityError"),
            t.file_not_saved("x"),
            t.save_no_window().into(),
            t.save_no_document().into(),
            t.save_blob_refused().into(),
            t.save_link_refused().into(),
            t.save_no_link_element().into(),
            t.save_no_body().into(),
            t.file_unreadable("NotReadableError"),
            t.set_aside_completed_draft().into(),
            t.set_aside_misnamed_take().into(),
            t.already_mounted().into(),
            t.invalid_namespace("A"),
            t.loading_questionnaire().into(),
            t.questionnaire_not_loaded("https://x/q.json", "x"),
            t.fetch_no_window().into(),
            t.fetch_failed().into(),
            t.fetch_not_a_response().into(),
            t.fetch_body_unreadable().into(),
            t.fetch_body_not_text().into(),
            t.no_such_element("q"),
            t.not_a_json_script("q"),
            t.no_window().into(),
            t.not_a_source("::"),
            t.other_origin("https://a/q.json", "https://b"),
            t.unknown_language("fr", "en", "en, de"),
            t.invalid_questionnaire(true),
            t.invalid_questionnaire(false),
            t.invalid_questionnaire_help().into(),
        ]
    }

    #[test]
    fn every_other_message_has_german_text_differing_from_the_english() {
        let (en, de) = (every_message(Lang::En), every_message(Lang::De));
        for (en, de) in en.iter().zip(&de) {
            assert!(!de.trim().is_empty());
            assert_ne!(en, de);
            assert!(!de.contains("..."), "a real ellipsis: {de}");
        }
    }
}
