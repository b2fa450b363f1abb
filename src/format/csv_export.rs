//! The ratings as CSV for spreadsheets and analytics: one row per rating (the user's completed
//! takes and the peer responses imported here), RFC 4180, with cells that a spreadsheet would
//! run as formulas neutralised.
use super::envelope::{parse_timestamp, Envelope};
use super::error::FileError;
use super::peer_response;
use crate::domain::feedback::{RaterGroup, Response};
use crate::domain::{Answers, CompletedAssessment, Instrument, Rating};
use std::borrow::Cow;
use time::Date;

pub const HEADER: [&str; 7] = [
    "assessment_id",
    "date",
    "rater_group",
    "practice",
    "statement_id",
    "statement_text",
    "value",
];

/// Spreadsheets (Excel above all) read a CSV file without a byte order mark in the system's
/// legacy code page, which garbles every non-ASCII name and statement; the BOM makes them read
/// UTF-8. Analytics tools strip it.
pub const BOM: char = '\u{feff}';

/// The value written for a statement the rater could not judge.
pub const NOT_OBSERVED: &str = "not observed";

/// `YYYY-MM-DD`, the one date form every spreadsheet reads the same way.
pub fn iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The rater group in plain words, as the CSV and restore summaries write it.
pub fn group_words(group: RaterGroup) -> &'static str {
    match group {
        RaterGroup::SelfRating => "self",
        RaterGroup::Manager => "manager",
        RaterGroup::Peer => "peer",
        RaterGroup::DirectReport => "direct report",
        RaterGroup::Other => "other",
    }
}

/// A cell that a spreadsheet would read as a formula (OWASP's list: `=`, `+`, `-`, `@`, tab,
/// carriage return) gets a leading apostrophe, so that text from files (ids, comments-to-be)
/// can never run as one.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// One set of ratings: a take or a response.
struct Rated<'a> {
    id: &'a str,
    date: Date,
    group: RaterGroup,
    answers: &'a Answers,
}

/// The CSV text: a byte order mark, the header, then one row per rating, the user's takes
/// (oldest first) before the peer responses (by date, then id), statements in questionnaire
/// order. A take's statements are in the user's wording, a response's in the raters'. A
/// response is dated by the day it was added here.
pub fn encode(
    instrument: &Instrument,
    completed: &[CompletedAssessment],
    responses: &[Response],
) -> Result<String, csv::Error> {
    let mut takes: Vec<&CompletedAssessment> = completed.iter().collect();
    takes.sort_by_key(|c| c.completed_at);
    let mut others: Vec<&Response> = responses.iter().collect();
    others.sort_by(|a, b| (a.received_at, &a.id).cmp(&(b.received_at, &b.id)));
    let sets = takes
        .iter()
        .map(|c| Rated {
            id: &c.id,
            date: c.completed_at.date(),
            group: RaterGroup::SelfRating,
            answers: &c.answers,
        })
        .chain(others.iter().map(|r| Rated {
            id: &r.id,
            date: r.received_at.date(),
            group: r.group,
            answers: &r.answers,
        }));

    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for set in sets {
        let date = iso_date(set.date);
        for practice in instrument.practices() {
            for statement in &practice.statements {
                let Some(rating) = set.answers.rating(&statement.id) else {
                    continue;
                };
                let value = match rating {
                    Rating::Value(v) => v.to_string(),
                    Rating::NotObserved => NOT_OBSERVED.to_string(),
                };
                let text = if set.group == RaterGroup::SelfRating {
                    &statement.self_text
                } else {
                    &statement.peer_text
                };
                let cells = [
                    neutralised(set.id),
                    Cow::Borrowed(date.as_str()),
                    Cow::Borrowed(group_words(set.group)),
                    neutralised(&practice.title),
                    neutralised(&statement.id),
                    neutralised(text),
                    Cow::Owned(value),
                ];
                writer.write_record(cells.iter().map(|c| c.as_bytes()))?;
            }
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    // Every cell came in as UTF-8 text, so the bytes are UTF-8.
    let body = String::from_utf8_lossy(&bytes);
    Ok(format!("{BOM}{body}"))
}

/// The number of rows `encode` writes after the header.
pub fn row_count(completed: &[CompletedAssessment], responses: &[Response]) -> usize {
    completed
        .iter()
        .map(|c| c.answers.ratings.len())
        .chain(responses.iter().map(|r| r.answers.ratings.len()))
        .sum()
}

/// The file name offered for download, dated by the day it was made.
pub fn file_name(today: Date) -> String {
    format!("fulcrum-ratings-{}.csv", iso_date(today))
}

/// A peer response as stored here, dated by when it was added: its record's `created_at`.
pub fn stored_response(instrument: &Instrument, text: &str) -> Result<Response, FileError> {
    let envelope = Envelope::open(text, peer_response::FORMAT, peer_response::VERSION)?;
    let mut problems = Vec::new();
    let added = parse_timestamp(&envelope.created_at, "created_at", &mut problems);
    if !problems.is_empty() {
        return Err(FileError::Invalid(problems));
    }
    peer_response::decode(instrument, text, added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_get_an_apostrophe_and_others_stay() {
        for (cell, want) in [
            ("=1+2", "'=1+2"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a=b", "a=b"),
            ("", ""),
            ("Zoë", "Zoë"),
        ] {
            assert_eq!(neutralised(cell), want, "{cell:?}");
        }
    }
}
