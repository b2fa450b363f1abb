//! Smoke test: the release build loads from 127.0.0.1, renders the widget, and makes no
//! request outside its own origin.

use fulcrum_e2e::{Harness, Result};

const TITLE: &str = "Fulcrum — balancing technical expertise and leadership";

#[tokio::test(flavor = "multi_thread")]
async fn app_loads_renders_a_heading_and_stays_on_its_origin() -> Result<()> {
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    browser.goto(&harness.url("/")).await?;

    // The static page itself.
    assert_eq!(browser.title().await?, TITLE);
    // The wasm module was fetched from our server…
    browser
        .wait_until("the .wasm module to be requested", || async {
            Ok(harness
                .server
                .requests()
                .iter()
                .any(|path| path.ends_with(".wasm"))
                .then_some(()))
        })
        .await?;
    // …and the Yew app rendered its heading inside the mount point.
    browser
        .wait_for("[data-fulcrum] h1, [data-fulcrum] h2")
        .await?;

    // User flows live in their own files, on the same harness: self_assessment.rs (the
    // whole take, reload and resume), import_export.rs (file round trip, refusals),
    // keyboard_and_layout.rs (keyboard only, 320 px). Still to come: several instances
    // (separate `fulcrum_e2e::Profile`s), strict CSP
    // (`StaticServer::builder(..).header("Content-Security-Policy", ..)`).

    // Zero third-party requests: everything came from the page's own origin.
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}
