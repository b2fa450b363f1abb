#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the feedback formats: the request as a file and as a link, the peer response
//! as a file and as a pasted code, and every reason one is refused.
use fulcrum::domain::feedback::{RaterGroup, Response};
use fulcrum::domain::feedback_request::FeedbackRequest;
use fulcrum::domain::{Answers, Instrument, Rating};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::{feedback_request, peer_response, FileError};
use time::macros::{date, datetime};

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

fn request() -> FeedbackRequest {
    FeedbackRequest {
        id: "5b1e0a8e-2c0d-4a7e-9d5a-0f3c2b1a9e77".into(),
        subject_name: "Ada Lovelace".into(),
        message: "Thanks for taking ten minutes — be candid!".into(),
        due: Some(date!(2026 - 12 - 15)),
        groups: vec![
            RaterGroup::Manager,
            RaterGroup::Peer,
            RaterGroup::DirectReport,
        ],
        created_at: datetime!(2026-11-25 09:00 UTC),
    }
}

fn response(ins: &Instrument) -> Response {
    let mut answers = Answers::default();
    for (n, (_, s)) in ins.statements().enumerate() {
        let r = if n % 7 == 0 {
            Rating::NotObserved
        } else {
            Rating::Value(u8::try_from(n % 5 + 1).unwrap_or(3))
        };
        answers.ratings.insert(s.id.clone(), r);
    }
    answers.set_comment(
        "delegating",
        "Lets go of the details; could share context earlier.",
    );
    Response {
        id: "c0ffee00-1111-4222-8333-444455556666".into(),
        request_id: request().id,
        group: RaterGroup::Peer,
        answers,
        received_at: datetime!(2026-11-26 12:00 UTC),
        rater_name: None,
    }
}

#[test]
fn a_request_round_trips_as_a_file_and_as_a_link() {
    let ins = built_in();
    let envelope = feedback_request::encode(&ins, &request());
    let text = envelope.to_text();
    assert_eq!(feedback_request::decode(&ins, &text), Ok(request()));
    let link = feedback_request::link("http://127.0.0.1:8080/index.html#old", &envelope);
    assert!(link.starts_with("http://127.0.0.1:8080/index.html#fulcrum-request="));
    assert!(
        !link.contains("Ada"),
        "the fragment is encoded, not readable text"
    );
    let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
    assert_eq!(
        feedback_request::from_fragment(&ins, fragment),
        Some(Ok(request()))
    );
    assert_eq!(
        feedback_request::from_fragment(&ins, "#somewhere-else"),
        None
    );
    assert_eq!(
        feedback_request::file_name(&request()),
        "fulcrum-feedback-request-ada-lovelace.json"
    );
}

#[test]
fn a_cut_or_edited_link_is_refused_in_words() {
    let ins = built_in();
    let envelope = feedback_request::encode(&ins, &request());
    let link = feedback_request::link("http://x/", &envelope);
    let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
    // Cut anywhere (invalid base64, truncated JSON, or a changed payload): one message that
    // says what happened to the link, never a file's syntax error.
    for cut_at in [10, 11, 12, fragment.len() / 2] {
        let cut = &fragment[..fragment.len() - cut_at];
        assert_eq!(
            feedback_request::from_fragment(&ins, cut),
            Some(Err(FileError::BrokenLink)),
            "cut {cut_at} characters"
        );
    }
    assert_eq!(
        feedback_request::from_fragment(&ins, "fulcrum-request=%%%"),
        Some(Err(FileError::BrokenLink))
    );
    assert!(FileError::BrokenLink
        .to_string()
        .starts_with("The link is incomplete or was changed"));
}

#[test]
fn a_request_lists_every_problem() {
    let ins = built_in();
    let mut bad = request();
    bad.subject_name = " ".into();
    bad.groups = vec![RaterGroup::SelfRating];
    let text = feedback_request::encode(&ins, &bad)
        .to_text()
        .replace("\"self\"", "\"boss\"");
    let text = fix_digest(&text);
    let Err(FileError::Invalid(problems)) = feedback_request::decode(&ins, &text) else {
        panic!("accepted")
    };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "payload.groups[0]",
            "payload.subject_name",
            "payload.groups"
        ]
    );
}

/// Recomputes the digest after a deliberate edit, so validation (not the digest) is tested.
fn fix_digest(text: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let digest = fulcrum::format::json::sha256_hex(&v["payload"]);
    v["digest"] = digest.into();
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

#[test]
fn a_response_round_trips_as_a_file_and_as_a_code() {
    let ins = built_in();
    let original = response(&ins);
    let envelope = peer_response::encode(&ins, &original, datetime!(2026-11-25 17:30 UTC));
    let now = datetime!(2026-11-26 12:00 UTC);
    assert_eq!(
        peer_response::decode(&ins, &envelope.to_text(), now),
        Ok(original.clone())
    );
    let code = peer_response::code(&envelope);
    assert!(code.starts_with("FULCRUM-RESPONSE-1:"));
    // Pasted codes survive line breaks and surrounding space from mail clients.
    let wrapped: String = code
        .chars()
        .enumerate()
        .flat_map(|(i, c)| if i % 60 == 59 { vec![c, '\n'] } else { vec![c] })
        .collect();
    assert_eq!(
        peer_response::decode(&ins, &format!("\n  {wrapped}  \n"), now),
        Ok(original)
    );
}

#[test]
fn a_response_is_anonymous_unless_the_rater_names_themself() {
    let ins = built_in();
    let mut r = response(&ins);
    let text = peer_response::encode(&ins, &r, datetime!(2026-11-25 17:30 UTC)).to_text();
    assert!(!text.contains("rater_name"));
    assert_eq!(
        peer_response::file_name(&r),
        "fulcrum-feedback-response-c0ffee00.json"
    );
    r.rater_name = Some("  Grace  ".into());
    let text = peer_response::encode(&ins, &r, datetime!(2026-11-25 17:30 UTC)).to_text();
    assert!(text.contains("\"rater_name\": \"Grace\""));
}

#[test]
fn every_bad_response_is_refused_with_the_reason() {
    let ins = built_in();
    let good =
        peer_response::encode(&ins, &response(&ins), datetime!(2026-11-25 17:30 UTC)).to_text();
    let now = datetime!(2026-11-26 12:00 UTC);
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "a self-assessment",
            good.replace("fulcrum.peer-response", "fulcrum.self-assessment"),
            "This is a self assessment file, not a peer response file",
        ),
        (
            "newer",
            good.replacen("\"version\": 1,", "\"version\": 3,", 1),
            "newer version of Fulcrum",
        ),
        (
            "edited",
            good.replacen("\"peer\"", "\"manager\"", 1),
            "SHA-256 digest",
        ),
        (
            "other questionnaire",
            good.replace("fulcrum.leadership-balance", "acme.survey"),
            "different questionnaire",
        ),
        (
            "cut code",
            "FULCRUM-RESPONSE-1:eyJmb3Jt".into(),
            "response code is incomplete or was changed",
        ),
        (
            "garbage code",
            "FULCRUM-RESPONSE-1:***".into(),
            "response code is incomplete or was changed",
        ),
        (
            "self group",
            fix_digest(&good.replacen("\"peer\"", "\"self\"", 1)),
            "never from the subject",
        ),
        (
            "unknown group",
            fix_digest(&good.replacen("\"peer\"", "\"friend\"", 1)),
            "\"friend\" is not a rater group",
        ),
        (
            "bad rating",
            fix_digest(&good.replacen("\"learning-2\": 2", "\"learning-2\": 9", 1)),
            "payload.answers.learning-2: 9 is not a rating",
        ),
    ];
    for (name, text, words) in cases {
        match peer_response::decode(&ins, &text, now) {
            Ok(_) => panic!("{name}: accepted"),
            Err(e) => assert!(e.to_string().contains(words), "{name}: {e}"),
        }
    }
}
