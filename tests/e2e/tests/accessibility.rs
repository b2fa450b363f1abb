//! The accessibility audit: axe-core on every screen of both pages, in the light and the dark
//! colour scheme, for the WCAG 2.0, 2.1 and 2.2 A and AA rules (`fulcrum_e2e::axe`). Zero
//! violations are allowed.
//!
//! One session per scheme walks everything in order, so each screen is seen in the state a
//! user reaches it in:
//! - self-assessment: the welcome screen (empty, with an import refused, with "Delete my data"
//!   asking to confirm, with a take in progress, with a completed take), each of the 8 practice
//!   steps with answers, the review with gaps and complete, the results;
//! - peer feedback: the home screen, the request form with its errors, the request with no
//!   responses, then with responses added (a result per file, a conflict to settle) and the
//!   360 report (every per-statement table open); a cut request link (an alert); a
//!   colleague's intro, a practice step, the review with gaps and complete, and the response
//!   ready to send;
//! - storage notices: data set aside because it could not be read, and storage blocked.
//!
//! A third session checks a 320 px wide screen (welcome, a step, the 360 report without the
//! subject's own ratings, results), and a fourth that the audit sees violations at all.
//!
//! Violations are collected over the whole walk and reported together at the end.
//! Not audited: the screens for a request or a colleague's draft that is no longer stored
//! (reached only by deleting storage under an open page) and the "cannot start" screen (only
//! with a broken built-in questionnaire).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fulcrum_e2e::axe::{describe, ColorScheme, WCAG_TAGS};
use fulcrum_e2e::feedback::{
    FIXTURE, MESSAGE, MESSAGE_LABEL, NAME_LABEL, REQUEST_PREFIX, RESPONSE_FILES_LABEL, SUBJECT,
};
use fulcrum_e2e::instrument::{canonical_sha256, Instrument};
use fulcrum_e2e::thirtyfour::By;
use fulcrum_e2e::widget::{next_label, Widget, DRAFT_KEY, ROOT};
use fulcrum_e2e::{Browser, Harness, Result};
use serde_json::{json, Map, Value};

/// localStorage, as a page sees it when the browser blocks storage (private windows,
/// sandboxed frames): reading `window.localStorage` throws.
const BLOCK_STORAGE_JS: &str = "Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
});";

/// Runs axe on each screen it is given and keeps what it finds.
struct Audit<'b> {
    browser: &'b Browser,
    scheme: ColorScheme,
    /// (screen, violations described) for every screen that has any.
    failures: Vec<(String, String)>,
    screens: Vec<String>,
    axe_time: Duration,
    started: Instant,
}

impl<'b> Audit<'b> {
    fn new(browser: &'b Browser, scheme: ColorScheme) -> Self {
        Audit {
            browser,
            scheme,
            failures: Vec::new(),
            screens: Vec::new(),
            axe_time: Duration::ZERO,
            started: Instant::now(),
        }
    }

    /// Audits the page as it is now, named `screen`. Opens every `<details>` first so what
    /// they hold is checked too.
    async fn check(&mut self, screen: &str) -> Result<()> {
        let seen = self.browser.color_scheme().await?;
        assert_eq!(
            seen, self.scheme,
            "{screen}: the page sees the wrong scheme"
        );
        self.browser
            .eval("(document.querySelectorAll('details').forEach(d => { d.open = true; }), true)")
            .await?;
        let t = Instant::now();
        let violations = self.browser.axe_violations().await?;
        self.axe_time += t.elapsed();
        let screen = format!("{screen} ({})", self.scheme);
        if !violations.is_empty() {
            self.failures.push((screen.clone(), describe(&violations)));
        }
        self.screens.push(screen);
        Ok(())
    }

    /// Fails listing every violation found, screen by screen.
    fn finish(self) {
        eprintln!(
            "accessibility ({}): {} screens in {:.1?} (axe {:.1?}): {}",
            self.scheme,
            self.screens.len(),
            self.started.elapsed(),
            self.axe_time,
            self.screens.join("; ")
        );
        let report: String = self
            .failures
            .iter()
            .map(|(screen, v)| format!("\n== {screen}\n{v}"))
            .collect();
        assert!(
            self.failures.is_empty(),
            "{} of {} screens have accessibility violations ({}):{report}",
            self.failures.len(),
            self.screens.len(),
            WCAG_TAGS.join(", ")
        );
    }
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

/// Answers statements `from..to` of practice `index`: statement j is rated `values[j]`.
async fn answer(
    w: &Widget<'_>,
    ins: &Instrument,
    index: usize,
    values: &[u8],
    from: usize,
    to: usize,
) -> Result<()> {
    for (s, v) in ins.practices[index].statements[from..to]
        .iter()
        .zip(&values[from..to])
    {
        w.browser()
            .wait_for(&radio_css(&s.id, *v))
            .await?
            .click()
            .await?;
    }
    Ok(())
}

/// Waits for the progress line to end with "`n` of `total` statements answered".
async fn wait_answered(w: &Widget<'_>, ins: &Instrument, n: usize) -> Result<()> {
    let text = format!("{n} of {} statements answered", ins.statement_count());
    w.browser()
        .wait_for_text(&format!("{ROOT} .fc-progress-text"), &text)
        .await?;
    Ok(())
}

/// The subject's own answers: statement j of every practice rated j + 1 (every practice 3.0).
fn own_values() -> Vec<u8> {
    vec![1, 2, 3, 4, 5]
}

/// A colleague's answers (`values[i][j]`, 0 is "Not observed"), chosen so that the report
/// shows every kind of figure: gaps both ways (blind spots, hidden strengths), low consensus
/// and figures withheld.
fn rater_values(k: usize) -> Vec<Vec<u8>> {
    let mut v = vec![vec![1, 2, 3, 4, 5]; 8];
    v[2] = vec![1, 2, 3, 2, 2]; // Delegating 4 and 5: blind spots
    v[5] = vec![4, 4, 3, 4, 5]; // People skills 1 and 2: hidden strengths
    v[4][2] = [1, 5, 3, 2][k % 4]; // SMART goals 3: low consensus
    if k == 1 {
        v[0][0] = 0; // Continuous learning 1: 2 ratings, withheld
    }
    v
}

/// A peer response document, sealed as Fulcrum seals it (SHA-256 of the canonical payload).
fn response_doc(
    ins: &Instrument,
    request_id: &str,
    id: &str,
    group: &str,
    values: &[Vec<u8>],
    comment: &str,
) -> Value {
    let answers: Map<String, Value> = ins
        .practices
        .iter()
        .zip(values)
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
    let payload = json!({
        "request_id": request_id,
        "group": group,
        "answers": answers,
        "comments": { ins.practices[3].id.clone(): comment },
    });
    json!({
        "format": "fulcrum.peer-response",
        "version": 1,
        "id": id,
        "created_at": "2026-11-25T10:00:00Z",
        "instrument": {
            "id": ins.id,
            "version": ins.version,
            "sha256": ins.sha256(),
        },
        "digest": canonical_sha256(&payload),
        "payload": payload,
    })
}

fn write_json(dir: &Path, name: &str, doc: &Value) -> Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(doc)? + "\n")?;
    Ok(path)
}

/// The response files the subject adds at once: three peers and a direct report, a damaged
/// file (digest not fixed after an edit), and an edited copy of the direct report's (a
/// conflict).
fn response_files(dir: &Path, ins: &Instrument, request_id: &str) -> Result<Vec<PathBuf>> {
    let comments = [
        "Lets the team try new tools, even ones that might fail.",
        "Asks the quietest people in a meeting what they think.",
        "Makes it safe to admit a mistake.",
        "Shares credit in the demo.",
    ];
    let raters = [
        ("peer", "1"),
        ("peer", "2"),
        ("peer", "3"),
        ("direct_report", "4"),
    ];
    let mut files = Vec::new();
    let mut last = Value::Null;
    for (k, (group, n)) in raters.iter().enumerate() {
        let id = format!("a11y-response-{n}");
        last = response_doc(ins, request_id, &id, group, &rater_values(k), comments[k]);
        files.push(write_json(dir, &format!("response-{n}.json"), &last)?);
    }
    let mut damaged = last.clone();
    damaged["payload"]["answers"]["learning-2"] = json!(5);
    files.push(write_json(dir, "response-5-damaged.json", &damaged)?);
    let mut edited = last;
    edited["payload"]["answers"]["learning-3"] = json!(1);
    edited["digest"] = json!(canonical_sha256(&edited["payload"]));
    files.push(write_json(dir, "response-4-edited.json", &edited)?);
    Ok(files)
}

/// On a request's screen: chooses every file of [`response_files`] at once; returns the
/// request link.
async fn add_responses(w: &Widget<'_>, ins: &Instrument, scratch: &Path) -> Result<String> {
    let browser = w.browser();
    let link = browser
        .wait_for(&format!("{ROOT} input.fc-code"))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    let request_id = {
        let stored = browser.local_storage(REQUEST_PREFIX).await?;
        let key = stored.keys().next().ok_or("no request stored")?;
        key[REQUEST_PREFIX.len()..].to_owned()
    };
    let files = response_files(scratch, ins, &request_id)?;
    let chosen: Vec<&str> = files
        .iter()
        .map(|p| p.to_str().ok_or("path is not UTF-8"))
        .collect::<Result<_, _>>()?;
    w.labelled(RESPONSE_FILES_LABEL)
        .await?
        .send_keys(chosen.join("\n"))
        .await?;
    Ok(link)
}

/// The self-assessment page, every screen.
async fn self_assessment(
    harness: &Harness,
    audit: &mut Audit<'_>,
    ins: &Instrument,
    scratch: &Path,
) -> Result<()> {
    let browser = audit.browser;
    let own = own_values();
    let last = ins.practices.len() - 1;
    let w = Widget::open(browser, &harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;
    w.wait_for_status("Answers are saved on this device as you go.")
        .await?;
    audit.check("welcome, nothing saved").await?;

    // A file that is not Fulcrum's: refused, said in the alert region.
    let bad = write_json(scratch, "not-fulcrum.json", &json!({ "hello": "world" }))?;
    w.import(&bad).await?;
    w.wait_for_alert("not-fulcrum.json was not opened.").await?;
    w.button("Dismiss this message").await?;
    audit.check("welcome, import refused (alert)").await?;
    w.click("Dismiss this message").await?;

    w.click("Delete my data").await?;
    w.button("Yes, delete everything").await?;
    audit
        .check("welcome, \"Delete my data\" asking to confirm")
        .await?;
    w.click("Cancel").await?;

    // A take in progress: two answers, then back to the start.
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(ins, 0).await?;
    answer(&w, ins, 0, &own, 0, 2).await?;
    wait_answered(&w, ins, 2).await?;
    w.click("Back to the start").await?;
    w.button_starting("Continue where you left off").await?;
    audit.check("welcome, a take in progress").await?;
    w.button_starting("Continue where you left off")
        .await?
        .click()
        .await?;

    // Every step with answers; the last one left with gaps.
    for i in 0..=last {
        w.wait_for_practice(ins, i).await?;
        let (from, to) = match i {
            0 => (2, 5),
            i if i == last => (0, 2),
            _ => (0, 5),
        };
        answer(&w, ins, i, &own, from, to).await?;
        wait_answered(&w, ins, 5 * i + to).await?;
        audit
            .check(&format!("practice step {} of {}", i + 1, last + 1))
            .await?;
        w.click(&next_label(ins, i)).await?;
    }
    w.wait_for_heading("Review your answers").await?;
    browser.wait_for(&format!("{ROOT} .fc-gap")).await?;
    audit.check("review with gaps").await?;
    w.click(&format!("Answer these in {}", ins.practices[last].title))
        .await?;
    w.wait_for_practice(ins, last).await?;
    answer(&w, ins, last, &own, 2, 5).await?;
    wait_answered(&w, ins, ins.statement_count()).await?;
    w.click(&next_label(ins, last)).await?;
    w.button("See my results").await?;
    audit.check("review complete").await?;
    w.click("See my results").await?;
    w.wait_for_heading("Your results").await?;
    audit.check("results").await?;
    w.click("Back to the start").await?;
    browser.wait_for(&format!("{ROOT} .fc-past")).await?;
    audit.check("welcome, a completed take").await?;
    Ok(())
}

/// The peer feedback page, every screen: the subject's and a colleague's.
async fn peer_feedback(audit: &mut Audit<'_>, ins: &Instrument, scratch: &Path) -> Result<()> {
    let browser = audit.browser;
    let w = Widget::new(browser);
    browser
        .find(By::LinkText("Peer feedback and 360 report"))
        .await?
        .click()
        .await?;
    w.wait_for_heading("Feedback from colleagues").await?;
    audit.check("feedback home").await?;

    w.click("Ask colleagues for feedback").await?;
    w.wait_for_heading("Ask colleagues for feedback").await?;
    w.click("Create the request").await?;
    browser
        .wait_for(&format!("{ROOT} .fc-request-form .fc-field-error"))
        .await?;
    audit.check("request form with errors").await?;
    w.labelled(NAME_LABEL).await?.send_keys(SUBJECT).await?;
    w.labelled(MESSAGE_LABEL).await?.send_keys(MESSAGE).await?;
    w.click("Create the request").await?;
    w.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    browser
        .wait_for(&format!("{ROOT} .fc-feedback-empty"))
        .await?;
    audit.check("request, no responses yet").await?;

    let link = add_responses(&w, ins, scratch).await?;
    w.wait_for_status("6 input(s) checked, 4 response(s) added.")
        .await?;
    w.button("Keep this one").await?;
    audit
        .check("request, responses added (a result per file, a conflict)")
        .await?;
    w.click("Keep this one").await?;
    browser
        .wait_for_absent(&format!("{ROOT} .fc-conflict"))
        .await?;
    browser
        .wait_for(&format!("{ROOT} table.fc-fb-statements"))
        .await?;
    audit.check("360 report").await?;

    // A link cut short: an alert on the home screen.
    browser.goto("about:blank").await?;
    browser.goto(&link[..link.len() / 2]).await?;
    w.wait_for_heading("Feedback from colleagues").await?;
    w.wait_for_alert("The feedback link could not be opened.")
        .await?;
    audit.check("feedback home, a cut link (alert)").await?;

    // A colleague answering (in the same profile: a colleague's answers are kept apart).
    browser.goto("about:blank").await?;
    browser.goto(&link).await?;
    w.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    browser.wait_for(&format!("{ROOT} .fc-peer-intro")).await?;
    audit.check("colleague: intro").await?;
    browser
        .wait_for(&format!(
            "{ROOT} input[type=radio][name$=\"-group\"][value=\"peer\"]"
        ))
        .await?
        .click()
        .await?;
    w.click("Start").await?;
    let values = rater_values(1);
    let last = ins.practices.len() - 1;
    for (i, row) in values.iter().enumerate() {
        w.wait_for_heading(&format!("practice {} of {}", i + 1, ins.practices.len()))
            .await?;
        let to = if i == last { 2 } else { 5 };
        answer(&w, ins, i, row, 0, to).await?;
        wait_answered(&w, ins, 5 * i + to).await?;
        if i == 0 {
            audit.check("colleague: a practice step").await?;
        }
        w.click(&next_label(ins, i)).await?;
    }
    w.wait_for_heading(&format!("Review your feedback for {SUBJECT}"))
        .await?;
    browser.wait_for(&format!("{ROOT} .fc-gaps li")).await?;
    audit.check("colleague: review with gaps").await?;
    w.click(&format!("Answer these in {}", ins.practices[last].title))
        .await?;
    answer(&w, ins, last, &values[last], 2, 5).await?;
    wait_answered(&w, ins, ins.statement_count()).await?;
    w.click(&next_label(ins, last)).await?;
    w.button("Create my response").await?;
    audit.check("colleague: review complete").await?;
    w.click("Create my response").await?;
    w.wait_for_heading(&format!("Your feedback for {SUBJECT} is ready"))
        .await?;
    audit.check("colleague: response ready").await?;
    w.click("Done").await?;
    w.button_starting(&format!("Feedback for {SUBJECT} ("))
        .await?;
    audit
        .check("feedback home, a request and feedback being given")
        .await?;
    Ok(())
}

/// The standing notices about storage: data set aside, storage blocked. Blocking lasts for
/// the rest of the session, so this comes last.
async fn storage_notices(harness: &Harness, audit: &mut Audit<'_>, ins: &Instrument) -> Result<()> {
    let browser = audit.browser;
    let w = Widget::new(browser);
    browser
        .execute(
            "localStorage.setItem(arguments[0], '{ not json');",
            vec![json!(DRAFT_KEY)],
        )
        .await?;
    browser.goto(&harness.url("/")).await?;
    w.button("Discard it").await?;
    audit.check("welcome, unreadable data set aside").await?;

    browser
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": BLOCK_STORAGE_JS }),
        )
        .await?;
    browser.goto(&harness.url("/")).await?;
    w.wait_for_status("Not saving: this browser blocks storage here.")
        .await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(ins, 0).await?;
    answer(&w, ins, 0, &own_values(), 0, 1).await?;
    wait_answered(&w, ins, 1).await?;
    w.click("Back to the start").await?;
    w.button("Download answers so far").await?;
    audit.check("welcome, storage blocked").await?;
    Ok(())
}

async fn every_screen(scheme: ColorScheme) -> Result<()> {
    let ins = Instrument::built_in();
    let scratch = tempfile::tempdir()?;
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    browser.emulate_color_scheme(scheme).await?;
    let mut audit = Audit::new(&browser, scheme);
    self_assessment(&harness, &mut audit, &ins, scratch.path()).await?;
    peer_feedback(&mut audit, &ins, scratch.path()).await?;
    storage_notices(&harness, &mut audit, &ins).await?;
    audit.finish();
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_the_light_scheme() -> Result<()> {
    every_screen(ColorScheme::Light).await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_the_dark_scheme() -> Result<()> {
    every_screen(ColorScheme::Dark).await
}

/// At 320 px the report's wide tables scroll sideways. Here the subject has no
/// self-assessment when the responses come in (a notice asks for it, the report has no "You"
/// column); it is imported afterwards to see the results.
#[tokio::test(flavor = "multi_thread")]
async fn a_320_px_wide_screen_passes_axe() -> Result<()> {
    let ins = Instrument::built_in();
    let scratch = tempfile::tempdir()?;
    let harness = Harness::start()?;
    let browser = harness.browser().narrow().start().await?;
    browser.emulate_color_scheme(ColorScheme::Light).await?;
    let mut audit = Audit::new(&browser, ColorScheme::Light);
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;
    audit.check("320 px: welcome").await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    answer(&w, &ins, 0, &own_values(), 0, 2).await?;
    wait_answered(&w, &ins, 2).await?;
    audit.check("320 px: a practice step").await?;
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;

    browser.goto(&harness.url("/feedback.html")).await?;
    w.click("Ask colleagues for feedback").await?;
    w.wait_for_heading("Ask colleagues for feedback").await?;
    w.labelled(NAME_LABEL).await?.send_keys(SUBJECT).await?;
    w.click("Create the request").await?;
    w.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    add_responses(&w, &ins, scratch.path()).await?;
    w.wait_for_status("6 input(s) checked, 4 response(s) added.")
        .await?;
    w.click("Keep this one").await?;
    browser
        .wait_for(&format!("{ROOT} table.fc-fb-statements"))
        .await?;
    audit
        .check("320 px: 360 report without own ratings")
        .await?;

    browser.goto(&harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;
    w.import(&Path::new(FIXTURE).canonicalize()?).await?;
    w.wait_for_heading("Your results").await?;
    audit.check("320 px: results").await?;
    audit.finish();
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// The audit is not blind: in both schemes it reports low-contrast text and an image without
/// a text alternative, added to the page, naming the rule and the element.
#[tokio::test(flavor = "multi_thread")]
async fn the_audit_reports_violations_it_is_shown() -> Result<()> {
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    for scheme in ColorScheme::ALL {
        browser.emulate_color_scheme(scheme).await?;
        Widget::open(&browser, &harness.url("/")).await?;
        assert_eq!(browser.color_scheme().await?, scheme);
        browser
            .assert_accessible(&format!("welcome ({scheme})"))
            .await?;
        browser
            .execute(
                "const p = document.createElement('p');
                 p.className = 'seeded-contrast';
                 p.style.color = '#777';
                 p.style.background = '#888';
                 p.textContent = 'Grey on grey';
                 document.querySelector('[data-fulcrum]').append(p);
                 const img = document.createElement('img');
                 img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                 document.body.append(img);",
                Vec::new(),
            )
            .await?;
        let error = browser
            .assert_accessible("seeded page")
            .await
            .expect_err("the seeded violations are reported")
            .to_string();
        for wanted in [
            "color-contrast (serious)",
            "at .seeded-contrast",
            "Grey on grey",
            "image-alt (critical)",
        ] {
            assert!(error.contains(wanted), "{wanted:?} in {error}");
        }
    }
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
