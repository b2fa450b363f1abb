#![cfg(target_arch = "wasm32")]
//! Browser tests (wasm-bindgen-test in headless Chromium) of SMART goals: the goal records on
//! the real localStorage (unreadable ones skipped and left as they are, nothing else touched),
//! and the goal builder as rendered on the growth page, with each problem beside its field.
use fulcrum::browser::goal_store;
use fulcrum::browser::storage::Store;
use fulcrum::domain::goal::{create, GoalDraft, GoalFocus};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::i18n::Lang;
use fulcrum::ui::app::{App, AppProps};
use time::macros::{date, datetime};
use time::OffsetDateTime;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{document, element, local, text_of, wait_for, Cleanup};

fn goal(id: &str, focus: &str, at: OffsetDateTime) -> fulcrum::domain::goal::Goal {
    let ins = parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"));
    let draft = GoalDraft {
        specific: format!("Work on {focus} every week"),
        measure: "Sessions held".into(),
        target: "4 a month".into(),
        achievable: "Block the time".into(),
        due: Some(date!(2030 - 01 - 01)),
        ..GoalDraft::about(&ins, focus)
    };
    create(&draft, &ins, id.into(), at).unwrap_or_else(|p| panic!("{p:?}"))
}

#[wasm_bindgen_test]
fn goals_are_records_of_their_own_and_unreadable_ones_are_left_alone() {
    let _clean = Cleanup("fulcrum/bt-goals/");
    let _other = Cleanup("fulcrum/bt-goals-other/");
    let ins = parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"));
    let store = Store::open("bt-goals");
    local()
        .set_item("fulcrum/bt-goals-other/goal/x", "theirs")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let later = goal("g-later", "people-skills", datetime!(2026-11-25 10:00 UTC));
    let earlier = goal("g-earlier", "delegating-2", datetime!(2026-03-02 10:00 UTC));
    for g in [&later, &earlier] {
        goal_store::save_goal(&store, &ins, g).unwrap_or_else(|e| panic!("{e}"));
    }
    // A damaged record, and a goal stored under another goal's name.
    local()
        .set_item("fulcrum/bt-goals/goal/broken", "{not json")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let misplaced = local()
        .get_item("fulcrum/bt-goals/goal/g-later")
        .ok()
        .flatten()
        .unwrap_or_default();
    local()
        .set_item("fulcrum/bt-goals/goal/elsewhere", &misplaced)
        .unwrap_or_else(|e| panic!("{e:?}"));

    let loaded = goal_store::load(&store, &ins);
    let ids: Vec<&str> = loaded.goals.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["g-earlier", "g-later"], "oldest first");
    assert_eq!(loaded.goals[0], earlier);
    assert_eq!(
        loaded.goals[0].focus,
        GoalFocus::Statement("delegating-2".into())
    );
    let mut unreadable = loaded.unreadable.clone();
    unreadable.sort();
    assert_eq!(unreadable, ["goal/broken", "goal/elsewhere"]);
    assert_eq!(
        local()
            .get_item("fulcrum/bt-goals/goal/broken")
            .ok()
            .flatten(),
        Some("{not json".to_string()),
        "left byte for byte"
    );
    assert_eq!(goal_store::goal(&store, &ins, "g-later"), Some(later));
    assert_eq!(goal_store::goal(&store, &ins, "elsewhere"), None);

    goal_store::remove_goal(&store, "g-later").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(goal_store::goals(&store, &ins), vec![earlier]);
    assert_eq!(
        local()
            .get_item("fulcrum/bt-goals-other/goal/x")
            .ok()
            .flatten(),
        Some("theirs".to_string()),
        "another namespace is never touched"
    );
}

#[wasm_bindgen_test]
async fn the_builder_names_each_missing_part_beside_its_field() {
    let _clean = Cleanup("fulcrum/bt-builder/");
    let _ = web_sys::window().map(|w| w.location().set_hash("goal=delegating"));
    let el = document()
        .create_element("div")
        .unwrap_or_else(|_| panic!("create div"));
    let _ = el.set_attribute("id", "bt-builder");
    if let Some(body) = document().body() {
        let _ = body.append_child(&el);
    }
    yew::Renderer::<App>::with_root_and_props(
        el,
        AppProps {
            namespace: "bt-builder".into(),
            lang: Lang::En,
            instrument: None,
            screens: Callback::from(fulcrum::ui::growth_root::render),
        },
    )
    .render();
    wait_for("the goal builder", || {
        text_of("#bt-builder h2.fc-heading") == "Set a goal"
    })
    .await;
    let select = |id: &str| {
        element(&format!("#bt-builder select[id$='-goal-{id}']"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .unwrap_or_else(|| panic!("no select {id}"))
    };
    assert_eq!(
        select("focus").value(),
        "practice:delegating",
        "from #goal="
    );
    assert_eq!(select("practice_id").value(), "delegating", "linked");
    let legends: Vec<String> = (0..5)
        .map(|n| {
            text_of(&format!(
                "#bt-builder fieldset:nth-of-type({}) > legend",
                n + 1
            ))
        })
        .collect();
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
    assert!(text_of("#bt-builder .fc-goal-suggest label")
        .contains("Use a suggestion from the article for Delegating"));

    // Use the first strategy as the specific part.
    let use_it = document()
        .query_selector_all("#bt-builder .fc-goal-suggest button")
        .ok()
        .and_then(|l| l.item(0))
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| panic!("no suggestion button"));
    use_it.click();
    wait_for("the suggestion in Specific", || {
        element("#bt-builder textarea[id$='-goal-specific']")
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .is_some_and(|t| {
                t.value()
                    .starts_with("List the technical tasks only you handle")
            })
    })
    .await;

    // Save with the rest empty: each problem beside its field, focus on the first.
    element("#bt-builder button[type=submit]")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| panic!("no submit"))
        .click();
    wait_for("the problems", || {
        element("#bt-builder [id$='-goal-measure-error']").is_some()
    })
    .await;
    for (field, words) in [
        ("measure", "Say how you will measure progress"),
        ("target", "Give the target you want to reach"),
        ("achievable", "List the steps you will take"),
        ("due", "Choose the date you want to reach the target by."),
    ] {
        let input = element(&format!("#bt-builder [id$='-goal-{field}']"))
            .unwrap_or_else(|| panic!("no field {field}"));
        assert_eq!(
            input.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{field}"
        );
        let described = input.get_attribute("aria-describedby").unwrap_or_default();
        let note = document()
            .get_element_by_id(&described)
            .and_then(|e| e.text_content())
            .unwrap_or_default();
        assert!(note.starts_with(words), "{field}: {note:?}");
    }
    assert!(
        element("#bt-builder [id$='-goal-specific']")
            .and_then(|e| e.get_attribute("aria-invalid"))
            .is_none(),
        "the suggestion filled Specific"
    );
    let focused = document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    assert!(focused.ends_with("-goal-measure"), "focus on {focused:?}");
    assert!(text_of("#bt-builder [role=alert]")
        .starts_with("The goal is not saved: 4 thing(s) to fix. Measurable: Say how"));
    assert!(
        local()
            .get_item("fulcrum/bt-builder/goal/x")
            .ok()
            .flatten()
            .is_none()
            && (0..local().length().unwrap_or(0))
                .filter_map(|i| local().key(i).ok().flatten())
                .all(|k| !k.starts_with("fulcrum/bt-builder/goal/")),
        "nothing saved"
    );
    let _ = web_sys::window().map(|w| w.location().set_hash(""));
}
