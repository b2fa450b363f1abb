#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the self-assessment file: any take round-trips exactly, and no input,
//! however hostile, makes decoding panic.
use fulcrum::domain::session::PrefilledFrom;
use fulcrum::domain::{Answers, CompletedAssessment, Draft, Instrument, Rating};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::self_assessment::{decode, encode, SelfAssessment};
use proptest::prelude::*;
use time::OffsetDateTime;

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

fn rating() -> impl Strategy<Value = Rating> {
    prop_oneof![(1u8..=5).prop_map(Rating::Value), Just(Rating::NotObserved)]
}

/// A take: some statements rated (all of them when `complete`), comments of any text.
fn take(complete: bool) -> impl Strategy<Value = SelfAssessment> {
    let ins = built_in();
    let ids: Vec<String> = ins.statements().map(|(_, s)| s.id.clone()).collect();
    let practices: Vec<String> = ins.practices().iter().map(|p| p.id.clone()).collect();
    let n = ids.len();
    let maybe_rating = if complete {
        rating().prop_map(Some).boxed()
    } else {
        proptest::option::weighted(0.6, rating()).boxed()
    };
    (
        proptest::collection::vec(maybe_rating, n),
        proptest::collection::vec(proptest::option::of("\\PC{1,80}"), practices.len()),
        0i64..4_000_000_000,
        0i64..10_000_000,
        "[a-zA-Z0-9_-]{1,64}",
    )
        .prop_map(move |(ratings, comments, start, took, id)| {
            let mut answers = Answers::default();
            for (sid, r) in ids.iter().zip(ratings) {
                if let Some(r) = r {
                    answers.ratings.insert(sid.clone(), r);
                }
            }
            for (pid, c) in practices.iter().zip(comments) {
                if let Some(c) = c {
                    answers.set_comment(pid, &c);
                }
            }
            let at = |s: i64| {
                OffsetDateTime::from_unix_timestamp(s).unwrap_or(OffsetDateTime::UNIX_EPOCH)
            };
            if complete {
                SelfAssessment::Completed(CompletedAssessment {
                    id,
                    started_at: at(start),
                    completed_at: at(start + took),
                    answers,
                })
            } else {
                // Every other take in progress says it was pre-filled from an earlier one.
                let prefilled_from = (start % 2 == 0).then(|| PrefilledFrom {
                    take_id: id.chars().rev().collect(),
                    completed_at: at(start / 2),
                });
                SelfAssessment::InProgress(Draft {
                    id,
                    started_at: at(start),
                    updated_at: at(start + took),
                    answers,
                    prefilled_from,
                })
            }
        })
}

/// What the digest protects: answers, comments and dates.
fn payload_of(take: SelfAssessment) -> (Answers, OffsetDateTime, OffsetDateTime) {
    match take {
        SelfAssessment::Completed(c) => (c.answers, c.started_at, c.completed_at),
        SelfAssessment::InProgress(d) => (d.answers, d.started_at, d.updated_at),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn completed_takes_round_trip_byte_for_byte(original in take(true)) {
        let ins = built_in();
        let text = encode(&ins, &original).to_text();
        let back = decode(&ins, &text);
        prop_assert_eq!(back.as_ref(), Ok(&original));
        if let Ok(back) = back {
            prop_assert_eq!(encode(&ins, &back).to_text(), text);
        }
    }

    #[test]
    fn takes_in_progress_round_trip(original in take(false)) {
        let ins = built_in();
        let text = encode(&ins, &original).to_text();
        prop_assert_eq!(decode(&ins, &text), Ok(original));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let ins = built_in();
        let _ = decode(&ins, &text);
        let _ = parse(&text);
    }

    /// Flipping any one character of a valid file is refused, or leaves the answers and
    /// dates as they were: the digest covers the payload (the envelope's id may change).
    #[test]
    fn a_damaged_file_never_yields_different_answers(original in take(true), at in 0usize..10_000, with in proptest::char::range('!', '~')) {
        let ins = built_in();
        let text = encode(&ins, &original).to_text();
        let mut chars: Vec<char> = text.chars().collect();
        let i = at % chars.len();
        chars[i] = with;
        let damaged: String = chars.into_iter().collect();
        if let Ok(read) = decode(&ins, &damaged) {
            prop_assert_eq!(payload_of(read), payload_of(original));
        }
    }
}
