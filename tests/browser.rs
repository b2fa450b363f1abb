#![cfg(target_arch = "wasm32")]
//! Browser tests (wasm-bindgen-test in headless Chromium): the storage layer against the real
//! localStorage, including blocked storage and a full quota, and the widget as rendered.
use fulcrum::browser::persistence::{self, Write};
use fulcrum::browser::storage::{StorageError, Store, Unavailable};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::self_assessment::{encode, SelfAssessment};
use time::macros::datetime;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{document, local, text_of, wait_for, Cleanup};

/// Runs JavaScript in the page (test set-up only).
fn js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap_or_else(|e| panic!("{code}: {e:?}"));
}

/// Makes `window.localStorage` throw SecurityError, as in private modes and sandboxed frames,
/// until dropped.
struct BlockedStorage;
impl BlockedStorage {
    fn new() -> Self {
        js("window.__fulcrumSavedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });");
        BlockedStorage
    }
}
impl Drop for BlockedStorage {
    fn drop(&mut self) {
        js("const d = window.__fulcrumSavedStorage; if (d) { Object.defineProperty(window, 'localStorage', d); } else { delete window.localStorage; }");
    }
}

#[wasm_bindgen_test]
fn records_live_under_their_namespace_and_nothing_else_is_touched() {
    let _clean = Cleanup("fulcrum/bt-ns/");
    let s = local();
    let _ = s.set_item("someone-else", "keep me");
    let _ = s.set_item("fulcrum/bt-other/draft", "keep me too");
    let store = Store::open("bt-ns");
    assert_eq!(store.unavailable(), None);
    store.set("draft", "a").unwrap_or_else(|e| panic!("{e}"));
    store
        .set("assessment/x", "b")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        s.get_item("fulcrum/bt-ns/draft").ok().flatten().as_deref(),
        Some("a")
    );
    let mut records = store.records("").unwrap_or_default();
    records.sort();
    assert_eq!(records, vec!["assessment/x", "draft"]);
    persistence::delete_all(&store).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.records("").unwrap_or_default(), Vec::<String>::new());
    assert_eq!(
        s.get_item("someone-else").ok().flatten().as_deref(),
        Some("keep me")
    );
    assert_eq!(
        s.get_item("fulcrum/bt-other/draft")
            .ok()
            .flatten()
            .as_deref(),
        Some("keep me too")
    );
    let _ = s.remove_item("someone-else");
    let _ = s.remove_item("fulcrum/bt-other/draft");
}

/// A widget that stopped watching (unmounted) hears no more writes; one still watching does.
#[wasm_bindgen_test]
async fn a_dropped_watch_hears_nothing_more() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let _clean = Cleanup("fulcrum/bt-watch/");
    let (writer, kept, gone) = (
        Store::open("bt-watch"),
        Store::open("bt-watch"),
        Store::open("bt-watch"),
    );
    let heard_kept: Rc<RefCell<Vec<String>>> = Rc::default();
    let heard_gone: Rc<RefCell<Vec<String>>> = Rc::default();
    let h = heard_kept.clone();
    let _watching = kept.watch(move |r| h.borrow_mut().push(r.unwrap_or("*").into()));
    let h = heard_gone.clone();
    drop(gone.watch(move |r| h.borrow_mut().push(r.unwrap_or("*").into())));
    writer.set("draft", "x").unwrap_or_else(|e| panic!("{e}"));
    wait_for("the watching store to hear the write", || {
        heard_kept.borrow().as_slice() == ["draft"]
    })
    .await;
    // Every watcher of the page is told at once, so the dropped one would have heard by now.
    assert_eq!(
        heard_gone.borrow().len(),
        0,
        "a dropped watch was still told"
    );
}

#[wasm_bindgen_test]
fn blocked_storage_works_in_memory_and_says_so() {
    let blocked = BlockedStorage::new();
    let store = Store::open("bt-blocked");
    assert_eq!(
        store.unavailable(),
        Some(&Unavailable::Blocked("SecurityError".into()))
    );
    store
        .set("draft", "in memory")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.get("draft"), Ok(Some("in memory".to_string())));
    drop(blocked);
    assert_eq!(
        local().get_item("fulcrum/bt-blocked/draft").ok().flatten(),
        None
    );
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_last_saved_state_stays() {
    let _clean = Cleanup("fulcrum/bt-quota/");
    let _filler = Cleanup("bt-filler/");
    let store = Store::open("bt-quota");
    store
        .set("draft", "saved before")
        .unwrap_or_else(|e| panic!("{e}"));
    // Fill the real quota with filler keys until the browser refuses.
    let s = local();
    let chunk = "x".repeat(512 * 1024);
    let mut refused = false;
    for i in 0..200 {
        if s.set_item(&format!("bt-filler/{i}"), &chunk).is_err() {
            refused = true;
            break;
        }
    }
    assert!(refused, "the browser never ran out of localStorage quota");
    let big = "y".repeat(600 * 1024);
    let result = persistence::apply(
        &store,
        &[
            Write::Put("draft".into(), big),
            Write::Remove("position".into()),
        ],
    );
    assert_eq!(result, Err(StorageError::QuotaFull));
    assert!(result
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
        .starts_with("Storage is full"));
    assert_eq!(store.get("draft"), Ok(Some("saved before".to_string())));
}

#[wasm_bindgen_test]
fn unreadable_and_newer_records_are_quarantined_and_the_rest_loads() {
    let _clean = Cleanup("fulcrum/bt-quarantine/");
    let instrument = parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"));
    let mut answers = fulcrum::domain::Answers::default();
    for (_, st) in instrument.statements() {
        answers
            .ratings
            .insert(st.id.clone(), fulcrum::domain::Rating::Value(4));
    }
    let good = SelfAssessment::Completed(fulcrum::domain::CompletedAssessment {
        id: "good-1".into(),
        started_at: datetime!(2026-11-20 10:00 UTC),
        completed_at: datetime!(2026-11-20 10:15 UTC),
        answers,
    });
    let good_text = encode(&instrument, &good).to_text();
    let newer = good_text.replacen("\"version\": 1,", "\"version\": 7,", 1);
    let store = Store::open("bt-quarantine");
    let _ = store.set("assessment/good-1", &good_text);
    let _ = store.set("assessment/newer-1", &newer);
    let _ = store.set("draft", "{ not json");

    let loaded = persistence::load(&store, &instrument, datetime!(2026-11-25 12:00 UTC));
    assert_eq!(loaded.error, None);
    assert_eq!(loaded.session.completed.len(), 1);
    assert_eq!(loaded.session.completed[0].id, "good-1");
    assert!(loaded.session.draft.is_none());
    assert_eq!(loaded.quarantined.len(), 2);
    let reasons: Vec<String> = loaded
        .quarantined
        .iter()
        .filter_map(|q| q.reason.as_ref().map(ToString::to_string))
        .collect();
    assert!(
        reasons.iter().any(|r| r.contains("not valid JSON")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("newer version")),
        "{reasons:?}"
    );
    // Originals moved, byte for byte.
    assert_eq!(store.get("draft"), Ok(None));
    assert_eq!(store.get("assessment/newer-1"), Ok(None));
    let kept: Vec<String> = loaded
        .quarantined
        .iter()
        .filter_map(|q| store.get(&q.record).ok().flatten())
        .collect();
    assert!(kept.contains(&"{ not json".to_string()));
    assert!(kept.contains(&newer));
    // A second load finds the quarantined records again, still offered.
    let again = persistence::load(&store, &instrument, datetime!(2026-11-25 12:01 UTC));
    assert_eq!(again.quarantined.len(), 2);
    assert!(again.quarantined.iter().all(|q| q.reason.is_none()));
}

/// Mounts a widget in a fresh element and returns it.
fn mount(namespace: &str) -> web_sys::Element {
    let el = document()
        .create_element("div")
        .unwrap_or_else(|_| panic!("create div"));
    let _ = el.set_attribute("data-namespace", namespace);
    let _ = el.set_attribute("id", namespace);
    if let Some(body) = document().body() {
        let _ = body.append_child(&el);
    }
    fulcrum::ui::mounting::mount_or_explain(&el, fulcrum::ui::assessment_screens::render);
    el
}

fn click(selector: &str) {
    let el = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| panic!("no element {selector}"));
    el.click();
}

fn click_button(scope: &str, label: &str) {
    let buttons = document()
        .query_selector_all(&format!("{scope} button"))
        .unwrap_or_else(|_| panic!("query"));
    for i in 0..buttons.length() {
        if let Some(b) = buttons
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            if b.text_content().unwrap_or_default().contains(label) {
                b.click();
                return;
            }
        }
    }
    panic!("no button {label:?} in {scope}");
}

#[wasm_bindgen_test]
async fn the_widget_renders_the_flow_and_saves_each_answer() {
    let _clean = Cleanup("fulcrum/bt-ui/");
    mount("bt-ui");
    wait_for("the welcome heading", || {
        text_of("#bt-ui h2") == "Balancing technical expertise and leadership"
    })
    .await;
    assert!(text_of("#bt-ui").contains("Your answers stay on this device"));
    click_button("#bt-ui", "Start the self-assessment");
    wait_for("the first practice", || {
        text_of("#bt-ui h2").contains("Continuous learning")
    })
    .await;
    assert!(text_of("#bt-ui .fc-progress-text").starts_with("Step 1 of 8 · 0 of 40"));
    let fieldsets = document()
        .query_selector_all("#bt-ui fieldset")
        .map(|l| l.length())
        .unwrap_or(0);
    assert_eq!(fieldsets, 5);
    let radios = document()
        .query_selector_all("#bt-ui fieldset:first-of-type input[type=radio]")
        .map(|l| l.length())
        .unwrap_or(0);
    assert_eq!(
        radios, 5,
        "five scale points and no 'not observed' for the self"
    );
    assert!(text_of("#bt-ui fieldset legend").contains("1."));
    // Focus moved to the step heading on navigation.
    let focused = document()
        .active_element()
        .map(|e| e.tag_name())
        .unwrap_or_default();
    assert_eq!(focused, "H2");

    click("#bt-ui fieldset input[value='4']");
    wait_for("the answer to be saved", || {
        local()
            .get_item("fulcrum/bt-ui/draft")
            .ok()
            .flatten()
            .is_some_and(|d| d.contains("\"learning-1\": 4"))
    })
    .await;
    wait_for("the progress to count it", || {
        text_of("#bt-ui .fc-progress-text").contains("1 of 40")
    })
    .await;
    assert!(text_of("#bt-ui .fc-save").contains("saved on this device"));
}

#[wasm_bindgen_test]
async fn with_storage_blocked_the_widget_still_runs_and_warns() {
    let _blocked = BlockedStorage::new();
    mount("bt-ui-blocked");
    wait_for("the warning", || {
        text_of("#bt-ui-blocked .fc-warning").contains("Nothing is being saved")
    })
    .await;
    assert!(text_of("#bt-ui-blocked .fc-save").contains("Not saving"));
    click_button("#bt-ui-blocked", "Start the self-assessment");
    wait_for("the first practice", || {
        text_of("#bt-ui-blocked h2").contains("Continuous learning")
    })
    .await;
    wait_for("an export offer", || {
        text_of("#bt-ui-blocked .fc-warning").contains("Download answers so far")
    })
    .await;
}

#[wasm_bindgen_test]
async fn unreadable_saved_data_is_offered_and_the_widget_starts() {
    let _clean = Cleanup("fulcrum/bt-ui-bad/");
    let _ = local().set_item("fulcrum/bt-ui-bad/draft", "[1, 2");
    mount("bt-ui-bad");
    wait_for("the welcome heading", || {
        text_of("#bt-ui-bad h2").contains("Balancing")
    })
    .await;
    let notice = text_of("#bt-ui-bad .fc-notice");
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(notice.contains("Download it"), "{notice}");
    assert!(notice.contains("not valid JSON"), "{notice}");
    assert_eq!(
        local().get_item("fulcrum/bt-ui-bad/draft").ok().flatten(),
        None
    );
}

#[wasm_bindgen_test]
fn a_bad_namespace_is_explained_in_place() {
    let el = mount("Bad Namespace!");
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("the namespace \"Bad Namespace!\" is not valid"));
}
