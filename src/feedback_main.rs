//! Entry point of the peer feedback page (feedback.html): requests, colleagues' answers and
//! the 360 report, in a wasm of its own so the self-assessment page stays small.
fn main() {
    fulcrum::ui::mount_all_feedback();
}

/// `mount(element, options)`, exported to host pages by the boot script: mounts peer feedback on
/// an element added after start-up. Throws an Error saying why when refused.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(
    element: web_sys::Element,
    options: wasm_bindgen::JsValue,
) -> Result<(), wasm_bindgen::JsValue> {
    fulcrum::ui::mount_js(element, options, fulcrum::ui::feedback_root::render)
}

/// `unmount(element)`: removes the widget from `element` (saved data stays); false if none.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount(element: web_sys::Element) -> bool {
    fulcrum::ui::unmount_js(element)
}

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
