//! Entry point of the hosted build: turns every `[data-fulcrum]` element into a widget.
fn main() {
    fulcrum::ui::mount_all();
}

// Talc instead of the default dlmalloc: smaller in the shipped wasm (see README, Sizes).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
