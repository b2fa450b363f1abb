#![cfg(not(target_arch = "wasm32"))]
//! Inputs the fuzz targets (fuzz/, scripts/fuzz.sh) found to break an invariant, kept as they
//! were found: each must decode without panicking and, if it decodes, re-encode to a document
//! that decodes to the same value.
use fulcrum::domain::Instrument;
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::{feedback_request, peer_response};
use time::macros::datetime;

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

/// A request whose file and link give back the request read from `text`.
fn request_round_trips(text: &str) {
    let ins = built_in();
    let request = feedback_request::decode(&ins, text).unwrap_or_else(|e| panic!("{e}"));
    let envelope = feedback_request::encode(&ins, &request);
    assert_eq!(
        feedback_request::decode(&ins, &envelope.to_text()).as_ref(),
        Ok(&request)
    );
    let link = feedback_request::link("http://127.0.0.1:8080/feedback.html", &envelope);
    let fragment = link.split_once('#').map_or("", |(_, f)| f);
    assert_eq!(
        feedback_request::from_fragment(&ins, fragment),
        Some(Ok(request))
    );
}

/// fuzz target feedback_request: a subject name with a leading space was read as written, but
/// the encoder trims it, so the request changed on its way through a file or a link.
#[test]
fn a_request_with_space_around_the_name_reads_the_same_after_re_encoding() {
    request_round_trips(
        r#"{"created_at":"2026-11-25T09:00:00Z","digest":"6df63c5aeccf7deddd922fe82f93926d140df348b98aa271d2b3e25f70c41242","format":"fulcrum.feedback-request","id":"5b1e0a8e-2c0d-4a7e-9d5a-0f3c2b1a9e77","instrument":{"id":"fulcrum.leadership-balance","sha256":"9c930b60d5ba9ce64b5f2ddc0527b40a4fb10ba17476cfb3a516110a789fb7a2","version":"1.0.0"},"payload":{"due_date":"2026-11-15","groups":["manager","peer"],"message ":"Thanks — be candid!","subject_name":" AadLovelace"},"version":1}"#,
    );
}

/// A response whose file and code give back the response read from `text`.
fn response_round_trips(text: &str) {
    let ins = built_in();
    let now = datetime!(2026-11-26 12:00 UTC);
    let response = peer_response::decode(&ins, text, now).unwrap_or_else(|e| panic!("{e}"));
    let envelope = peer_response::encode(&ins, &response, now);
    assert_eq!(
        peer_response::decode(&ins, &envelope.to_text(), now).as_ref(),
        Ok(&response)
    );
    assert_eq!(
        peer_response::decode(&ins, &peer_response::code(&envelope), now),
        Ok(response)
    );
}

/// fuzz target peer_response: a rater name with a trailing space was read as written, but the
/// encoder trims it (and leaves out a blank one), so the response changed on re-encoding.
#[test]
fn a_response_with_space_around_the_rater_name_reads_the_same_after_re_encoding() {
    response_round_trips(
        r#"{"created_at":"2026-11-25T17:30:00Z","digest":"bdf2edd0c2b6bcb76ce834d42be6def0fe30e32a9f26f646ce5aed6d3e78210c","format":"fulcrum.peer-response","id":"c0ffee00-1111-4222-8333-444455556666","instrument":{"id":"fulcrum.leadership-balance","sha256":"9c930b60d5ba9ce64b5f2ddc0527b40a4fb10ba17476cfb3a516110a789fb7a2","version":"1.0.0"},"payload":{"answers":{"delegating-1":"not_observed","delegating-2":2,"delegating-3":3,"reflection-4":4,"reflection-5":5},"comments":{"delegating":"Lets go of details — \"mostly\"."},"group":"manager","rater_name":"Grac ","request_id":"5b1e0a8e-2c0d-4a7e-9d5a-0f3c2b1a9e77"},"version":1}"#,
    );
}
