//! The mentor report: a user completes a self-assessment, prepares the report on the growth
//! page, sees it as it prints (print media emulated: controls and page chrome hidden, the
//! report black on white and within an A4 page's width), downloads the report file without
//! comments, and a mentor opens that file in another browser profile: read-only, the same
//! scores, and nothing written to the mentor's storage. A damaged file is refused in words.

use fulcrum_e2e::axe::ColorScheme;
use fulcrum_e2e::instrument::{Expected, Instrument};
use fulcrum_e2e::widget::{next_label, Widget, ROOT};
use fulcrum_e2e::{Browser, Harness, Result};
use serde_json::{json, Value};

fn values() -> Vec<Vec<u8>> {
    fulcrum_e2e::instrument::sample_answers()
}

/// The comment written on the first practice; it must never reach a file made without
/// comments.
const COMMENT: &str = "Mentoring Priya on the release train takes most of my Fridays";
const COMMENTS_LABEL: &str = "Comments (your own, and colleagues' comments that may be shown)";
const REPORT_FILE_LABEL: &str = "Open a report file (.json) made by Fulcrum";
const READ_ONLY: &str = "opened read-only: nothing from it is saved in your data";
/// The printable width of an A4 page with the report's 15 mm side margins: 180 mm at 96 CSS
/// pixels per inch.
const A4_PRINT_WIDTH: u32 = 680;

/// The report's score table: ("n. Title", score) per row.
async fn score_rows(w: &Widget<'_>) -> Result<Vec<(String, String)>> {
    w.browser()
        .wait_for(&format!("{ROOT} .fc-report-scores tbody tr"))
        .await?;
    let rows = w
        .browser()
        .eval(&format!(
            "[...document.querySelectorAll('{ROOT} .fc-report-scores tbody tr')]
                .map(r => [r.querySelector('th').innerText.trim(), r.querySelector('td').innerText.trim()])"
        ))
        .await?;
    Ok(rows
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| {
                    (
                        r[0].as_str().unwrap_or_default().to_owned(),
                        r[1].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default())
}

/// What print media makes of the page, measured in it.
const PRINT_LAYOUT_JS: &str = "const root = document.querySelector(arguments[0]);
    const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const doc = root.querySelector('.fc-report-doc');
    const width = document.documentElement.clientWidth;
    const overflowing = [...doc.querySelectorAll('*')]
        .filter(e => shown(e) && e.getBoundingClientRect().right > width + 0.5)
        .map(e => e.tagName.toLowerCase() + '.' + e.className);
    const clipped = [...doc.querySelectorAll('.fc-table-scroll')]
        .filter(e => e.scrollWidth > e.clientWidth + 1)
        .map(e => e.getAttribute('aria-label'));
    const style = getComputedStyle(root.querySelector('.fc'));
    return {
        viewport_width: innerWidth,
        page_scroll_width: document.documentElement.scrollWidth,
        visible_controls: [...root.querySelectorAll('button, input, select, textarea, fieldset')]
            .filter(shown).map(e => e.outerHTML.slice(0, 80)),
        header_shown: [...root.querySelectorAll('.fc-header, [role=status], .fc-alert')].some(shown),
        screen_heading_shown: shown(root.querySelector('h2.fc-heading')),
        headings: [...doc.querySelectorAll('h3')].filter(shown).map(h => h.innerText.trim()),
        score_rows: [...doc.querySelectorAll('.fc-report-scores tbody tr')].filter(shown).length,
        chart_shown: shown(doc.querySelector('svg.fc-chart')),
        chart_width: doc.querySelector('.fc-report-chart').getBoundingClientRect().width,
        chart_break: getComputedStyle(doc.querySelector('.fc-report-chart')).breakInside,
        heading_break: getComputedStyle(doc.querySelector('h3')).breakAfter,
        color: style.color,
        background: style.backgroundColor,
        overflowing,
        clipped,
    };";

async fn print_layout(browser: &Browser) -> Result<Value> {
    let ret = browser.execute(PRINT_LAYOUT_JS, vec![json!(ROOT)]).await?;
    Ok(ret.json().clone())
}

/// Makes the page see print media (and a colour scheme) through DevTools, or the screen again
/// with `media` empty.
async fn emulate_media(browser: &Browser, media: &str, scheme: ColorScheme) -> Result<()> {
    browser
        .cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            json!({
                "media": media,
                "features": [{ "name": "prefers-color-scheme", "value": scheme.as_str() }],
            }),
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_prints_cleanly_and_a_mentor_opens_its_file_read_only() -> Result<()> {
    let ins = Instrument::built_in();
    let values = values();
    let expected = Expected::of(&ins, &ins.ratings(&values));
    let expected_rows = expected.table(&ins);
    let harness = Harness::start()?;
    let scratch = tempfile::tempdir()?;

    // ---- The mentee: a completed self-assessment with a comment ----
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    w.rate_practice(&ins.practices[0], &values[0]).await?;
    w.comment_box().await?.send_keys(COMMENT).await?;
    w.click(&next_label(&ins, 0)).await?;
    w.finish_by_clicks(&ins, &values, 1).await?;

    // ---- The report of one's own data ----
    browser.goto(&harness.url("/growth.html")).await?;
    w.click("Prepare a report for your mentor").await?;
    w.wait_for_heading("Report for your mentor").await?;
    w.browser()
        .wait_for_focus("the report's heading", |f| {
            f.tag == "h2" && f.text == "Report for your mentor"
        })
        .await?;
    assert_eq!(score_rows(&w).await?, expected_rows);
    let document = w.texts(".fc-report-doc").await?.join("\n");
    assert!(document.contains(COMMENT), "comments are in by default");
    assert!(
        document.contains(&ins.practices[0].statements[0].self_text),
        "statement-level scores are in by default"
    );
    browser.assert_accessible("the mentor report").await?;

    // ---- As it prints, in either colour scheme ----
    browser
        .cdp()
        .send_raw(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": A4_PRINT_WIDTH, "height": 1000, "deviceScaleFactor": 1, "mobile": false }),
        )
        .await?;
    for scheme in [ColorScheme::Light, ColorScheme::Dark] {
        emulate_media(&browser, "print", scheme).await?;
        browser.wait_for_js("matchMedia('print').matches").await?;
        let layout = print_layout(&browser).await?;
        let what = format!("print layout ({scheme:?}): {layout:#}");
        assert_eq!(layout["viewport_width"], A4_PRINT_WIDTH, "{what}");
        assert_eq!(layout["visible_controls"], json!([]), "{what}");
        assert_eq!(layout["header_shown"], false, "{what}");
        assert_eq!(layout["screen_heading_shown"], false, "{what}");
        let headings: Vec<&str> = layout["headings"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        assert_eq!(
            headings.first(),
            Some(&"Leadership development report"),
            "{what}"
        );
        for part in [
            "Latest self-assessment",
            "Feedback from colleagues (360)",
            "Goals",
        ] {
            assert!(
                headings.iter().any(|h| h.starts_with(part)),
                "{part}: {what}"
            );
        }
        assert_eq!(layout["score_rows"], ins.practices.len(), "{what}");
        assert_eq!(layout["chart_shown"], true, "{what}");
        assert_eq!(layout["chart_break"], "avoid", "{what}");
        assert_eq!(layout["heading_break"], "avoid", "{what}");
        assert_eq!(layout["color"], "rgb(0, 0, 0)", "{what}");
        assert_eq!(layout["background"], "rgb(255, 255, 255)", "{what}");
        assert_eq!(layout["overflowing"], json!([]), "{what}");
        assert_eq!(layout["clipped"], json!([]), "{what}");
        assert!(
            layout["page_scroll_width"].as_u64() <= Some(u64::from(A4_PRINT_WIDTH)),
            "{what}"
        );
        // 130 mm at 96 px per inch: the radar chart prints at a fixed size.
        let chart = layout["chart_width"].as_f64().unwrap_or_default();
        assert!((chart - 491.3).abs() < 1.0, "{what}");
    }
    emulate_media(&browser, "", ColorScheme::Light).await?;
    browser
        .cdp()
        .send_raw("Emulation.clearDeviceMetricsOverride", json!({}))
        .await?;
    browser.wait_for_js("!matchMedia('print').matches").await?;
    w.button("Download report file").await?;

    // ---- The file, without comments ----
    w.labelled(COMMENTS_LABEL).await?.click().await?;
    browser
        .wait_until("the comment to leave the preview", || async {
            let text = w.texts(".fc-report-doc").await?.join("\n");
            Ok((!text.contains(COMMENT)).then_some(()))
        })
        .await?;
    let document = w.texts(".fc-report-doc").await?.join("\n");
    assert!(
        document.contains("Left out by the author: comments."),
        "{document}"
    );
    w.click("Download report file").await?;
    let file = browser.wait_for_download().await?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert!(
        name.starts_with("fulcrum-report-") && name.ends_with(".json") && name.len() == 30,
        "{name}"
    );
    w.wait_for_status(&format!("Downloaded {name}.")).await?;
    let text = std::fs::read_to_string(&file)?;
    // The session's download directory goes when it quits: keep the file for the mentor.
    let file = scratch.path().join(&name);
    std::fs::write(&file, &text)?;
    assert!(!text.contains(COMMENT), "the comment is in the file");
    let report: Value = serde_json::from_str(&text)?;
    assert_eq!(report["format"], "fulcrum.report");
    assert_eq!(
        report["payload"]["included"],
        json!({ "comments": false, "statements": true })
    );
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;

    // ---- The mentor, in a profile of their own ----
    let mentor = harness.browser().start().await?;
    let m = Widget::new(&mentor);
    mentor.goto(&harness.url("/growth.html#mentor")).await?;
    m.wait_for_heading("A report you received").await?;
    // A damaged copy is refused, naming the file and the reason.
    let damaged = scratch.path().join("damaged-report.json");
    std::fs::write(
        &damaged,
        text.replacen(&ins.practices[0].title, "Learning (edited)", 1),
    )?;
    let input = m.labelled(REPORT_FILE_LABEL).await?;
    input
        .send_keys(damaged.to_str().unwrap_or_default())
        .await?;
    let alert = m
        .wait_for_alert("damaged-report.json was not opened.")
        .await?;
    assert!(
        alert.contains("does not match its SHA-256 digest"),
        "{alert}"
    );
    assert!(m.texts(".fc-report-doc").await?.is_empty());

    m.labelled(REPORT_FILE_LABEL)
        .await?
        .send_keys(file.to_str().unwrap_or_default())
        .await?;
    mentor
        .wait_for_text(&format!("{ROOT} .fc-read-only"), READ_ONLY)
        .await?;
    let banner = m.texts(".fc-read-only-title").await?.join(" ");
    assert!(banner.starts_with("Report, prepared "), "{banner}");
    m.wait_for_status(&format!("Opened {name}, read-only"))
        .await?;
    assert_eq!(score_rows(&m).await?, expected_rows);
    let document = m.texts(".fc-report-doc").await?.join("\n");
    assert!(!document.contains(COMMENT));
    assert!(document.contains(&ins.practices[0].statements[0].self_text));
    mentor
        .assert_accessible("a report opened in the mentor view")
        .await?;
    mentor.emulate_color_scheme(ColorScheme::Dark).await?;
    mentor
        .assert_accessible("a report opened in the mentor view, dark")
        .await?;
    let stored = mentor.local_storage("fulcrum/").await?;
    assert!(
        stored.is_empty(),
        "the mentor view wrote to storage: {stored:#?}"
    );
    mentor.assert_same_origin(&harness.origin()).await?;
    mentor.quit().await?;
    Ok(())
}
