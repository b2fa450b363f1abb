//! English refusals and failures. Document refusals are worded on `FileError` itself
//! (thiserror, also used in logs) and used as is; the storage and download sentences repeat
//! their error types' Display, which tests keep equal.
use crate::format::FileError;
use crate::i18n::errors::ErrorText;
use crate::i18n::English;

impl ErrorText for English {
    fn file_error(&self, error: &FileError) -> String {
        error.to_string()
    }

    fn storage_full(&self) -> &'static str {
        "Storage is full: the browser has no room left for this site's data. Your earlier answers are still saved; download your answers to keep the latest ones."
    }

    fn storage_refused(&self, browser_error: &str) -> String {
        format!("The browser refused to save ({browser_error}). Your earlier answers are still saved; download your answers to keep the latest ones.")
    }

    fn file_not_saved(&self, cause: &str) -> String {
        format!("The file could not be saved ({cause}). Try again, or copy the data another way.")
    }

    fn save_no_window(&self) -> &'static str {
        "no window"
    }

    fn save_no_document(&self) -> &'static str {
        "no document"
    }

    fn save_blob_refused(&self) -> &'static str {
        "the browser refused to create it"
    }

    fn save_link_refused(&self) -> &'static str {
        "the browser refused a download link"
    }

    fn save_no_link_element(&self) -> &'static str {
        "no link element"
    }

    fn save_no_body(&self) -> &'static str {
        "no page body"
    }

    fn copy_refused(&self) -> &'static str {
        "The browser did not allow copying here: select the text and copy it yourself."
    }

    fn file_unreadable(&self, cause: &str) -> String {
        format!("it could not be read ({cause})")
    }

    fn set_aside_completed_draft(&self) -> &'static str {
        "the answers in progress were stored as a completed take"
    }

    fn set_aside_misnamed_take(&self) -> &'static str {
        "the record does not hold the completed take its name promises"
    }

    fn already_mounted(&self) -> &'static str {
        "Fulcrum is already mounted on this element; call unmount(element) first."
    }

    fn invalid_namespace(&self, namespace: &str) -> String {
        format!("Fulcrum cannot start here: the namespace \"{namespace}\" is not valid. Use 1–64 lowercase letters, digits and single '-', '.' or '_' between them.")
    }

    fn loading_questionnaire(&self) -> &'static str {
        "Loading the questionnaire…"
    }

    fn questionnaire_not_loaded(&self, url: &str, cause: &str) -> String {
        format!("Fulcrum cannot start: the questionnaire at {url} could not be loaded ({cause}).")
    }

    fn fetch_no_window(&self) -> &'static str {
        "no window"
    }

    fn fetch_failed(&self) -> &'static str {
        "the network request failed"
    }

    fn fetch_not_a_response(&self) -> &'static str {
        "the answer was not a response"
    }

    fn fetch_status(&self, status: u16) -> String {
        format!("HTTP {status}")
    }

    fn fetch_body_unreadable(&self) -> &'static str {
        "its body could not be read"
    }

    fn fetch_body_not_text(&self) -> &'static str {
        "its body is not text"
    }

    fn no_such_element(&self, id: &str) -> String {
        format!("Fulcrum cannot start: data-instrument=\"#{id}\" names no element on this page. Add <script type=\"application/json\" id=\"{id}\"> with the questionnaire.")
    }

    fn not_a_json_script(&self, id: &str) -> String {
        format!("Fulcrum cannot start: #{id} must be a <script type=\"application/json\"> element holding the questionnaire, so that the page never runs it.")
    }

    fn no_window(&self) -> &'static str {
        "Fulcrum cannot start: no window"
    }

    fn not_a_source(&self, source: &str) -> String {
        format!(
            "Fulcrum cannot start: data-instrument=\"{source}\" is neither #element-id nor a URL."
        )
    }

    fn other_origin(&self, url: &str, page_origin: &str) -> String {
        format!("Fulcrum cannot start: the questionnaire {url} is not on this page's site ({page_origin}); Fulcrum only loads questionnaires from the page's own origin. Copy the file there, or put it inline in <script type=\"application/json\">.")
    }

    fn unknown_language(&self, tag: &str, used: &str, available: &str) -> String {
        format!("Fulcrum has no interface text in \"{tag}\" (data-lang); using \"{used}\". Available: {available}.")
    }

    fn invalid_questionnaire(&self, page_provided: bool) -> String {
        let whose = if page_provided {
            "the questionnaire this page provides (data-instrument)"
        } else {
            "its built-in questionnaire"
        };
        format!("Fulcrum cannot start: {whose} is invalid")
    }

    fn invalid_questionnaire_help(&self) -> &'static str {
        "Each problem below names where it is in the questionnaire's JSON. Fix them and reload the page."
    }
}
