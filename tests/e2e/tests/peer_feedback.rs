//! Peer feedback (360) as its users walk it, in separate browser profiles: the subject asks
//! for feedback, three colleagues answer through the UI (two from the link, one from the
//! request file), and the subject adds their responses — files at once, a duplicate, a damaged
//! copy and a pasted code — and reads the report under the anonymity rules (k = 3).
//! Also: a cut link shows an error and the page still works, and a colleague's answers in
//! progress survive a reload and a new browser.
//!
//! The subject's own ratings come from `tests/fixtures/self-assessment-v1.json`: statement j
//! (1–5) of every practice is rated j, so every practice scores 3.0. The colleagues' answers
//! (see [`raters`]) are chosen so that every figure checked below can be worked out by hand.

use std::path::{Path, PathBuf};

use fulcrum_e2e::feedback::{
    FIXTURE, MESSAGE, NAME_LABEL, REQUEST_PREFIX, RESPONSE_FILES_LABEL, SUBJECT,
};
use fulcrum_e2e::instrument::{canonical_sha256, Instrument};
use fulcrum_e2e::thirtyfour::By;
use fulcrum_e2e::widget::{next_label, Widget, ROOT, STORAGE_PREFIX};
use fulcrum_e2e::{Browser, Harness, Profile, Result};
use serde_json::{json, Value};

const PEER_PREFIX: &str = "fulcrum/default/peer/";
const RESPONSE_PREFIX: &str = "fulcrum/default/response/";

const REQUEST_FILE_LABEL: &str = "Were you sent a feedback request file? Open it here";
const RATER_NAME_LABEL: &str = "Your name (optional — leave empty to stay anonymous)";
const CODES_LABEL: &str =
    "Or paste response codes (one or more, each starting with FULCRUM-RESPONSE-)";

/// One colleague: how they work with the subject, whether they give their name, their
/// answers (`values[i][j]` for statement j of practice i; 0 is "Not observed") and one
/// comment.
struct Rater {
    /// Radio value of the group ("peer", "direct_report").
    group: &'static str,
    /// How the report and the response name the group.
    group_label: &'static str,
    name: Option<&'static str>,
    values: Vec<Vec<u8>>,
    /// (practice index, text)
    comment: (usize, &'static str),
}

/// The practice where every rater comments (Inclusion, trust and innovation).
const COMMENTED: usize = 3;
const COMMENT_B: &str = "Lets the team try new tools, even ones that might fail.";
const COMMENT_C: &str = "Asks the quietest people in a meeting what they think.";
const COMMENT_D: &str = "Makes it safe to admit a mistake.";

/// B and C are peers, D reports to the subject: no group reaches k = 3 on its own, together
/// they make "Others (combined)" with 3 responses.
///
/// Everyone rates statement j of a practice j (as the subject does: gap 0) except:
/// - Continuous learning: C has not observed learning-1 (2 ratings there: withheld);
///   practice means B 3.0, C 3.5, D 3.0 → 3.17 → "3.2", gap 3.0 − 3.17 → "−0.2" (a true minus sign).
/// - Delegating: 4th and 5th statements lower. delegating-4: 2, 2, 3 → 2.33, gap +1.67;
///   delegating-5: 2, 3, 2 → 2.33, gap +2.67 (both blind spots). Practice means 2.0, 2.2, 2.2
///   → 2.13 → "2.1", gap +0.87 → "+0.9".
/// - SMART goals: goals-3 rated 1, 5, 3 → mean 3.0, SD 1.63: low consensus.
///   Practice means 2.6, 3.4, 3.0 → 3.0, SD 0.33.
/// - People skills: people-1: 4, 3, 3 → 3.33, gap −2.33; people-2: 4, 4, 4 → gap −2.0 (both
///   hidden strengths). Practice means 4.0, 3.8, 3.8 → 3.87 → "3.9", gap −0.87 → "−0.9".
/// - Self-reflection: B has observed none of it, so 2 raters there: everything withheld.
/// - Seeking guidance: D has not observed guidance-5 (withheld); practice means 3.0, 3.0,
///   2.5 → 2.83 → "2.8", gap +0.17 → "+0.2".
fn raters() -> [Rater; 3] {
    let base = || vec![vec![1, 2, 3, 4, 5]; 8];
    let mut b = base();
    b[2] = vec![1, 2, 3, 2, 2];
    b[4][2] = 1;
    b[5] = vec![4, 4, 3, 4, 5];
    b[6] = vec![0; 5];
    let mut c = base();
    c[0][0] = 0;
    c[2] = vec![1, 2, 3, 2, 3];
    c[4][2] = 5;
    c[5] = vec![3, 4, 3, 4, 5];
    let mut d = base();
    d[2] = vec![1, 2, 3, 3, 2];
    d[5] = vec![3, 4, 3, 4, 5];
    d[7][4] = 0;
    [
        Rater {
            group: "peer",
            group_label: "Peers",
            name: Some("Bea Rater"),
            values: b,
            comment: (COMMENTED, COMMENT_B),
        },
        Rater {
            group: "peer",
            group_label: "Peers",
            name: None,
            values: c,
            comment: (COMMENTED, COMMENT_C),
        },
        Rater {
            group: "direct_report",
            group_label: "Direct reports",
            name: None,
            values: d,
            comment: (COMMENTED, COMMENT_D),
        },
    ]
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The third-person wording of a statement (what a colleague reads).
fn peer_text(ins: &Instrument, statement_id: &str) -> String {
    ins.document["practices"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|p| p["statements"].as_array().into_iter().flatten())
        .find(|s| s["id"] == statement_id)
        .and_then(|s| s["peer"].as_str())
        .unwrap_or_else(|| panic!("no peer wording for {statement_id}"))
        .to_owned()
}

/// The first-person wording of a statement (what the report shows).
fn self_text(ins: &Instrument, statement_id: &str) -> String {
    ins.statements()
        .find(|(_, s)| s.id == statement_id)
        .map(|(_, s)| s.self_text.clone())
        .unwrap_or_else(|| panic!("no statement {statement_id}"))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn read_json(path: &Path) -> Result<Value> {
    Ok(serde_json::from_str(&std::fs::read_to_string(path)?)?)
}

fn write_json(dir: &Path, name: &str, doc: &Value) -> Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(doc)? + "\n")?;
    Ok(path)
}

/// The document inside a response code (`FULCRUM-RESPONSE-1:<base64url>`).
fn code_document(code: &str) -> Result<Value> {
    let encoded = code
        .strip_prefix("FULCRUM-RESPONSE-1:")
        .ok_or_else(|| format!("not a response code: {code:.40}…"))?;
    let bytes = base64url_decode(encoded).ok_or("the response code is not base64url")?;
    Ok(serde_json::from_slice(&bytes)?)
}

/// base64url without padding (RFC 4648 §5), the alphabet response codes use.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        acc = (acc << 6) | u32::from(value(c)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Text of every cell (th and td) of each body row of the tables matching `css`, whitespace
/// collapsed; a figure that is not shown ("—" plus "not shown" for screen readers) reads "—".
async fn table_rows(browser: &Browser, css: &str) -> Result<Vec<Vec<String>>> {
    let value = browser
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(r =>
                [...r.children].map(c => c.textContent.replace(/\\s+/g, ' ').trim()));",
            vec![format!("{ROOT} {css} tbody tr").into()],
        )
        .await?;
    Ok(value
        .json()
        .as_array()
        .into_iter()
        .flatten()
        .map(|row| {
            row.as_array()
                .into_iter()
                .flatten()
                .map(|c| c.as_str().unwrap_or_default().replace("—not shown", "—"))
                .collect()
        })
        .collect())
}

/// The body row of the tables matching `css` whose first cell is exactly `first`.
async fn row_of(browser: &Browser, css: &str, first: &str) -> Result<Vec<String>> {
    table_rows(browser, css)
        .await?
        .into_iter()
        .find(|r| r.first().map(String::as_str) == Some(first))
        .ok_or_else(|| format!("no row {first:?} in `{css}`").into())
}

/// "a | b | c" → ["a", "b", "c"]: a table row as the tests write it.
fn cells(row: &str) -> Vec<String> {
    row.split(" | ").map(str::to_owned).collect()
}

/// The textContent of the whole widget, whitespace collapsed.
async fn widget_text(browser: &Browser, css: &str) -> Result<String> {
    let value = browser
        .execute(
            "const e = document.querySelector(arguments[0]);
             return e ? e.textContent.replace(/\\s+/g, ' ') : null;",
            vec![format!("{ROOT} {css}").into()],
        )
        .await?;
    value
        .json()
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("nothing matches `{css}`").into())
}

/// The value property of the element matching `css`.
async fn value_of(browser: &Browser, css: &str) -> Result<String> {
    let element = browser.wait_for(&format!("{ROOT} {css}")).await?;
    Ok(element.prop("value").await?.unwrap_or_default())
}

/// Waits until the import result table reads `rows` (file or code, result); returns the
/// rows with their "Why".
async fn wait_for_import_results(
    browser: &Browser,
    rows: &[(&str, &str)],
) -> Result<Vec<Vec<String>>> {
    let last = std::sync::Mutex::new(Vec::new());
    let found = browser
        .wait_until(&format!("import results {rows:?}"), || async {
            let now = table_rows(browser, "table.fc-import-results").await?;
            let hit = now.len() == rows.len()
                && now.iter().zip(rows).all(|(r, (source, outcome))| {
                    r.len() == 3 && r[0] == *source && r[1] == *outcome
                });
            *last.lock().expect("last rows") = now.clone();
            Ok(hit.then_some(now))
        })
        .await;
    found.map_err(|e| format!("{e}; the table read {:?}", last.lock().expect("last rows")).into())
}

/// The radio for `value` of a statement on a colleague's practice step (0 is "Not observed").
async fn peer_radio(w: &Widget<'_>, statement_id: &str, value: u8) -> Result<()> {
    w.browser()
        .wait_for(&radio_css(statement_id, value))
        .await?
        .click()
        .await?;
    Ok(())
}

/// The selector of the radio for `value` of a statement (0 is "Not observed").
fn radio_css(statement_id: &str, value: u8) -> String {
    let value = if value == 0 {
        "not_observed".to_owned()
    } else {
        value.to_string()
    };
    format!("{ROOT} fieldset input[type=radio][name$=\"-{statement_id}\"][value=\"{value}\"]")
}

/// The checked value of a statement's radios ("3", "not_observed"), if any.
async fn peer_checked(w: &Widget<'_>, statement_id: &str) -> Result<Option<String>> {
    let value = w
        .browser()
        .eval(&format!(
            "(document.querySelector('{ROOT} input[type=radio][name$=\"-{statement_id}\"]:checked') || {{}}).value || null"
        ))
        .await?;
    Ok(value.as_str().map(str::to_owned))
}

/// Waits for a colleague's practice step `index` (0-based).
async fn wait_for_peer_practice(w: &Widget<'_>, ins: &Instrument, index: usize) -> Result<()> {
    let kicker = format!(
        "Feedback for {SUBJECT} · practice {} of {}",
        index + 1,
        ins.practices.len()
    );
    let title = &ins.practices[index].title;
    w.browser()
        .wait_until(&format!("the heading {kicker} {title}"), || async {
            let text = w.heading().await.unwrap_or_default();
            Ok((text.contains(&kicker) && text.contains(title.as_str())).then_some(()))
        })
        .await
}

/// On the colleague's first screen: checks it, chooses the group, gives the name if any, and
/// answers every practice; ends on "Your feedback for … is ready".
async fn give_feedback(w: &Widget<'_>, ins: &Instrument, rater: &Rater) -> Result<()> {
    w.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    // What it asks, what the response will contain, and the groups the request asks.
    assert_eq!(w.texts(".fc-peer-intro .fc-message").await?, [MESSAGE]);
    let privacy = w.texts(".fc-peer-intro .fc-privacy").await?.join(" ");
    assert!(
        privacy.contains("not your name, unless you type it below"),
        "{privacy}"
    );
    let groups = w.texts(".fc-groups .fc-option-label").await?;
    assert_eq!(
        groups,
        [
            format!("I am {SUBJECT}'s manager"),
            format!("I am {SUBJECT}'s peer"),
            format!("I report to {SUBJECT}"),
            format!("I work with {SUBJECT} in another way"),
        ]
    );
    w.browser()
        .wait_for(&format!(
            "{ROOT} input[type=radio][name$=\"-group\"][value=\"{}\"]",
            rater.group
        ))
        .await?
        .click()
        .await?;
    if let Some(name) = rater.name {
        w.labelled(RATER_NAME_LABEL).await?.send_keys(name).await?;
    }
    w.click("Start").await?;

    let total = ins.statement_count();
    let mut answered = 0;
    for (i, practice) in ins.practices.iter().enumerate() {
        wait_for_peer_practice(w, ins, i).await?;
        if i == 0 {
            // The colleague's wording, numbered, each with "Not observed" as a sixth choice.
            let legends = w.texts("fieldset.fc-statement > legend").await?;
            let wanted: Vec<String> = practice
                .statements
                .iter()
                .enumerate()
                .map(|(j, s)| format!("{}. {}", j + 1, peer_text(ins, &s.id)))
                .collect();
            assert_eq!(legends, wanted);
            assert!(wanted.iter().all(|l| l.contains("They ")), "{wanted:?}");
            let radios = w
                .texts("fieldset.fc-statement:first-of-type input[type=radio]")
                .await?;
            assert_eq!(radios.len(), 6, "five points and Not observed");
        }
        // The practice's radios, found at once, then clicked one by one.
        let radios: Vec<String> = practice
            .statements
            .iter()
            .zip(&rater.values[i])
            .map(|(s, v)| radio_css(&s.id, *v))
            .collect();
        let radios = w
            .browser()
            .execute(
                "return arguments[0].map(css => document.querySelector(css));",
                vec![json!(radios)],
            )
            .await?
            .elements()?;
        for radio in radios {
            radio.click().await?;
        }
        answered += practice.statements.len();
        if rater.comment.0 == i {
            w.browser()
                .wait_for(&format!("{ROOT} .fc-comment textarea"))
                .await?
                .send_keys(rater.comment.1)
                .await?;
        }
        w.wait_for_progress(&format!(
            "Step {} of {} · {answered} of {total} statements answered",
            i + 1,
            ins.practices.len()
        ))
        .await?;
        w.click(&next_label(ins, i)).await?;
    }
    w.wait_for_heading(&format!("Review your feedback for {SUBJECT}"))
        .await?;
    let lead = w.texts(".fc-review .fc-lead").await?.join(" ");
    assert!(lead.contains("Every statement has an answer"), "{lead}");
    w.click("Create my response").await?;
    w.wait_for_heading(&format!("Your feedback for {SUBJECT} is ready"))
        .await?;
    let contents = w.texts(".fc-peer-done > p:not(.fc-lead)").await?.join(" ");
    // What the response holds: the group, and the name only if given.
    let named = match rater.name {
        Some(n) => format!("and your name ({n})"),
        None => "but not your name".to_owned(),
    };
    assert!(
        contents.contains(&format!("({})", rater.group_label)) && contents.contains(&named),
        "{contents}"
    );
    Ok(())
}

/// Checks a response document against what the rater gave; returns its response id.
fn check_response(doc: &Value, ins: &Instrument, rater: &Rater, request_id: &str) -> String {
    assert_eq!(doc["format"], "fulcrum.peer-response");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["instrument"]["sha256"], ins.sha256());
    let payload = &doc["payload"];
    assert_eq!(payload["request_id"], request_id);
    assert_eq!(payload["group"], rater.group);
    let answers: serde_json::Map<String, Value> = ins
        .practices
        .iter()
        .zip(&rater.values)
        .flat_map(|(p, row)| p.statements.iter().zip(row))
        .map(|(s, v)| {
            let v = if *v == 0 {
                json!("not_observed")
            } else {
                json!(v)
            };
            (s.id.clone(), v)
        })
        .collect();
    assert_eq!(payload["answers"], Value::Object(answers));
    assert_eq!(
        payload["comments"],
        json!({ ins.practices[rater.comment.0].id.clone(): rater.comment.1 })
    );
    match rater.name {
        Some(name) => assert_eq!(payload["rater_name"], name),
        None => assert!(
            payload.get("rater_name").is_none(),
            "an anonymous response carries no name: {payload}"
        ),
    }
    assert_eq!(doc["digest"], canonical_sha256(payload));
    doc["id"].as_str().unwrap_or_default().to_owned()
}

/// The rater's stored data: only their answers for this request, nothing of a
/// self-assessment of their own.
async fn check_rater_storage(browser: &Browser, request_id: &str) -> Result<()> {
    let stored = browser.local_storage(STORAGE_PREFIX).await?;
    let key = format!("{PEER_PREFIX}{request_id}");
    assert!(stored.contains_key(&key), "{key} in {:?}", stored.keys());
    assert!(
        stored
            .keys()
            .all(|k| !k.starts_with("fulcrum/default/assessment/") && k != "fulcrum/default/draft"),
        "feedback for a colleague is kept apart from one's own self-assessment: {:?}",
        stored.keys()
    );
    Ok(())
}

/// The subject creates a request on feedback.html (already open on its home screen); returns
/// the link.
async fn create_request(w: &Widget<'_>) -> Result<String> {
    w.click("Ask colleagues for feedback").await?;
    w.wait_for_heading("Ask colleagues for feedback").await?;
    w.labelled(NAME_LABEL).await?.send_keys(SUBJECT).await?;
    w.click("Create the request").await?;
    w.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    let link = value_of(w.browser(), "input.fc-code").await?;
    Ok(link)
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

/// The subject (in `subject`, a fresh profile): own ratings first, imported from a file on
/// the self-assessment page, then a request on the feedback page, refused without a name and
/// created with one. Returns the link, the downloaded request file and the request id.
async fn ask_for_feedback(
    harness: &Harness,
    subject: &Browser,
    ins: &Instrument,
) -> Result<(String, PathBuf, String)> {
    let a = Widget::open(subject, &harness.url("/")).await?;
    a.import(&Path::new(FIXTURE).canonicalize()?).await?;
    a.wait_for_heading("Your results").await?;
    a.click("Back to the start").await?;
    a.wait_for_heading(&ins.title).await?;
    subject
        .find(By::LinkText("Peer feedback and 360 report"))
        .await?
        .click()
        .await?;
    a.wait_for_heading("Feedback from colleagues").await?;
    assert_eq!(
        subject.current_url().await?.as_str(),
        harness.url("/feedback.html")
    );
    a.click("Ask colleagues for feedback").await?;
    a.wait_for_heading("Ask colleagues for feedback").await?;
    // Every group is asked unless unticked.
    let boxes = subject
        .find_all(By::Css(format!(
            "{ROOT} .fc-request-form fieldset input[type=checkbox]"
        )))
        .await?;
    assert_eq!(boxes.len(), 4);
    for b in &boxes {
        assert!(b.is_selected().await?, "every group is ticked at first");
    }
    assert_eq!(
        a.texts(".fc-request-form fieldset .fc-option-label")
            .await?,
        ["Manager", "Peers", "Direct reports", "Others"]
    );

    // Without a name: the problem is named next to the field, and nothing is created.
    a.click("Create the request").await?;
    let error = subject
        .wait_for_text(
            &format!("{ROOT} .fc-request-form .fc-field-error"),
            "Enter your name as the people you ask will know you.",
        )
        .await?;
    let error_id = error.attr("id").await?.unwrap_or_default();
    let name_input = a.labelled(NAME_LABEL).await?;
    assert_eq!(
        name_input.attr("aria-invalid").await?.as_deref(),
        Some("true")
    );
    assert_eq!(name_input.attr("aria-describedby").await?, Some(error_id));
    assert_eq!(
        a.texts(".fc-request-form [role=alert]").await?,
        ["Please fix 1 thing(s) below."]
    );
    a.wait_for_heading("Ask colleagues for feedback").await?;
    assert!(subject.local_storage(REQUEST_PREFIX).await?.is_empty());

    name_input.send_keys(SUBJECT).await?;
    a.labelled("A message to them (optional)")
        .await?
        .send_keys(MESSAGE)
        .await?;
    a.click("Create the request").await?;
    a.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    let asking = a.texts(".fc-request-hub > .fc-muted").await?.join(" ");
    assert!(
        asking.contains("asking: Manager, Peers, Direct reports, Others."),
        "{asking}"
    );
    // The subject's own ratings are there, so no notice asks for them.
    assert!(a.texts(".fc-request-hub > .fc-notice").await?.is_empty());
    assert_eq!(a.texts(".fc-feedback-empty h3").await?, ["No feedback yet"]);

    let link = value_of(subject, "input.fc-code").await?;
    let link_base = harness.url("/feedback.html#fulcrum-request=");
    assert!(link.starts_with(&link_base), "{link}");
    a.click("Download the request file").await?;
    let request_file = subject.wait_for_download().await?;
    assert_eq!(
        file_name(&request_file),
        "fulcrum-feedback-request-ada-quinn.json"
    );
    a.wait_for_status("Downloaded fulcrum-feedback-request-ada-quinn.json.")
        .await?;
    let request = read_json(&request_file)?;
    assert_eq!(request["format"], "fulcrum.feedback-request");
    assert_eq!(request["payload"]["subject_name"], SUBJECT);
    assert_eq!(request["payload"]["message"], MESSAGE);
    assert_eq!(
        request["payload"]["groups"],
        json!(["manager", "peer", "direct_report", "other"])
    );
    assert_eq!(request["digest"], canonical_sha256(&request["payload"]));
    let request_id = request["id"].as_str().unwrap_or_default().to_owned();
    assert!(subject
        .local_storage(REQUEST_PREFIX)
        .await?
        .contains_key(&format!("{REQUEST_PREFIX}{request_id}")));
    Ok((link, request_file, request_id))
}

#[tokio::test(flavor = "multi_thread")]
async fn three_colleagues_answer_and_the_subject_imports_and_reads_the_360_report() -> Result<()> {
    let ins = Instrument::built_in();
    let raters = raters();
    let scratch = tempfile::tempdir()?;
    let harness = Harness::start()?;
    let origin = harness.origin();
    let subject = harness.browser().start().await?;
    // The colleagues' browsers start while the subject asks for feedback.
    let ((link, request_file, request_id), (b, c, d)) =
        tokio::try_join!(ask_for_feedback(&harness, &subject, &ins), async {
            tokio::try_join!(
                harness.browser().start(),
                harness.browser().start(),
                harness.browser().start(),
            )
        })?;
    let a = Widget::new(&subject);

    // ---- Three colleagues, each in a profile of their own, at the same time ----
    // B and C open the link; D opens the request file on the feedback page.
    let (wb, wc, wd) = (Widget::new(&b), Widget::new(&c), Widget::new(&d));
    let open_file = async {
        Widget::open(&d, &harness.url("/feedback.html")).await?;
        wd.wait_for_heading("Feedback from colleagues").await?;
        wd.labelled(REQUEST_FILE_LABEL)
            .await?
            .send_keys(request_file.to_str().ok_or("path is not UTF-8")?)
            .await?;
        give_feedback(&wd, &ins, &raters[2]).await
    };
    tokio::try_join!(
        async {
            Widget::open(&b, &link).await?;
            give_feedback(&wb, &ins, &raters[0]).await
        },
        async {
            Widget::open(&c, &link).await?;
            give_feedback(&wc, &ins, &raters[1]).await
        },
        open_file,
    )?;

    // B and D download their response files; C copies the code.
    wb.click("Download the response file").await?;
    wd.click("Download the response file").await?;
    let b_file = b.wait_for_download().await?;
    let d_file = d.wait_for_download().await?;
    let c_code = value_of(&c, "textarea.fc-code").await?;
    assert!(c_code.starts_with("FULCRUM-RESPONSE-1:"), "{c_code:.40}");
    let b_doc = read_json(&b_file)?;
    let d_doc = read_json(&d_file)?;
    let c_doc = code_document(&c_code)?;
    let b_id = check_response(&b_doc, &ins, &raters[0], &request_id);
    let c_id = check_response(&c_doc, &ins, &raters[1], &request_id);
    let d_id = check_response(&d_doc, &ins, &raters[2], &request_id);
    for (file, id) in [(&b_file, &b_id), (&d_file, &d_id)] {
        assert_eq!(
            file_name(file),
            format!("fulcrum-feedback-response-{}.json", &id[..8]),
            "the file name carries the response number, not the rater's name"
        );
    }
    wb.wait_for_status(&format!("Downloaded {}.", file_name(&b_file)))
        .await?;
    for browser in [&b, &c, &d] {
        check_rater_storage(browser, &request_id).await?;
    }

    // ---- The subject adds the responses ----
    // One choice of four files: B's and D's, a copy of D's with a rating edited after export
    // (digest not fixed), and B's again under another name.
    let mut damaged = d_doc.clone();
    damaged["payload"]["answers"]["learning-2"] = json!(5);
    let damaged = write_json(
        scratch.path(),
        &format!("damaged-{}", file_name(&d_file)),
        &damaged,
    )?;
    let resent = scratch
        .path()
        .join(format!("resent-{}", file_name(&b_file)));
    std::fs::copy(&b_file, &resent)?;
    let chosen: Vec<&str> = [&b_file, &d_file, &damaged, &resent]
        .iter()
        .map(|p| p.to_str().ok_or("path is not UTF-8"))
        .collect::<Result<_, _>>()?;
    a.labelled(RESPONSE_FILES_LABEL)
        .await?
        .send_keys(chosen.join("\n"))
        .await?;
    // One row per file, by name: the bad file blocks nothing, the copy changes nothing.
    let mut wanted = [
        (file_name(&damaged), "Rejected"),
        (file_name(&b_file), "Added"),
        (file_name(&d_file), "Added"),
        (file_name(&resent), "Already imported"),
    ];
    wanted[1..3].sort();
    let wanted: Vec<(&str, &str)> = wanted.iter().map(|(f, r)| (f.as_str(), *r)).collect();
    let rows = wait_for_import_results(&subject, &wanted).await?;
    assert!(
        rows[0][2].contains("SHA-256 digest") && rows[0][2].contains("Nothing was changed"),
        "{:?}",
        rows[0]
    );
    for row in &rows[1..3] {
        let group = if row[0] == file_name(&b_file) {
            "Peers"
        } else {
            "Direct reports"
        };
        assert_eq!(row[2], format!("A response from the group {group}."));
    }
    assert_eq!(
        rows[3][2],
        "This response is already here; nothing was changed."
    );
    a.wait_for_status("4 input(s) checked, 2 response(s) added.")
        .await?;
    subject
        .wait_for_text(&format!("{ROOT} .fc-request-hub h3"), "Responses (2)")
        .await?;

    // Two responses (a peer, a direct report): fewer than 3 even together, so counts only.
    check_counts_only(&a, 2).await?;

    // C's code, pasted as an email client might wrap it, and below it a copy cut short.
    let wrapped: Vec<String> = c_code
        .as_bytes()
        .chunks(76)
        .map(|l| String::from_utf8_lossy(l).into_owned())
        .collect();
    let pasted = format!("{}\n\n{}", wrapped.join("\n"), &c_code[..300]);
    a.labelled(CODES_LABEL).await?.send_keys(pasted).await?;
    a.click("Add the pasted codes").await?;
    let rows = wait_for_import_results(
        &subject,
        &[("Pasted code 1", "Added"), ("Pasted code 2", "Rejected")],
    )
    .await?;
    assert_eq!(rows[0][2], "A response from the group Peers.");
    assert!(rows[1][2].contains("incomplete"), "{:?}", rows[1]);
    a.wait_for_status("2 input(s) checked, 1 response(s) added.")
        .await?;
    let pasted = a.labelled(CODES_LABEL).await?.prop("value").await?;
    assert_eq!(pasted.as_deref(), Some(""), "the box is emptied");
    subject
        .wait_for_text(&format!("{ROOT} .fc-request-hub h3"), "Responses (3)")
        .await?;

    // The responses kept: group, response number, and the name only where one was given.
    let mut listed = a.texts("ul.fc-responses > li").await?;
    listed.sort();
    let item = |group: &str, id: &str, who: &str| {
        format!(
            "{group} · response {} · {who} Remove response {}",
            &id[..8],
            &id[..8]
        )
    };
    let mut wanted = vec![
        item("Peers", &b_id, "from Bea Rater"),
        item("Peers", &c_id, "anonymous"),
        item("Direct reports", &d_id, "anonymous"),
    ];
    wanted.sort();
    assert_eq!(listed, wanted);
    let stored = subject.local_storage(RESPONSE_PREFIX).await?;
    let mut keys: Vec<&String> = stored.keys().collect();
    keys.sort();
    let mut wanted: Vec<String> = [&b_id, &c_id, &d_id]
        .iter()
        .map(|id| format!("{RESPONSE_PREFIX}{request_id}/{id}"))
        .collect();
    wanted.sort();
    assert_eq!(keys, wanted.iter().collect::<Vec<_>>());

    check_full_report(&subject, &a, &ins).await?;

    // ---- A conflicting copy (same response number, other answers, valid digest) ----
    let mut changed = d_doc.clone();
    changed["payload"]["answers"]["learning-3"] = json!(1);
    changed["digest"] = json!(canonical_sha256(&changed["payload"]));
    let changed = write_json(
        scratch.path(),
        &format!("changed-{}", file_name(&d_file)),
        &changed,
    )?;
    a.labelled(RESPONSE_FILES_LABEL)
        .await?
        .send_keys(changed.to_str().ok_or("path is not UTF-8")?)
        .await?;
    let rows = wait_for_import_results(&subject, &[(&file_name(&changed), "Conflict")]).await?;
    assert!(rows[0][2].contains("Both are kept"), "{:?}", rows[0]);
    let conflicted = a
        .texts("ul.fc-responses > li .fc-conflict")
        .await?
        .join(" ");
    assert!(
        conflicted.contains("Another copy with different answers is waiting."),
        "{conflicted}"
    );
    // Until the subject chooses, D's response is left out: 2 peers, counts only.
    subject
        .wait_for_text(
            &format!("{ROOT} .fc-feedback > .fc-lead"),
            "from 2 colleagues",
        )
        .await?;
    assert!(a.texts("table.fc-fb-practices").await?.is_empty());
    a.click("Keep this one").await?;
    subject
        .wait_for_absent(&format!("{ROOT} .fc-conflict"))
        .await?;
    check_full_report(&subject, &a, &ins).await?;

    // ---- The report persists: reload, reopen the request from the list ----
    subject.refresh().await?;
    a.wait_for_heading("Feedback from colleagues").await?;
    a.button_starting("Request of ").await?.click().await?;
    a.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    subject
        .wait_for_text(&format!("{ROOT} .fc-request-hub h3"), "Responses (3)")
        .await?;
    check_full_report(&subject, &a, &ins).await?;

    // ---- Removing C's response: the pool falls to 2, only counts are shown ----
    a.click(&format!("Remove response {}", &c_id[..8])).await?;
    a.wait_for_status("The response was removed.").await?;
    subject
        .wait_for_text(&format!("{ROOT} .fc-request-hub h3"), "Responses (2)")
        .await?;
    check_counts_only(&a, 2).await?;
    assert!(!subject
        .local_storage(RESPONSE_PREFIX)
        .await?
        .contains_key(&format!("{RESPONSE_PREFIX}{request_id}/{c_id}")));

    for browser in [&subject, &b, &c, &d] {
        browser.assert_same_origin(&origin).await?;
    }
    for browser in [subject, b, c, d] {
        browser.quit().await?;
    }
    Ok(())
}

/// The report with B, C and D counted.
async fn check_full_report(browser: &Browser, a: &Widget<'_>, ins: &Instrument) -> Result<()> {
    browser
        .wait_for_text(
            &format!("{ROOT} .fc-feedback > .fc-lead"),
            "from 3 colleagues",
        )
        .await?;
    let lead = a.texts(".fc-feedback > .fc-lead").await?.join(" ");
    assert!(
        lead.contains(&format!("Feedback about {SUBJECT} from 3 colleagues")),
        "{lead}"
    );
    let folded = "Folded into “Others (combined)”";
    check_groups(
        browser,
        [
            ("Manager", "0", "No responses"),
            ("Peers", "2", folded),
            ("Direct reports", "1", folded),
            ("Other raters", "0", "No responses"),
        ],
    )
    .await?;
    let folded = a.texts(".fc-folded").await?.join(" ");
    assert!(
        folded.starts_with("Peers and direct reports")
            && folded.contains("“Others (combined)”, 3 responses in all."),
        "{folded}"
    );
    assert!(a.texts(".fc-withheld").await?.is_empty());

    // No group on its own: only the combined column, with 3 responses.
    let header = browser
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(c => c.textContent.replace(/\\s+/g, ' ').trim());",
            vec![format!("{ROOT} table.fc-fb-practices thead th").into()],
        )
        .await?;
    assert_eq!(
        header.json(),
        &json!([
            "Practice",
            "You",
            "Others",
            "Others (combined) 3 responses",
            "Spread",
            "Gap"
        ])
    );
    let statement_header = browser
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(c => c.textContent.replace(/\\s+/g, ' ').trim());",
            vec![format!("{ROOT} table.fc-fb-statements thead th").into()],
        )
        .await?;
    let statement_header = statement_header.json().to_string();
    assert!(
        !statement_header.contains("Peers") && !statement_header.contains("Direct reports"),
        "{statement_header}"
    );

    // Per practice: you, others, combined, spread, gap.
    let practices = table_rows(browser, "table.fc-fb-practices").await?;
    let wanted: Vec<Vec<String>> = [
        "1. Continuous learning | 3.0 | 3.2 | 3.2 | 3.0–3.5 SD 0.2 | \u{2212}0.2",
        "2. Taking part in technical discussions | 3.0 | 3.0 | 3.0 | 3.0–3.0 SD 0.0 | 0.0",
        "3. Delegating | 3.0 | 2.1 | 2.1 | 2.0–2.2 SD 0.1 | +0.9",
        "4. Inclusion, trust and innovation | 3.0 | 3.0 | 3.0 | 3.0–3.0 SD 0.0 | 0.0",
        "5. SMART goals and guidance | 3.0 | 3.0 | 3.0 | 2.6–3.4 SD 0.3 | 0.0",
        "6. People skills | 3.0 | 3.9 | 3.9 | 3.8–4.0 SD 0.1 | \u{2212}0.9",
        // B observed none of it: 2 raters, withheld.
        "7. Self-reflection and openness to feedback | 3.0 | — | — | — | —",
        "8. Seeking guidance | 3.0 | 2.8 | 2.8 | 2.5–3.0 SD 0.2 | +0.2",
    ]
    .into_iter()
    .map(cells)
    .collect();
    assert_eq!(practices, wanted);

    // Per statement.
    for (id, figures) in [
        // C did not observe it: 2 ratings, withheld.
        ("learning-1", "1.0 | — | — | — | —"),
        ("learning-2", "2.0 | 2.0 | 2.0 | 2.0–2.0 SD 0.0 | 0.0"),
        (
            "delegating-4",
            "4.0 | 2.3 | 2.3 | 2.0–3.0 SD 0.5 | +1.7 Blind spot",
        ),
        (
            "delegating-5",
            "5.0 | 2.3 | 2.3 | 2.0–3.0 SD 0.5 | +2.7 Blind spot",
        ),
        (
            "goals-3",
            "3.0 | 3.0 | 3.0 | 1.0–5.0 SD 1.6 Low consensus | 0.0",
        ),
        (
            "people-1",
            "1.0 | 3.3 | 3.3 | 3.0–4.0 SD 0.5 | \u{2212}2.3 Hidden strength",
        ),
        (
            "people-2",
            "2.0 | 4.0 | 4.0 | 4.0–4.0 SD 0.0 | \u{2212}2.0 Hidden strength",
        ),
        ("reflection-1", "1.0 | — | — | — | —"),
        // D did not observe it.
        ("guidance-5", "5.0 | — | — | — | —"),
    ] {
        let text = self_text(ins, id);
        let row = row_of(browser, "table.fc-fb-statements", &text).await?;
        assert_eq!(row[1..], cells(figures), "statement {id}");
    }

    // The chart: one row per practice, with the same figures.
    let chart = a.texts("svg.fc-gap-chart[role=img] .fc-gap-row").await?;
    assert_eq!(chart.len(), 8, "{chart:?}");
    let values = |n: usize| async move {
        let v = browser
            .execute(
                "return [...document.querySelectorAll(arguments[0])[arguments[1]]
                    .querySelectorAll('.fc-gap-value')].map(t => t.textContent);",
                vec![
                    format!("{ROOT} svg.fc-gap-chart .fc-gap-row").into(),
                    json!(n - 1),
                ],
            )
            .await?;
        Ok::<_, fulcrum_e2e::Error>(v.json().clone())
    };
    assert_eq!(values(1).await?, json!(["3.0", "3.2"]));
    assert_eq!(values(7).await?, json!(["3.0", "— not shown"]));

    // Blind spots and hidden strengths, largest gap first.
    let notable = |section: &'static str| async move {
        // Each entry: the statement, then the practice and the figures (one line each).
        let css = format!("[aria-labelledby$=\"fb-{section}\"] ol.fc-notable > li");
        let entries = a.texts(&css).await?;
        Ok::<_, fulcrum_e2e::Error>(
            entries
                .iter()
                .map(|e| {
                    e.lines()
                        .filter(|l| !l.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .collect::<Vec<_>>(),
        )
    };
    let entry = |id: &str, figures: &str| format!("{}\n{figures}", self_text(ins, id));
    // Each blind spot links to a new goal about it (growth.html#goal=<statement id>).
    let goal = |id: &str, figures: &str| format!("{}\nSet a goal", entry(id, figures));
    assert_eq!(
        notable("blind-spots").await?,
        [
            goal("delegating-5", "Delegating: you 5.0, others 2.3, gap +2.7"),
            goal("delegating-4", "Delegating: you 4.0, others 2.3, gap +1.7"),
        ]
    );
    assert_eq!(
        notable("hidden-strengths").await?,
        [
            entry(
                "people-1",
                "People skills: you 1.0, others 3.3, gap \u{2212}2.3"
            ),
            entry(
                "people-2",
                "People skills: you 2.0, others 4.0, gap \u{2212}2.0"
            ),
        ]
    );

    // Comments: the combined pool reaches 3, so they show, sorted by their text.
    assert_eq!(
        a.texts(".fc-comment-group > h4").await?,
        [format!(
            "{}. {}",
            COMMENTED + 1,
            ins.practices[COMMENTED].title
        )]
    );
    assert_eq!(
        a.texts(".fc-comment-group ul.fc-comments > li").await?,
        [COMMENT_C, COMMENT_B, COMMENT_D]
    );

    // The name B gave never appears in the report (only in the list of responses kept).
    let report = widget_text(browser, ".fc-feedback").await?;
    assert!(!report.contains("Bea"), "the report names a rater");
    Ok(())
}

/// Checks the "Who responded" table: each group's name and number of responses exactly, and
/// how it is shown by the words its description starts with.
async fn check_groups(browser: &Browser, wanted: [(&str, &str, &str); 4]) -> Result<()> {
    let rows = table_rows(browser, "table.fc-fb-groups").await?;
    assert_eq!(rows.len(), wanted.len(), "{rows:?}");
    for (row, (group, n, how)) in rows.iter().zip(wanted) {
        assert_eq!((row[0].as_str(), row[1].as_str()), (group, n), "{rows:?}");
        assert!(
            row[2].starts_with(how),
            "{group} should be {how:?}: {rows:?}"
        );
    }
    Ok(())
}

/// The report when only `n` responses count and no group or pool reaches 3.
async fn check_counts_only(a: &Widget<'_>, n: usize) -> Result<()> {
    let browser = a.browser();
    browser
        .wait_for_text(
            &format!("{ROOT} .fc-feedback h3"),
            "No figures can be shown yet",
        )
        .await?;
    let lead = a.texts(".fc-feedback > .fc-lead").await?.join(" ");
    assert!(
        lead.contains(&format!("Feedback about {SUBJECT} from {n} colleagues")),
        "{lead}"
    );
    check_groups(
        browser,
        [
            ("Manager", "0", "No responses"),
            ("Peers", "1", "Count only"),
            ("Direct reports", "1", "Count only"),
            ("Other raters", "0", "No responses"),
        ],
    )
    .await?;
    let withheld = a.texts(".fc-withheld").await?.join(" ");
    assert!(
        withheld.starts_with("Peers and direct reports")
            && withheld.contains(&format!("({n} in all, fewer than 3)")),
        "{withheld}"
    );
    // No figures, no comments, no combined column anywhere.
    for css in [
        "table.fc-fb-practices",
        "table.fc-fb-statements",
        ".fc-folded",
        ".fc-comments",
        "svg.fc-gap-chart",
    ] {
        assert!(a.texts(css).await?.is_empty(), "{css} is shown");
    }
    let report = widget_text(browser, ".fc-feedback").await?;
    assert!(!report.contains("Others (combined) "), "{report}");
    assert!(!report.contains("Bea"), "the report names a rater");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cut_link_is_refused_and_a_colleagues_answers_survive_a_reload() -> Result<()> {
    let ins = Instrument::built_in();
    let total = ins.statement_count();
    let harness = Harness::start()?;
    let origin = harness.origin();
    let rater_profile = Profile::new()?;
    let (subject, rater) = tokio::try_join!(
        harness.browser().start(),
        harness.browser().profile(&rater_profile).start(),
    )?;

    // A request (the subject has no self-assessment here; not needed to ask).
    let a = Widget::open(&subject, &harness.url("/feedback.html")).await?;
    let link = create_request(&a).await?;
    let request_id = {
        let stored = subject.local_storage(REQUEST_PREFIX).await?;
        let keys: Vec<&String> = stored.keys().collect();
        assert_eq!(keys.len(), 1, "{keys:?}");
        keys[0][REQUEST_PREFIX.len()..].to_owned()
    };
    assert_eq!(
        a.texts(".fc-request-hub > .fc-notice").await?,
        ["Complete your own self-assessment to see your ratings beside theirs and the gaps between them."]
    );

    // ---- Cut links: an error in the alert region, the start screen, nothing stored ----
    let w = Widget::new(&rater);
    for cut in [link.len() / 2, link.len() - 1, link.len() - 7] {
        rater.goto("about:blank").await?;
        rater.goto(&link[..cut]).await?;
        w.wait_for_heading("Feedback from colleagues").await?;
        let alert = w
            .wait_for_alert("The feedback link could not be opened.")
            .await?;
        assert!(
            alert.contains("incomplete") || alert.contains("cut off"),
            "the alert says why: {alert:?}"
        );
        assert!(
            rater.local_storage(PEER_PREFIX).await?.is_empty(),
            "a cut link stores nothing"
        );
    }
    // The page still works: the alert can be dismissed, the buttons work.
    w.click("Dismiss this message").await?;
    assert_eq!(w.alert().await?, "");
    w.click("Ask colleagues for feedback").await?;
    w.wait_for_heading("Ask colleagues for feedback").await?;
    w.click("Cancel").await?;
    w.wait_for_heading("Feedback from colleagues").await?;

    // ---- The whole link: answer some, reload, carry on where left off ----
    rater.goto("about:blank").await?;
    Widget::open(&rater, &link).await?;
    w.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    rater
        .wait_for(&format!(
            "{ROOT} input[type=radio][name$=\"-group\"][value=\"other\"]"
        ))
        .await?
        .click()
        .await?;
    w.click("Start").await?;
    wait_for_peer_practice(&w, &ins, 0).await?;
    let first = [4u8, 0, 3, 5, 2];
    for (s, v) in ins.practices[0].statements.iter().zip(first) {
        peer_radio(&w, &s.id, v).await?;
    }
    let comment = "Shares what they learn at the Friday demo.";
    w.comment_box().await?.send_keys(comment).await?;
    w.click(&next_label(&ins, 0)).await?;
    wait_for_peer_practice(&w, &ins, 1).await?;
    peer_radio(&w, &ins.practices[1].statements[0].id, 3).await?;
    peer_radio(&w, &ins.practices[1].statements[1].id, 0).await?;
    w.wait_for_progress(&format!("Step 2 of 8 · 7 of {total} statements answered"))
        .await?;

    rater.refresh().await?;
    wait_for_peer_practice(&w, &ins, 1).await?;
    w.wait_for_progress(&format!("Step 2 of 8 · 7 of {total} statements answered"))
        .await?;
    assert_eq!(
        peer_checked(&w, &ins.practices[1].statements[0].id)
            .await?
            .as_deref(),
        Some("3")
    );
    assert_eq!(
        peer_checked(&w, &ins.practices[1].statements[1].id)
            .await?
            .as_deref(),
        Some("not_observed")
    );
    assert_eq!(
        peer_checked(&w, &ins.practices[1].statements[2].id).await?,
        None
    );
    w.click("Back").await?;
    wait_for_peer_practice(&w, &ins, 0).await?;
    for (s, v) in ins.practices[0].statements.iter().zip(first) {
        let want = if v == 0 {
            "not_observed".to_owned()
        } else {
            v.to_string()
        };
        assert_eq!(
            peer_checked(&w, &s.id).await?,
            Some(want),
            "statement {}",
            s.id
        );
    }
    assert_eq!(
        w.comment_box().await?.prop("value").await?.as_deref(),
        Some(comment)
    );
    check_rater_storage(&rater, &request_id).await?;
    rater.assert_same_origin(&origin).await?;
    rater.quit().await?;

    // ---- A new browser on the same profile, without the link: listed, and resumes ----
    let rater = harness.browser().profile(&rater_profile).start().await?;
    let w = Widget::open(&rater, &harness.url("/feedback.html")).await?;
    w.wait_for_heading("Feedback from colleagues").await?;
    w.click(&format!("Feedback for {SUBJECT} (7 of {total} answered)"))
        .await?;
    wait_for_peer_practice(&w, &ins, 0).await?;
    for (s, v) in ins.practices[0].statements.iter().zip(first) {
        let want = if v == 0 {
            "not_observed".to_owned()
        } else {
            v.to_string()
        };
        assert_eq!(
            peer_checked(&w, &s.id).await?,
            Some(want),
            "statement {}",
            s.id
        );
    }
    w.wait_for_progress(&format!("Step 1 of 8 · 7 of {total} statements answered"))
        .await?;

    for browser in [&subject, &rater] {
        browser.assert_same_origin(&origin).await?;
    }
    subject.quit().await?;
    rater.quit().await?;
    Ok(())
}
