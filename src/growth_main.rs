//! Entry point of the growth page (growth.html): history, SMART goals, the mentor report and
//! data export, in a wasm of its own so the self-assessment page stays small.
fn main() {
    fulcrum::ui::mount_all_growth();
}

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
