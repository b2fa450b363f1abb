//! Browser benchmarks on the release build (`$FULCRUM_DIST`), in headless Chromium through
//! chromedriver: what a visitor waits for, and what the page's own work costs. Every time is
//! read in the page (`performance.now()`, User Timing), so WebDriver's round trips never count.
//! Run by `scripts/bench.sh`, which puts the figures beside the budgets of issue 6; nothing here
//! asserts a time. Prints a table, then one `bench<TAB>name<TAB>median<TAB>unit` line per
//! figure for the script.
//!
//! 1. Cold load: a fresh profile per load (empty cache). From navigation start until the
//!    welcome's Start button is rendered, and until the first statement's radios are rendered
//!    after a script in the page presses Start the moment it appears.
//! 2. Memory once the first question is usable: JS heap in use after a garbage collection
//!    (CDP `Runtime.getHeapUsage`) and the wasm linear memory (`memory.buffer.byteLength`).
//! 3. Answering all statements in the page: a script clicks one radio per statement and the
//!    "Next" buttons; from the first click until the last answer is in localStorage.
//! 4. Importing 100 response files on feedback.html: all chosen at once in the file input;
//!    from its `change` event until the result table lists all 100 and the 360 report is shown.
//! 5. One autosave with 1,000 other records in the namespace: the `fulcrum:autosave` measure
//!    the widget records around each save (`browser::timing`), over 10 answers.

use std::path::Path;

use fulcrum_e2e::instrument::{canonical_sha256, Instrument};
use fulcrum_e2e::widget::{next_label, Widget, ROOT};
use fulcrum_e2e::{Browser, Harness, Result};
use serde_json::{json, Value};

/// The subject's self-assessment, so the 360 report has gaps to show.
const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../fixtures/self-assessment-v1.json"
);
const START_LABEL: &str = "Start the self-assessment";
const AGAIN_LABEL: &str = "Take the self-assessment again";
const SUBJECT: &str = "Ada Quinn";
const NAME_LABEL: &str = "Your name, as the people you ask know you";
const RESPONSE_FILES_LABEL: &str =
    "Response files (.json) — choose several at once, or drop them here";
const REQUEST_PREFIX: &str = "fulcrum/default/request/";
const IMPORTED_FILES: usize = 100;
const STORED_RECORDS: usize = 1000;
const AUTOSAVES: usize = 10;

/// Installed before the page's own scripts: notes when the Start button and then the first
/// radios appear (MutationObserver, page time), presses Start as soon as it is there, and
/// keeps the wasm exports the boot module hands to its `fulcrum:started` event (for the
/// memory's size).
const COLD_LOAD_JS: &str = "(() => {
    const bench = window.__fulcrumBench = {};
    addEventListener('fulcrum:started', e => { bench.wasm = e.detail.wasm; });
    const check = () => {
        const root = document.querySelector('[data-fulcrum]');
        if (!root) return;
        if (bench.start === undefined) {
            const start = [...root.querySelectorAll('button')]
                .find(b => b.textContent.trim() === 'Start the self-assessment');
            if (!start) return;
            bench.start = performance.now();
            // After the render that added it has finished, as a user's click would be.
            setTimeout(() => { bench.clicked = performance.now(); start.click(); }, 0);
        }
        if (bench.clicked !== undefined && root.querySelector('fieldset input[type=radio]')) {
            bench.radios = performance.now();
            observer.disconnect();
        }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
})();";

/// Yields to the event loop (a task, not a clamped timer), so the widget renders and saves
/// between two clicks as it would between a user's.
const YIELD_JS: &str = "const nextTask = () => new Promise(resolve => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
    });
    const until = async (what, check) => {
        const deadline = performance.now() + 10000;
        for (;;) {
            const value = check();
            if (value) return value;
            if (performance.now() > deadline) throw new Error('timed out waiting for ' + what);
            await nextTask();
        }
    };";

/// Answers every statement (`steps[i].ids[j]` gets `steps[i].values[j]`) and moves on with
/// each step's "Next" button; resolves with the time from the first click until the draft in
/// localStorage holds every answer.
const ANSWER_ALL_JS: &str = "const [root, steps, total, done] = arguments;
    (async () => {
        const radio = (id, v) => document.querySelector(
            `${root} fieldset input[type=radio][name$=\"-${id}\"][value=\"${v}\"]`);
        const t0 = performance.now();
        for (const step of steps) {
            for (let j = 0; j < step.ids.length; j++) {
                const r = await until('radio ' + step.ids[j], () => radio(step.ids[j], step.values[j]));
                r.click();
                await nextTask();
            }
            if (step.next) {
                const next = [...document.querySelectorAll(root + ' button')]
                    .find(b => b.textContent.trim() === step.next);
                if (!next) throw new Error('no button ' + step.next);
                next.click();
            }
        }
        await until('every answer saved', () => {
            const draft = localStorage.getItem('fulcrum/default/draft');
            return draft && Object.keys(JSON.parse(draft).payload.answers).length === total;
        });
        done({ ms: performance.now() - t0 });
    })().catch(e => done({ error: String(e) }));";

/// Gives `count` answers on the current step (cycling through its statements and values) and
/// resolves with the duration of the autosave each one caused.
const AUTOSAVES_JS: &str = "const [root, ids, count, done] = arguments;
    (async () => {
        const saves = () => performance.getEntriesByName('fulcrum:autosave');
        const durations = [];
        for (let i = 0; i < count; i++) {
            const id = ids[i % ids.length];
            const value = 1 + Math.floor(i / ids.length) % 5;
            const before = saves().length;
            const r = await until('radio ' + id, () => document.querySelector(
                `${root} fieldset input[type=radio][name$=\"-${id}\"][value=\"${value}\"]`));
            r.click();
            await until('an autosave', () => saves().length > before);
            const all = saves();
            durations.push(all[all.length - 1].duration);
        }
        done({ durations });
    })().catch(e => done({ error: String(e) }));";

/// Watches the response file input: from its `change` event (before the widget's own handler)
/// until the result table has `count` rows and the report's practice table is shown.
const WATCH_IMPORT_JS: &str = "const [root, label, count] = arguments;
    const control = [...document.querySelectorAll(root + ' label')]
        .find(l => l.textContent.trim() === label).control;
    const bench = window.__importBench = {};
    control.addEventListener('change', () => {
        bench.t0 = performance.now();
        const widget = document.querySelector(root);
        const observer = new MutationObserver(() => {
            const rows = widget.querySelectorAll('table.fc-import-results tbody tr');
            if (rows.length === count && widget.querySelector('table.fc-fb-practices')) {
                bench.t1 = performance.now();
                bench.added = [...rows].filter(r => r.children[1].textContent.trim() === 'Added').length;
                observer.disconnect();
            }
        });
        observer.observe(widget, { childList: true, subtree: true, characterData: true });
    }, { capture: true });
    return true;";

/// One figure: its name, the median of its runs, its unit, and every run.
struct Figure {
    name: String,
    unit: &'static str,
    runs: Vec<f64>,
}

impl Figure {
    fn new(name: &str, unit: &'static str, runs: Vec<f64>) -> Self {
        Self {
            name: name.to_owned(),
            unit,
            runs,
        }
    }

    fn median(&self) -> f64 {
        let mut sorted = self.runs.clone();
        sorted.sort_by(f64::total_cmp);
        match sorted.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => sorted[n / 2],
            n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        }
    }
}

fn runs() -> usize {
    std::env::var("FULCRUM_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|r| *r > 0)
        .unwrap_or(5)
}

fn number(value: &Value, what: &str) -> Result<f64> {
    value
        .as_f64()
        .ok_or_else(|| format!("{what}: expected a number, got {value}").into())
}

/// Runs an asynchronous script with [`YIELD_JS`] in front; fails with the script's error.
async fn run_async(browser: &Browser, script: &str, args: Vec<Value>) -> Result<Value> {
    let ret = browser
        .execute_async(format!("{YIELD_JS}\n{script}"), args)
        .await?;
    let value = ret.json().clone();
    match value.get("error") {
        Some(e) => Err(format!("in the page: {e}").into()),
        None => Ok(value),
    }
}

async fn cdp(browser: &Browser, method: &str, params: Value) -> Result<Value> {
    Ok(browser.driver().cdp().send_raw(method, params).await?)
}

/// Cold loads, each in a fresh profile: the times to the Start button and to the first radios,
/// the time from pressing Start to the radios, and the memory at that point.
async fn cold_loads(harness: &Harness, n: usize) -> Result<Vec<Figure>> {
    let (mut start, mut radios, mut after_click) = (Vec::new(), Vec::new(), Vec::new());
    let (mut heap, mut wasm, mut total) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..n {
        let browser = harness.browser().start().await?;
        cdp(
            &browser,
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": COLD_LOAD_JS }),
        )
        .await?;
        browser.goto(&harness.url("/")).await?;
        let bench = browser
            .wait_for_js("window.__fulcrumBench.radios !== undefined && window.__fulcrumBench.wasm && window.__fulcrumBench")
            .await?;
        let (s, c, r) = (
            number(&bench["start"], "start")?,
            number(&bench["clicked"], "clicked")?,
            number(&bench["radios"], "radios")?,
        );
        start.push(s);
        radios.push(r);
        after_click.push(r - c);
        cdp(&browser, "HeapProfiler.collectGarbage", json!({})).await?;
        let usage = cdp(&browser, "Runtime.getHeapUsage", json!({})).await?;
        let js = number(&usage["usedSize"], "usedSize")? / 1024.0;
        let linear = number(
            &browser
                .eval("window.__fulcrumBench.wasm.memory.buffer.byteLength")
                .await?,
            "wasm memory",
        )? / 1024.0;
        heap.push(js);
        wasm.push(linear);
        total.push(js + linear);
        browser.quit().await?;
    }
    Ok(vec![
        Figure::new("cold load: Start button rendered", "ms", start),
        Figure::new("cold load: first radios rendered", "ms", radios),
        Figure::new("pressing Start: radios rendered", "ms", after_click),
        Figure::new("memory: JS heap used (after GC)", "KiB", heap),
        Figure::new("memory: wasm linear memory", "KiB", wasm),
        Figure::new("memory: JS heap + wasm", "KiB", total),
    ])
}

/// The steps of the questionnaire for [`ANSWER_ALL_JS`], with varied values.
fn steps(ins: &Instrument) -> Value {
    let steps: Vec<Value> = ins
        .practices
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let ids: Vec<&str> = p.statements.iter().map(|s| s.id.as_str()).collect();
            let values: Vec<usize> = (0..ids.len()).map(|j| (i + j) % 5 + 1).collect();
            let next = (i + 1 < ins.practices.len()).then(|| next_label(ins, i));
            json!({ "ids": ids, "values": values, "next": next })
        })
        .collect();
    Value::Array(steps)
}

/// Answering every statement in the page, from the first step, in a fresh profile each run.
async fn answer_all(harness: &Harness, ins: &Instrument, n: usize) -> Result<Figure> {
    let mut times = Vec::new();
    for _ in 0..n {
        let browser = harness.browser().start().await?;
        let w = Widget::open(&browser, &harness.url("/")).await?;
        w.click(START_LABEL).await?;
        w.wait_for_practice(ins, 0).await?;
        let ret = run_async(
            &browser,
            ANSWER_ALL_JS,
            vec![ROOT.into(), steps(ins), ins.statement_count().into()],
        )
        .await?;
        times.push(number(&ret["ms"], "answering")?);
        browser.quit().await?;
    }
    Ok(Figure::new(
        &format!("answering all {} statements", ins.statement_count()),
        "ms",
        times,
    ))
}

/// A valid `fulcrum.peer-response` to `request_id`, number `n`: groups in the proportions 1
/// manager, 4 peers, 3 direct reports, 2 others, so every group is shown in the report.
fn response_document(ins: &Instrument, request_id: &str, n: usize) -> Value {
    let group = match n % 10 {
        0 => "manager",
        1..=4 => "peer",
        5..=7 => "direct_report",
        _ => "other",
    };
    let answers: serde_json::Map<String, Value> = ins
        .statements()
        .enumerate()
        .map(|(j, (_, s))| {
            let v = match (n * 7 + j * 3) % 13 {
                0 => json!("not_observed"),
                x => json!(x % 5 + 1),
            };
            (s.id.clone(), v)
        })
        .collect();
    let mut payload = json!({
        "request_id": request_id,
        "group": group,
        "answers": answers,
        "comments": {},
    });
    if n.is_multiple_of(4) {
        payload["comments"][&ins.practices[n % ins.practices.len()].id] =
            json!(format!("Comment from response {n}."));
    }
    envelope(
        ins,
        "fulcrum.peer-response",
        &format!("bench-response-{n:03}"),
        payload,
    )
}

/// A sealed document: the envelope every Fulcrum file shares.
fn envelope(ins: &Instrument, format: &str, id: &str, payload: Value) -> Value {
    json!({
        "format": format,
        "version": 1,
        "id": id,
        "created_at": "2026-11-26T12:00:00Z",
        "instrument": {
            "id": ins.id,
            "version": ins.version,
            "sha256": ins.sha256(),
        },
        "digest": canonical_sha256(&payload),
        "payload": payload,
    })
}

/// On feedback.html (showing its home screen): a new request; returns its id.
async fn create_request(browser: &Browser, known: &[String]) -> Result<String> {
    let w = Widget::new(browser);
    w.click("Ask colleagues for feedback").await?;
    w.wait_for_heading("Ask colleagues for feedback").await?;
    w.labelled(NAME_LABEL).await?.send_keys(SUBJECT).await?;
    w.click("Create the request").await?;
    w.wait_for_heading(&format!("Feedback for {SUBJECT}"))
        .await?;
    let stored = browser.local_storage(REQUEST_PREFIX).await?;
    stored
        .keys()
        .map(|k| k.trim_start_matches(REQUEST_PREFIX).to_owned())
        .find(|id| !known.contains(id))
        .ok_or_else(|| "the new request is not in localStorage".into())
}

/// Importing [`IMPORTED_FILES`] response files at once, each run on a freshly loaded
/// feedback.html with a new request, in one profile that holds the subject's self-assessment.
async fn import_files(harness: &Harness, ins: &Instrument, n: usize) -> Result<Figure> {
    let browser = harness.browser().start().await?;
    let w = Widget::open(&browser, &harness.url("/")).await?;
    w.import(&Path::new(FIXTURE).canonicalize()?).await?;
    w.wait_for_heading("Your results").await?;
    let scratch = tempfile::tempdir()?;
    let mut requests = Vec::new();
    let mut times = Vec::new();
    for run in 0..n {
        Widget::open(&browser, &harness.url("/feedback.html")).await?;
        w.wait_for_heading("Feedback from colleagues").await?;
        let request_id = create_request(&browser, &requests).await?;
        requests.push(request_id.clone());
        let dir = scratch.path().join(format!("run-{run}"));
        std::fs::create_dir(&dir)?;
        let mut paths = Vec::new();
        for i in 0..IMPORTED_FILES {
            let path = dir.join(format!("response-{i:03}.json"));
            let text = serde_json::to_string_pretty(&response_document(ins, &request_id, i))?;
            std::fs::write(&path, text + "\n")?;
            paths.push(path.to_str().ok_or("path is not UTF-8")?.to_owned());
        }
        browser
            .execute(
                WATCH_IMPORT_JS,
                vec![
                    ROOT.into(),
                    RESPONSE_FILES_LABEL.into(),
                    IMPORTED_FILES.into(),
                ],
            )
            .await?;
        w.labelled(RESPONSE_FILES_LABEL)
            .await?
            .send_keys(paths.join("\n"))
            .await?;
        let bench = browser
            .wait_for_js("window.__importBench.t1 !== undefined && window.__importBench")
            .await?;
        if bench["added"] != json!(IMPORTED_FILES) {
            return Err(format!(
                "expected {IMPORTED_FILES} responses added, the table says {}",
                bench["added"]
            )
            .into());
        }
        times.push(number(&bench["t1"], "t1")? - number(&bench["t0"], "t0")?);
    }
    browser.quit().await?;
    Ok(Figure::new(
        &format!("importing {IMPORTED_FILES} response files + report"),
        "ms",
        times,
    ))
}

/// A completed self-assessment (every statement answered), as stored under `assessment/<id>`.
fn completed_take(ins: &Instrument, n: usize) -> (String, Value) {
    let id = format!("bench-take-{n:04}");
    let answers: serde_json::Map<String, Value> = ins
        .statements()
        .enumerate()
        .map(|(j, (_, s))| (s.id.clone(), json!((n + j) % 5 + 1)))
        .collect();
    let day = n % 28 + 1;
    let payload = json!({
        "status": "completed",
        "started_at": format!("2025-01-{day:02}T10:00:00Z"),
        "updated_at": format!("2025-01-{day:02}T10:12:00Z"),
        "completed_at": format!("2025-01-{day:02}T10:12:00Z"),
        "answers": answers,
        "comments": {},
    });
    let doc = envelope(ins, "fulcrum.self-assessment", &id, payload);
    (format!("fulcrum/default/assessment/{id}"), doc)
}

/// One autosave with [`STORED_RECORDS`] records of one kind stored first: completed takes
/// (which the self-assessment loads and compares on every save) or peer responses (which it
/// never reads).
async fn autosave(harness: &Harness, ins: &Instrument, takes: bool) -> Result<Figure> {
    let browser = harness.browser().start().await?;
    browser.goto(&harness.url("/")).await?;
    let records: Vec<Value> = (0..STORED_RECORDS)
        .map(|n| {
            let (key, doc) = if takes {
                completed_take(ins, n)
            } else {
                let doc = response_document(ins, "bench-request", n);
                let id = doc["id"].as_str().unwrap_or_default();
                (format!("fulcrum/default/response/bench-request/{id}"), doc)
            };
            json!([key, doc.to_string()])
        })
        .collect();
    browser
        .execute(
            "for (const [k, v] of arguments[0]) localStorage.setItem(k, v); return localStorage.length;",
            vec![Value::Array(records)],
        )
        .await?;
    browser.refresh().await?;
    let w = Widget::new(&browser);
    w.wait_for_heading(&ins.title).await?;
    w.click(if takes { AGAIN_LABEL } else { START_LABEL })
        .await?;
    w.wait_for_practice(ins, 0).await?;
    let ids: Vec<&str> = ins.practices[0]
        .statements
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let ret = run_async(
        &browser,
        AUTOSAVES_JS,
        vec![ROOT.into(), json!(ids), AUTOSAVES.into()],
    )
    .await?;
    let durations = ret["durations"]
        .as_array()
        .ok_or("no autosave durations")?
        .iter()
        .map(|d| number(d, "duration"))
        .collect::<Result<Vec<f64>>>()?;
    browser.quit().await?;
    let kind = if takes {
        "completed takes"
    } else {
        "peer responses"
    };
    Ok(Figure::new(
        &format!("one autosave, {STORED_RECORDS} {kind} stored"),
        "ms",
        durations,
    ))
}

fn show(value: f64) -> String {
    if value >= 100.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<()> {
    let n = runs();
    let ins = Instrument::built_in();
    let harness = Harness::start()?;
    let mut figures = cold_loads(&harness, n).await?;
    figures.push(answer_all(&harness, &ins, n.min(3)).await?);
    figures.push(import_files(&harness, &ins, n).await?);
    figures.push(autosave(&harness, &ins, true).await?);
    figures.push(autosave(&harness, &ins, false).await?);

    println!("{:<48} {:>10}  runs", "browser benchmark", "median");
    for f in &figures {
        let runs: Vec<String> = f.runs.iter().map(|r| show(*r)).collect();
        println!(
            "{:<48} {:>7} {:<3} {}",
            f.name,
            show(f.median()),
            f.unit,
            runs.join(" ")
        );
    }
    for f in &figures {
        println!("bench\t{}\t{}\t{}", f.name, show(f.median()), f.unit);
    }
    Ok(())
}
