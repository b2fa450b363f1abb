//! `format::peer_draft::decode` (a colleague's stored feedback in progress): never panics; a
//! draft that decodes re-encodes to the same draft.
#![no_main]
use fulcrum::format::peer_draft::{decode, encode};
use fulcrum_fuzz::{built_in, reseal, text};
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    let ins = built_in();
    if let Ok(draft) = decode(ins, text) {
        let again = decode(ins, &encode(ins, &draft));
        assert_eq!(again.as_ref(), Ok(&draft), "round trip of {text}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    check(&text);
    if let Some(resealed) = reseal(&text) {
        check(&resealed);
    }
});
