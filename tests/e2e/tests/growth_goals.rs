//! SMART goals as a user walks them: complete a self-assessment, follow "Set a goal for …" from
//! the results to the growth page, submit the empty form and read each message beside its field,
//! fix the parts (a date in the past first), save, add a check-in "On track", reload, and find
//! the goal and its check-in again. The builder and the goal are audited with axe in both
//! colour schemes, and nothing leaves the page's origin.

use fulcrum_e2e::axe::ColorScheme;
use fulcrum_e2e::instrument::Instrument;
use fulcrum_e2e::thirtyfour::By;
use fulcrum_e2e::widget::{date_in_words, Widget, ROOT, STORAGE_PREFIX};
use fulcrum_e2e::{Browser, Harness, Result};
use serde_json::Value;

fn values() -> Vec<Vec<u8>> {
    fulcrum_e2e::instrument::sample_answers()
}

const GOAL_PREFIX: &str = "fulcrum/default/goal/";
const SPECIFIC: &str = "Listen without interrupting in every one-to-one, then summarise";
const MEASURE: &str = "One-to-ones where I summarised before giving my view";
const TARGET: &str = "8 of the next 10";
const WHY: &str = "My team says they do not feel heard.";
const NOTE: &str = "Summarised in 3 of 4 one-to-ones — Priya noticed.";

/// The labels of the builder's fields, as the user reads them.
const FOCUS_LABEL: &str = "What is this goal about?";
const SPECIFIC_LABEL: &str = "What exactly will you do or change?";
const MEASURE_LABEL: &str = "How will you measure progress?";
const TARGET_LABEL: &str = "Target: the number you want to reach";
const ACHIEVABLE_LABEL: &str = "Steps you will take, or resources you need";
const PRACTICE_LABEL: &str = "The practice this goal serves";
const WHY_LABEL: &str = "Why it matters to you or your team (optional)";
const DUE_LABEL: &str = "Reach it by";
const NOTE_LABEL: &str = "What happened since the last check-in?";

/// The message shown beside the field labelled `label` (through its aria-describedby), and
/// whether the field is marked invalid; `None` when the field has no message.
async fn message_beside(w: &Widget<'_>, label: &str) -> Result<Option<(String, bool)>> {
    let field = w.labelled(label).await?;
    let Some(described) = field.attr("aria-describedby").await? else {
        return Ok(None);
    };
    let note = w
        .browser()
        .find(By::Id(described.as_str()))
        .await?
        .text()
        .await?;
    let invalid = field.attr("aria-invalid").await?.as_deref() == Some("true");
    Ok(Some((note, invalid)))
}

/// Sets a date input as the date picker does (its typed format depends on the locale).
async fn set_date(w: &Widget<'_>, label: &str, iso: &str) -> Result<()> {
    let field = w.labelled(label).await?;
    w.browser()
        .execute(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
            vec![field.to_json()?, iso.into()],
        )
        .await?;
    Ok(())
}

/// The page's UTC date `days` from now, `YYYY-MM-DD` (the widget dates by its UTC clock).
async fn day_from_now(browser: &Browser, days: i64) -> Result<String> {
    let v = browser
        .eval(&format!(
            "new Date(Date.now() + {days} * 86400000).toISOString().slice(0, 10)"
        ))
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

async fn value_of(browser: &Browser, css: &str) -> Result<String> {
    let v = browser
        .execute(
            "return (document.querySelector(arguments[0]) || {}).value || '';",
            vec![format!("{ROOT} {css}").into()],
        )
        .await?;
    Ok(v.json().as_str().unwrap_or_default().to_owned())
}

async fn audit(browser: &Browser, what: &str) -> Result<()> {
    for scheme in [ColorScheme::Dark, ColorScheme::Light] {
        browser.emulate_color_scheme(scheme).await?;
        browser
            .assert_accessible(&format!("{what} ({})", scheme.as_str()))
            .await?;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_goal_from_the_results_with_a_check_in_survives_a_reload() -> Result<()> {
    let ins = Instrument::built_in();
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;

    // A completed self-assessment; its results suggest goals for the three weakest practices.
    w.click("Start the self-assessment").await?;
    w.finish_by_clicks(&ins, &values(), 0).await?;
    let links = w.texts(".fc-weakest a").await?;
    assert_eq!(
        links,
        [
            "Set a goal for People skills",
            "Set a goal for Continuous learning",
            "Set a goal for Taking part in technical discussions",
        ]
    );
    browser
        .find(By::LinkText("Set a goal for People skills"))
        .await?
        .click()
        .await?;

    // The builder, about People skills, the weakest practices offered first.
    w.wait_for_heading("Set a goal").await?;
    let url = browser.current_url().await?;
    assert!(
        url.as_str().ends_with("/growth.html#goal=people-skills"),
        "{url}"
    );
    assert_eq!(
        value_of(&browser, "select[id$='-goal-focus']").await?,
        "practice:people-skills"
    );
    assert_eq!(
        value_of(&browser, "select[id$='-goal-practice_id']").await?,
        "people-skills",
        "Relevant is linked to the practice"
    );
    assert_eq!(
        w.texts("select[id$='-goal-focus'] optgroup:first-of-type option")
            .await?,
        [
            "People skills (your score 1.0)",
            "Continuous learning (your score 1.4)",
            "Taking part in technical discussions (your score 2.2)",
        ]
    );
    let legends = w.texts("form > fieldset > legend").await?;
    assert_eq!(
        legends,
        [
            "Specific",
            "Measurable",
            "Achievable",
            "Relevant",
            "Time-bound"
        ]
    );

    // Saving the empty form: a message beside each missing part, focus on the first.
    w.click("Save the goal").await?;
    w.wait_for_alert("The goal is not saved: 5 thing(s) to fix.")
        .await?;
    let expected = [
        (
            SPECIFIC_LABEL,
            "Say what exactly you will do or change, in a sentence.",
        ),
        (
            MEASURE_LABEL,
            "Say how you will measure progress, for example “design reviews I come to prepared”.",
        ),
        (
            TARGET_LABEL,
            "Give the target you want to reach, for example “8 of the next 10”.",
        ),
        (
            ACHIEVABLE_LABEL,
            "List the steps you will take or the resources you need, such as time, budget or a mentor.",
        ),
        (DUE_LABEL, "Choose the date you want to reach the target by."),
    ];
    for (label, message) in expected {
        assert_eq!(
            message_beside(&w, label).await?,
            Some((message.to_owned(), true)),
            "{label}"
        );
    }
    for label in [FOCUS_LABEL, PRACTICE_LABEL, WHY_LABEL] {
        assert_eq!(message_beside(&w, label).await?, None, "{label}");
    }
    browser
        .wait_for_focus("the Specific field", |f| f.label == SPECIFIC_LABEL)
        .await?;
    audit(&browser, "the goal builder with every part missing").await?;

    // Filling the parts, one step from the article's suggestions, and a date in the past.
    w.labelled(SPECIFIC_LABEL)
        .await?
        .send_keys(SPECIFIC)
        .await?;
    w.labelled(MEASURE_LABEL).await?.send_keys(MEASURE).await?;
    w.labelled(TARGET_LABEL).await?.send_keys(TARGET).await?;
    let suggestion = ins.practices[5].suggestions[0].clone();
    w.click("Add as a step under Achievable").await?;
    w.wait_for_status("The suggestion was added to the steps under Achievable.")
        .await?;
    assert_eq!(
        value_of(&browser, "textarea[id$='-goal-achievable']").await?,
        suggestion
    );
    w.labelled(WHY_LABEL).await?.send_keys(WHY).await?;
    set_date(&w, DUE_LABEL, "2020-01-15").await?;
    w.click("Save the goal").await?;
    w.wait_for_alert("The goal is not saved: 1 thing(s) to fix.")
        .await?;
    assert_eq!(
        message_beside(&w, DUE_LABEL).await?,
        Some((
            "The date is in the past: choose today or a later date.".to_owned(),
            true
        ))
    );
    for label in [
        SPECIFIC_LABEL,
        MEASURE_LABEL,
        TARGET_LABEL,
        ACHIEVABLE_LABEL,
    ] {
        assert_eq!(message_beside(&w, label).await?, None, "{label} is fixed");
    }
    browser
        .wait_for_focus("the date", |f| f.label == DUE_LABEL)
        .await?;

    // A date in 90 days: saved, and the goal is shown.
    let due = day_from_now(&browser, 90).await?;
    set_date(&w, DUE_LABEL, &due).await?;
    w.click("Save the goal").await?;
    w.wait_for_heading("Your goal").await?;
    w.wait_for_status("Your goal is saved.").await?;
    let url = browser.current_url().await?;
    assert!(
        url.as_str().ends_with("/growth.html"),
        "the #goal= fragment is gone, so a reload does not start a new goal: {url}"
    );
    let due_words = date_in_words(&format!("{due}T00:00:00Z"));
    assert_eq!(
        w.texts(".fc-goal-parts > div").await?,
        [
            format!("Specific\n{SPECIFIC}"),
            format!("Measurable\n{MEASURE} — target: {TARGET}"),
            format!("Achievable\n{suggestion}"),
            format!("Relevant\nPeople skills — {WHY}"),
            format!("Time-bound\nReach it by {due_words}"),
        ]
    );
    assert_eq!(
        w.texts(".fc-goal-status").await?,
        [format!("Status: Not started · due {due_words}, in 90 days")]
    );
    assert_eq!(
        w.texts(".fc-goal-movement").await?,
        ["No self-assessment since this goal was set: People skills was 1.0 then. Take it again to see whether it moved."]
    );

    // A check-in needs a note; then "On track".
    w.click("Add the check-in").await?;
    w.wait_for_alert("The check-in was not added: Write a short note")
        .await?;
    assert_eq!(
        message_beside(&w, NOTE_LABEL).await?,
        Some((
            "Write a short note on what happened since the last check-in.".to_owned(),
            true
        ))
    );
    w.labelled(NOTE_LABEL).await?.send_keys(NOTE).await?;
    browser
        .find(By::Css(format!(
            "{ROOT} input[type=radio][value=\"on_track\"]"
        )))
        .await?
        .click()
        .await?;
    w.click("Add the check-in").await?;
    w.wait_for_status("Check-in added; the goal is on track.")
        .await?;
    let today = browser
        .eval("new Date().toISOString()")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    // Two paragraphs: the date and status, then the note.
    let check_in = format!("{} · On track\n\n{NOTE}", date_in_words(&today));
    assert_eq!(
        w.texts(".fc-check-ins > li").await?,
        std::slice::from_ref(&check_in)
    );
    assert_eq!(
        value_of(&browser, "textarea[id$='-check-in-note']").await?,
        "",
        "the note box is ready for the next check-in"
    );
    audit(&browser, "a goal with a check-in").await?;

    // Stored as one fulcrum.goal record.
    let stored = browser.local_storage(STORAGE_PREFIX).await?;
    let goals: Vec<(&String, &String)> = stored
        .iter()
        .filter(|(k, _)| k.starts_with(GOAL_PREFIX))
        .collect();
    assert_eq!(goals.len(), 1, "{stored:#?}");
    let doc: Value = serde_json::from_str(goals[0].1)?;
    assert_eq!(doc["format"], "fulcrum.goal");
    assert_eq!(
        goals[0].0,
        &format!("{GOAL_PREFIX}{}", doc["id"].as_str().unwrap_or(""))
    );
    assert_eq!(doc["payload"]["focus"]["id"], "people-skills");
    assert_eq!(doc["payload"]["due"], due.as_str());
    assert_eq!(doc["payload"]["check_ins"][0]["status"], "on_track");
    assert_eq!(doc["payload"]["check_ins"][0]["note"], NOTE);

    // After a reload: the goal is listed on the growth page, and opens with its check-in.
    browser.refresh().await?;
    browser
        .wait_for_text(&format!("{ROOT} .fc-goal-list"), SPECIFIC)
        .await?;
    let facts = w.texts(".fc-goal-list .fc-goal-facts").await?;
    assert_eq!(
        facts,
        [format!(
            "About People skills · On track · due {due_words}, in 90 days"
        )]
    );
    w.click(SPECIFIC).await?;
    w.wait_for_heading("Your goal").await?;
    browser
        .wait_for_focus("the goal's heading", |f| f.text == "Your goal")
        .await?;
    assert_eq!(w.texts(".fc-check-ins > li").await?, [check_in]);
    assert_eq!(
        w.texts(".fc-goal-status").await?,
        [format!("Status: On track · due {due_words}, in 90 days")]
    );

    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
