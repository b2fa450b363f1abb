//! `format::instrument::parse`: never panics; an instrument that parses keeps the domain's
//! limits, reads the same (hash included) when written compactly, and can be scored; shown in
//! any language it keeps its identity (id, hash, statement ids).
#![no_main]
use fulcrum::domain::instrument::{MAX_PRACTICES, MAX_STATEMENTS};
use fulcrum::domain::{Answers, Rating, Results};
use fulcrum::format::instrument::parse;
use fulcrum_fuzz::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    let Ok(instrument) = parse(&text) else { return };
    assert!(instrument.practices().len() <= MAX_PRACTICES);
    assert!(instrument.statement_count() <= MAX_STATEMENTS);
    let value: serde_json::Value = serde_json::from_str(&text).expect("it parsed once");
    assert_eq!(parse(&value.to_string()).as_ref(), Ok(&instrument));
    // Scoring any valid instrument, unanswered and fully answered, must not panic.
    let mut answers = Answers::default();
    let _ = Results::compute(&instrument, &answers);
    for (n, (_, s)) in instrument.statements().enumerate() {
        let rating = Rating::value(u8::try_from(n % 6).unwrap_or(0)).unwrap_or(Rating::NotObserved);
        answers.ratings.insert(s.id.clone(), rating);
    }
    let _ = Results::compute(&instrument, &answers);
    for tag in ["de", "de-CH", "fr", "en", ""] {
        let shown = instrument.in_language(tag);
        assert_eq!(shown.id(), instrument.id());
        assert_eq!(shown.sha256(), instrument.sha256());
        let ids = |i: &fulcrum::domain::Instrument| -> Vec<String> {
            i.statements().map(|(_, s)| s.id.clone()).collect()
        };
        assert_eq!(ids(&shown), ids(&instrument));
    }
});
