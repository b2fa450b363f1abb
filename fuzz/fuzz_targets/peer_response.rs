//! `format::peer_response::decode`: never panics, on file text or a pasted code; a response
//! that decodes re-encodes (file and code) to the same response.
#![no_main]
use fulcrum::format::peer_response::{code, decode, encode};
use fulcrum_fuzz::{built_in, now, reseal, text};
use libfuzzer_sys::fuzz_target;

fn check(input: &str) {
    let ins = built_in();
    let Ok(response) = decode(ins, input, now()) else {
        return;
    };
    let envelope = encode(ins, &response, now());
    let again = decode(ins, &envelope.to_text(), now());
    assert_eq!(again.as_ref(), Ok(&response), "file round trip of {input}");
    let again = decode(ins, &code(&envelope), now());
    assert_eq!(again.as_ref(), Ok(&response), "code round trip of {input}");
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    check(&text);
    if let Some(resealed) = reseal(&text) {
        check(&resealed);
        let ins = built_in();
        if let Ok(response) = decode(ins, &resealed, now()) {
            // The same document as a code, as a rater would paste it.
            let envelope = encode(ins, &response, now());
            check(&code(&envelope));
        }
    }
});
