//! `format::report::decode`: never panics; a report that decodes re-encodes to a file that
//! decodes to the same report (whatever the questionnaire of this copy: none is needed).
#![no_main]
use fulcrum::format::report::{decode, encode};
use fulcrum_fuzz::{reseal, text};
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    if let Ok(report) = decode(text) {
        let again = decode(&encode(&report).to_text());
        assert_eq!(again.as_ref(), Ok(&report), "round trip of {text}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    check(&text);
    if let Some(resealed) = reseal(&text) {
        check(&resealed);
    }
});
