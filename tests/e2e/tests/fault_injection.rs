//! Fault injection, end to end: the release build under blocked storage, a full quota, other
//! applications' keys, damaged and newer stored values, two tabs at once, a window closed right
//! after an answer, and hostile files (50 MB, 10,000 levels deep, keys named twice), links
//! and codes. Each test asserts what the user sees and that nothing already saved was lost
//! (localStorage compared byte for byte), and that no request left the page's origin.
//!
//! Faults are installed before the page's own scripts run
//! ([`fulcrum_e2e::Browser::on_new_document`]). Storage is seeded from a page of the same
//! origin that is not the widget (a 404), so no widget is running while it is written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fulcrum_e2e::instrument::Instrument;
use fulcrum_e2e::widget::{Widget, ASSESSMENT_PREFIX, DRAFT_KEY, ROOT, STORAGE_PREFIX};
use fulcrum_e2e::{Browser, Harness, Result};
use serde_json::{json, Value};

/// The committed v1 fixture: a completed take, valid for the built-in questionnaire.
const FIXTURE: &str = include_str!("../../fixtures/self-assessment-v1.json");
const FIXTURE_ID: &str = "3f0c6a52-7d0e-4b43-9a39-5b0b8e1f2a10";
/// The fixture's completion date as the page writes it.
const FIXTURE_DATE: &str = "25 November 2026";

/// `localStorage` as a page sees it when the browser blocks storage (private windows,
/// sandboxed frames): reading `window.localStorage` throws.
const BLOCK_STORAGE_JS: &str = "Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
});";

/// `setItem` succeeds `WRITES_LEFT` more times in this document, then throws as a full
/// quota does.
const QUOTA_JS: &str = "(() => {
    window.fulcrumWritesLeft = WRITES_LEFT;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
        if (window.fulcrumWritesLeft <= 0) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        window.fulcrumWritesLeft -= 1;
        return setItem.call(this, key, value);
    };
})();";

/// Counts the files the page reads (`FileReader.readAsText`), to show a refused file was
/// never read.
const COUNT_READS_JS: &str = "(() => {
    window.fulcrumFilesRead = 0;
    const readAsText = FileReader.prototype.readAsText;
    FileReader.prototype.readAsText = function (...args) {
        window.fulcrumFilesRead += 1;
        return readAsText.apply(this, args);
    };
})();";

/// A second widget (namespace `second`) right after the page's own, added while the page is
/// parsed, so both are mounted by the page's script.
const SECOND_WIDGET_JS: &str = "new MutationObserver((_, observer) => {
    const first = document.querySelector('[data-fulcrum]');
    if (!first) return;
    observer.disconnect();
    const second = document.createElement('div');
    second.id = 'second-widget';
    second.setAttribute('data-fulcrum', '');
    second.setAttribute('data-namespace', 'second');
    first.after(second);
}).observe(document, { childList: true, subtree: true });";

const RESPONSE_FILES_LABEL: &str =
    "Response files (.json) — choose several at once, or drop them here";
const CODES_LABEL: &str =
    "Or paste response codes (one or more, each starting with FULCRUM-RESPONSE-)";
const NAME_LABEL: &str = "Your name, as the people you ask know you";

/// Every localStorage entry of the origin, ours and others'.
async fn everything(browser: &Browser) -> Result<BTreeMap<String, String>> {
    browser.local_storage("").await
}

/// Writes `entries` to localStorage from a page of the origin that is not the widget.
async fn seed(browser: &Browser, harness: &Harness, entries: &[(String, String)]) -> Result<()> {
    browser.goto(&harness.url("/seeding-storage")).await?;
    let entries: Vec<Value> = entries.iter().map(|(k, v)| json!([k, v])).collect();
    browser
        .execute(
            "for (const [k, v] of arguments[0]) localStorage.setItem(k, v);",
            vec![Value::Array(entries)],
        )
        .await?;
    Ok(())
}

/// The fixture's completed take, stored as the widget stores it.
fn stored_take() -> (String, String) {
    (
        format!("{ASSESSMENT_PREFIX}{FIXTURE_ID}"),
        FIXTURE.to_owned(),
    )
}

/// The statement ids of practice 1.
fn first_statements(ins: &Instrument) -> Vec<String> {
    ins.practices[0]
        .statements
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

/// The ratings in the stored draft (statement id → value), empty if there is none.
async fn stored_ratings(browser: &Browser) -> Result<BTreeMap<String, u64>> {
    let stored = browser.local_storage(STORAGE_PREFIX).await?;
    let Some(text) = stored.get(DRAFT_KEY) else {
        return Ok(BTreeMap::new());
    };
    let draft: Value = serde_json::from_str(text)?;
    Ok(draft["payload"]["answers"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or_default()))
        .collect())
}

/// Waits until the stored draft's ratings are exactly `wanted`.
async fn wait_for_stored(browser: &Browser, wanted: &[(&str, u64)]) -> Result<()> {
    let wanted: BTreeMap<String, u64> = wanted.iter().map(|(k, v)| ((*k).into(), *v)).collect();
    let last = std::sync::Mutex::new(BTreeMap::new());
    let found = browser
        .wait_until(&format!("the stored draft to hold {wanted:?}"), || async {
            let now = stored_ratings(browser).await?;
            let hit = now == wanted;
            *last.lock().expect("last ratings") = now;
            Ok(hit.then_some(()))
        })
        .await;
    found.map_err(|e| format!("{e}; it held {:?}", last.lock().expect("last ratings")).into())
}

/// Waits until the current step shows `value` checked for `statement_id`.
async fn wait_for_checked(w: &Widget<'_>, statement_id: &str, value: u8) -> Result<()> {
    w.browser()
        .wait_until(
            &format!("{statement_id} to show {value} checked"),
            || async { Ok((w.checked(statement_id).await? == Some(value)).then_some(())) },
        )
        .await
}

/// Writes a file of `bytes` bytes (sparse: it is never meant to be read).
fn big_file(dir: &Path, name: &str, bytes: u64) -> Result<PathBuf> {
    let path = dir.join(name);
    std::fs::File::create(&path)?.set_len(bytes)?;
    Ok(path)
}

/// Chooses `file` in the file input labelled `label`, as a user in the file dialog.
async fn choose(w: &Widget<'_>, label: &str, file: &Path) -> Result<()> {
    let path = file.to_str().ok_or("the path is not UTF-8")?;
    w.labelled(label).await?.send_keys(path).await?;
    Ok(())
}

/// How many files the page has read since it loaded (with [`COUNT_READS_JS`]).
async fn files_read(browser: &Browser) -> Result<u64> {
    Ok(browser
        .eval("window.fulcrumFilesRead")
        .await?
        .as_u64()
        .unwrap_or(u64::MAX))
}

// ---------------------------------------------------------------------------------------------
// Storage faults
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn blocked_storage_keeps_answers_in_memory_says_so_and_offers_them_as_a_file() -> Result<()> {
    let ins = Instrument::built_in();
    let ids = first_statements(&ins);
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    seed(&browser, &harness, &[stored_take()]).await?;
    let saved = everything(&browser).await?;

    let fault = browser.on_new_document(BLOCK_STORAGE_JS).await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_status("Not saving: this browser blocks storage here.")
        .await?;
    let notice = w.texts(".fc-notice.fc-warning").await?.join(" ");
    assert!(
        notice.starts_with(
            "Nothing is being saved. This browser does not let Fulcrum use storage here"
        ),
        "{notice}"
    );
    assert_eq!(w.alert().await?, "", "blocked storage is not an error");

    // The widget works in memory: answers survive moving between steps.
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    for (id, v) in ids.iter().zip([4, 2, 5]) {
        w.rate(id, v).await?;
    }
    w.wait_for_progress("Step 1 of 8 · 3 of 40 statements answered")
        .await?;
    w.click(&fulcrum_e2e::widget::next_label(&ins, 0)).await?;
    w.wait_for_practice(&ins, 1).await?;
    w.click("Back").await?;
    w.wait_for_practice(&ins, 0).await?;
    assert_eq!(w.checked(&ids[2]).await?, Some(5));

    // …and offers the answers as a file.
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    w.click("Download answers so far").await?;
    let file = browser.wait_for_download().await?;
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file)?)?;
    assert_eq!(doc["payload"]["status"], "in_progress");
    assert_eq!(
        doc["payload"]["answers"],
        json!({ ids[0].clone(): 4, ids[1].clone(): 2, ids[2].clone(): 5 })
    );

    // Storage allowed again: what was saved before is there, untouched.
    browser.stop_on_new_document(&fault).await?;
    browser.refresh().await?;
    w.wait_for_status("Answers are saved on this device as you go.")
        .await?;
    w.wait_for_heading(&ins.title).await?;
    let past = w.texts(".fc-past li").await?;
    assert!(
        past.len() == 1 && past[0].starts_with(&format!("Results of {FIXTURE_DATE}")),
        "{past:?}"
    );
    assert_eq!(everything(&browser).await?, saved);

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_storage_says_so_keeps_the_last_saved_answers_and_still_exports() -> Result<()> {
    let ins = Instrument::built_in();
    let ids = first_statements(&ins);
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    w.rate(&ids[0], 3).await?;
    w.rate(&ids[1], 4).await?;
    wait_for_stored(&browser, &[(&ids[0], 3), (&ids[1], 4)]).await?;

    // Two more writes fit; the third does not.
    let fault = browser
        .on_new_document(&QUOTA_JS.replace("WRITES_LEFT", "2"))
        .await?;
    browser.refresh().await?;
    w.wait_for_progress("Step 1 of 8 · 2 of 40 statements answered")
        .await?;
    w.rate(&ids[2], 5).await?;
    w.rate(&ids[3], 1).await?;
    wait_for_stored(
        &browser,
        &[(&ids[0], 3), (&ids[1], 4), (&ids[2], 5), (&ids[3], 1)],
    )
    .await?;
    let last_saved = everything(&browser).await?;
    w.rate(&ids[4], 2).await?;
    let alert = w.wait_for_alert("Storage is full").await?;
    assert_eq!(
        alert,
        "Storage is full: the browser has no room left for this site's data. Your earlier \
         answers are still saved; download your answers to keep the latest ones."
    );
    w.wait_for_status("Not saved: see the message below.")
        .await?;
    // The answer is still shown, and the progress counts it.
    assert_eq!(w.checked(&ids[4]).await?, Some(2));
    w.wait_for_progress("Step 1 of 8 · 5 of 40 statements answered")
        .await?;
    assert_eq!(
        everything(&browser).await?,
        last_saved,
        "the last saved state is intact"
    );

    // Export still works, with every answer given.
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    w.click("Download answers so far").await?;
    let file = browser.wait_for_download().await?;
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file)?)?;
    assert_eq!(
        doc["payload"]["answers"].as_object().map(|a| a.len()),
        Some(5)
    );
    assert_eq!(everything(&browser).await?, last_saved);

    // Room again: the last saved state loads.
    browser.stop_on_new_document(&fault).await?;
    browser.refresh().await?;
    w.wait_for_practice(&ins, 0).await?;
    w.wait_for_progress("Step 1 of 8 · 4 of 40 statements answered")
        .await?;
    assert_eq!(w.checked(&ids[3]).await?, Some(1));
    assert_eq!(w.checked(&ids[4]).await?, None);
    w.wait_for_status("Answers are saved on this device as you go.")
        .await?;
    assert_eq!(everything(&browser).await?, last_saved);

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn other_applications_keys_are_never_touched_not_even_by_delete_my_data() -> Result<()> {
    let ins = Instrument::built_in();
    let ids = first_statements(&ins);
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let foreign: Vec<(String, String)> = [
        ("other-app/state", "not json{"),
        ("other-app/settings", "{\"theme\": \"dark\"}"),
        // Keys that look like ours but belong to other namespaces or none.
        ("fulcrum/other/draft", "not json{"),
        (
            "fulcrum/other/assessment/x",
            "{\"format\": \"fulcrum.self-assessment\", \"version\": 99}",
        ),
        ("fulcrum/defaults/draft", "not json{"),
        ("fulcrum/default", "not json{"),
        ("fulcrum", "\u{0}\u{1}binary-ish ✓"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    let mut entries = foreign.clone();
    entries.push(stored_take());
    seed(&browser, &harness, &entries).await?;
    let foreign: BTreeMap<String, String> = foreign.into_iter().collect();
    let others = |all: BTreeMap<String, String>| -> BTreeMap<String, String> {
        all.into_iter()
            .filter(|(k, _)| !k.starts_with(STORAGE_PREFIX))
            .collect()
    };
    assert_eq!(others(everything(&browser).await?), foreign);

    // The widget starts normally: no notice, no alert, its own take listed.
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;
    w.wait_for_status("Answers are saved on this device as you go.")
        .await?;
    assert_eq!(w.alert().await?, "");
    assert!(w.texts(".fc-notice").await?.is_empty(), "nothing set aside");
    assert_eq!(w.texts(".fc-past li").await?.len(), 1);
    w.click("Take the self-assessment again").await?;
    w.wait_for_practice(&ins, 0).await?;
    w.rate(&ids[0], 2).await?;
    wait_for_stored(&browser, &[(&ids[0], 2)]).await?;
    assert_eq!(others(everything(&browser).await?), foreign);

    // "Delete my data" empties only this widget's namespace.
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    w.click("Delete my data").await?;
    w.click("Yes, delete everything").await?;
    w.wait_for_status("All your Fulcrum data on this device has been deleted.")
        .await?;
    assert_eq!(
        everything(&browser).await?,
        foreign,
        "only foreign keys are left"
    );

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn damaged_and_newer_stored_values_are_set_aside_byte_for_byte_and_offered() -> Result<()> {
    let ins = Instrument::built_in();
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let damaged_draft = "{\"format\": \"fulcrum.self-assessment\", \"version\": 1, \"payl";
    let newer_id = "9d3c1b7e-0000-4000-8000-000000000099";
    let mut newer: Value = serde_json::from_str(FIXTURE)?;
    newer["version"] = json!(99);
    newer["id"] = json!(newer_id);
    let newer = serde_json::to_string_pretty(&newer)?;
    let newer_key = format!("{ASSESSMENT_PREFIX}{newer_id}");
    let (take_key, take) = stored_take();
    seed(
        &browser,
        &harness,
        &[
            (DRAFT_KEY.to_owned(), damaged_draft.to_owned()),
            (newer_key.clone(), newer.clone()),
            (take_key.clone(), take.clone()),
        ],
    )
    .await?;

    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;
    let notice = browser
        .wait_for_text(
            &format!("{ROOT} .fc-notice"),
            "Some saved data could not be read, so Fulcrum set it aside unchanged",
        )
        .await?
        .text()
        .await?;
    assert!(
        notice.contains("Reason: The file is not valid JSON"),
        "the damaged draft's reason: {notice}"
    );
    assert!(
        notice.contains(
            "Reason: This file was made by a newer version of Fulcrum (self assessment version 99)"
        ),
        "the newer take's reason: {notice}"
    );
    // The readable take loads as usual.
    let past = w.texts(".fc-past li").await?;
    assert!(
        past.len() == 1 && past[0].starts_with(&format!("Results of {FIXTURE_DATE}")),
        "{past:?}"
    );
    w.button("Take the self-assessment again").await?;

    // Nothing lost: each value moved to a quarantine key unchanged, the take untouched.
    let stored = w.stored().await?;
    let quarantined = |suffix: &str| {
        stored
            .iter()
            .find(|(k, _)| {
                k.starts_with(&format!("{STORAGE_PREFIX}quarantine/")) && k.ends_with(suffix)
            })
            .map(|(k, v)| (k.clone(), v.clone()))
    };
    let (draft_aside, text) = quarantined("-draft").ok_or("the draft is set aside")?;
    assert_eq!(text, damaged_draft);
    let (newer_aside, text) =
        quarantined(&format!("-assessment_{newer_id}")).ok_or("the newer take is set aside")?;
    assert_eq!(text, newer);
    assert_eq!(stored.get(&take_key), Some(&take));
    assert_eq!(stored.len(), 3, "{:?}", stored.keys());

    // Each downloads as it was stored.
    for (n, original) in [damaged_draft, newer.as_str()].iter().enumerate() {
        let download = browser
            .execute(
                "return [...document.querySelectorAll(arguments[0])]
                    .filter(b => b.textContent.trim() === 'Download it')[arguments[1]];",
                vec![format!("{ROOT} .fc-notice li button").into(), json!(n)],
            )
            .await?
            .element()?;
        download.click().await?;
        let file = browser.wait_for_download().await?;
        assert_eq!(
            &std::fs::read_to_string(&file)?,
            original,
            "{}",
            file.display()
        );
    }
    let names: Vec<String> = [&draft_aside, &newer_aside]
        .iter()
        .map(|k| {
            format!(
                "fulcrum-set-aside-{}.json",
                k.trim_start_matches(STORAGE_PREFIX).replace('/', "-")
            )
        })
        .collect();
    w.wait_for_status(&format!("Downloaded {}.", names[1]))
        .await?;

    // A reload sets nothing aside again and still offers both.
    browser.refresh().await?;
    w.wait_for_heading(&ins.title).await?;
    browser
        .wait_until("both set-aside values offered after a reload", || async {
            Ok((w.texts(".fc-notice li").await?.len() == 2).then_some(()))
        })
        .await?;
    assert_eq!(w.stored().await?, stored);

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Tabs and windows
// ---------------------------------------------------------------------------------------------

/// Two windows of one browser (one profile, one localStorage) answer different statements,
/// each without waiting to see the other's, then the same statement: every answer survives,
/// each window shows the other's, and the later answer to the shared statement wins.
#[tokio::test(flavor = "multi_thread")]
async fn two_tabs_answering_different_and_the_same_statements_lose_nothing() -> Result<()> {
    let ins = Instrument::built_in();
    let ids = first_statements(&ins);
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::new(&browser);

    let tab_a = browser.window().await?;
    Widget::open(&browser, &harness.url("/")).await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    w.rate(&ids[0], 1).await?;
    wait_for_stored(&browser, &[(&ids[0], 1)]).await?;

    let tab_b = browser.new_window().await?;
    browser.switch_to_window(tab_b.clone()).await?;
    Widget::open(&browser, &harness.url("/")).await?;
    // It opens where the other tab is (the position is shared), with its answer.
    w.wait_for_practice(&ins, 0).await?;
    assert_eq!(w.checked(&ids[0]).await?, Some(1));

    // Different statements, in turns, as fast as the driver goes.
    w.rate(&ids[1], 2).await?;
    browser.switch_to_window(tab_a.clone()).await?;
    w.rate(&ids[2], 3).await?;
    browser.switch_to_window(tab_b.clone()).await?;
    w.rate(&ids[3], 4).await?;

    // The same statement: tab A first (saved), then tab B.
    browser.switch_to_window(tab_a.clone()).await?;
    w.rate(&ids[4], 1).await?;
    browser
        .wait_until("tab A's answer to be saved", || async {
            Ok((stored_ratings(&browser).await?.get(&ids[4]) == Some(&1)).then_some(()))
        })
        .await?;
    browser.switch_to_window(tab_b.clone()).await?;
    w.rate(&ids[4], 5).await?;

    let every = [
        (ids[0].as_str(), 1),
        (&ids[1], 2),
        (&ids[2], 3),
        (&ids[3], 4),
        (&ids[4], 5),
    ];
    wait_for_stored(&browser, &every).await?;
    // Each tab shows everything, the later answer to the shared statement included.
    for tab in [&tab_a, &tab_b] {
        browser.switch_to_window(tab.clone()).await?;
        for (id, v) in every {
            wait_for_checked(&w, id, v as u8).await?;
        }
        w.wait_for_progress("Step 1 of 8 · 5 of 40 statements answered")
            .await?;
    }
    // Nothing is written back and forth any more.
    let settled = everything(&browser).await?;
    browser.refresh().await?;
    w.wait_for_practice(&ins, 0).await?;
    for (id, v) in every {
        assert_eq!(w.checked(id).await?, Some(v as u8), "{id} after a reload");
    }
    assert_eq!(everything(&browser).await?, settled);

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// Counts the `fulcrum:completed` events the page hears, in `window.__completed`.
const COUNT_COMPLETED: &str = "(window.__completed = 0, document.addEventListener('fulcrum:completed', () => { window.__completed += 1; }), true)";

/// A take completed in one tab is announced to that tab's host page once; the other tab of the
/// same namespace merges the completed take (its take in progress ends, the take is listed)
/// without announcing it a second time.
#[tokio::test(flavor = "multi_thread")]
async fn a_take_completed_in_one_tab_is_announced_there_only() -> Result<()> {
    let ins = Instrument::built_in();
    let values = fulcrum_e2e::instrument::sample_answers();
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::new(&browser);

    let tab_a = browser.window().await?;
    Widget::open(&browser, &harness.url("/")).await?;
    browser.eval(COUNT_COMPLETED).await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;

    let tab_b = browser.new_window().await?;
    browser.switch_to_window(tab_b.clone()).await?;
    Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_practice(&ins, 0).await?;
    browser.eval(COUNT_COMPLETED).await?;

    browser.switch_to_window(tab_a).await?;
    w.finish_by_clicks(&ins, &values, 0).await?;
    browser.wait_for_js("window.__completed === 1").await?;

    browser.switch_to_window(tab_b).await?;
    // Tab B took the completion in: back on the welcome screen, the take listed.
    browser.wait_for(&format!("{ROOT} .fc-past li")).await?;
    assert_eq!(
        browser.eval("window.__completed").await?,
        json!(0),
        "the other tab announced the take again"
    );
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// The window is closed by the driver straight after the click on an answer (no wait at all,
/// well within 100 ms); reopened in a new window of the same browser, the answer is there.
#[tokio::test(flavor = "multi_thread")]
async fn a_window_closed_right_after_an_answer_keeps_it() -> Result<()> {
    let ins = Instrument::built_in();
    let ids = first_statements(&ins);
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    w.rate(&ids[0], 4).await?;
    w.wait_for_progress("Step 1 of 8 · 1 of 40 statements answered")
        .await?;

    let spare = browser.new_window().await?;
    w.comment_box().await?.send_keys("Closed at once").await?;
    w.rate(&ids[1], 2).await?;
    browser.close_window().await?;

    browser.switch_to_window(spare).await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_practice(&ins, 0).await?;
    w.wait_for_progress("Step 1 of 8 · 2 of 40 statements answered")
        .await?;
    assert_eq!(w.checked(&ids[0]).await?, Some(4));
    assert_eq!(w.checked(&ids[1]).await?, Some(2));
    let comment = w.comment_box().await?.prop("value").await?;
    assert_eq!(comment.as_deref(), Some("Closed at once"));

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Hostile files, links and codes
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn a_50_mb_file_is_refused_before_it_is_read_on_both_pages() -> Result<()> {
    let scratch = tempfile::tempdir()?;
    let big = big_file(scratch.path(), "huge-export.json", 50 * 1024 * 1024)?;
    let fixture = scratch.path().join("fulcrum-self-assessment.json");
    std::fs::write(&fixture, FIXTURE)?;
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    browser.on_new_document(COUNT_READS_JS).await?;
    seed(&browser, &harness, &[stored_take()]).await?;

    // The self-assessment.
    let w = Widget::open(&browser, &harness.url("/")).await?;
    let saved = everything(&browser).await?;
    w.import(&big).await?;
    let alert = w.wait_for_alert("huge-export.json was not opened.").await?;
    assert_eq!(
        alert,
        "huge-export.json was not opened. The file is 50.0 MB; Fulcrum files are at most \
         2 MB, so this is not one. Choose a file exported by Fulcrum. Nothing was changed."
    );
    assert_eq!(files_read(&browser).await?, 0, "the file was never read");
    assert_eq!(everything(&browser).await?, saved);
    // The counter counts: a real file is read once (and is already here).
    w.import(&fixture).await?;
    w.wait_for_message("is already here; nothing was changed.")
        .await?;
    assert_eq!(files_read(&browser).await?, 1);

    // Peer responses: a file chosen with others, and a pasted code, far over the limit.
    browser.goto(&harness.url("/feedback.html")).await?;
    w.click("Ask colleagues for feedback").await?;
    w.labelled(NAME_LABEL).await?.send_keys("Ada Quinn").await?;
    w.click("Create the request").await?;
    w.wait_for_heading("Feedback for Ada Quinn").await?;
    let saved = everything(&browser).await?;
    choose(&w, RESPONSE_FILES_LABEL, &big).await?;
    let row = browser
        .wait_for_text(
            &format!("{ROOT} table.fc-import-results tbody tr"),
            "huge-export.json",
        )
        .await?
        .text()
        .await?;
    assert!(row.contains("Rejected"), "{row}");
    assert!(
        row.contains(
            "huge-export.json was not read. The file is 50.0 MB; Fulcrum files are at most \
             2 MB, so this is not one. Choose a file exported by Fulcrum."
        ),
        "{row}"
    );
    w.wait_for_status("1 input(s) checked, 0 response(s) added.")
        .await?;
    assert_eq!(files_read(&browser).await?, 0, "the file was never read");

    // One line, as garbage comes: the text area lays it out in well under a second.
    let code = format!("FULCRUM-RESPONSE-1:{}", "A".repeat(3 * 1024 * 1024));
    let area = w.labelled(CODES_LABEL).await?;
    // Typing 3 MB key by key would take hours: set it as a paste would, with one input event.
    browser
        .execute(
            "arguments[0].value = arguments[1];
             arguments[0].dispatchEvent(new InputEvent('input', { bubbles: true }));",
            vec![area.to_json()?, json!(code)],
        )
        .await?;
    w.click("Add the pasted codes").await?;
    let row = browser
        .wait_for_text(
            &format!("{ROOT} table.fc-import-results tbody tr"),
            "Pasted code 1",
        )
        .await?
        .text()
        .await?;
    assert!(
        row.contains(
            "Rejected The pasted code is 3145728 characters long; a response code is at most \
             2796204. Paste only the code (it starts with FULCRUM-RESPONSE-1:), or ask for the \
             response file."
        ),
        "{row}"
    );
    assert_eq!(everything(&browser).await?, saved);

    // A request link flooded to 1 MB.
    browser.goto(&harness.url("/")).await?;
    let flooded = format!(
        "{}#fulcrum-request={}",
        harness.url("/feedback.html"),
        "A".repeat(1024 * 1024)
    );
    browser.goto(&flooded).await?;
    let alert = w
        .wait_for_alert("The feedback link could not be opened.")
        .await?;
    assert_eq!(
        alert,
        "The feedback link could not be opened. The link is 1048576 characters long; a \
         feedback request link is at most 65536. Ask for the link again, or for the request \
         file."
    );
    assert_eq!(everything(&browser).await?, saved);

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn nesting_10000_deep_is_refused_in_words_and_every_widget_keeps_working() -> Result<()> {
    let ins = Instrument::built_in();
    let scratch = tempfile::tempdir()?;
    let arrays = scratch.path().join("arrays.json");
    std::fs::write(
        &arrays,
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    )?;
    let objects = scratch.path().join("objects.json");
    std::fs::write(
        &objects,
        format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000)),
    )?;
    let fixture = scratch.path().join("fulcrum-self-assessment.json");
    std::fs::write(&fixture, FIXTURE)?;

    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    browser.on_new_document(SECOND_WIDGET_JS).await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    let second = "#second-widget";
    browser.wait_for(&format!("{second} h2.fc-heading")).await?;
    let saved = everything(&browser).await?;

    for file in [&arrays, &objects] {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        w.import(file).await?;
        let alert = w.wait_for_alert(&format!("{name} was not opened.")).await?;
        assert!(
            alert.contains("The file is nested too deeply (more than 127 levels of brackets, at line 1, column "),
            "{alert}"
        );
        assert!(alert.contains("so this is not one."), "{alert}");
        assert_eq!(everything(&browser).await?, saved);
    }

    // The page still works: this widget opens a good file…
    w.import(&fixture).await?;
    w.wait_for_heading("Your results").await?;
    // …and the other widget on the page answers and saves.
    browser
        .execute(
            "[...document.querySelectorAll(arguments[0])]
                .find(b => b.textContent.trim() === 'Start the self-assessment').click();",
            vec![format!("{second} button").into()],
        )
        .await?;
    let radio = browser
        .wait_for(&format!(
            "{second} input[type=radio][name$=\"-{}\"][value=\"3\"]",
            ins.practices[0].statements[0].id
        ))
        .await?;
    radio.click().await?;
    browser
        .wait_for_text(
            &format!("{second} .fc-progress-text"),
            "1 of 40 statements answered",
        )
        .await?;
    let other = browser.local_storage("fulcrum/second/").await?;
    assert!(other.contains_key("fulcrum/second/draft"), "{other:?}");

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_names_a_key_twice_is_refused_naming_the_key_and_where() -> Result<()> {
    let scratch = tempfile::tempdir()?;
    // "format" twice: the second copy last in the document.
    let end = FIXTURE.rfind('}').ok_or("the fixture is an object")?;
    let twice = format!(
        "{},\n  \"format\": \"fulcrum.self-assessment\"\n}}\n",
        FIXTURE[..end].trim_end()
    );
    let format_line = twice.lines().count() - 1;
    let format_twice = scratch.path().join("format-twice.json");
    std::fs::write(&format_twice, &twice)?;
    // A statement answered twice with the same value: the digest still matches.
    let first = "\"delegating-1\": 1,";
    assert!(FIXTURE.contains(first));
    let answer_twice = scratch.path().join("answer-twice.json");
    std::fs::write(
        &answer_twice,
        FIXTURE.replacen(first, &format!("{first}\n      {first}"), 1),
    )?;

    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    let saved = everything(&browser).await?;
    for (file, wanted) in [
        (
            &format_twice,
            format!("format-twice.json was not opened. The file names \"format\" twice at the top level (at line {format_line}, column 10)"),
        ),
        (
            &answer_twice,
            "answer-twice.json was not opened. The file names \"delegating-1\" twice in payload.answers (at line 14, column 20)".to_owned(),
        ),
    ] {
        w.import(file).await?;
        let alert = w.wait_for_alert(&wanted).await?;
        assert!(
            alert.ends_with(
                "a Fulcrum file names each field once, so this one was changed after it was \
                 exported. Ask for a fresh export."
            ),
            "{alert}"
        );
        assert_eq!(everything(&browser).await?, saved);
    }

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
