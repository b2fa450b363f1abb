//! Self-tests of the e2e harness (server, chromedriver, sessions), independent of the UI.

use fulcrum_e2e::{dist_dir, Harness, Profile, Result, StaticServer, NARROW_WIDTH};

#[tokio::test(flavor = "multi_thread")]
async fn server_serves_the_dist_with_content_types_and_records_requests() -> Result<()> {
    let harness = Harness::start()?;
    let browser = harness.browser().start().await?;
    browser.goto(&harness.url("/")).await?;
    let index = std::fs::read_to_string(dist_dir().join("index.html"))?;
    for (extension, content_type) in [
        (".js", "text/javascript; charset=utf-8"),
        (".wasm", "application/wasm"),
        (".css", "text/css; charset=utf-8"),
    ] {
        let name = index
            .split(['"', '\''])
            .find(|s| !s.contains([' ', '<', '>']) && s.ends_with(extension))
            .map(|s| format!("/{}", s.trim_start_matches('/')))
            .ok_or_else(|| format!("index.html references no {extension} file"))?;
        let script = format!(
            "return fetch('{name}').then(r => r.status + ' ' + r.headers.get('content-type'));"
        );
        let got = browser.execute(script, Vec::new()).await?;
        assert_eq!(
            got.json().as_str(),
            Some(format!("200 {content_type}").as_str())
        );
    }
    let missing = browser
        .execute("return fetch('/nope.js').then(r => r.status);", Vec::new())
        .await?;
    assert_eq!(missing.json().as_i64(), Some(404));
    let served = harness.server.requests();
    assert!(served.contains(&"/".to_owned()), "{served:?}");
    assert!(served.contains(&"/nope.js".to_owned()), "{served:?}");
    browser.assert_same_origin(&harness.origin()).await?;
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn performance_log_sees_requests_to_other_origins() -> Result<()> {
    let harness = Harness::start()?;
    let other = StaticServer::start(dist_dir())?;
    let browser = harness.browser().start().await?;
    browser.goto(&harness.url("/")).await?;
    browser.assert_same_origin(&harness.origin()).await?;
    // A request to another origin (a second local server) must be caught.
    let script = format!(
        "return fetch('{}/index.html', {{ mode: 'no-cors' }}).then(() => 'done');",
        other.origin()
    );
    browser.execute(script, Vec::new()).await?;
    let error = browser
        .assert_same_origin(&harness.origin())
        .await
        .expect_err("a cross-origin request must fail the check");
    assert!(error.to_string().contains(&other.origin()), "{error}");
    browser.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn window_sizes() -> Result<()> {
    let harness = Harness::start()?;
    let wide = harness.browser().start().await?;
    wide.goto(&harness.url("/")).await?;
    assert_eq!(wide.eval("window.innerWidth").await?, 1280);
    wide.assert_same_origin(&harness.origin()).await?;
    wide.quit().await?;
    let narrow = harness.browser().narrow().start().await?;
    narrow.goto(&harness.url("/")).await?;
    assert_eq!(narrow.eval("window.innerWidth").await?, NARROW_WIDTH);
    narrow.assert_same_origin(&harness.origin()).await?;
    narrow.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn profiles_isolate_and_persist_local_storage() -> Result<()> {
    let harness = Harness::start()?;
    let profile = Profile::new()?;
    let set = "localStorage.setItem('fulcrum/test/e2e', 'kept'), true";
    let get = "localStorage.getItem('fulcrum/test/e2e')";

    let first = harness.browser().profile(&profile).start().await?;
    first.goto(&harness.url("/")).await?;
    first.wait_for_js(set).await?;
    first.assert_same_origin(&harness.origin()).await?;
    first.quit().await?;

    // Same profile, new browser process: the data is still there.
    let again = harness.browser().profile(&profile).start().await?;
    again.goto(&harness.url("/")).await?;
    assert_eq!(again.eval(get).await?, "kept");

    // A fresh profile at the same time: nothing shared.
    let other = harness.browser().start().await?;
    other.goto(&harness.url("/")).await?;
    assert_eq!(other.eval(get).await?, serde_json::Value::Null);

    // Conditions are waited for with a bound, and timeouts say what was awaited.
    let timeout = fulcrum_e2e::wait_until(
        std::time::Duration::from_millis(200),
        "something that never happens",
        || async { Ok(None::<()>) },
    )
    .await
    .expect_err("must time out");
    assert!(timeout.to_string().contains("something that never happens"));

    for browser in [&again, &other] {
        browser.assert_same_origin(&harness.origin()).await?;
    }
    again.quit().await?;
    other.quit().await?;
    Ok(())
}
