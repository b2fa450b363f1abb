//! Entry point of the peer feedback page (feedback.html): requests, colleagues' answers and
//! the 360 report, in a wasm of its own so the self-assessment page stays small.
fn main() {
    fulcrum::ui::mount_all_feedback();
}

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
