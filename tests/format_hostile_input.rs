#![cfg(not(target_arch = "wasm32"))]
//! Native tests of hostile input to every decoder: codes and links far over the size limit are
//! refused before they are decoded, and a key named twice or nesting 10,000 levels deep is
//! refused in words (with the key, where, line and column) by every format that reads files.
use fulcrum::domain::feedback_request::{MAX_MESSAGE_CHARS, MAX_NAME_CHARS};
use fulcrum::domain::Instrument;
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::{
    feedback_request, peer_response, self_assessment, FileError, MAX_ENCODED_CHARS,
};
use time::macros::datetime;

const FIXTURE: &str = include_str!("fixtures/self-assessment-v1.json");

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

/// A code or link body of `n` valid base64url characters: decoding it would succeed (and
/// then fail as a file over 2 MB, reported as damage in transit), so getting the length
/// refusal proves the length was checked first.
fn base64_of_length(n: usize) -> String {
    "eyJh".repeat(n / 4 + 1)[..n].to_string()
}

#[test]
fn a_response_code_over_the_limit_is_refused_before_decoding() {
    let ins = built_in();
    let now = datetime!(2026-11-26 12:00 UTC);
    let over = format!(
        "{}{}",
        peer_response::CODE_PREFIX,
        base64_of_length(MAX_ENCODED_CHARS + 4)
    );
    let err = peer_response::decode(&ins, &over, now);
    assert_eq!(
        err,
        Err(FileError::CodeTooLong {
            length: MAX_ENCODED_CHARS + 4,
            limit: MAX_ENCODED_CHARS
        })
    );
    let message = err.map(|_| ()).unwrap_err().to_string();
    assert!(
        message.starts_with(
            "The pasted code is 2796208 characters long; a response code is at most 2796204."
        ),
        "{message}"
    );
    // Line breaks inside a code do not count; a code at the limit is decoded (and then
    // refused for what it holds, not for its length).
    let at_limit = base64_of_length(MAX_ENCODED_CHARS);
    let wrapped: String = at_limit
        .as_bytes()
        .chunks(76)
        .map(|c| format!("{}\r\n", String::from_utf8_lossy(c)))
        .collect();
    let code = format!("{}{wrapped}", peer_response::CODE_PREFIX);
    assert_eq!(
        peer_response::decode(&ins, &code, now),
        Err(FileError::BrokenCode)
    );
}

#[test]
fn a_request_link_over_the_limit_is_refused_before_decoding() {
    let ins = built_in();
    let link = |n: usize| format!("#{}{}", feedback_request::LINK_KEY, base64_of_length(n));
    let over = feedback_request::from_fragment(&ins, &link(feedback_request::MAX_LINK_CHARS + 1));
    assert_eq!(
        over,
        Some(Err(FileError::LinkTooLong {
            length: feedback_request::MAX_LINK_CHARS + 1,
            limit: feedback_request::MAX_LINK_CHARS
        }))
    );
    assert_eq!(
        feedback_request::from_fragment(&ins, &link(feedback_request::MAX_LINK_CHARS)),
        Some(Err(FileError::BrokenLink))
    );
    // The largest request there can be (longest name and message, every group, every
    // character escaped in JSON) fits in a link.
    let mut request = feedback_request::decode(&ins, &sample_request_text(&ins))
        .unwrap_or_else(|e| panic!("{e}"));
    request.subject_name = "\u{1}".repeat(MAX_NAME_CHARS);
    request.message = "\u{1}".repeat(MAX_MESSAGE_CHARS);
    let envelope = feedback_request::encode(&ins, &request);
    let largest = feedback_request::link("http://x/", &envelope);
    let fragment = largest.split_once('#').map_or("", |(_, f)| f);
    assert!(
        fragment.len() < feedback_request::MAX_LINK_CHARS / 4,
        "{}",
        fragment.len()
    );
}

/// A valid request document, to change and re-encode.
fn sample_request_text(ins: &Instrument) -> String {
    use fulcrum::domain::feedback::RaterGroup;
    use fulcrum::domain::feedback_request::FeedbackRequest;
    let request = FeedbackRequest {
        id: "5b1e0a8e-2c0d-4a7e-9d5a-0f3c2b1a9e77".into(),
        subject_name: "Ada".into(),
        message: String::new(),
        due: None,
        groups: vec![
            RaterGroup::Manager,
            RaterGroup::Peer,
            RaterGroup::DirectReport,
            RaterGroup::Other,
        ],
        created_at: datetime!(2026-11-25 09:00 UTC),
    };
    feedback_request::encode(ins, &request).to_text()
}

#[test]
fn a_file_that_names_a_key_twice_is_refused_with_the_key_and_where() {
    let ins = built_in();
    assert!(self_assessment::decode(&ins, FIXTURE).is_ok());
    // `"format"` twice, the second (same value) last in the document.
    let end = FIXTURE.rfind('}').unwrap_or_default();
    let twice = format!(
        "{},\n  \"format\": \"fulcrum.self-assessment\"\n}}\n",
        FIXTURE[..end].trim_end()
    );
    let lines = twice.lines().count();
    match self_assessment::decode(&ins, &twice) {
        Err(FileError::DuplicateKey {
            key,
            place,
            line,
            column,
        }) => {
            assert_eq!(
                (key.as_str(), place.as_str()),
                ("format", "at the top level")
            );
            assert_eq!((line, column), (lines - 1, 10));
        }
        other => panic!("{other:?}"),
    }
    // A statement answered twice, with the same value, so the digest still matches.
    let first = "\"delegating-1\": 1,";
    let again = FIXTURE.replacen(first, &format!("{first}\n      {first}"), 1);
    let err = self_assessment::decode(&ins, &again)
        .map(|_| ())
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(
            "The file names \"delegating-1\" twice in payload.answers (at line 14, column 20)"
        ),
        "{message}"
    );
    // The same in a response and a request.
    let now = datetime!(2026-11-26 12:00 UTC);
    let doubled = "{\"format\": \"fulcrum.peer-response\", \"format\": \"x\"}";
    assert!(matches!(
        peer_response::decode(&ins, doubled, now),
        Err(FileError::DuplicateKey { .. })
    ));
    assert!(matches!(
        feedback_request::decode(&ins, doubled),
        Err(FileError::DuplicateKey { .. })
    ));
}

#[test]
fn nesting_ten_thousand_deep_is_refused_in_words_by_every_reader() {
    let ins = built_in();
    let now = datetime!(2026-11-26 12:00 UTC);
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let text = format!("{}0{}", open.repeat(10_000), close.repeat(10_000));
        let results = [
            self_assessment::decode(&ins, &text).map(|_| ()),
            peer_response::decode(&ins, &text, now).map(|_| ()),
            feedback_request::decode(&ins, &text).map(|_| ()),
            parse(&text).map(|_| ()),
        ];
        for result in results {
            let err = result.unwrap_err();
            assert!(matches!(err, FileError::TooDeep { line: 1, .. }), "{err:?}");
            assert!(err.to_string().contains("nested too deeply"), "{err}");
        }
    }
}
