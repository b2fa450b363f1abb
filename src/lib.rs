//! Fulcrum: a leadership self-assessment widget. Functional core (`domain`, `format`), thin
//! shell (`browser`, `ui`); see ARCHITECTURE.md.
pub mod browser;
pub mod domain;
pub mod format;
pub mod i18n;
pub mod ui;

/// The entry point of one page's wasm: `main` mounts the page's screens on every
/// `[data-fulcrum]` element, and `mount(element, options)` / `unmount(element)` are exported
/// for host pages (the boot module re-exports them). Each page's binary names its screens, so
/// its wasm links only those.
#[macro_export]
macro_rules! page_entry_point {
    ($screens:path) => {
        fn main() {
            $crate::ui::mount_all($screens);
        }

        /// `mount(element, options)`, exported to host pages by the boot module: mounts this
        /// page's widget on an element added after start-up. Throws an Error saying why when
        /// refused.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn mount(
            element: web_sys::Element,
            options: wasm_bindgen::JsValue,
        ) -> Result<(), wasm_bindgen::JsValue> {
            $crate::ui::mount_js(element, options, $screens)
        }

        /// `unmount(element)`: removes the widget from `element` (saved data stays); false if
        /// none.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn unmount(element: web_sys::Element) -> bool {
            $crate::ui::unmount_js(element)
        }

        // Talc instead of the default dlmalloc: smaller in the shipped wasm (see README, Sizes).
        #[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
        #[global_allocator]
        static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
    };
}
