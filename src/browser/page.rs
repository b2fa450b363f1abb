//! The page around the widget: its URL (the fragment carries feedback requests) and the
//! clipboard.
use wasm_bindgen_futures::JsFuture;

/// The URL fragment, without `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// The page URL without its fragment: the base of feedback request links.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding history.
pub fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        if let Ok(history) = w.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base_url()));
        }
    }
}

/// The browser refused to copy to the clipboard (no permission, or no window).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopyRefused;

impl crate::i18n::Localized for CopyRefused {
    fn text(&self, lang: crate::i18n::Lang) -> String {
        lang.errors().copy_refused().into()
    }
}

/// Copies text to the clipboard.
pub async fn copy(text: &str) -> Result<(), CopyRefused> {
    let window = web_sys::window().ok_or(CopyRefused)?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| CopyRefused)
}
