//! `format::self_assessment::decode`: never panics; a file that decodes re-encodes to a file
//! that decodes to the same take.
#![no_main]
use fulcrum::format::self_assessment::{decode, encode};
use fulcrum_fuzz::{built_in, reseal, text};
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    let ins = built_in();
    if let Ok(take) = decode(ins, text) {
        let again = decode(ins, &encode(ins, &take).to_text());
        assert_eq!(again.as_ref(), Ok(&take), "round trip of {text}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    check(&text);
    if let Some(resealed) = reseal(&text) {
        check(&resealed);
    }
});
