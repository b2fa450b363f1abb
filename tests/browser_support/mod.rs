//! What every browser test (wasm-bindgen-test in headless Chromium) needs: the page's
//! document and localStorage, removing what a test stored, waiting on a condition, reading
//! text. Each test crate uses a part of it.
#![allow(dead_code)]
use gloo_timers::future::TimeoutFuture;

pub fn local() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .unwrap_or_else(|| panic!("localStorage is available in the test browser"))
}

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .unwrap_or_else(|| panic!("a document"))
}

/// Removes every key under a prefix that a test wrote, whatever happens in the test.
pub struct Cleanup(pub &'static str);
impl Drop for Cleanup {
    fn drop(&mut self) {
        let s = local();
        let keys: Vec<String> = (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(self.0))
            .collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
}

/// Waits until `cond` holds, checking every 10 ms for at most 3 s.
pub async fn wait_for(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..300 {
        if cond() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("timed out after 3 s waiting for {what}");
}

/// The first element matching `selector`, if any.
pub fn element(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).ok().flatten()
}

/// The text of the first element matching `selector` (empty if there is none).
pub fn text_of(selector: &str) -> String {
    element(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}
