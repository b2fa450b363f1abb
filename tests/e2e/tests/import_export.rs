//! Exporting results as a file, deleting everything, and opening the file again: the round
//! trip is identical, and damaged, malformed, newer or foreign files are refused with a
//! message that says why, leaving stored data untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fulcrum_e2e::instrument::{canonical_sha256, Expected, Instrument};
use fulcrum_e2e::widget::{date_in_words, Widget, ASSESSMENT_PREFIX, STORAGE_PREFIX};
use fulcrum_e2e::{Harness, Result};
use serde_json::{json, Value};

fn values() -> Vec<Vec<u8>> {
    vec![
        vec![4, 4, 5, 4, 4], // 4.2
        vec![3, 3, 3, 3, 4], // 3.2
        vec![2, 2, 1, 2, 2], // 1.8
        vec![5, 5, 5, 5, 5], // 5.0
        vec![1, 2, 1, 1, 1], // 1.2
        vec![3, 4, 4, 3, 4], // 3.6
        vec![2, 3, 3, 3, 3], // 2.8
        vec![4, 5, 4, 5, 5], // 4.6
    ]
}

const COMMENT: &str = "Book a monthly \"learning hour\".\nÜben, üben — ✓";

/// Writes `text` as `name` in `dir`; returns the path.
fn write(dir: &Path, name: &str, text: &str) -> Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, text)?;
    Ok(path)
}

/// "… at line L, column C" → (L, C).
fn line_and_column(message: &str) -> Option<(usize, usize)> {
    let rest = &message[message.find("line ")? + 5..];
    let (line, rest) = rest.split_once(", column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// Imports `file`, which must be refused with an alert naming it and containing every one
/// of `phrases`; stored data must not change. Returns the alert.
async fn refused(
    w: &Widget<'_>,
    stored: &BTreeMap<String, String>,
    file: &Path,
    phrases: &[&str],
) -> Result<String> {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    w.import(file).await?;
    let alert = w.wait_for_alert(&format!("{name} was not opened")).await?;
    for phrase in phrases {
        assert!(
            alert.contains(phrase),
            "the alert for {name} should say {phrase:?}: {alert:?}"
        );
    }
    assert_eq!(&w.stored().await?, stored, "{name} changed stored data");
    Ok(alert)
}

#[tokio::test(flavor = "multi_thread")]
async fn results_round_trip_through_a_file_and_bad_files_are_refused() -> Result<()> {
    let ins = Instrument::built_in();
    let values = values();
    let ratings = ins.ratings(&values);
    let expected = Expected::of(&ins, &ratings);
    let scratch = tempfile::tempdir()?;

    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    w.comment_box().await?.send_keys(COMMENT).await?;
    w.finish_by_clicks(&ins, &values, 0).await?;
    let table = w.results_table().await?;
    assert_eq!(table, expected.table(&ins));

    // ---- Export ----
    w.click("Download results (JSON)").await?;
    let file = browser.wait_for_download().await?;
    let name = file
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let stored = w.stored().await?;
    let (key, _) = stored
        .iter()
        .find(|(k, _)| k.starts_with(ASSESSMENT_PREFIX))
        .ok_or("no completed take stored")?;
    let id = &key[ASSESSMENT_PREFIX.len()..];
    w.wait_for_status(&format!("Downloaded {name}.")).await?;

    let exported = std::fs::read(&file)?;
    let text = String::from_utf8(exported.clone())?;
    assert!(text.ends_with('\n'), "the file ends with a newline");
    let doc: Value = serde_json::from_str(&text)?;
    let payload = &doc["payload"];
    let completed_at = payload["completed_at"].as_str().unwrap_or_default();
    assert_eq!(
        name,
        format!(
            "fulcrum-self-assessment-{}.json",
            completed_at.get(..10).unwrap_or("?")
        )
    );
    assert_eq!(doc["format"], "fulcrum.self-assessment");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["id"], id);
    assert_eq!(doc["created_at"], completed_at);
    assert_eq!(
        doc["instrument"],
        json!({
            "id": ins.id,
            "version": ins.version,
            "sha256": ins.sha256(),
        })
    );
    assert_eq!(payload["status"], "completed");
    assert!(payload["started_at"]
        .as_str()
        .is_some_and(|t| t <= completed_at));
    let answers: serde_json::Map<String, Value> =
        ratings.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
    assert_eq!(payload["answers"], Value::Object(answers));
    assert_eq!(
        payload["comments"],
        json!({ ins.practices[0].id.clone(): COMMENT })
    );
    let scores: serde_json::Map<String, Value> = ins
        .practices
        .iter()
        .zip(&expected.practices)
        .map(|(p, s)| (p.id.clone(), json!(s)))
        .collect();
    assert_eq!(payload["scores"]["practices"], Value::Object(scores));
    assert_eq!(payload["scores"]["technical"], json!(expected.technical));
    assert_eq!(payload["scores"]["leadership"], json!(expected.leadership));
    let balance = payload["scores"]["balance"].as_str().unwrap_or_default();
    assert!(
        balance.contains(&expected.balance.key_phrase()),
        "{balance:?}"
    );
    assert_eq!(
        doc["digest"],
        canonical_sha256(payload),
        "digest = SHA-256 of the canonical payload"
    );

    // ---- Delete everything (only this widget's data) ----
    browser
        .eval(
            "(localStorage.setItem('other-app/settings', 'keep'), \
              localStorage.setItem('fulcrum/other/draft', 'keep'), true)",
        )
        .await?;
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    assert_eq!(w.texts(".fc-past li").await?.len(), 1);
    w.click("Delete my data").await?;
    // The question appears in place and takes focus, so it is read out.
    browser
        .wait_for_focus("the delete confirmation question", |f| {
            f.has_class("fc-confirm-question") && f.text.starts_with("Delete every answer")
        })
        .await?;
    w.click("Yes, delete everything").await?;
    w.wait_for_status("All your Fulcrum data on this device has been deleted.")
        .await?;
    assert!(w.texts(".fc-past").await?.is_empty(), "no completed takes");
    w.button("Start the self-assessment").await?;
    assert_eq!(
        w.stored().await?,
        BTreeMap::new(),
        "nothing under {STORAGE_PREFIX}"
    );
    assert_eq!(browser.local_storage("other-app/").await?.len(), 1);
    assert_eq!(browser.local_storage("fulcrum/other/").await?.len(), 1);

    // ---- Import the file: the same results, stored again ----
    w.import(&file).await?;
    w.wait_for_heading("Your results").await?;
    let completed_on = date_in_words(completed_at);
    w.wait_for_status(&format!(
        "Opened {name}: the self-assessment completed on {completed_on}."
    ))
    .await?;
    assert_eq!(w.results_table().await?, table);
    let stored = w.stored().await?;
    let again: Value = serde_json::from_str(stored.get(key).ok_or("the take is stored again")?)?;
    assert_eq!(again["payload"], *payload);

    // Export again: byte for byte the file that was imported.
    w.click("Download results (JSON)").await?;
    let second = browser.wait_for_download().await?;
    let second_bytes = std::fs::read(&second)?;
    assert!(
        second_bytes == exported,
        "re-export of an imported take differs from the original export ({}, {} bytes, vs {}, {} bytes)",
        second.display(),
        second_bytes.len(),
        file.display(),
        exported.len()
    );

    // ---- The same file again: nothing changes ----
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    let stored = w.stored().await?;
    w.import(&file).await?;
    // Said in a live region (today the alert; the status line would suit a no-op better).
    w.wait_for_message(&format!(
        "This assessment (completed {completed_on}) is already here; nothing was changed."
    ))
    .await?;
    assert_eq!(w.stored().await?, stored);
    w.wait_for_heading(&ins.title).await?;
    assert_eq!(w.texts(".fc-past li").await?.len(), 1, "still one take");

    // ---- Files that must be refused ----
    let first_statement = &ins.practices[0].statements[0].id;
    let mut damaged = doc.clone();
    damaged["payload"]["answers"][first_statement] = json!(values[0][0] % 5 + 1);
    let damaged = write(
        scratch.path(),
        "damaged.json",
        &serde_json::to_string_pretty(&damaged)?,
    )?;
    refused(
        &w,
        &stored,
        &damaged,
        &["SHA-256 digest", "Nothing was changed"],
    )
    .await?;

    // Cut off halfway, as an interrupted copy (on a character, after a non-blank).
    let mut half = text.len() / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    let cut = text[..half].trim_end();
    let truncated = write(scratch.path(), "truncated.json", cut)?;
    let alert = refused(&w, &stored, &truncated, &["not valid JSON", "cut off"]).await?;
    let last_line = cut.lines().last().unwrap_or_default();
    assert_eq!(
        line_and_column(&alert),
        Some((cut.lines().count(), last_line.chars().count())),
        "the alert gives where the text ends: {alert:?}"
    );

    // A syntax error at a known place: line 3 is `  "version": 1,`.
    assert_eq!(text.lines().nth(2), Some("  \"version\": 1,"));
    let broken = text.replacen("\"version\": 1,", "\"version\" 1,", 1);
    let broken = write(scratch.path(), "broken.json", &broken)?;
    let alert = refused(&w, &stored, &broken, &["not valid JSON"]).await?;
    assert_eq!(line_and_column(&alert), Some((3, 13)), "{alert:?}");

    let mut newer = doc.clone();
    newer["version"] = json!(2);
    let newer = write(
        scratch.path(),
        "newer.json",
        &serde_json::to_string_pretty(&newer)?,
    )?;
    refused(
        &w,
        &stored,
        &newer,
        &[
            "newer version of Fulcrum",
            "version 2",
            "Nothing was changed",
        ],
    )
    .await?;

    let foreign = write(scratch.path(), "foreign.json", "{\"hello\": \"world\"}\n")?;
    refused(&w, &stored, &foreign, &["This is not a Fulcrum file"]).await?;

    // After every refusal, the take is still there and opens as before.
    w.button_starting("Results of ").await?.click().await?;
    w.wait_for_heading("Your results").await?;
    assert_eq!(w.results_table().await?, table);

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
