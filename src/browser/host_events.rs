//! Telling the host page what happened: DOM CustomEvents on the widget's element, with the
//! result as JSON in `detail`. Nothing leaves the page; the host decides what to do.
use wasm_bindgen::JsValue;

/// A take was completed here; `detail` is the take as a `fulcrum.self-assessment` document.
pub const COMPLETED: &str = "fulcrum:completed";
/// The user saved a file; `detail` is `{ file, document }`.
pub const EXPORTED: &str = "fulcrum:exported";

/// Dispatches `name` on `host` (bubbling, and out of shadow roots) with `detail_json` parsed
/// as `detail`. Failures are ignored: the host's listeners must never break the widget.
pub fn emit(host: &web_sys::Element, name: &str, detail_json: &str) {
    let detail = js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
