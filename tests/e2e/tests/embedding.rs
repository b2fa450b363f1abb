//! Embedding: the release build under the strict Content-Security-Policy of the embedding
//! guide (no inline script, no style attribute, zero `securitypolicyviolation` events), a
//! readable message when the policy forbids WebAssembly, and the `mount`/`unmount` API the
//! boot module exports to host pages.

use fulcrum_e2e::{copy_release_into, dist_dir, Browser, Harness, Result, StaticServer};
use serde_json::{json, Value};
use std::path::Path;

/// The policy from the embedding guide (README, "Embedding").
const STRICT_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// Records every CSP violation of every page this session opens, before the page's own
/// scripts run (DevTools-injected scripts are not subject to the page's policy).
async fn count_csp_violations(browser: &Browser) -> Result<()> {
    browser
        .driver()
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));" }),
        )
        .await?;
    Ok(())
}

async fn violations(browser: &Browser) -> Result<Value> {
    browser.eval("window.__cspViolations").await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_example_page_works_under_the_strict_csp_with_zero_violations() -> Result<()> {
    let server = StaticServer::builder(dist_dir())
        .header("Content-Security-Policy", STRICT_CSP)
        .start()?;
    let harness = Harness::with_server(server)?;
    let browser = harness.browser().start().await?;
    count_csp_violations(&browser).await?;
    // examples/embed.html: only `<script type="module" src="fulcrum.js">` and three elements.
    browser.goto(&harness.url("/embed.html")).await?;

    // Every element got its own widget, styled by the stylesheet the boot module added.
    for id in ["first", "second", "third"] {
        browser.wait_for(&format!("#{id} .fc h2")).await?;
    }
    let styled = browser
        .eval("getComputedStyle(document.querySelector('#first .fc button.fc-primary')).borderRadius !== '0px'")
        .await?;
    assert_eq!(styled, json!(true), "the widget's stylesheet is applied");

    // The third runs the workshop's own questionnaire (examples/team-habits.json, by URL).
    browser
        .wait_for_text("#third .fc", "Team habits check")
        .await?;
    // Answering in the third (its own namespace) saves under that namespace only.
    browser
        .wait_for("#third button.fc-primary")
        .await?
        .click()
        .await?;
    browser
        .wait_for_text("#third .fc h2", "Sharing knowledge")
        .await?;
    browser
        .wait_for("#third input[type=radio][value='4']")
        .await?
        .click()
        .await?;
    browser
        .wait_for_js("localStorage.getItem('fulcrum/workshop/draft')")
        .await?;
    assert_eq!(
        browser
            .eval("localStorage.getItem('fulcrum/team-a/draft')")
            .await?,
        Value::Null
    );

    assert_eq!(violations(&browser).await?, json!([]), "CSP violations");
    // No inline style attributes anywhere in what the widgets rendered.
    assert_eq!(
        browser
            .eval("document.querySelectorAll('[data-fulcrum] [style]').length")
            .await?,
        json!(0)
    );
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn after_the_first_visit_the_app_opens_and_saves_with_the_server_stopped() -> Result<()> {
    let server = StaticServer::start(dist_dir())?;
    let origin = server.origin();
    let url = server.url("/index.html");
    let chromedriver = fulcrum_e2e::ChromeDriver::start()?;
    let browser = fulcrum_e2e::BrowserBuilder::new(chromedriver.url())
        .start()
        .await?;
    browser.goto(&url).await?;
    browser.wait_for("[data-fulcrum] .fc h2").await?;
    // The service worker installed, precached every file and controls the page.
    browser
        .wait_for_js(
            "navigator.serviceWorker.ready.then(() => window.__swReady = true) && window.__swReady",
        )
        .await?;
    browser.driver().refresh().await?;
    browser
        .wait_for_js("navigator.serviceWorker.controller !== null")
        .await?;
    let requests_before = server.requests().len();
    browser.driver().refresh().await?;
    browser.wait_for("[data-fulcrum] .fc h2").await?;
    // Only the browser's own update check (sw.js) may reach the server.
    let fetched: Vec<String> = server.requests()[requests_before..]
        .iter()
        .filter(|path| !path.ends_with("/sw.js"))
        .cloned()
        .collect();
    assert!(
        fetched.is_empty(),
        "a reload under the service worker fetched from the server: {fetched:?}"
    );

    // The server is gone: the app still opens, and answers are still saved.
    drop(server);
    browser.driver().refresh().await?;
    browser
        .wait_for("[data-fulcrum] button.fc-primary")
        .await?
        .click()
        .await?;
    browser
        .wait_for("[data-fulcrum] input[type=radio][value='3']")
        .await?
        .click()
        .await?;
    browser
        .wait_for_js("localStorage.getItem('fulcrum/default/draft')")
        .await?;
    browser.assert_same_origin(&origin).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn without_wasm_unsafe_eval_the_element_says_why_it_cannot_start() -> Result<()> {
    let server = StaticServer::builder(dist_dir())
        .header(
            "Content-Security-Policy",
            &STRICT_CSP.replace(" 'wasm-unsafe-eval'", ""),
        )
        .start()?;
    let harness = Harness::with_server(server)?;
    let browser = harness.browser().start().await?;
    browser.goto(&harness.url("/index.html")).await?;
    let message = browser
        .wait_for("[data-fulcrum] .fc-boot-error[role=alert]")
        .await?
        .text()
        .await?;
    assert!(
        message.contains("Content-Security-Policy does not allow WebAssembly")
            && message.contains("'wasm-unsafe-eval'"),
        "message shown: {message}"
    );
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// A host page that imports the boot module and keeps its API for the test.
fn host_site(root: &Path) -> Result<()> {
    copy_release_into(root)?;
    std::fs::write(
        root.join("host.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title>\
         <script type=\"module\" src=\"host.js\"></script></head>\
         <body><main><div id=\"first\" data-fulcrum data-namespace=\"host-a\"></div><div id=\"later\"></div></main></body></html>",
    )?;
    std::fs::write(
        root.join("host.js"),
        "import { mount, unmount } from './fulcrum.js';\nwindow.fulcrumApi = { mount, unmount };\n",
    )?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_host_page_mounts_and_unmounts_widgets_through_the_js_api() -> Result<()> {
    let root = tempfile::tempdir()?;
    host_site(root.path())?;
    let server = StaticServer::builder(root.path())
        .header("Content-Security-Policy", STRICT_CSP)
        .start()?;
    let harness = Harness::with_server(server)?;
    let browser = harness.browser().start().await?;
    count_csp_violations(&browser).await?;
    browser.goto(&harness.url("/host.html")).await?;

    // The element present at start-up got its widget.
    browser.wait_for("#first .fc h2").await?;
    browser.wait_for_js("window.fulcrumApi").await?;

    // An element added later is mounted on request…
    browser
        .eval("(window.fulcrumApi.mount(document.getElementById('later'), { namespace: 'host-b' }).then(() => window.mounted = 'mounted', e => window.mounted = 'refused: ' + e.message), true)")
        .await?;
    assert_eq!(
        browser.wait_for_js("window.mounted").await?,
        json!("mounted")
    );
    browser.wait_for("#later .fc h2").await?;
    // …a second mount on the same element is refused with the reason…
    browser
        .eval("(window.fulcrumApi.mount(document.getElementById('later')).then(() => window.again = 'mounted twice', e => window.again = e.message), true)")
        .await?;
    let again = browser.wait_for_js("window.again").await?;
    assert!(
        again
            .as_str()
            .is_some_and(|m| m.contains("already mounted")),
        "second mount: {again}"
    );
    // …a bad namespace is refused with what to do…
    browser
        .eval("(document.body.insertAdjacentHTML('beforeend', '<div id=\"bad\"></div>'), window.fulcrumApi.mount(document.getElementById('bad'), { namespace: 'Not OK' }).then(() => window.bad = 'mounted', e => window.bad = e.message), true)")
        .await?;
    let bad = browser.wait_for_js("window.bad").await?;
    assert!(
        bad.as_str().is_some_and(
            |m| m.contains("\"Not OK\" is not valid") && m.contains("lowercase letters")
        ),
        "bad namespace: {bad}"
    );
    // …and unmount removes the widget, leaving the other one alone.
    browser
        .eval("(window.fulcrumApi.unmount(document.getElementById('later')).then(r => window.unmounted = String(r)), true)")
        .await?;
    assert_eq!(
        browser.wait_for_js("window.unmounted").await?,
        json!("true")
    );
    browser.wait_for_absent("#later .fc").await?;
    assert!(
        browser
            .eval("!!document.querySelector('#first .fc h2')")
            .await?
            == json!(true)
    );

    assert_eq!(violations(&browser).await?, json!([]), "CSP violations");
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_portable_file_opens_from_disk_and_keeps_answers() -> Result<()> {
    // Copied away from the rest of the build: it must need nothing beside itself.
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("fulcrum-portable.html");
    std::fs::copy(dist_dir().join("fulcrum-portable.html"), &file)?;
    let url = format!("file://{}", file.display());
    let chromedriver = fulcrum_e2e::ChromeDriver::start()?;
    let browser = fulcrum_e2e::BrowserBuilder::new(chromedriver.url())
        .start()
        .await?;
    browser.goto(&url).await?;
    browser
        .wait_for("[data-fulcrum] button.fc-primary")
        .await?
        .click()
        .await?;
    let radio = "[data-fulcrum] input[type=radio][value='5']";
    browser.wait_for(radio).await?.click().await?;
    // Chromium keeps localStorage for files opened from disk: the answer survives a reload.
    browser.driver().refresh().await?;
    browser.wait_for(&format!("{radio}:checked")).await?;
    browser.assert_same_origin("file://").await?;
    browser.quit().await?;
    Ok(())
}

/// A page with one valid inline questionnaire, one with problems, and refused sources.
fn custom_instrument_site(root: &Path) -> Result<()> {
    host_site(root)?;
    let good = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team-habits.json"),
    )?;
    let mut broken: Value = serde_json::from_str(&good)?;
    broken["title"] = json!("");
    broken["practices"][0]["statements"][1]["tag"] = json!("both");
    broken["practices"][1]["statements"][0]["id"] = json!("sharing-1");
    broken["scale"]["labels"] = json!(["Never", "Always"]);
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Custom questionnaires</title>\
         <script type=\"module\" src=\"fulcrum.js\"></script></head><body><main>\
         <script type=\"application/json\" id=\"good\">{good}</script>\
         <script type=\"application/json\" id=\"broken\">{broken}</script>\
         <div id=\"valid\" data-fulcrum data-namespace=\"valid\" data-instrument=\"#good\"></div>\
         <div id=\"invalid\" data-fulcrum data-namespace=\"invalid\" data-instrument=\"#broken\"></div>\
         <div id=\"missing\" data-fulcrum data-namespace=\"missing\" data-instrument=\"#nowhere\"></div>\
         <div id=\"foreign\" data-fulcrum data-namespace=\"foreign\" data-instrument=\"http://example.invalid/q.json\"></div>\
         </main><script type=\"module\" src=\"events.js\"></script></body></html>"
    );
    std::fs::write(root.join("custom.html"), page)?;
    // What a host page does with Fulcrum's DOM events: here, keep them for the test.
    std::fs::write(
        root.join("events.js"),
        "window.hostEvents = [];\n\
         for (const name of ['fulcrum:completed', 'fulcrum:exported']) {\n\
           document.addEventListener(name, (e) => window.hostEvents.push({ name, target: e.target.id, detail: e.detail }));\n\
         }\n",
    )?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn custom_questionnaires_run_or_say_exactly_what_is_wrong() -> Result<()> {
    let root = tempfile::tempdir()?;
    custom_instrument_site(root.path())?;
    let server = StaticServer::builder(root.path())
        .header("Content-Security-Policy", STRICT_CSP)
        .start()?;
    let harness = Harness::with_server(server)?;
    let browser = harness.browser().start().await?;
    count_csp_violations(&browser).await?;
    browser.goto(&harness.url("/custom.html")).await?;

    // The valid one runs its own questions.
    browser
        .wait_for_text("#valid .fc", "Team habits check")
        .await?;
    browser
        .wait_for("#valid button.fc-primary")
        .await?
        .click()
        .await?;
    browser
        .wait_for_text("#valid .fc h2", "Sharing knowledge")
        .await?;

    // The broken one lists every problem with where it is, for the page's author.
    let problems = browser
        .wait_for("#invalid .fc-broken[role=alert]")
        .await?
        .text()
        .await?;
    for expected in [
        "the questionnaire this page provides (data-instrument) is invalid",
        "title",
        "practices[0].statements[1].tag",
        "\"both\" is not a tag",
        "practices[1].statements[0].id",
        "scale.labels",
    ] {
        assert!(
            problems.contains(expected),
            "missing {expected:?} in:\n{problems}"
        );
    }
    let console = browser.console_log().await?;
    assert!(
        console
            .iter()
            .any(|e| e.message.contains("practices[0].statements[1].tag")),
        "the problems are also in the console: {console:?}"
    );

    // A missing element and a foreign URL are refused in words; the foreign one is never fetched.
    for (id, expected) in [
        ("missing", "names no element on this page"),
        (
            "foreign",
            "only loads questionnaires from the page's own origin",
        ),
    ] {
        let element = browser.wait_for(&format!("#{id}")).await?;
        browser
            .wait_until(&format!("the message in #{id}"), || async {
                Ok(element.text().await?.contains(expected).then_some(()))
            })
            .await?;
    }

    assert_eq!(violations(&browser).await?, json!([]), "CSP violations");
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// Clicks the visible button of `root` whose text is `text`, in the page.
async fn click_button(browser: &Browser, root: &str, text: &str) -> Result<()> {
    let found = browser
        .wait_for_js(&format!(
            "(() => {{ const b = [...document.querySelectorAll('{root} button')].find(b => b.textContent.trim() === {text:?}); if (b) b.click(); return !!b; }})()"
        ))
        .await?;
    assert_eq!(found, json!(true));
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_host_page_hears_completed_and_exported_with_the_results() -> Result<()> {
    let root = tempfile::tempdir()?;
    custom_instrument_site(root.path())?;
    let harness = Harness::with_server(StaticServer::start(root.path())?)?;
    let browser = harness.browser().start().await?;
    browser.goto(&harness.url("/custom.html")).await?;
    browser
        .wait_for_text("#valid .fc", "Team habits check")
        .await?;
    browser.wait_for_js("window.hostEvents").await?;
    browser
        .wait_for("#valid button.fc-primary")
        .await?
        .click()
        .await?;
    for (practice, next) in [
        (
            ["sharing-1", "sharing-2", "sharing-3"],
            "Next: Protecting focus",
        ),
        (["focus-1", "focus-2", "focus-3"], "Review my answers"),
    ] {
        for id in practice {
            let radio = format!("#valid input[type=radio][name$='{id}'][value='4']");
            browser.wait_for(&radio).await?.click().await?;
            browser.wait_for(&format!("{radio}:checked")).await?;
        }
        click_button(&browser, "#valid", next).await?;
    }
    assert_eq!(browser.eval("window.hostEvents.length").await?, json!(0));
    click_button(&browser, "#valid", "See my results").await?;

    let completed = browser
        .wait_for_js("window.hostEvents.find(e => e.name === 'fulcrum:completed')")
        .await?;
    assert_eq!(completed["target"], json!("valid"));
    assert_eq!(
        completed["detail"]["format"],
        json!("fulcrum.self-assessment")
    );
    assert_eq!(
        completed["detail"]["instrument"]["id"],
        json!("example.team-habits")
    );
    assert_eq!(completed["detail"]["payload"]["status"], json!("completed"));
    assert_eq!(
        completed["detail"]["payload"]["answers"]["focus-3"],
        json!(4)
    );

    click_button(&browser, "#valid", "Download results (JSON)").await?;
    let exported = browser
        .wait_for_js("window.hostEvents.find(e => e.name === 'fulcrum:exported')")
        .await?;
    let file = exported["detail"]["file"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(file.ends_with(".json"), "file: {file}");
    assert_eq!(exported["detail"]["document"], completed["detail"]);
    let downloaded = browser.wait_for_download().await?;
    assert!(downloaded.ends_with(&file), "{downloaded:?} is {file}");
    // One of each: nothing was announced twice.
    assert_eq!(browser.eval("window.hostEvents.length").await?, json!(2));
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

/// A host page with an aggressive global reset, and elements of its own that use the
/// widget's class names.
fn hostile_site(root: &Path) -> Result<()> {
    host_site(root)?;
    std::fs::write(
        root.join("hostile.css"),
        "*, *::before, *::after { margin: 0; padding: 0; border: 0; box-sizing: content-box; font: 13px/1 serif; color: #ff00ff; background: #ffff00; }\n\
         button, input, textarea { all: unset; }\n\
         input[type=radio] { display: none; }\n\
         h2 { font-size: 11px; text-transform: uppercase; }\n\
         ul, ol { list-style: none; }\n\
         .fc-button, .fc-primary { display: none; }\n\
         section { display: inline; width: 10px; }\n",
    )?;
    std::fs::write(
        root.join("hostile.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hostile host</title>\
         <link rel=\"stylesheet\" href=\"hostile.css\"><script type=\"module\" src=\"fulcrum.js\"></script></head>\
         <body><main><h2 id=\"host-heading\">The host's own heading</h2>\
         <button id=\"host-button\" class=\"fc-button\" type=\"button\">The host's own button</button>\
         <div id=\"widget\" data-fulcrum data-namespace=\"hostile\"></div></main></body></html>",
    )?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_host_stylesheet_neither_breaks_the_widget_nor_is_changed_by_it() -> Result<()> {
    let root = tempfile::tempdir()?;
    hostile_site(root.path())?;
    let harness = Harness::with_server(StaticServer::start(root.path())?)?;
    let browser = harness.browser().start().await?;
    browser.goto(&harness.url("/hostile.html")).await?;
    let start = browser.wait_for("#widget .fc button.fc-primary").await?;

    let style = |css: &str, property: &str| {
        format!("getComputedStyle(document.querySelector('{css}')).{property}")
    };
    // The widget keeps its own look: its colours, a visible start button, its heading size.
    assert_eq!(
        browser.eval(&style("#widget .fc", "color")).await?,
        json!("rgb(27, 31, 36)")
    );
    assert_eq!(
        browser
            .eval(&style("#widget .fc", "backgroundColor"))
            .await?,
        json!("rgb(255, 255, 255)")
    );
    assert_eq!(
        browser
            .eval(&style("#widget button.fc-primary", "backgroundColor"))
            .await?,
        json!("rgb(31, 95, 191)")
    );
    assert_eq!(
        browser
            .eval(&style("#widget .fc h2", "textTransform"))
            .await?,
        json!("none")
    );
    let heading_px = browser.eval(&style("#widget .fc h2", "fontSize")).await?;
    assert_ne!(
        heading_px,
        json!("11px"),
        "the host's heading size reached in"
    );

    // It works: radios are shown and answer.
    start.click().await?;
    let radio = browser
        .wait_for("#widget input[type=radio][value='4']")
        .await?;
    assert!(radio.is_displayed().await?, "radios are visible");
    radio.click().await?;
    browser
        .wait_for_js("localStorage.getItem('fulcrum/hostile/draft')")
        .await?;
    browser
        .wait_for("#widget input[type=radio][value='4']:checked")
        .await?;

    // And the host's own elements keep the host's look, even with the widget's class names.
    assert_eq!(
        browser.eval(&style("#host-button", "display")).await?,
        json!("none")
    );
    assert_eq!(
        browser.eval(&style("#host-heading", "fontSize")).await?,
        json!("11px")
    );
    assert_eq!(
        browser.eval(&style("#host-heading", "color")).await?,
        json!("rgb(255, 0, 255)")
    );
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn two_widgets_sharing_a_namespace_on_one_page_stay_in_step() -> Result<()> {
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    // examples/embed.html: #first and #second share the namespace team-a.
    browser.goto(&harness.url("/embed.html")).await?;
    browser.wait_for("#second .fc h2").await?;

    // An answer in the first…
    click_button(&browser, "#first", "Start the self-assessment").await?;
    let first_radio = "input[type=radio][name$='learning-1'][value='4']";
    browser
        .wait_for(&format!("#first {first_radio}"))
        .await?
        .click()
        .await?;
    // …reaches the second, still on its welcome screen, which now offers to continue it.
    browser
        .wait_for_text(
            "#second .fc",
            "Continue where you left off (1 of 40 answered)",
        )
        .await?;
    click_button(
        &browser,
        "#second",
        "Continue where you left off (1 of 40 answered)",
    )
    .await?;
    browser
        .wait_for(&format!("#second {first_radio}:checked"))
        .await?;

    // An answer in the second shows in the first at once, and both are stored.
    let second_radio = "input[type=radio][name$='learning-2'][value='2']";
    browser
        .wait_for(&format!("#second {second_radio}"))
        .await?
        .click()
        .await?;
    browser
        .wait_for(&format!("#first {second_radio}:checked"))
        .await?;
    browser
        .wait_for_js(
            "(() => { const d = JSON.parse(localStorage.getItem('fulcrum/team-a/draft') || 'null'); \
             return d && d.payload.answers['learning-1'] === 4 && d.payload.answers['learning-2'] === 2; })()",
        )
        .await?;
    // The third, in its own namespace, heard nothing.
    assert_eq!(
        browser
            .eval("localStorage.getItem('fulcrum/workshop/draft')")
            .await?,
        Value::Null
    );
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
