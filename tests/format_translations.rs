#![cfg(not(target_arch = "wasm32"))]
//! Native tests of instruments' translations as users meet them: the built-in German text is
//! complete, and nothing that identifies answers (ids, the instrument's sha256, exported
//! files) depends on the language the widget shows.
use fulcrum::domain::feedback::{RaterGroup, Response};
use fulcrum::domain::feedback_request::FeedbackRequest;
use fulcrum::domain::{Answers, CompletedAssessment, Instrument, Rating};
use fulcrum::format::instrument::{identity, parse, BUILT_IN};
use fulcrum::format::self_assessment::{self, SelfAssessment};
use fulcrum::format::{feedback_request, json, peer_response};
use time::macros::{date, datetime};

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

fn team_habits() -> (String, Instrument) {
    let path = format!("{}/examples/team-habits.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let ins = parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    (text, ins)
}

/// Every text of `english` has a different German wording in `german`: nothing was left out
/// (a left-out text would fall back to English) and nothing was copied across untranslated.
fn assert_fully_translated(english: &Instrument, german: &Instrument) {
    let (en, de) = (english.spec(), german.spec());
    assert_eq!(de.language, "de");
    let mut pairs: Vec<(String, &str, &str)> = vec![
        ("title".into(), &en.title, &de.title),
        ("description".into(), &en.description, &de.description),
        (
            "not_observed".into(),
            &en.scale.not_observed,
            &de.scale.not_observed,
        ),
    ];
    if !en.source.is_empty() {
        pairs.push(("source".into(), &en.source, &de.source));
    }
    for (i, (e, d)) in en.scale.labels.iter().zip(&de.scale.labels).enumerate() {
        pairs.push((format!("scale.labels[{i}]"), e, d));
    }
    for (pe, pd) in en.practices.iter().zip(&de.practices) {
        pairs.push((format!("{}.title", pe.id), &pe.title, &pd.title));
        pairs.push((format!("{}.summary", pe.id), &pe.summary, &pd.summary));
        assert_eq!(pe.suggestions.len(), pd.suggestions.len(), "{}", pe.id);
        for (k, (e, d)) in pe.suggestions.iter().zip(&pd.suggestions).enumerate() {
            pairs.push((format!("{}.suggestions[{k}]", pe.id), e, d));
        }
        for (se, sd) in pe.statements.iter().zip(&pd.statements) {
            pairs.push((format!("{}.self", se.id), &se.self_text, &sd.self_text));
            pairs.push((format!("{}.peer", se.id), &se.peer_text, &sd.peer_text));
        }
    }
    for (what, e, d) in pairs {
        assert_ne!(e, d, "{what} is not translated");
        assert!(!d.trim().is_empty(), "{what} is empty");
        // German prose, not English left in: straight quotes would be English typography.
        assert!(!d.contains('"'), "{what}: use „…“ in German");
    }
}

#[test]
fn the_built_in_instrument_is_completely_translated_into_german() {
    let en = built_in();
    assert_eq!(en.languages().collect::<Vec<_>>(), ["de"]);
    let de = en.in_language("de");
    assert_fully_translated(&en, &de);
    assert_eq!(de.practices().len(), 8);
    assert_eq!(de.statement_count(), 40);
    assert_eq!(de.practices()[0].title, "Kontinuierliches Lernen");
    assert_eq!(
        de.scale().labels,
        [
            "Nie oder fast nie",
            "Selten",
            "Manchmal",
            "Oft",
            "Fast immer"
        ]
    );
    assert_eq!(de.scale().not_observed, "Nicht beobachtet");
    // Formal address in the self wording, the third person in the colleagues' wording.
    for (_, s) in de.statements() {
        assert!(s.self_text.starts_with("Sie "), "{}: {}", s.id, s.self_text);
        assert!(
            s.peer_text.starts_with("Die Person "),
            "{}: {}",
            s.id,
            s.peer_text
        );
    }
    // The article's title is a proper name and stays as published.
    assert!(de.spec().source.contains("„Strategies for Balancing"));
}

#[test]
fn the_example_instrument_is_completely_translated_into_german() {
    let (_, en) = team_habits();
    assert_fully_translated(&en, &en.in_language("de"));
}

#[test]
fn translations_are_not_part_of_the_instruments_identity() {
    let ins = built_in();
    let value: serde_json::Value = serde_json::from_str(BUILT_IN).unwrap_or_default();
    let mut without = value.clone();
    if let Some(root) = without.as_object_mut() {
        assert!(root.remove("translations").is_some());
    }
    // The hash files exported before German was added name (tests/fixtures): still the same.
    assert_eq!(
        ins.sha256(),
        "9c930b60d5ba9ce64b5f2ddc0527b40a4fb10ba17476cfb3a516110a789fb7a2"
    );
    assert_eq!(identity(&value), json::sha256_hex(&without));
    let own_only = parse(&serde_json::to_string(&without).unwrap_or_default());
    assert_eq!(
        own_only.map(|i| i.sha256().to_string()),
        Ok(ins.sha256().into())
    );
    // Correcting a translated word keeps the identity; changing the own text does not.
    let fixed = BUILT_IN.replacen("Kontinuierliches Lernen", "Lebenslanges Lernen", 1);
    assert_eq!(
        parse(&fixed).map(|i| i.sha256().to_string()),
        Ok(ins.sha256().into())
    );
    let edited = BUILT_IN.replacen("\"Continuous learning\"", "\"Lifelong learning\"", 1);
    assert_ne!(
        parse(&edited).map(|i| i.sha256().to_string()),
        Ok(ins.sha256().into())
    );
    // Showing another language changes no id, tag, rule or hash.
    let de = ins.in_language("de");
    assert_eq!(de.sha256(), ins.sha256());
    assert_eq!((de.id(), de.version()), (ins.id(), ins.version()));
    assert_eq!(de.feedback(), ins.feedback());
    let ids = |i: &Instrument| -> Vec<(String, String, &'static str)> {
        i.statements()
            .map(|(p, s)| (i.practices()[p].id.clone(), s.id.clone(), s.tag.as_str()))
            .collect()
    };
    assert_eq!(ids(&de), ids(&ins));
}

/// A rating for every statement (some "not observed" for a colleague) and a comment.
fn answers(ins: &Instrument, peer: bool) -> Answers {
    let mut answers = Answers::default();
    for (n, (_, s)) in ins.statements().enumerate() {
        let r = if peer && n % 9 == 0 {
            Rating::NotObserved
        } else {
            Rating::Value(u8::try_from(n % 5 + 1).unwrap_or(3))
        };
        answers.ratings.insert(s.id.clone(), r);
    }
    answers.set_comment("delegating", "Gibt Details ab — ünïcödé");
    answers
}

#[test]
fn files_exported_in_german_and_in_english_are_byte_identical() {
    let en = built_in();
    let de = en.in_language("de");
    let take = SelfAssessment::Completed(CompletedAssessment {
        id: "take-1".into(),
        started_at: datetime!(2026-11-25 09:00 UTC),
        completed_at: datetime!(2026-11-25 09:12 UTC),
        answers: answers(&en, false),
    });
    let german_file = self_assessment::encode(&de, &take).to_text();
    assert_eq!(german_file, self_assessment::encode(&en, &take).to_text());
    // Each opens with the other language's instrument.
    assert_eq!(self_assessment::decode(&en, &german_file), Ok(take.clone()));
    assert_eq!(self_assessment::decode(&de, &german_file), Ok(take));

    let request = FeedbackRequest {
        id: "req-1".into(),
        subject_name: "Ada".into(),
        message: String::new(),
        due: Some(date!(2026 - 12 - 15)),
        groups: vec![RaterGroup::Peer, RaterGroup::Manager],
        created_at: datetime!(2026-11-25 09:00 UTC),
    };
    let link_de = feedback_request::encode(&de, &request).to_text();
    assert_eq!(link_de, feedback_request::encode(&en, &request).to_text());
    assert_eq!(feedback_request::decode(&en, &link_de), Ok(request.clone()));

    let response = Response {
        id: "resp-1".into(),
        request_id: request.id,
        group: RaterGroup::Peer,
        answers: answers(&en, true),
        received_at: datetime!(2026-11-26 12:00 UTC),
        rater_name: None,
    };
    let at = datetime!(2026-11-26 12:00 UTC);
    let response_de = peer_response::encode(&de, &response, at).to_text();
    assert_eq!(
        response_de,
        peer_response::encode(&en, &response, at).to_text()
    );
    assert!(peer_response::decode(&en, &response_de, at).is_ok());
}

#[test]
fn the_example_keeps_its_identity_and_falls_back_where_a_translation_is_silent() {
    let (text, en) = team_habits();
    let without: serde_json::Value = {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        if let Some(root) = v.as_object_mut() {
            root.remove("translations");
        }
        v
    };
    assert_eq!(en.sha256(), json::sha256_hex(&without));
    // A partial translation: only one statement's self wording.
    let mut partial = without.clone();
    partial["translations"] =
        serde_json::json!({"de": {"statements": {"focus-1": {"self": "Sie blocken Zeit."}}}});
    let partial = parse(&partial.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let de = partial.in_language("de");
    let focus_1 = de
        .statement("focus-1")
        .map(|s| (s.self_text.as_str(), s.peer_text.as_str()));
    assert_eq!(
        focus_1,
        Some((
            "Sie blocken Zeit.",
            "They block time for deep technical work every week."
        ))
    );
    assert_eq!(de.title(), en.title());
    assert_eq!(de.scale(), en.scale());
    assert_eq!(de.sha256(), en.sha256());
}
