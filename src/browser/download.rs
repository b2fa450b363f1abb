//! Saving a file to the user's device: a Blob behind a temporary object URL, clicked.
use crate::i18n::{Lang, Localized};
use thiserror::Error;
use wasm_bindgen::JsCast;

/// Why a file could not be offered for download (the step that failed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DownloadError {
    #[error("The file could not be saved (no window). Try again, or copy the data another way.")]
    NoWindow,
    #[error("The file could not be saved (no document). Try again, or copy the data another way.")]
    NoDocument,
    #[error("The file could not be saved (the browser refused to create it). Try again, or copy the data another way.")]
    BlobRefused,
    #[error("The file could not be saved (the browser refused a download link). Try again, or copy the data another way.")]
    LinkRefused,
    #[error(
        "The file could not be saved (no link element). Try again, or copy the data another way."
    )]
    NoLinkElement,
    #[error(
        "The file could not be saved (no page body). Try again, or copy the data another way."
    )]
    NoBody,
}

impl Localized for DownloadError {
    // The English catalogue gives the same sentences as the Display above; a test keeps them
    // equal.
    fn text(&self, lang: Lang) -> String {
        let t = lang.errors();
        let cause = match self {
            DownloadError::NoWindow => t.save_no_window(),
            DownloadError::NoDocument => t.save_no_document(),
            DownloadError::BlobRefused => t.save_blob_refused(),
            DownloadError::LinkRefused => t.save_link_refused(),
            DownloadError::NoLinkElement => t.save_no_link_element(),
            DownloadError::NoBody => t.save_no_body(),
        };
        t.file_not_saved(cause)
    }
}

/// Offers `text` as a file named `file_name`.
pub fn offer(file_name: &str, text: &str, mime: &str) -> Result<(), DownloadError> {
    let window = web_sys::window().ok_or(DownloadError::NoWindow)?;
    let document = window.document().ok_or(DownloadError::NoDocument)?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadError::BlobRefused)?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadError::LinkRefused)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| DownloadError::NoLinkElement)?
        .dyn_into()
        .map_err(|_| DownloadError::NoLinkElement)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or(DownloadError::NoBody)?;
    let _ = body.append_child(&anchor);
    anchor.click();
    anchor.remove();
    // The download starts asynchronously; free the blob's URL once it surely has.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::DownloadError;
    use crate::i18n::{Lang, Localized};

    /// Every variant; the match has no wildcard, so a new one does not compile until added.
    fn one_of_each() -> Vec<DownloadError> {
        let all = vec![
            DownloadError::NoWindow,
            DownloadError::NoDocument,
            DownloadError::BlobRefused,
            DownloadError::LinkRefused,
            DownloadError::NoLinkElement,
            DownloadError::NoBody,
        ];
        for e in &all {
            match e {
                DownloadError::NoWindow
                | DownloadError::NoDocument
                | DownloadError::BlobRefused
                | DownloadError::LinkRefused
                | DownloadError::NoLinkElement
                | DownloadError::NoBody => {}
            }
        }
        all
    }

    #[test]
    fn every_download_error_has_german_text_and_unchanged_english() {
        for e in one_of_each() {
            assert_eq!(e.text(Lang::En), e.to_string());
            let de = e.text(Lang::De);
            assert!(de.starts_with("Die Datei konnte nicht gespeichert werden ("));
            assert_ne!(de, e.to_string());
        }
    }
}
