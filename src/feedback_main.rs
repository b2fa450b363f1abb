//! Entry point of the peer feedback page (feedback.html): requests, colleagues' answers and
//! the 360 report, in a wasm of its own so the self-assessment page stays small.
fulcrum::page_entry_point!(fulcrum::ui::feedback_root::render);
