//! Saving a file to the user's device: a Blob behind a temporary object URL, clicked.
use wasm_bindgen::JsCast;

/// Offers `text` as a file named `file_name`. Returns a sentence on failure.
pub fn offer(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |what: &str| {
        format!("The file could not be saved ({what}). Try again, or copy the data another way.")
    };
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let document = window.document().ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("the browser refused to create it"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| fail("the browser refused a download link"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("no link element"))?
        .dyn_into()
        .map_err(|_| fail("no link element"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or_else(|| fail("no page body"))?;
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
