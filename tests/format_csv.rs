#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the CSV export: one row per rating, RFC 4180 quoting (commas, quotes,
//! newlines), formula cells neutralised, non-ASCII text intact behind a BOM, and the file read
//! back with the csv crate equal to what was meant.
use fulcrum::domain::feedback::{RaterGroup, Response};
use fulcrum::domain::{Answers, CompletedAssessment, Instrument, Rating};
use fulcrum::format::csv_export::{self, HEADER};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::peer_response;
use serde_json::Value;
use time::macros::datetime;

fn built_in() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"))
}

/// The built-in questionnaire with hostile text in its first practice: a comma, quotes and a
/// line break in the title, a formula and non-ASCII text in statements.
fn hostile() -> Instrument {
    let mut doc: Value = serde_json::from_str(BUILT_IN).unwrap_or_else(|e| panic!("{e}"));
    let practice = &mut doc["practices"][0];
    practice["title"] = "Learning, \"always\"\nand everywhere".into();
    practice["statements"][0]["self"] = "=HYPERLINK(\"http://x\",\"click\")".into();
    practice["statements"][1]["self"] = "Zoë learns 日本語 with me".into();
    practice["statements"][2]["self"] = "-2+3 tests".into();
    parse(&doc.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn all_answered(ins: &Instrument, value: u8) -> Answers {
    let mut answers = Answers::default();
    for (_, s) in ins.statements() {
        answers.ratings.insert(s.id.clone(), Rating::Value(value));
    }
    answers
}

fn take(ins: &Instrument, id: &str, day: u8, value: u8) -> CompletedAssessment {
    let at = datetime!(2026-03-01 09:00 UTC)
        .replace_day(day)
        .unwrap_or_else(|e| panic!("{e}"));
    CompletedAssessment {
        id: id.into(),
        started_at: at,
        completed_at: at,
        answers: all_answered(ins, value),
    }
}

fn response(ins: &Instrument, id: &str, group: RaterGroup) -> Response {
    let mut answers = all_answered(ins, 4);
    answers
        .ratings
        .insert("learning-1".into(), Rating::NotObserved);
    answers.ratings.remove("learning-2");
    Response {
        id: id.into(),
        request_id: "req-1".into(),
        group,
        answers,
        received_at: datetime!(2026-04-10 18:30 UTC),
        rater_name: None,
    }
}

/// The text read back with the csv crate: header and rows, BOM stripped.
fn read_back(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let body = text
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no BOM"));
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header = reader
        .headers()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.unwrap_or_else(|e| panic!("{e}"))
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

fn encode(ins: &Instrument, takes: &[CompletedAssessment], responses: &[Response]) -> String {
    csv_export::encode(ins, takes, responses).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn one_row_per_rating_under_a_header() {
    let ins = built_in();
    let takes = [take(&ins, "a-2", 14, 3), take(&ins, "a1", 2, 5)];
    let responses = [
        response(&ins, "r2", RaterGroup::DirectReport),
        response(&ins, "r1", RaterGroup::Manager),
    ];
    let text = encode(&ins, &takes, &responses);
    let (header, rows) = read_back(&text);
    assert_eq!(header, HEADER);
    let ratings = 2 * ins.statement_count() + 2 * (ins.statement_count() - 1);
    assert_eq!(rows.len(), ratings);
    assert_eq!(csv_export::row_count(&takes, &responses), ratings);
    // Takes oldest first, then responses by date and id; statements in questionnaire order.
    let first = ins.practices()[0].statements[0].clone();
    assert_eq!(
        rows[0],
        [
            "a1",
            "2026-03-02",
            "self",
            "Continuous learning",
            "learning-1",
            first.self_text.as_str(),
            "5"
        ]
    );
    assert_eq!(rows[ins.statement_count()][0], "a-2");
    let peer_start = 2 * ins.statement_count();
    assert_eq!(
        rows[peer_start],
        [
            "r1",
            "2026-04-10",
            "manager",
            "Continuous learning",
            "learning-1",
            first.peer_text.as_str(),
            "not observed"
        ]
    );
    assert_eq!(
        rows[peer_start + 1][4],
        "learning-3",
        "unrated statements have no row"
    );
    let last = rows.last().unwrap_or_else(|| panic!("no rows"));
    assert_eq!(
        (last[0].as_str(), last[2].as_str()),
        ("r2", "direct report")
    );
    assert_eq!(last[6], "4");
}

#[test]
fn rfc_4180_quoting_crlf_and_a_bom() {
    let ins = hostile();
    let text = encode(&ins, &[take(&ins, "a1", 2, 4)], &[]);
    assert!(text.starts_with('\u{feff}'));
    assert!(text.starts_with(
        "\u{feff}assessment_id,date,rater_group,practice,statement_id,statement_text,value\r\n"
    ));
    // Every record ends in CRLF; the only bare LF is the one inside the quoted title.
    let body = text.trim_start_matches('\u{feff}');
    assert!(body.ends_with("\r\n"));
    assert_eq!(
        body.matches('\n').count(),
        body.matches("\r\n").count() + 5,
        "five rows carry the title's line break"
    );
    assert!(
        body.contains(",\"Learning, \"\"always\"\"\nand everywhere\","),
        "a cell with a comma, quotes and a newline is quoted and its quotes doubled: {body}"
    );
    let (_, rows) = read_back(&text);
    assert_eq!(rows.len(), ins.statement_count());
    assert_eq!(rows[0][3], "Learning, \"always\"\nand everywhere");
}

#[test]
fn formula_cells_are_neutralised_and_read_back_as_text() {
    let ins = hostile();
    let responses = [response(&ins, "-rm", RaterGroup::Peer)];
    let takes = [take(&ins, "@a1", 2, 4)];
    let (_, rows) = read_back(&encode(&ins, &takes, &responses));
    assert_eq!(rows[0][0], "'@a1");
    assert_eq!(rows[0][5], "'=HYPERLINK(\"http://x\",\"click\")");
    assert_eq!(rows[2][5], "'-2+3 tests");
    assert!(rows
        .iter()
        .filter(|r| r[2] == "peer")
        .all(|r| r[0] == "'-rm"));
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "unsafe cell {cell:?}"
            );
        }
    }
}

#[test]
fn non_ascii_text_survives_the_round_trip() {
    let ins = hostile();
    let text = encode(&ins, &[take(&ins, "a1", 2, 4)], &[]);
    let (_, rows) = read_back(&text);
    assert_eq!(rows[1][5], "Zoë learns 日本語 with me");
    assert!(
        text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 BOM"
    );
}

#[test]
fn every_cell_reads_back_as_meant() {
    let ins = hostile();
    let takes = [take(&ins, "a1", 2, 2)];
    let responses = [response(&ins, "r1", RaterGroup::Other)];
    let (_, rows) = read_back(&encode(&ins, &takes, &responses));
    let mut expected = Vec::new();
    for (group, id, date, answers) in [
        (
            RaterGroup::SelfRating,
            "a1",
            "2026-03-02",
            &takes[0].answers,
        ),
        (RaterGroup::Other, "r1", "2026-04-10", &responses[0].answers),
    ] {
        for practice in ins.practices() {
            for s in &practice.statements {
                let Some(rating) = answers.rating(&s.id) else {
                    continue;
                };
                let text = if group == RaterGroup::SelfRating {
                    &s.self_text
                } else {
                    &s.peer_text
                };
                expected.push(vec![
                    id.to_string(),
                    date.to_string(),
                    csv_export::group_words(group).to_string(),
                    practice.title.clone(),
                    s.id.clone(),
                    csv_export::neutralised(text).into_owned(),
                    match rating {
                        Rating::Value(v) => v.to_string(),
                        Rating::NotObserved => "not observed".into(),
                    },
                ]);
            }
        }
    }
    assert_eq!(rows, expected);
}

#[test]
fn no_ratings_give_only_the_header_and_the_name_is_dated() {
    let ins = built_in();
    let (header, rows) = read_back(&encode(&ins, &[], &[]));
    assert_eq!(header, HEADER);
    assert!(rows.is_empty());
    assert_eq!(
        csv_export::file_name(time::macros::date!(2026 - 11 - 05)),
        "fulcrum-ratings-2026-11-05.csv"
    );
}

#[test]
fn a_stored_response_is_dated_by_when_it_was_added() {
    let ins = built_in();
    let r = response(&ins, "r1", RaterGroup::Peer);
    let text = peer_response::encode(&ins, &r, r.received_at).to_text();
    let read = csv_export::stored_response(&ins, &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, r);
}
