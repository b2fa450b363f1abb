//! History over time: two self-assessments six months apart (the page's clock set for each),
//! the second started from the answers of the first, then the growth page's history: dates,
//! scores, the change since the previous take, the practices that moved most, and the charts.

use fulcrum_e2e::axe::ColorScheme;
use fulcrum_e2e::instrument::{one_decimal, Expected, Instrument};
use fulcrum_e2e::widget::{next_label, Widget, ROOT};
use fulcrum_e2e::{Harness, Result};

/// 2026-03-02T09:00:00Z and 2026-09-14T09:00:00Z, in milliseconds since 1970.
const MARCH_2: i64 = 1_772_442_000_000;
const SEPTEMBER_14: i64 = 1_789_376_400_000;

/// The first take: every practice a different score (see tests/self_assessment.rs).
fn first_values() -> Vec<Vec<u8>> {
    vec![
        vec![2, 1, 1, 2, 1], // Continuous learning                       1.4
        vec![2, 3, 2, 2, 2], // Taking part in technical discussions      2.2
        vec![3, 3, 4, 3, 3], // Delegating                                3.2
        vec![4, 5, 4, 4, 4], // Inclusion, trust and innovation           4.2
        vec![5, 5, 5, 5, 4], // SMART goals and guidance                  4.8
        vec![1, 1, 1, 1, 1], // People skills                             1.0
        vec![3, 2, 3, 2, 2], // Self-reflection and openness to feedback  2.4
        vec![4, 3, 4, 4, 3], // Seeking guidance                          3.6
    ]
}

/// What the second take changes: (practice, its new ratings).
fn changes() -> Vec<(usize, Vec<u8>)> {
    vec![
        (0, vec![3, 2, 2, 3, 2]), // Continuous learning   1.4 → 2.4
        (3, vec![4, 4, 3, 4, 4]), // Inclusion             4.2 → 3.8
        (5, vec![2, 2, 1, 2, 1]), // People skills         1.0 → 1.6
    ]
}

fn second_values() -> Vec<Vec<u8>> {
    let mut values = first_values();
    for (i, row) in changes() {
        values[i] = row;
    }
    values
}

/// The change column's words for two scores, from the one-decimal figures people read:
/// "+0.4 (up)", "−0.2 (down)" (a true minus sign), "no change".
fn change_words(from: f64, to: f64) -> String {
    let tenths = |x: f64| (x * 10.0).round() as i64;
    let d = tenths(to) - tenths(from);
    let size = one_decimal(d.abs() as f64 / 10.0);
    match d {
        0 => "no change".to_owned(),
        d if d > 0 => format!("+{size} (up)"),
        _ => format!("\u{2212}{size} (down)"),
    }
}

const PREFILL_NOTICE: &str = "Pre-filled from your take of 2 March 2026: change any answer that no longer fits. Comments were not copied.";

/// The pre-filled notice of the current step or review, waited for and read.
async fn notice(w: &Widget<'_>) -> Result<String> {
    let notice = w
        .browser()
        .wait_for(&format!("{ROOT} .fc-prefilled"))
        .await?;
    Ok(notice.text().await?)
}

/// The history table: header cells, then each row's cells (row header first).
async fn history_table(w: &Widget<'_>) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let b = w.browser();
    b.wait_for(&format!("{ROOT} table.fc-history-table tbody tr"))
        .await?;
    let head = w.texts("table.fc-history-table thead th").await?;
    let rows = b
        .eval(&format!(
            "[...document.querySelectorAll('{ROOT} table.fc-history-table tbody tr')]
                .map(r => [...r.children].map(c => c.innerText.trim()))"
        ))
        .await?;
    let rows = rows
        .as_array()
        .ok_or("history rows are not an array")?
        .iter()
        .map(|r| {
            r.as_array()
                .map(|cells| {
                    cells
                        .iter()
                        .map(|c| c.as_str().unwrap_or_default().to_owned())
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    Ok((head, rows))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_take_from_the_last_answers_shows_its_change_in_the_history() -> Result<()> {
    let ins = Instrument::built_in();
    let (first, second) = (first_values(), second_values());
    let before = Expected::of(&ins, &ins.ratings(&first));
    let after = Expected::of(&ins, &ins.ratings(&second));
    let total = ins.statement_count();

    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;

    // ---- Take 1, on 2 March 2026, with a comment ----
    browser.set_clock(MARCH_2).await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.wait_for_heading(&ins.title).await?;
    assert!(
        w.texts("a[href='growth.html']").await?.is_empty(),
        "no link to the progress page before any take"
    );
    w.click("Start the self-assessment").await?;
    w.wait_for_practice(&ins, 0).await?;
    w.comment_box()
        .await?
        .send_keys("Reading one paper a week")
        .await?;
    w.finish_by_clicks(&ins, &first, 0).await?;
    browser
        .wait_for_text(
            &format!("{ROOT} .fc-results .fc-muted"),
            "Self-assessment completed on 2 March 2026.",
        )
        .await?;

    // ---- Take 2, on 14 September 2026, from the last answers ----
    browser.set_clock(SEPTEMBER_14).await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    // The page opens where it was left: the results of the first take.
    w.wait_for_heading("Your results").await?;
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    assert_eq!(
        w.texts("a[href='growth.html']").await?,
        ["Your progress and goals"]
    );
    w.button("Take the self-assessment again").await?;
    w.click("Start from my last answers").await?;
    let changed = changes();
    for (i, practice) in ins.practices.iter().enumerate() {
        w.wait_for_practice(&ins, i).await?;
        assert_eq!(notice(&w).await?, PREFILL_NOTICE, "step {}", i + 1);
        for (j, s) in practice.statements.iter().enumerate() {
            assert_eq!(
                w.checked(&s.id).await?,
                Some(first[i][j]),
                "pre-filled answer to {}",
                s.id
            );
        }
        if i == 0 {
            w.wait_for_progress(&format!(
                "Step 1 of 8 · {total} of {total} statements answered"
            ))
            .await?;
            let comment = w.comment_box().await?.prop("value").await?;
            assert_eq!(comment.as_deref(), Some(""), "comments are not copied");
        }
        if let Some((_, row)) = changed.iter().find(|(p, _)| *p == i) {
            w.rate_practice(practice, row).await?;
            for (s, v) in practice.statements.iter().zip(row) {
                let id = &s.id;
                w.browser()
                    .wait_until(&format!("{id} checked at {v}"), || async {
                        Ok((w.checked(id).await? == Some(*v)).then_some(()))
                    })
                    .await?;
            }
        }
        if i == 3 {
            // A reload keeps the take, its changed answers and where it came from.
            browser.refresh().await?;
            w.wait_for_practice(&ins, 3).await?;
            assert_eq!(notice(&w).await?, PREFILL_NOTICE, "after a reload");
            for (s, v) in practice.statements.iter().zip(&second[3]) {
                assert_eq!(w.checked(&s.id).await?, Some(*v), "{} after a reload", s.id);
            }
            browser
                .assert_accessible("a pre-filled practice step")
                .await?;
        }
        w.click(&next_label(&ins, i)).await?;
    }
    w.wait_for_heading("Review your answers").await?;
    assert_eq!(notice(&w).await?, PREFILL_NOTICE, "the review");
    w.click("See my results").await?;
    w.wait_for_heading("Your results").await?;
    browser
        .wait_for_text(
            &format!("{ROOT} .fc-results .fc-muted"),
            "Self-assessment completed on 14 September 2026.",
        )
        .await?;
    assert_eq!(w.results_table().await?, after.table(&ins));

    // ---- The history on the growth page, reached from the results ----
    browser
        .wait_for(&format!("{ROOT} a[href='growth.html']"))
        .await?
        .click()
        .await?;
    browser
        .wait_for_text(&format!("{ROOT} .fc-history h3"), "Your results over time")
        .await?;
    let (head, rows) = history_table(&w).await?;
    assert_eq!(
        head,
        [
            "Practice",
            "2 March 2026",
            "14 September 2026",
            "Change since previous"
        ]
    );
    let mut want: Vec<Vec<String>> = ins
        .practices
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (a, b) = (before.practices[i], after.practices[i]);
            vec![
                format!("{}. {}", i + 1, p.title),
                one_decimal(a),
                one_decimal(b),
                change_words(a, b),
            ]
        })
        .collect();
    for (label, a, b) in [
        ("Technical index", before.technical, after.technical),
        ("Leadership index", before.leadership, after.leadership),
    ] {
        want.push(vec![
            label.to_owned(),
            one_decimal(a),
            one_decimal(b),
            change_words(a, b),
        ]);
    }
    assert_eq!(rows, want);
    // The three changed practices, spelled out.
    assert_eq!(rows[0][1..], ["1.4", "2.4", "+1.0 (up)"]);
    assert_eq!(rows[3][1..], ["4.2", "3.8", "\u{2212}0.4 (down)"]);
    assert_eq!(rows[5][1..], ["1.0", "1.6", "+0.6 (up)"]);
    assert!(rows[1..3].iter().all(|r| r[3] == "no change"), "{rows:?}");

    assert_eq!(
        w.texts(".fc-history-moved").await?,
        ["Moved most since your take of 2 March 2026: Continuous learning +1.0 (up), People skills +0.6 (up), Inclusion, trust and innovation \u{2212}0.4 (down)."]
    );

    // One small chart per practice and index, each an image labelled with its figures.
    let labels = browser
        .eval(&format!(
            "[...document.querySelectorAll('{ROOT} .fc-history-charts svg[role=img]')]
                .map(s => s.getAttribute('aria-label'))"
        ))
        .await?;
    let labels: Vec<&str> = labels
        .as_array()
        .ok_or("chart labels are not an array")?
        .iter()
        .map(|l| l.as_str().unwrap_or_default())
        .collect();
    assert_eq!(labels.len(), ins.practices.len() + 2, "{labels:?}");
    assert_eq!(
        labels[0],
        "1. Continuous learning, from 1 to 5: 1.4 on 2 March 2026, 2.4 on 14 September 2026. Since the previous take: +1.0 (up)."
    );
    assert_eq!(
        labels[3],
        "4. Inclusion, trust and innovation, from 1 to 5: 4.2 on 2 March 2026, 3.8 on 14 September 2026. Since the previous take: \u{2212}0.4 (down)."
    );
    let lines = w.texts(".fc-history-charts path.fc-history-line").await?;
    assert_eq!(lines.len(), labels.len(), "a line in every chart");

    for scheme in [ColorScheme::Light, ColorScheme::Dark] {
        browser.emulate_color_scheme(scheme).await?;
        browser
            .assert_accessible(&format!("the history, {}", scheme.as_str()))
            .await?;
    }

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
