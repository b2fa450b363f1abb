//! `format::goal::decode` (a stored SMART goal): never panics; a goal that decodes re-encodes
//! to the same goal.
#![no_main]
use fulcrum::format::goal::{decode, encode};
use fulcrum_fuzz::{built_in, reseal, text};
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    let ins = built_in();
    if let Ok(goal) = decode(ins, text) {
        let again = decode(ins, &encode(ins, &goal).to_text());
        assert_eq!(again.as_ref(), Ok(&goal), "round trip of {text}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    check(&text);
    if let Some(resealed) = reseal(&text) {
        check(&resealed);
    }
});
