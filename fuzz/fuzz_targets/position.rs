//! `format::stored::decode_position` (where the user was in the flow): never panics; a
//! position that decodes re-encodes to the same position.
#![no_main]
use fulcrum::format::stored::{decode_position, encode_position};
use fulcrum_fuzz::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    if let Ok(screen) = decode_position(&text) {
        let again = decode_position(&encode_position(&screen));
        assert_eq!(again.as_ref(), Ok(&screen), "round trip of {text}");
    }
});
