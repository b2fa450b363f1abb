//! Entry point of the growth page (growth.html): history, SMART goals, the mentor report and
//! data export, in a wasm of its own so the self-assessment page stays small.
fulcrum::page_entry_point!(fulcrum::ui::growth_root::render);
