//! Accessibility of the flow: the whole assessment by keyboard alone, with focus moved to
//! each step's heading; and a 320 px wide screen with nothing scrolling sideways.

use fulcrum_e2e::instrument::{Expected, Instrument};
use fulcrum_e2e::thirtyfour::{By, Key};
use fulcrum_e2e::widget::{next_label, Widget, ROOT};
use fulcrum_e2e::{Browser, Focused, Harness, Result, NARROW_WIDTH};

fn values() -> Vec<Vec<u8>> {
    vec![
        vec![3, 1, 2, 2, 2], // 2.0
        vec![4, 4, 5, 4, 4], // 4.2
        vec![1, 2, 1, 1, 3], // 1.6, then the last answer is lowered to 2 by Shift+Tab: 1.4
        vec![5, 5, 4, 5, 5], // 4.8
        vec![2, 3, 3, 3, 3], // 2.8
        vec![3, 4, 3, 4, 3], // 3.4
        vec![1, 1, 1, 1, 1], // 1.0
        vec![4, 3, 4, 3, 3], // 3.4 → ties with practice 6 are fine: ranking is not checked here
    ]
}

const COMMENT: &str = "Pair with Sam on design reviews.";

fn is_radio(f: &Focused, statement_id: &str, value: u8) -> bool {
    f.tag == "input"
        && f.r#type == "radio"
        && f.name.ends_with(&format!("-{statement_id}"))
        && f.value == value.to_string()
}

fn is_heading(f: &Focused, text: &str) -> bool {
    f.tag == "h2" && f.has_class("fc-heading") && f.text.contains(text)
}

/// Presses Tab once; focus must land on the radio of `statement_id` for `value` (the checked
/// one, or the first of an unanswered group).
async fn tab_to_radio(browser: &Browser, statement_id: &str, value: u8) -> Result<()> {
    browser.press(Key::Tab).await?;
    browser
        .wait_for_focus(&format!("radio {value} of {statement_id}"), |f| {
            is_radio(f, statement_id, value)
        })
        .await?;
    Ok(())
}

/// Presses Tab once; focus must land on the button `label`.
async fn tab_to_button(browser: &Browser, label: &str) -> Result<()> {
    browser.press(Key::Tab).await?;
    browser
        .wait_for_focus(&format!("the button {label:?}"), |f| f.is_button(label))
        .await?;
    Ok(())
}

/// With focus on the radio group of `statement_id` at `from`, checks `to` the way a
/// keyboard user does: arrow keys move and check; Space checks the focused radio.
async fn choose(browser: &Browser, statement_id: &str, from: u8, to: u8) -> Result<()> {
    if to == from {
        browser.press(Key::Space).await?;
    } else {
        let key = if to > from { Key::Right } else { Key::Left };
        for _ in 0..from.abs_diff(to) {
            browser.press(key.clone()).await?;
        }
    }
    browser
        .wait_for_focus(&format!("radio {to} of {statement_id}, checked"), |f| {
            is_radio(f, statement_id, to) && f.checked
        })
        .await?;
    Ok(())
}

/// The focused element has a visible focus ring (an outline at least 2 px wide).
async fn assert_focus_ring(browser: &Browser) -> Result<()> {
    let ring = browser
        .eval(
            "(() => { const s = getComputedStyle(document.activeElement);
                      return s.outlineStyle + ' ' + s.outlineWidth; })()",
        )
        .await?;
    let ring = ring.as_str().unwrap_or_default().to_owned();
    let width: f64 = ring
        .split_whitespace()
        .nth(1)
        .and_then(|w| w.trim_end_matches("px").parse().ok())
        .unwrap_or(0.0);
    assert!(
        !ring.starts_with("none") && width >= 2.0,
        "no visible focus on {}: outline {ring:?}",
        browser.focused().await?
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_assessment_works_by_keyboard_alone() -> Result<()> {
    let ins = Instrument::built_in();
    let mut values = values();
    let total = ins.statement_count();
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;

    // From the top of the page, the first Tab reaches the start button.
    tab_to_button(&browser, "Start the self-assessment").await?;
    assert_focus_ring(&browser).await?;
    browser.press(Key::Enter).await?;

    let mut answered = 0;
    for (i, practice) in ins.practices.iter().enumerate() {
        // Navigation moved focus to the step's heading.
        browser
            .wait_for_focus(&format!("the heading of {}", practice.title), |f| {
                is_heading(f, &practice.title)
            })
            .await?;
        w.wait_for_progress(&format!(
            "Step {} of 8 · {answered} of {total} statements answered",
            i + 1
        ))
        .await?;
        // Tab from the heading goes through the statements in order, one stop per group.
        for (j, s) in practice.statements.iter().enumerate() {
            tab_to_radio(&browser, &s.id, 1).await?;
            if i == 0 && j == 0 {
                assert_focus_ring(&browser).await?;
            }
            choose(&browser, &s.id, 1, values[i][j]).await?;
            answered += 1;
        }
        w.wait_for_progress(&format!(
            "Step {} of 8 · {answered} of {total} statements answered",
            i + 1
        ))
        .await?;
        browser.press(Key::Tab).await?;
        browser
            .wait_for_focus("the comment box", |f| f.tag == "textarea")
            .await?;
        if i == 2 {
            // Type a comment, then Shift+Tab back to the last statement and lower it.
            browser.press(COMMENT).await?;
            let last = &practice.statements[4].id;
            let before = values[i][4];
            browser.press_with_shift(Key::Tab).await?;
            browser
                .wait_for_focus("the last statement's checked radio", |f| {
                    is_radio(f, last, before) && f.checked
                })
                .await?;
            choose(&browser, last, before, before - 1).await?;
            values[i][4] = before - 1;
            browser.press(Key::Tab).await?;
            browser
                .wait_for_focus("the comment box with the comment", |f| {
                    f.tag == "textarea" && f.value == COMMENT
                })
                .await?;
        }
        let back = if i == 0 { "Back to the start" } else { "Back" };
        tab_to_button(&browser, back).await?;
        if i == 1 {
            // Back by keyboard: the previous step, its heading focused, its answers checked.
            browser.press(Key::Space).await?;
            let previous = &ins.practices[0];
            browser
                .wait_for_focus("the heading of the previous step", |f| {
                    is_heading(f, &previous.title)
                })
                .await?;
            for (s, v) in previous.statements.iter().zip(&values[0]) {
                tab_to_radio(&browser, &s.id, *v).await?;
            }
            browser.press(Key::Tab).await?;
            browser
                .wait_for_focus("the comment box", |f| f.tag == "textarea")
                .await?;
            tab_to_button(&browser, "Back to the start").await?;
            tab_to_button(&browser, &next_label(&ins, 0)).await?;
            browser.press(Key::Enter).await?;
            browser
                .wait_for_focus("the heading of the step again", |f| {
                    is_heading(f, &practice.title)
                })
                .await?;
            for (s, v) in practice.statements.iter().zip(&values[1]) {
                tab_to_radio(&browser, &s.id, *v).await?;
            }
            browser.press(Key::Tab).await?;
            tab_to_button(&browser, "Back").await?;
        }
        tab_to_button(&browser, &next_label(&ins, i)).await?;
        // Buttons work with Enter and with Space.
        let key = if i % 2 == 0 { Key::Enter } else { Key::Space };
        browser.press(key).await?;
    }

    browser
        .wait_for_focus("the review heading", |f| {
            is_heading(f, "Review your answers")
        })
        .await?;
    tab_to_button(&browser, "See my results").await?;
    browser.press(Key::Enter).await?;
    browser
        .wait_for_focus("the results heading", |f| is_heading(f, "Your results"))
        .await?;
    let expected = Expected::of(&ins, &ins.ratings(&values));
    assert_eq!(w.results_table().await?, expected.table(&ins));
    // The chart is not a tab stop: next come the links to set a goal for each of the three
    // weakest practices, then the first action.
    for n in 1..=3 {
        browser.press(Key::Tab).await?;
        browser
            .wait_for_focus(&format!("goal link {n}"), |f| {
                f.tag == "a" && f.text.starts_with("Set a goal for ")
            })
            .await?;
    }
    tab_to_button(&browser, "Download results (JSON)").await?;

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// Fails if the page scrolls sideways at its width or any visible part of the widget lies
/// outside the viewport (clipped or hidden off to a side).
async fn assert_fits(browser: &Browser, screen: &str) -> Result<()> {
    let report = browser
        .eval(&format!(
            "(() => {{
                const width = window.innerWidth;
                const out = [...document.querySelectorAll('{ROOT} *')]
                    .filter(e => !e.closest('.fc-sr-only'))
                    .filter(e => {{
                        const r = e.getBoundingClientRect();
                        return r.width > 0 && r.height > 0 && (r.left < -0.5 || r.right > width + 0.5);
                    }})
                    .slice(0, 5)
                    .map(e => e.tagName + '.' + (e.getAttribute('class') || '') + ' ' +
                              (e.textContent || '').trim().slice(0, 40));
                return {{ width, scroll: document.documentElement.scrollWidth, out }};
            }})()"
        ))
        .await?;
    // A page wider than the device makes a mobile browser widen the layout viewport.
    assert_eq!(
        report["width"], NARROW_WIDTH,
        "{screen}: the layout viewport grew to fit the page: {report}"
    );
    let scroll = report["scroll"].as_u64().unwrap_or(u64::MAX);
    assert!(
        scroll <= u64::from(NARROW_WIDTH),
        "{screen}: the page scrolls sideways (scrollWidth {scroll}): {report}"
    );
    assert_eq!(
        report["out"],
        serde_json::json!([]),
        "{screen}: parts of the widget lie outside the {NARROW_WIDTH} px viewport"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn at_320_px_nothing_scrolls_sideways_and_every_choice_is_visible() -> Result<()> {
    let ins = Instrument::built_in();
    let values = values();
    let harness = Harness::start()?;
    let browser = harness.browser().narrow().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;
    assert_fits(&browser, "welcome").await?;

    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    assert_fits(&browser, "practice step").await?;
    // Every choice is shown whole, inside the viewport, with its label.
    let radios = browser
        .find_all(By::Css(format!("{ROOT} fieldset input[type=radio]")))
        .await?;
    assert_eq!(radios.len(), ins.practices[0].statements.len() * 5);
    for radio in &radios {
        assert!(radio.is_displayed().await?, "a radio is hidden");
        let r = radio.rect().await?;
        assert!(
            r.x >= 0.0 && r.x + r.width <= f64::from(NARROW_WIDTH) && r.width > 0.0,
            "a radio lies outside the viewport: {r:?}"
        );
    }
    let labels = w.texts("fieldset .fc-option-label").await?;
    assert_eq!(labels.len(), radios.len());
    assert!(labels.iter().all(|l| !l.is_empty()), "{labels:?}");
    // And works by touch-sized clicks at this width.
    w.rate_practice(&ins.practices[0], &values[0]).await?;
    w.wait_for_progress("Step 1 of 8 · 5 of 40 statements answered")
        .await?;
    w.click(&next_label(&ins, 0)).await?;
    w.wait_for_practice(&ins, 1).await?;
    assert_fits(&browser, "second practice step").await?;

    w.button_starting("Review and results")
        .await?
        .click()
        .await?;
    w.wait_for_heading("Review your answers").await?;
    assert_fits(&browser, "review with gaps").await?;

    // Results, opened from a file exported earlier.
    w.button_starting("1. Continuous learning")
        .await?
        .click()
        .await?;
    w.wait_for_practice(&ins, 0).await?;
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fixtures/self-assessment-v1.json")
        .canonicalize()?;
    w.import(&fixture).await?;
    w.wait_for_heading("Your results").await?;
    assert_eq!(w.results_table().await?.len(), ins.practices.len());
    assert_fits(&browser, "results").await?;
    for css in ["table.fc-table", "svg.fc-chart", ".fc-balance"] {
        let e = browser.find(By::Css(format!("{ROOT} {css}"))).await?;
        assert!(e.is_displayed().await?, "{css} is hidden");
    }

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
