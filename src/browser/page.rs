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

/// Copies text to the clipboard; `Err` with a sentence when the browser refuses.
pub async fn copy(text: &str) -> Result<(), String> {
    let refused =
        "The browser did not allow copying here: select the text and copy it yourself.".to_string();
    let Some(window) = web_sys::window() else {
        return Err(refused);
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| refused)
}
