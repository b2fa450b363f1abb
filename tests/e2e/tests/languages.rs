//! The interface in the user's language: German chosen by the browser's preferred languages
//! or by `data-lang`, the questionnaire's own German translation, German numbers, the audit
//! in German; and the colour scheme a host page fixes for its widgets.

use fulcrum_e2e::axe::ColorScheme;
use fulcrum_e2e::instrument::{sample_answers, Expected, Instrument};
use fulcrum_e2e::widget::{Widget, ROOT};
use fulcrum_e2e::{copy_release_into, Browser, Harness, Result, StaticServer};
use serde_json::json;
use std::path::Path;

/// Makes the page see a German browser (navigator.languages), before any of its scripts run.
const GERMAN_BROWSER: &str = "Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'de', 'en'] }); Object.defineProperty(navigator, 'language', { get: () => 'de-DE' });";

/// English interface words that must not appear anywhere in the German widget.
const ENGLISH_WORDS: [&str; 12] = [
    "Step ",
    "Practice ",
    "statements answered",
    "Answers are saved",
    "Start the self-assessment",
    "Review your answers",
    "See my results",
    "Your results",
    "Technical index",
    "Leadership index",
    "Back",
    "Not observed",
];

/// A text of the built-in questionnaire's German translation, by JSON pointer below it.
fn german(ins: &Instrument, pointer: &str) -> String {
    ins.document["translations"]["de"]
        .pointer(pointer)
        .and_then(|v| v.as_str())
        .unwrap_or_else(|| panic!("the German translation has {pointer}"))
        .to_owned()
}

/// The visible text of the whole widget.
async fn widget_text(browser: &Browser) -> Result<String> {
    let text = browser
        .eval(&format!("document.querySelector('{ROOT} .fc').innerText"))
        .await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

async fn assert_no_english(browser: &Browser, screen: &str) -> Result<()> {
    let text = widget_text(browser).await?;
    for word in ENGLISH_WORDS {
        assert!(
            !text.contains(word),
            "{screen}: English {word:?} in the German widget:\n{text}"
        );
    }
    Ok(())
}

/// Runs axe-core in both colour schemes.
async fn audit(browser: &Browser, screen: &str) -> Result<()> {
    for scheme in ColorScheme::ALL {
        browser.emulate_color_scheme(scheme).await?;
        browser
            .assert_accessible(&format!("{screen} (German, {scheme})"))
            .await?;
    }
    browser.emulate_color_scheme(ColorScheme::Light).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_german_browser_gets_the_whole_assessment_in_german() -> Result<()> {
    let ins = Instrument::built_in();
    let values = sample_answers();
    let expected = Expected::of(&ins, &ins.ratings(&values));
    let (steps, total) = (ins.practices.len(), ins.statement_count());

    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    browser.on_new_document(GERMAN_BROWSER).await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;

    // Welcome, in German, with the questionnaire's German title; the widget says its language.
    w.wait_for_heading(&german(&ins, "/title")).await?;
    assert_eq!(
        browser
            .eval(&format!(
                "document.querySelector('{ROOT} .fc').getAttribute('lang')"
            ))
            .await?,
        json!("de")
    );
    let facts = w.texts(".fc-facts li").await?;
    assert!(
        facts.contains(&format!(
            "{steps} Praktiken, {total} Aussagen, ein Schritt pro Praxis"
        )),
        "{facts:?}"
    );
    w.wait_for_status("Ihre Antworten werden laufend auf diesem Gerät gespeichert.")
        .await?;
    assert_no_english(&browser, "welcome").await?;
    audit(&browser, "welcome").await?;
    w.click("Selbsteinschätzung beginnen").await?;

    // Every step: the German practice title and statements, German progress and buttons.
    let mut answered = 0;
    for (i, practice) in ins.practices.iter().enumerate() {
        let title = german(&ins, &format!("/practices/{}/title", practice.id));
        w.wait_for_heading(&title).await?;
        let heading = w.heading().await?;
        assert!(
            heading.contains(&format!("Praxis {} von {steps}", i + 1)),
            "{heading:?}"
        );
        let legends = w.texts("fieldset.fc-statement > legend").await?;
        let wanted: Vec<String> = practice
            .statements
            .iter()
            .enumerate()
            .map(|(j, s)| {
                let text = german(&ins, &format!("/statements/{}/self", s.id));
                format!("{}. {text}", answered + j + 1)
            })
            .collect();
        assert_eq!(legends, wanted, "German statements of {}", practice.id);
        for (statement, value) in practice.statements.iter().zip(&values[i]) {
            w.rate(&statement.id, *value).await?;
            answered += 1;
        }
        w.wait_for_progress(&format!(
            "Schritt {} von {steps} · {answered} von {total} Aussagen beantwortet",
            i + 1
        ))
        .await?;
        if i == 0 {
            assert_no_english(&browser, "the first step").await?;
            audit(&browser, "the first step").await?;
        }
        match ins.practices.get(i + 1) {
            Some(next) => {
                let next = german(&ins, &format!("/practices/{}/title", next.id));
                w.click(&format!("Weiter: {next}")).await?;
            }
            None => w.click("Antworten prüfen").await?,
        }
    }

    // Review and results: German words, German decimal commas, the German titles.
    w.wait_for_heading("Antworten prüfen").await?;
    let lead = w.texts(".fc-review .fc-lead").await?;
    assert_eq!(
        lead,
        [format!(
            "Alle {total} Aussagen sind beantwortet. Ihre Ergebnisse liegen vor."
        )]
    );
    assert_no_english(&browser, "review").await?;
    audit(&browser, "review").await?;
    w.click("Meine Ergebnisse ansehen").await?;
    w.wait_for_heading("Ihre Ergebnisse").await?;
    let table: Vec<(String, String)> = expected
        .table(&ins)
        .into_iter()
        .zip(&ins.practices)
        .enumerate()
        .map(|(i, ((_, score), p))| {
            let title = german(&ins, &format!("/practices/{}/title", p.id));
            (format!("{}. {title}", i + 1), score.replace('.', ","))
        })
        .collect();
    assert_eq!(w.results_table().await?, table);
    assert_no_english(&browser, "results").await?;
    audit(&browser, "results").await?;
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// A host page with five widgets: German by `data-lang`, English by `data-lang` (in a German
/// browser), one whose colour scheme the host fixes to light, and two custom questionnaires,
/// one translated into German and one in English only.
fn host_site(root: &Path) -> Result<()> {
    copy_release_into(root)?;
    std::fs::write(
        root.join("host.css"),
        "#light { --fulcrum-color-scheme: light; }\n",
    )?;
    // The example questionnaire as an intranet team might have written it: English only.
    let mut english_only: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("team-habits.json"))?)?;
    if let Some(doc) = english_only.as_object_mut() {
        doc.remove("translations");
    }
    std::fs::write(root.join("english-only.json"), english_only.to_string())?;
    std::fs::write(
        root.join("languages.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Languages</title>\
         <link rel=\"stylesheet\" href=\"host.css\"><script type=\"module\" src=\"fulcrum.js\"></script></head>\
         <body><main>\
         <div id=\"de\" data-fulcrum data-namespace=\"de\" data-lang=\"de-AT\"></div>\
         <div id=\"en\" data-fulcrum data-namespace=\"en\" data-lang=\"en\"></div>\
         <div id=\"light\" data-fulcrum data-namespace=\"light\" data-lang=\"fr\"></div>\
         <div id=\"habits\" data-fulcrum data-namespace=\"habits\" data-instrument=\"team-habits.json\"></div>\
         <div id=\"english\" data-fulcrum data-namespace=\"english\" data-instrument=\"english-only.json\"></div>\
         </main></body></html>",
    )?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn data_lang_chooses_per_widget_and_the_host_fixes_the_colour_scheme() -> Result<()> {
    let ins = Instrument::built_in();
    let root = tempfile::tempdir()?;
    host_site(root.path())?;
    let harness = Harness::with_server(StaticServer::start(root.path())?)?;
    let browser = harness.browser().start().await?;
    browser.on_new_document(GERMAN_BROWSER).await?;
    browser.emulate_color_scheme(ColorScheme::Dark).await?;
    browser.goto(&harness.url("/languages.html")).await?;

    let heading = |id: &str| format!("#{id} .fc h2");
    let de = browser
        .wait_for_text(&heading("de"), &german(&ins, "/title"))
        .await?;
    assert!(de.is_displayed().await?);
    // data-lang="en" wins over the German browser.
    browser.wait_for_text(&heading("en"), &ins.title).await?;
    // A language Fulcrum does not have ("fr") falls back to the browser's: German.
    browser
        .wait_for_text(&heading("light"), &german(&ins, "/title"))
        .await?;
    for (id, lang) in [("de", "de"), ("en", "en"), ("light", "de")] {
        assert_eq!(
            browser
                .eval(&format!(
                    "document.querySelector('#{id} .fc').getAttribute('lang')"
                ))
                .await?,
            json!(lang),
            "#{id}"
        );
    }

    // A custom questionnaire shows its German translation; one without any keeps its own
    // English text inside the German interface, marked as English for screen readers.
    let habits = browser
        .wait_for_text(&heading("habits"), "Check: Gewohnheiten im Team")
        .await?;
    assert_eq!(habits.attr("lang").await?, None);
    let english = browser
        .wait_for_text(&heading("english"), "Team habits check")
        .await?;
    assert_eq!(english.attr("lang").await?.as_deref(), Some("en"));
    browser
        .wait_for_text(
            "#english .fc button.fc-primary",
            "Selbsteinschätzung beginnen",
        )
        .await?
        .click()
        .await?;
    let statement = browser
        .wait_for("#english .fc fieldset.fc-statement")
        .await?;
    assert_eq!(statement.attr("lang").await?.as_deref(), Some("en"));
    let step_title = browser.wait_for("#english .fc .fc-step-title").await?;
    assert_eq!(step_title.attr("lang").await?.as_deref(), Some("en"));

    // The system is dark: widgets follow it, except the one the host fixed to light.
    let background =
        |id: &str| format!("getComputedStyle(document.querySelector('#{id} .fc')).backgroundColor");
    assert_eq!(
        browser.eval(&background("en")).await?,
        json!("rgb(21, 25, 30)")
    );
    assert_eq!(
        browser.eval(&background("light")).await?,
        json!("rgb(255, 255, 255)")
    );
    browser
        .assert_accessible("three widgets, dark system, one fixed light")
        .await?;
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// Common English words, as whole words: none may be left on a German page.
const ENGLISH_WORDS_PATTERN: &str = r"\b(the|your|and|with|feedback request|goals?|history)\b";

#[tokio::test(flavor = "multi_thread")]
async fn the_feedback_and_growth_pages_speak_german_too() -> Result<()> {
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    browser.on_new_document(GERMAN_BROWSER).await?;
    for (page, heading) in [
        ("/feedback.html", "Feedback von Kolleginnen und Kollegen"),
        ("/growth.html", "Ihre Entwicklung und Ziele"),
    ] {
        browser.goto(&harness.url(page)).await?;
        browser
            .wait_for_text(&format!("{ROOT} .fc h2"), heading)
            .await?;
        assert_eq!(
            browser
                .eval(&format!(
                    "document.querySelector('{ROOT} .fc').getAttribute('lang')"
                ))
                .await?,
            json!("de"),
            "{page}"
        );
        let english = browser
            .eval(&format!(
                "document.querySelector('{ROOT} .fc').innerText.match(new RegExp({:?}, 'i'))",
                ENGLISH_WORDS_PATTERN
            ))
            .await?;
        assert_eq!(english, json!(null), "English left on {page}");
        audit(&browser, page).await?;
    }
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
