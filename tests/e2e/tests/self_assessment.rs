//! The self-assessment flow a user walks, by mouse: the whole take from the welcome screen to
//! the results, and stopping midway (reload, or closing the browser) to resume later.

use fulcrum_e2e::instrument::{one_decimal, Expected, Instrument};
use fulcrum_e2e::widget::{date_in_words, next_label, Widget, ASSESSMENT_PREFIX, DRAFT_KEY};
use fulcrum_e2e::{Harness, Profile, Result};
use serde_json::{json, Value};

fn values() -> Vec<Vec<u8>> {
    fulcrum_e2e::instrument::sample_answers()
}

/// A comment with a line break, quotes and non-ASCII text, as people write them.
const COMMENT: &str = "Delegate the \"release train\" to Priya.\nCheck in every two weeks — ✓";

/// The completed take stored in localStorage (the only one), parsed.
async fn stored_take(widget: &Widget<'_>) -> Result<Value> {
    let stored = widget.stored().await?;
    let takes: Vec<&String> = stored
        .iter()
        .filter(|(k, _)| k.starts_with(ASSESSMENT_PREFIX))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(takes.len(), 1, "one completed take is stored: {stored:#?}");
    assert!(
        !stored.contains_key(DRAFT_KEY),
        "the draft is gone once completed"
    );
    Ok(serde_json::from_str(takes[0])?)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_assessment_by_mouse_gives_the_expected_results() -> Result<()> {
    let ins = Instrument::built_in();
    let values = values();
    let ratings = ins.ratings(&values);
    let expected = Expected::of(&ins, &ratings);
    let total = ins.statement_count();
    let steps = ins.practices.len();
    let commented = 2; // Delegating

    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;

    // Welcome: what this is, how long it takes, that the data stays here.
    w.wait_for_heading(&ins.title).await?;
    let facts = w.texts(".fc-facts li").await?;
    let minutes = ins.document["minutes"].as_u64().unwrap_or_default();
    assert!(
        facts.contains(&format!("About {minutes} minutes")),
        "{facts:?}"
    );
    assert!(
        facts.contains(&format!(
            "{steps} practices, {total} statements, one step per practice"
        )),
        "{facts:?}"
    );
    let privacy = w.texts(".fc-privacy").await?.join(" ");
    assert!(privacy.contains("Nothing is sent anywhere"), "{privacy}");
    assert!(
        w.texts(".fc-past").await?.is_empty(),
        "no completed takes yet"
    );
    w.wait_for_status("Answers are saved on this device as you go.")
        .await?;
    w.click("Start the self-assessment").await?;

    // One step per practice; progress counts every answer as it is given.
    let mut answered = 0;
    for (i, practice) in ins.practices.iter().enumerate() {
        w.wait_for_practice(&ins, i).await?;
        let step = format!("Step {} of {steps}", i + 1);
        w.wait_for_progress(&format!(
            "{step} · {answered} of {total} statements answered"
        ))
        .await?;
        // Each statement is a fieldset whose legend is the numbered statement.
        let legends = w.texts("fieldset.fc-statement > legend").await?;
        let wanted: Vec<String> = practice
            .statements
            .iter()
            .enumerate()
            .map(|(j, s)| format!("{}. {}", answered + j + 1, s.self_text))
            .collect();
        assert_eq!(legends, wanted, "statements of {}", practice.title);
        for (statement, value) in practice.statements.iter().zip(&values[i]) {
            w.rate(&statement.id, *value).await?;
            answered += 1;
            w.wait_for_progress(&format!(
                "{step} · {answered} of {total} statements answered"
            ))
            .await?;
        }
        assert_eq!(
            w.texts("fieldset.fc-statement.fc-answered").await?.len(),
            practice.statements.len(),
            "every answered statement is marked answered"
        );
        if i == commented {
            w.comment_box().await?.send_keys(COMMENT).await?;
        }
        w.click(&next_label(&ins, i)).await?;
    }

    // Review: nothing missing.
    w.wait_for_heading("Review your answers").await?;
    w.wait_for_progress(&format!("Review · {total} of {total} statements answered"))
        .await?;
    let lead = w.texts(".fc-review .fc-lead").await?;
    assert_eq!(
        lead,
        [format!(
            "All {total} statements are answered. Your results are ready."
        )]
    );
    assert!(w.texts(".fc-gap").await?.is_empty(), "no gaps listed");
    w.click("See my results").await?;

    // Results: the score of every practice, the balance, strongest, weakest with suggestions.
    w.wait_for_heading("Your results").await?;
    assert_eq!(w.results_table().await?, expected.table(&ins));
    let balance = w.texts(".fc-balance").await?.join(" ");
    assert!(
        balance.contains(&expected.balance.key_phrase()),
        "balance {balance:?} should say {:?} (expected {expected:?})",
        expected.balance.key_phrase()
    );
    let indexes = w.texts(".fc-indexes .fc-index").await?;
    assert_eq!(indexes.len(), 2, "{indexes:?}");
    for (text, (name, value)) in indexes.iter().zip([
        ("Technical index", expected.technical),
        ("Leadership index", expected.leadership),
    ]) {
        assert!(text.starts_with(name), "{text:?}");
        assert!(
            text.ends_with(&format!("{} of 5", one_decimal(value))),
            "{name}: {text:?}, expected {value}"
        );
    }
    let titled = |i: usize| {
        format!(
            "{} ({})",
            ins.practices[i].title,
            one_decimal(expected.practices[i])
        )
    };
    let strongest: Vec<String> = expected.strongest().into_iter().map(titled).collect();
    assert_eq!(w.texts(".fc-strongest > li").await?, strongest);
    let weakest = expected.weakest();
    let headings: Vec<String> = weakest.iter().copied().map(titled).collect();
    assert_eq!(w.texts(".fc-weakest > li > h4").await?, headings);
    for (n, i) in weakest.iter().enumerate() {
        let shown = w
            .texts(&format!(
                ".fc-weakest > li:nth-child({}) .fc-suggestions li",
                n + 1
            ))
            .await?;
        assert_eq!(
            shown, ins.practices[*i].suggestions,
            "suggestions for {}",
            ins.practices[*i].title
        );
    }
    // The radar chart has a point per practice (the table says the same in words).
    let dots = w.texts("svg.fc-chart[role=img] .fc-chart-dot").await?;
    assert_eq!(dots.len(), steps);

    // Kept in storage as given, with the comment.
    let take = stored_take(&w).await?;
    let answers: serde_json::Map<String, Value> =
        ratings.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
    assert_eq!(take["payload"]["answers"], Value::Object(answers));
    assert_eq!(
        take["payload"]["comments"],
        json!({ ins.practices[commented].id.clone(): COMMENT })
    );
    let completed_on = date_in_words(take["payload"]["completed_at"].as_str().unwrap_or(""));
    w.browser()
        .wait_for_text(
            "[data-fulcrum] .fc-results .fc-muted",
            &format!("Self-assessment completed on {completed_on}."),
        )
        .await?;

    // Back at the start, the take is listed, dated, with its balance.
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    let past = w.texts(".fc-past li").await?;
    assert_eq!(past.len(), 1, "{past:?}");
    assert!(
        past[0].starts_with(&format!("Results of {completed_on}")),
        "{past:?}"
    );
    assert!(past[0].contains(&expected.balance.key_phrase()), "{past:?}");
    w.button("Take the self-assessment again").await?;

    // Nothing was requested from any other host.
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// Checks the page resumed on practice 4 with `answered` answers in total, the first
/// `in_step` statements of that practice checked as they were given.
async fn check_resumed_on_practice_4(
    w: &Widget<'_>,
    ins: &Instrument,
    values: &[Vec<u8>],
    answered: usize,
    in_step: usize,
) -> Result<()> {
    let total = ins.statement_count();
    w.wait_for_practice(ins, 3).await?;
    w.wait_for_progress(&format!(
        "Step 4 of 8 · {answered} of {total} statements answered"
    ))
    .await?;
    for (j, s) in ins.practices[3].statements.iter().enumerate() {
        let want = (j < in_step).then_some(values[3][j]);
        assert_eq!(w.checked(&s.id).await?, want, "statement {}", s.id);
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn stopping_midway_resumes_everything_after_a_reload_and_a_new_browser() -> Result<()> {
    let ins = Instrument::built_in();
    let values = values();
    let expected = Expected::of(&ins, &ins.ratings(&values));
    let total = ins.statement_count();
    let harness = Harness::start()?;
    let profile = Profile::new()?;

    let browser = harness.browser().profile(&profile).start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.click("Start the self-assessment").await?;
    // Practices 1–3 in full, a comment on practice 2, two statements of practice 4.
    for (i, (practice, row)) in ins.practices.iter().zip(&values).take(3).enumerate() {
        w.wait_for_practice(&ins, i).await?;
        w.rate_practice(practice, row).await?;
        if i == 1 {
            w.comment_box().await?.send_keys(COMMENT).await?;
        }
        w.click(&next_label(&ins, i)).await?;
    }
    w.wait_for_practice(&ins, 3).await?;
    w.rate_practice(&ins.practices[3], &values[3][..2]).await?;
    w.wait_for_progress(&format!("Step 4 of 8 · 17 of {total} statements answered"))
        .await?;

    // Reload at once: the same step, the same answers.
    browser.refresh().await?;
    check_resumed_on_practice_4(&w, &ins, &values, 17, 2).await?;
    // Opening the page does not move focus; only the user's navigation does.
    let focused = browser.focused().await?;
    assert_eq!(focused.tag, "body", "focus after reload: {focused}");
    // Back twice: practice 2 has its answers and its comment.
    w.click("Back").await?;
    w.wait_for_practice(&ins, 2).await?;
    w.click("Back").await?;
    w.wait_for_practice(&ins, 1).await?;
    let comment = w.comment_box().await?.prop("value").await?;
    assert_eq!(comment.as_deref(), Some(COMMENT));
    for (s, v) in ins.practices[1].statements.iter().zip(&values[1]) {
        assert_eq!(w.checked(&s.id).await?, Some(*v), "statement {}", s.id);
    }
    // Jump straight to practice 4 from the step list and give one more answer.
    w.button_starting("4. Inclusion, trust and innovation")
        .await?
        .click()
        .await?;
    w.wait_for_practice(&ins, 3).await?;
    w.rate(&ins.practices[3].statements[2].id, values[3][2])
        .await?;
    w.wait_for_progress(&format!("Step 4 of 8 · 18 of {total} statements answered"))
        .await?;
    browser.assert_same_origin(&harness.origin()).await?;
    // Close the browser, as a user closing the window.
    browser.quit().await?;

    // A new browser on the same profile, days later: everything is there.
    let browser = harness.browser().profile(&profile).start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    check_resumed_on_practice_4(&w, &ins, &values, 18, 3).await?;

    // The welcome screen offers to continue, and continuing lands on the first gap.
    w.button_starting("1. Continuous learning")
        .await?
        .click()
        .await?;
    w.wait_for_practice(&ins, 0).await?;
    w.click("Back to the start").await?;
    w.wait_for_heading(&ins.title).await?;
    w.click(&format!(
        "Continue where you left off (18 of {total} answered)"
    ))
    .await?;
    check_resumed_on_practice_4(&w, &ins, &values, 18, 3).await?;

    // The review lists exactly what is missing, with a way to each gap.
    w.button_starting("Review and results")
        .await?
        .click()
        .await?;
    w.wait_for_heading("Review your answers").await?;
    let lead = w.texts(".fc-review .fc-lead").await?.join(" ");
    assert!(
        lead.starts_with(&format!(
            "{} of {total} statements still need an answer.",
            total - 18
        )),
        "{lead}"
    );
    let gaps = w.texts(".fc-gap > h3").await?;
    let mut wanted = vec![format!("{} — 2 unanswered", ins.practices[3].title)];
    wanted.extend(
        ins.practices[4..]
            .iter()
            .map(|p| format!("{} — 5 unanswered", p.title)),
    );
    assert_eq!(gaps, wanted);
    let missing = w.texts(".fc-gap:first-child li").await?;
    let missing_texts: Vec<String> = ins.practices[3].statements[3..]
        .iter()
        .map(|s| s.self_text.clone())
        .collect();
    assert_eq!(missing, missing_texts);
    assert!(
        !w.has_button("See my results").await?,
        "no results while statements are missing"
    );
    w.click(&format!("Answer these in {}", ins.practices[3].title))
        .await?;

    // Finish from there: the results count every answer, from before and after the breaks.
    w.finish_by_clicks(&ins, &values, 3).await?;
    assert_eq!(w.results_table().await?, expected.table(&ins));
    let take = stored_take(&w).await?;
    assert_eq!(
        take["payload"]["comments"],
        json!({ ins.practices[1].id.clone(): COMMENT })
    );
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
