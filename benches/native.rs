//! Native benchmarks (divan): decoding and validating every file format, aggregating peer
//! responses into the 360 report, and history over many assessments. Run with
//! `cargo bench -p fulcrum --bench native` or `scripts/bench.sh`, which reports the medians
//! against the budgets of issue 6. Nothing here asserts a time.
//!
//! Inputs are built with the crate's own encoders, so every decode below succeeds; ratings
//! come from a fixed-seed generator, so every run measures the same work.
use divan::{black_box, Bencher};
use fulcrum::domain::feedback::{report, RaterGroup, Response};
use fulcrum::domain::feedback_request::FeedbackRequest;
use fulcrum::domain::history::history;
use fulcrum::domain::peer_draft::{PeerDraft, PeerStep};
use fulcrum::domain::{Answers, CompletedAssessment, Instrument, Rating, Screen};
use fulcrum::format::instrument::{self, BUILT_IN};
use fulcrum::format::self_assessment::{self, SelfAssessment};
use fulcrum::format::{feedback_request, peer_draft, peer_response, stored};
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

fn main() {
    divan::main();
}

const T0: OffsetDateTime = datetime!(2026-11-25 09:00 UTC);

fn built_in() -> Instrument {
    instrument::parse(BUILT_IN).unwrap_or_else(|e| panic!("built-in instrument: {e}"))
}

/// xorshift64: deterministic pseudo-random numbers without a dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    /// A rating as raters give them: mostly 1–5, one in twelve "not observed".
    fn rating(&mut self) -> Rating {
        match self.below(12) {
            0 => Rating::NotObserved,
            _ => Rating::Value(self.below(5) as u8 + 1),
        }
    }
}

/// Every statement answered; with `not_observed`, some are "not observed" (raters only).
fn answers(ins: &Instrument, rng: &mut Rng, not_observed: bool) -> Answers {
    let mut a = Answers::default();
    for (_, s) in ins.statements() {
        let r = match rng.rating() {
            Rating::NotObserved if !not_observed => Rating::Value(3),
            r => r,
        };
        a.ratings.insert(s.id.clone(), r);
    }
    a
}

fn request() -> FeedbackRequest {
    FeedbackRequest {
        id: "5b1e0a8e-2c0d-4a7e-9d5a-0f3c2b1a9e77".into(),
        subject_name: "Ada Lovelace".into(),
        message: "Thanks for taking ten minutes — be candid!".into(),
        due: Some(date!(2026 - 12 - 15)),
        groups: RaterGroup::RATERS.to_vec(),
        created_at: T0,
    }
}

fn completed(ins: &Instrument, rng: &mut Rng, n: usize) -> CompletedAssessment {
    let mut answers = answers(ins, rng, false);
    answers.set_comment("delegating", "Hand the release train to Priya.");
    let started_at = T0 + Duration::days(n as i64 * 30);
    CompletedAssessment {
        id: format!("take-{n:04}"),
        started_at,
        completed_at: started_at + Duration::minutes(12),
        answers,
    }
}

/// `n` responses to [`request`]: about 1 in 10 from a manager, 4 peers, 3 direct reports and
/// 2 others, so every group reaches the anonymity threshold from 10 responses on.
fn responses(ins: &Instrument, n: usize) -> Vec<Response> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            let group = match i % 10 {
                0 => RaterGroup::Manager,
                1..=4 => RaterGroup::Peer,
                5..=7 => RaterGroup::DirectReport,
                _ => RaterGroup::Other,
            };
            let mut answers = answers(ins, &mut rng, true);
            if i % 3 == 0 {
                answers.set_comment("people-skills", &format!("Comment number {i}."));
            }
            Response {
                id: format!("response-{i:05}"),
                request_id: request().id,
                group,
                answers,
                received_at: T0,
                rater_name: None,
            }
        })
        .collect()
}

/// Decoding and validating each file format, from the text a user or storage hands over.
mod decode {
    use super::*;

    #[divan::bench]
    fn instrument_built_in(bencher: Bencher) {
        assert!(instrument::parse(BUILT_IN).is_ok(), "the input must decode");
        bencher.bench(|| instrument::parse(black_box(BUILT_IN)).is_ok());
    }

    #[divan::bench]
    fn self_assessment_file(bencher: Bencher) {
        let ins = built_in();
        let take = SelfAssessment::Completed(completed(&ins, &mut Rng(7), 0));
        let text = self_assessment::encode(&ins, &take).to_text();
        assert!(
            self_assessment::decode(&ins, &text).is_ok(),
            "the input must decode"
        );
        bencher.bench(|| self_assessment::decode(&ins, black_box(&text)).is_ok());
    }

    #[divan::bench]
    fn feedback_request_file(bencher: Bencher) {
        let ins = built_in();
        let text = feedback_request::encode(&ins, &request()).to_text();
        assert!(
            feedback_request::decode(&ins, &text).is_ok(),
            "the input must decode"
        );
        bencher.bench(|| feedback_request::decode(&ins, black_box(&text)).is_ok());
    }

    #[divan::bench]
    fn feedback_request_link(bencher: Bencher) {
        let ins = built_in();
        let envelope = feedback_request::encode(&ins, &request());
        let link = feedback_request::link("http://127.0.0.1:8080/feedback.html", &envelope);
        let fragment = link.split_once('#').map_or("", |(_, f)| f).to_owned();
        let decoded = |f: &str| feedback_request::from_fragment(&ins, f).is_some_and(|r| r.is_ok());
        assert!(decoded(&fragment), "the input must decode");
        bencher.bench(|| decoded(black_box(&fragment)));
    }

    /// One response as a file's text and as a pasted code.
    fn one_response(ins: &Instrument) -> (String, String) {
        let mut response = responses(ins, 2).swap_remove(1);
        response
            .answers
            .set_comment("delegating", "Lets go of details.");
        let envelope = peer_response::encode(ins, &response, T0);
        (envelope.to_text(), peer_response::code(&envelope))
    }

    #[divan::bench]
    fn peer_response_file(bencher: Bencher) {
        let ins = built_in();
        let (text, _) = one_response(&ins);
        assert!(
            peer_response::decode(&ins, &text, T0).is_ok(),
            "the input must decode"
        );
        bencher.bench(|| peer_response::decode(&ins, black_box(&text), T0).is_ok());
    }

    #[divan::bench]
    fn peer_response_code(bencher: Bencher) {
        let ins = built_in();
        let (_, code) = one_response(&ins);
        assert!(
            peer_response::decode(&ins, &code, T0).is_ok(),
            "the input must decode"
        );
        bencher.bench(|| peer_response::decode(&ins, black_box(&code), T0).is_ok());
    }

    #[divan::bench]
    fn peer_draft_stored(bencher: Bencher) {
        let ins = built_in();
        let mut draft = PeerDraft::new("resp-1".into(), request(), T0);
        draft.group = Some(RaterGroup::Peer);
        draft.answers = answers(&ins, &mut Rng(11), true);
        draft.step = PeerStep::Practice(5);
        let text = peer_draft::encode(&ins, &draft);
        assert!(
            peer_draft::decode(&ins, &text).is_ok(),
            "the input must decode"
        );
        bencher.bench(|| peer_draft::decode(&ins, black_box(&text)).is_ok());
    }

    #[divan::bench]
    fn position_stored(bencher: Bencher) {
        let text = stored::encode_position(&Screen::Practice(3));
        assert!(
            stored::decode_position(&text).is_ok(),
            "the input must decode"
        );
        bencher.bench(|| stored::decode_position(black_box(&text)).is_ok());
    }
}

/// The 360 report over `n` peer responses, against a completed self-assessment.
#[divan::bench(args = [10, 100, 10_000])]
fn aggregate(bencher: Bencher, n: usize) {
    let ins = built_in();
    let own = completed(&ins, &mut Rng(3), 0).answers;
    let all = responses(&ins, n);
    bencher.bench(|| report(&ins, Some(black_box(&own)), black_box(&all)));
}

/// History over 100 completed assessments: every take scored and put in order.
#[divan::bench]
fn history_100_assessments(bencher: Bencher) {
    let ins = built_in();
    let mut rng = Rng(5);
    let takes: Vec<CompletedAssessment> = (0..100).map(|n| completed(&ins, &mut rng, n)).collect();
    bencher.bench(|| history(&ins, black_box(&takes)));
}

/// The work of one autosave in a namespace holding 1,000 completed takes (what the
/// `fulcrum:autosave` measure covers in the browser): the diff against what storage holds,
/// and keeping the new session as the base of the next diff.
mod autosave_1000_takes {
    use super::*;
    use fulcrum::browser::persistence;
    use fulcrum::domain::{Intent, Session};

    /// A take just begun beside 1,000 completed ones, before and after one answer.
    fn sessions() -> (Instrument, Session, Session) {
        let ins = built_in();
        let mut rng = Rng(13);
        let mut before = Session {
            draft: None,
            completed: std::rc::Rc::new((0..1000).map(|n| completed(&ins, &mut rng, n)).collect()),
            screen: Screen::Welcome,
        };
        let begin = Intent::Begin {
            id: "draft".into(),
            now: T0,
        };
        before
            .apply(&ins, begin)
            .unwrap_or_else(|e| panic!("begin: {e}"));
        let mut after = before.clone();
        let rate = Intent::Rate {
            statement_id: "learning-1".into(),
            rating: Rating::Value(4),
            now: T0,
        };
        after
            .apply(&ins, rate)
            .unwrap_or_else(|e| panic!("rate: {e}"));
        (ins, before, after)
    }

    #[divan::bench]
    fn plan(bencher: Bencher) {
        let (ins, before, after) = sessions();
        bencher.bench_local(|| persistence::plan(&ins, black_box(&before), black_box(&after)));
    }

    #[divan::bench]
    fn keep_session(bencher: Bencher) {
        let (_, _, after) = sessions();
        bencher.bench_local(|| black_box(&after).clone());
    }
}
