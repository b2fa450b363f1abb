//! `format::feedback_request::{decode, from_fragment}`: never panics, as a file or as a link's
//! fragment; a request that decodes re-encodes (file and link) to the same request.
#![no_main]
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use fulcrum::domain::feedback_request::FeedbackRequest;
use fulcrum::format::feedback_request::{decode, encode, from_fragment, link, LINK_KEY};
use fulcrum_fuzz::{built_in, reseal, text};
use libfuzzer_sys::fuzz_target;

fn round_trip(request: &FeedbackRequest, input: &str) {
    let ins = built_in();
    let envelope = encode(ins, request);
    let again = decode(ins, &envelope.to_text());
    assert_eq!(again.as_ref(), Ok(request), "file round trip of {input}");
    let url = link("http://127.0.0.1:8080/feedback.html", &envelope);
    let fragment = url.split_once('#').map_or("", |(_, f)| f);
    let again = from_fragment(ins, fragment);
    assert_eq!(
        again.as_ref(),
        Some(&Ok(request.clone())),
        "link round trip of {input}"
    );
}

fn check(text: &str) {
    let ins = built_in();
    if let Ok(request) = decode(ins, text) {
        round_trip(&request, text);
    }
    if let Some(Ok(request)) = from_fragment(ins, text) {
        round_trip(&request, text);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    check(&text);
    if let Some(resealed) = reseal(&text) {
        check(&resealed);
        check(&format!("#{LINK_KEY}{}", URL_SAFE_NO_PAD.encode(&resealed)));
    }
});
