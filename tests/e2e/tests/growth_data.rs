//! The user's data on the growth page: the ratings downloaded as CSV (read back with the csv
//! crate), a backup of everything downloaded in one browser and restored in another that has
//! its own take (merged, nothing of the second lost), and an edited backup with ten valid
//! records and one invalid refused with the record named and nothing written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fulcrum_e2e::axe::ColorScheme;
use fulcrum_e2e::instrument::{canonical_sha256, Instrument};
use fulcrum_e2e::widget::{date_in_words, Widget, ASSESSMENT_PREFIX, STORAGE_PREFIX};
use fulcrum_e2e::{Browser, Harness, Result};
use serde_json::{json, Map, Value};

/// 2026-03-02T09:00:00Z and 2026-09-14T09:00:00Z, in ms: the two browsers' clocks.
const MARCH: u64 = 1_772_442_000_000;
const SEPTEMBER: u64 = 1_789_376_400_000;
const REQUEST_ID: &str = "req-1";
const RESTORE_LABEL: &str = "Restore from a backup (.json) downloaded from Fulcrum";

fn values(base: u8) -> Vec<Vec<u8>> {
    (0..8)
        .map(|i| (0..5).map(|j| (base + i + j) % 5 + 1).collect())
        .collect()
}

/// Pins the page's clock (`Date.now`, the only time the product reads) to `ms` at load.
async fn set_clock(browser: &Browser, ms: u64) -> Result<()> {
    browser
        .on_new_document(&format!(
            "(() => {{ const t0 = {ms}, p0 = performance.now();
                Date.now = () => t0 + Math.floor(performance.now() - p0); }})();"
        ))
        .await?;
    Ok(())
}

fn instrument_ref(ins: &Instrument) -> Value {
    json!({ "id": ins.id, "version": ins.version, "sha256": ins.sha256() })
}

/// A sealed document as the product writes it: the digest is the SHA-256 of the canonical
/// payload.
fn sealed(ins: &Instrument, format: &str, id: &str, created_at: &str, payload: Value) -> Value {
    json!({
        "format": format,
        "version": 1,
        "id": id,
        "created_at": created_at,
        "instrument": instrument_ref(ins),
        "digest": canonical_sha256(&payload),
        "payload": payload,
    })
}

/// A colleague's response as stored after import: every statement rated 4, the first one
/// "not observed".
fn stored_response(ins: &Instrument, id: &str, first_rating: Value) -> Value {
    let mut answers = Map::new();
    for (n, (_, s)) in ins.statements().enumerate() {
        let rating = if n == 0 {
            first_rating.clone()
        } else {
            json!(4)
        };
        answers.insert(s.id.clone(), rating);
    }
    sealed(
        ins,
        "fulcrum.peer-response",
        id,
        "2026-03-01T18:30:00Z",
        json!({ "request_id": REQUEST_ID, "group": "peer", "answers": answers, "comments": {} }),
    )
}

fn stored_request(ins: &Instrument) -> Value {
    sealed(
        ins,
        "fulcrum.feedback-request",
        REQUEST_ID,
        "2026-02-20T10:00:00Z",
        json!({ "subject_name": "Ada", "message": "", "groups": ["peer"] }),
    )
}

async fn put(browser: &Browser, record: &str, doc: &Value) -> Result<()> {
    browser
        .execute(
            "localStorage.setItem(arguments[0], arguments[1]);",
            vec![
                format!("{STORAGE_PREFIX}{record}").into(),
                doc.to_string().into(),
            ],
        )
        .await?;
    Ok(())
}

/// Completes a whole take by clicking, on the self-assessment page.
async fn complete_take(w: &Widget<'_>, ins: &Instrument, values: &[Vec<u8>]) -> Result<()> {
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(ins, 0).await?;
    w.finish_by_clicks(ins, values, 0).await?;
    Ok(())
}

async fn open_growth(browser: &Browser, url: &str) -> Result<()> {
    browser.goto(url).await?;
    browser
        .wait_for_text("[data-fulcrum] h2", "Your progress and goals")
        .await?;
    Ok(())
}

/// The completed takes in storage: id → stored text.
fn takes(stored: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    stored
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix(ASSESSMENT_PREFIX)?.to_owned(), v.clone())))
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// Reads a CSV download back: BOM checked and stripped, then header and rows.
fn read_csv(path: &Path) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let bytes = std::fs::read(path)?;
    let body = bytes
        .strip_prefix(&[0xEF, 0xBB, 0xBF])
        .ok_or("the CSV starts with a UTF-8 byte order mark")?;
    let text = std::str::from_utf8(body)?;
    assert!(
        text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "records end in CRLF"
    );
    let mut reader = csv::Reader::from_reader(body);
    let header = reader.headers()?.iter().map(str::to_owned).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        rows.push(record?.iter().map(str::to_owned).collect());
    }
    Ok((header, rows))
}

/// axe-core on the page as it is, in the light and the dark scheme.
async fn audit(browser: &Browser, what: &str) -> Result<()> {
    for scheme in [ColorScheme::Dark, ColorScheme::Light] {
        browser.emulate_color_scheme(scheme).await?;
        browser
            .assert_accessible(&format!("{what}, {}", scheme.as_str()))
            .await?;
    }
    Ok(())
}

fn write(dir: &Path, name: &str, text: &str) -> Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, text)?;
    Ok(path)
}

#[tokio::test(flavor = "multi_thread")]
async fn ratings_as_csv_and_a_backup_restored_in_another_browser() -> Result<()> {
    let ins = Instrument::built_in();
    let scratch = tempfile::tempdir()?;
    let harness = Harness::start()?;
    let origin = harness.origin();

    // ---- Browser A, on 2 March 2026: a take and a colleague's response ----
    let a = harness.browser().start().await?;
    set_clock(&a, MARCH).await?;
    let wa = Widget::open(&a, &harness.url("/")).await?;
    complete_take(&wa, &ins, &values(0)).await?;
    put(&a, &format!("request/{REQUEST_ID}"), &stored_request(&ins)).await?;
    put(
        &a,
        &format!("response/{REQUEST_ID}/resp-1"),
        &stored_response(&ins, "resp-1", json!("not_observed")),
    )
    .await?;
    let stored_a = wa.stored().await?;
    let takes_a = takes(&stored_a);
    let (take_a, take_a_text) = takes_a.iter().next().ok_or("A has no completed take")?;
    let take_a_doc: Value = serde_json::from_str(take_a_text)?;
    let completed_a = take_a_doc["payload"]["completed_at"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(completed_a.starts_with("2026-03-02"), "{completed_a}");

    open_growth(&a, &harness.url("/growth.html")).await?;
    wa.click("Download ratings as CSV").await?;
    let csv_file = a.wait_for_download().await?;
    assert_eq!(file_name(&csv_file), "fulcrum-ratings-2026-03-02.csv");
    let rows_total = 2 * ins.statement_count();
    wa.wait_for_status(&format!(
        "Downloaded fulcrum-ratings-2026-03-02.csv: {rows_total} ratings."
    ))
    .await?;
    let (header, rows) = read_csv(&csv_file)?;
    assert_eq!(
        header,
        [
            "assessment_id",
            "date",
            "rater_group",
            "practice",
            "statement_id",
            "statement_text",
            "value"
        ]
    );
    assert_eq!(rows.len(), rows_total, "one row per rating");
    let first = &ins.practices[0].statements[0];
    let first_value = values(0)[0][0].to_string();
    assert_eq!(
        rows[0],
        [
            take_a.as_str(),
            "2026-03-02",
            "self",
            ins.practices[0].title.as_str(),
            first.id.as_str(),
            first.self_text.as_str(),
            first_value.as_str(),
        ]
    );
    let peer_wording = ins.document["practices"][0]["statements"][0]["peer"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(
        rows[ins.statement_count()],
        [
            "resp-1",
            "2026-03-01",
            "peer",
            ins.practices[0].title.as_str(),
            first.id.as_str(),
            peer_wording,
            "not observed",
        ]
    );

    wa.click("Download a backup of everything").await?;
    let downloaded = a.wait_for_download().await?;
    assert_eq!(file_name(&downloaded), "fulcrum-backup-2026-03-02.json");
    // A's downloads go when A quits; B restores a copy.
    let backup_file = scratch.path().join(file_name(&downloaded));
    std::fs::copy(&downloaded, &backup_file)?;
    wa.wait_for_status("Downloaded fulcrum-backup-2026-03-02.json: 4 records.")
        .await?;
    let backup: Value = serde_json::from_str(&std::fs::read_to_string(&backup_file)?)?;
    assert_eq!(backup["format"], "fulcrum.backup");
    assert_eq!(backup["digest"], canonical_sha256(&backup["payload"]));
    let records = backup["payload"]["records"]
        .as_object()
        .ok_or("the backup has records")?;
    let from_a: BTreeMap<String, String> = stored_a
        .iter()
        .map(|(k, v)| (k[STORAGE_PREFIX.len()..].to_owned(), v.clone()))
        .collect();
    let in_backup: BTreeMap<String, String> = records
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
        .collect();
    assert_eq!(in_backup, from_a, "every record, as stored");
    a.assert_same_origin(&origin).await?;
    a.quit().await?;

    // ---- Browser B, on 14 September 2026: its own take, then the restore ----
    let b = harness.browser().start().await?;
    set_clock(&b, SEPTEMBER).await?;
    let wb = Widget::open(&b, &harness.url("/")).await?;
    complete_take(&wb, &ins, &values(2)).await?;
    let before_b = wb.stored().await?;
    let takes_b = takes(&before_b);
    let (take_b, take_b_text) = takes_b.iter().next().ok_or("B has no completed take")?;

    open_growth(&b, &harness.url("/growth.html")).await?;
    let input = wb.labelled(RESTORE_LABEL).await?;
    input
        .send_keys(backup_file.to_str().ok_or("path is not UTF-8")?)
        .await?;
    wb.wait_for_status(
        "Restored fulcrum-backup-2026-03-02.json. Added 1 assessment, 1 peer response, 1 feedback request; \
         1 kept as it was (differs from the backup: your saved place in the questionnaire).",
    )
    .await?;
    // The growth page's history shows both takes at once, oldest first.
    let date_a = date_in_words(&completed_a);
    let date_b = date_in_words(
        serde_json::from_str::<Value>(take_b_text)?["payload"]["completed_at"]
            .as_str()
            .unwrap_or_default(),
    );
    b.wait_for_text("[data-fulcrum] .fc-history-table thead", &date_a)
        .await?;
    let columns = wb.texts(".fc-history-table thead th").await?;
    assert_eq!(
        columns.get(1..3),
        Some(&[date_a.clone(), date_b.clone()][..])
    );
    audit(&b, "the growth page after a restore").await?;
    let after_b = wb.stored().await?;
    let takes_after = takes(&after_b);
    assert_eq!(
        takes_after.get(take_a),
        Some(take_a_text),
        "A's take, byte for byte"
    );
    assert_eq!(
        takes_after.get(take_b),
        Some(take_b_text),
        "B's own take untouched"
    );
    assert_eq!(takes_after.len(), 2);
    for (record, text) in &before_b {
        assert_eq!(after_b.get(record), Some(text), "{record} was changed");
    }
    for record in [
        format!("request/{REQUEST_ID}"),
        format!("response/{REQUEST_ID}/resp-1"),
    ] {
        assert_eq!(
            after_b.get(&format!("{STORAGE_PREFIX}{record}")),
            from_a.get(&record),
            "{record} restored as stored"
        );
    }

    // Both takes are listed among the completed self-assessments, newest first.
    let wb = Widget::open(&b, &harness.url("/")).await?;
    wb.wait_for_heading("Your results").await?;
    wb.click("Back to the start").await?;
    b.wait_for_text("[data-fulcrum] .fc-past", "Results of 2 March 2026")
        .await?;
    let past = wb.texts(".fc-past li button").await?;
    assert_eq!(
        past,
        [
            format!("Results of {date_b}"),
            format!("Results of {date_a}")
        ]
    );

    // ---- An edited backup: ten valid records and one invalid; nothing is written ----
    let mut edited = backup.clone();
    let mut records = records.clone();
    for n in 0..10 {
        let mut copy = take_a_doc.clone();
        copy["id"] = json!(format!("copy-{n}"));
        records.insert(format!("assessment/copy-{n}"), copy.to_string().into());
    }
    records.insert(
        format!("response/{REQUEST_ID}/resp-bad"),
        stored_response(&ins, "resp-bad", json!(7))
            .to_string()
            .into(),
    );
    edited["payload"]["records"] = Value::Object(records);
    edited["digest"] = json!(canonical_sha256(&edited["payload"]));
    let edited_file = write(
        scratch.path(),
        "fulcrum-backup-edited.json",
        &serde_json::to_string_pretty(&edited)?,
    )?;
    open_growth(&b, &harness.url("/growth.html")).await?;
    let before = wb.stored().await?;
    let input = wb.labelled(RESTORE_LABEL).await?;
    input
        .send_keys(edited_file.to_str().ok_or("path is not UTF-8")?)
        .await?;
    let alert = wb
        .wait_for_alert("fulcrum-backup-edited.json was not restored.")
        .await?;
    for phrase in [
        "Nothing was restored: the backup holds 1 record(s) that cannot be read.",
        "Record \"response/req-1/resp-bad\"",
        "payload.answers.learning-1: 7 is not a rating",
    ] {
        assert!(
            alert.contains(phrase),
            "the alert should say {phrase:?}: {alert:?}"
        );
    }
    assert_eq!(wb.stored().await?, before, "nothing was written");
    audit(&b, "a refused restore").await?;

    b.assert_same_origin(&origin).await?;
    b.quit().await?;
    Ok(())
}
