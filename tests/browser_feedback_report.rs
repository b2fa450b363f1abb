#![cfg(target_arch = "wasm32")]
//! Browser tests of the 360 report (wasm-bindgen-test in headless Chromium): the report
//! component mounted on its own with the built-in instrument and constructed responses, and
//! what a reader sees in it.
use fulcrum::domain::feedback::{report, RaterGroup, Response};
use fulcrum::domain::{Answers, Instrument, Rating};
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::ui::feedback_report::{FeedbackReport, FeedbackReportProps};
use std::rc::Rc;
use time::macros::datetime;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use RaterGroup::{DirectReport as D, Manager as M, Peer as P};

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{document, wait_for};

const REQ: &str = "req-bt";

fn instrument() -> Instrument {
    parse(BUILT_IN).unwrap_or_else(|e| panic!("built-in instrument: {e}"))
}

/// Every statement rated `value`.
fn all(ins: &Instrument, value: u8) -> Answers {
    let mut a = Answers::default();
    for (_, s) in ins.statements() {
        a.ratings.insert(s.id.clone(), Rating::Value(value));
    }
    a
}

fn response(id: &str, group: RaterGroup, answers: Answers) -> Response {
    Response {
        id: id.into(),
        request_id: REQ.into(),
        group,
        answers,
        received_at: datetime!(2026-12-01 09:00 UTC),
        rater_name: None,
    }
}

/// Responses rating every statement, one per (group, value).
fn raters(ins: &Instrument, raters: &[(RaterGroup, u8)]) -> Vec<Response> {
    raters
        .iter()
        .enumerate()
        .map(|(i, (g, v))| response(&format!("r{i}"), *g, all(ins, *v)))
        .collect()
}

/// Mounts a report in a fresh `.fc` element with id `prefix` and waits for it to render.
async fn mount(prefix: &str, ins: Instrument, self_answers: Option<Answers>, rs: &[Response]) {
    let r = report(&ins, self_answers.as_ref(), rs);
    let el = document()
        .create_element("div")
        .unwrap_or_else(|_| panic!("create div"));
    let _ = el.set_attribute("id", prefix);
    let _ = el.set_attribute("class", "fc");
    if let Some(body) = document().body() {
        let _ = body.append_child(&el);
    }
    let props = FeedbackReportProps {
        instrument: Rc::new(ins),
        report: Rc::new(r),
        subject_name: "Alex Doe".into(),
        prefix: prefix.to_string().into(),
        goal_links: true,
    };
    yew::Renderer::<FeedbackReport>::with_root_and_props(el, props).render();
    let selector = format!("#{prefix} h3");
    wait_for("the report to render", || !all_of(&selector).is_empty()).await;
}

fn all_of(selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = document().query_selector_all(selector) else {
        panic!("bad selector {selector}");
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn one(selector: &str) -> web_sys::Element {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element {selector}"))
}

/// Text as a reader sees it: whitespace runs collapsed.
fn text(el: &web_sys::Element) -> String {
    el.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn texts(selector: &str) -> Vec<String> {
    all_of(selector).iter().map(text).collect()
}

fn text_of(selector: &str) -> String {
    text(&one(selector))
}

/// The section whose heading reads `heading`.
fn section(root: &str, heading: &str) -> web_sys::Element {
    all_of(&format!("{root} section"))
        .into_iter()
        .find(|s| {
            s.query_selector("h3")
                .ok()
                .flatten()
                .is_some_and(|h| text(&h) == heading)
        })
        .unwrap_or_else(|| panic!("no section {heading:?} in {root}"))
}

/// The text of each child element.
fn child_texts(el: &web_sys::Element) -> Vec<String> {
    let children = el.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|c| text(&c))
        .collect()
}

/// Cells (th and td) of each body row of a table.
fn rows(table: &str) -> Vec<Vec<String>> {
    all_of(&format!("{table} tbody tr"))
        .iter()
        .map(child_texts)
        .collect()
}

fn self_text(ins: &Instrument, statement: &str) -> String {
    ins.statement(statement)
        .map(|s| s.self_text.clone())
        .unwrap_or_else(|| panic!("no statement {statement}"))
}

#[wasm_bindgen_test]
async fn three_peers_and_a_manager_have_their_own_columns() {
    let ins = instrument();
    let first_statement = self_text(&ins, "learning-1");
    let rs = raters(&ins, &[(P, 4), (M, 2), (P, 4), (P, 3)]);
    let me = all(&ins, 5);
    mount("t-cols", ins, Some(me), &rs).await;

    // Who responded.
    assert_eq!(
        rows("#t-cols .fc-fb-groups"),
        [
            vec![
                "Manager",
                "1",
                "Shown in its own column (a manager is shown from one response)"
            ],
            vec!["Peers", "3", "Shown in its own column"],
            vec!["Direct reports", "0", "No responses"],
            vec!["Other raters", "0", "No responses"],
        ]
    );
    assert!(text_of("#t-cols").contains("4 colleagues responded."));

    // Per practice: columns in report order, one-decimal means, spread and gap.
    assert_eq!(
        texts("#t-cols .fc-fb-practices thead th"),
        [
            "Practice",
            "You",
            "Others",
            "Manager 1 response",
            "Peers 3 responses",
            "Spread",
            "Gap",
        ]
    );
    let practice_rows = rows("#t-cols .fc-fb-practices");
    assert_eq!(practice_rows.len(), 8);
    // Others: (4 + 4 + 3 + 2) / 4 = 3.25; peers 11 / 3; gap 5 − 3.25; SD 0.83.
    assert_eq!(
        practice_rows[0],
        [
            "1. Continuous learning",
            "5.0",
            "3.3",
            "2.0",
            "3.7",
            "2.0–4.0 SD 0.8",
            "+1.8 Blind spot",
        ]
    );
    assert!(all_of("#t-cols .fc-low-consensus").is_empty());
    assert!(all_of("#t-cols .fc-missing").is_empty());
    // Blind spots: the five largest (all tie at +1.8, so questionnaire order), with text.
    let blind = section("#t-cols", "Blind spots");
    let items: Vec<String> = blind
        .query_selector_all("li")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
                .map(|li| child_texts(&li).join(" | "))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(items.len(), 5, "{items:?}");
    assert_eq!(
        items[0],
        format!(
            "{first_statement} | Continuous learning: you 5.0, others 3.3, gap +1.8 | Set a goal"
        )
    );
    assert!(text(&blind).contains("a gap of +1.0 or more"));
    let hidden = section("#t-cols", "Hidden strengths");
    assert!(text(&hidden).ends_with("None."));
    assert!(text(&hidden).contains("a gap of -1.0 or less"));

    // Per statement: closed until opened, the same columns, the statement text for the subject.
    let details = all_of("#t-cols details.fc-fb-details");
    assert_eq!(details.len(), 8);
    assert!(details.iter().all(|d| !d.has_attribute("open")));
    assert_eq!(
        text_of("#t-cols details.fc-fb-details summary"),
        "1. Continuous learning (5 statements)"
    );
    one("#t-cols details.fc-fb-details summary")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap_or_else(|_| panic!("summary is an HTML element"))
        .click();
    wait_for("the statements to open", || {
        all_of("#t-cols details.fc-fb-details")
            .first()
            .is_some_and(|d| d.has_attribute("open"))
    })
    .await;
    let statement_rows = rows("#t-cols details.fc-fb-details:first-of-type .fc-fb-statements");
    assert_eq!(statement_rows.len(), 5);
    assert_eq!(
        statement_rows[0],
        [
            first_statement.as_str(),
            "5.0",
            "3.3",
            "2.0",
            "3.7",
            "2.0–4.0 SD 0.8",
            "+1.8 Blind spot"
        ]
    );
    assert_eq!(
        texts("#t-cols details.fc-fb-details:first-of-type .fc-fb-statements thead th")[0],
        "Statement"
    );

    // Chart: one row per practice, labelled as an image that points to the table.
    let svg = one("#t-cols svg.fc-gap-chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("The table gives the same figures."));
    assert_eq!(all_of("#t-cols svg .fc-gap-row").len(), 8);
    assert_eq!(texts("#t-cols svg .fc-gap-tick"), ["1", "2", "3", "4", "5"]);
    assert_eq!(
        texts("#t-cols svg .fc-gap-legend-text"),
        ["You", "Others (average)"]
    );
    assert_eq!(
        one("#t-cols svg .fc-gap-row .fc-gap-others")
            .get_attribute("fill")
            .as_deref(),
        Some("url(#t-cols-gap-hatch)")
    );
    // Integer coordinates only.
    for el in all_of("#t-cols svg *") {
        for name in ["x", "y", "width", "height", "x1", "x2", "y1", "y2"] {
            if let Some(v) = el.get_attribute(name) {
                assert!(v.parse::<i32>().is_ok(), "{name}={v:?}");
            }
        }
    }
    let view_box = svg.get_attribute("viewBox").unwrap_or_default();
    assert!(
        view_box.split(' ').all(|n| n.parse::<i32>().is_ok()),
        "{view_box}"
    );
    // The second practice's "others" bar ends at 3.25 on the scale, its "you" bar at 5.
    let second = &all_of("#t-cols svg .fc-gap-row")[1];
    let bars = second
        .query_selector_all("rect")
        .unwrap_or_else(|_| panic!("rects"));
    let widths: Vec<String> = (0..bars.length())
        .filter_map(|i| bars.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|b| b.get_attribute("width"))
        .collect();
    assert_eq!(widths, ["320", "180"]);

    // No inline styles (strict CSP) and every id carries the prefix.
    assert!(all_of("#t-cols [style]").is_empty());
    let ids: Vec<String> = all_of("#t-cols [id]").iter().map(|e| e.id()).collect();
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|id| id.starts_with("t-cols-")), "{ids:?}");
    // Headings start at h3.
    assert!(all_of("#t-cols h1, #t-cols h2").is_empty());
    // Scroll containers are named, focusable regions.
    for region in all_of("#t-cols .fc-table-scroll") {
        assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
        assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
        assert!(!region
            .get_attribute("aria-label")
            .unwrap_or_default()
            .is_empty());
    }
    // The rules in words.
    let rules = texts("#t-cols .fc-rules li");
    assert_eq!(rules.len(), 8);
    assert!(rules[0].contains("at least 3 people"));
}

#[wasm_bindgen_test]
async fn two_peers_and_a_direct_report_are_folded_into_others_combined() {
    let ins = instrument();
    let rs = raters(&ins, &[(P, 5), (D, 1), (P, 5)]);
    mount("t-fold", ins, None, &rs).await;

    let headers = texts("#t-fold .fc-fb-practices thead th");
    assert_eq!(
        headers,
        [
            "Practice",
            "You",
            "Others",
            "Others (combined) 3 responses",
            "Spread",
            "Gap",
        ]
    );
    assert!(!headers
        .iter()
        .any(|h| h.starts_with("Peers") || h.starts_with("Direct reports")));
    assert_eq!(
        rows("#t-fold .fc-fb-groups")[1..3],
        [
            vec![
                "Peers",
                "2",
                "Folded into “Others (combined)” — fewer than 3 responses on its own"
            ],
            vec![
                "Direct reports",
                "1",
                "Folded into “Others (combined)” — fewer than 3 responses on its own"
            ],
        ]
    );
    assert_eq!(
        text_of("#t-fold .fc-folded"),
        "Peers and direct reports have fewer than 3 responses each, so their ratings and comments are folded together into “Others (combined)”, 3 responses in all."
    );

    // No self-assessment: "You" and "Gap" are missing, said in words too.
    let first = &rows("#t-fold .fc-fb-practices")[0];
    assert_eq!(
        first,
        &[
            "1. Continuous learning",
            "—not shown",
            "3.7",
            "3.7",
            "1.0–5.0 SD 1.9 Low consensus",
            "—not shown",
        ]
    );
    let missing = one("#t-fold .fc-fb-practices tbody .fc-missing");
    assert_eq!(
        text(&one(
            "#t-fold .fc-fb-practices tbody .fc-missing .fc-sr-only"
        )),
        "not shown"
    );
    assert_eq!(
        missing
            .query_selector("[aria-hidden=true]")
            .ok()
            .flatten()
            .map(|e| text(&e))
            .as_deref(),
        Some("—")
    );
    assert!(text_of("#t-fold .fc-notice").contains("no ratings of your own"));
    assert_eq!(
        all_of("#t-fold .fc-fb-practices .fc-low-consensus").len(),
        8
    );
    assert!(all_of("#t-fold .fc-notable").is_empty());
    assert_eq!(texts("#t-fold .fc-none"), ["None.", "None."]);
    // The chart says "not shown" for the missing bars.
    assert_eq!(all_of("#t-fold svg .fc-gap-self").len(), 1, "legend only");
}

#[wasm_bindgen_test]
async fn comments_are_sorted_shown_as_text_and_only_from_groups_that_reach_k() {
    let ins = instrument();
    let comment = |a: &mut Answers, text: &str| a.set_comment("continuous-learning", text);
    let mut rs = Vec::new();
    for (i, (group, words)) in [
        (P, "zebra crossing"),
        (M, "from the boss"),
        (P, "  Apple pie "),
        (P, "<b>mango</b>"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut a = all(&ins, 3);
        comment(&mut a, words);
        rs.push(response(&format!("c{i}"), group, a));
    }
    let me = all(&ins, 3);
    mount("t-comments", ins, Some(me), &rs).await;

    let comments = section("#t-comments", "Comments");
    assert!(text(&comments).contains("3 comments in all."));
    assert!(text(&comments).contains("an order that does not reveal who wrote them"));
    assert_eq!(
        texts("#t-comments .fc-comment-group h4"),
        ["1. Continuous learning"]
    );
    assert_eq!(
        text_of("#t-comments .fc-comment-group .fc-hint"),
        "3 comments, in an order that does not reveal who wrote them."
    );
    assert_eq!(
        texts("#t-comments .fc-comments li"),
        ["<b>mango</b>", "Apple pie", "zebra crossing"]
    );
    assert!(
        all_of("#t-comments .fc-comments b").is_empty(),
        "text, not HTML"
    );
    assert!(!text_of("#t-comments").contains("from the boss"));
}

#[wasm_bindgen_test]
async fn a_group_under_k_with_no_pool_shows_only_its_count() {
    let ins = instrument();
    let mut rs = raters(&ins, &[(P, 4), (P, 4), (P, 4)]);
    let mut lone = all(&ins, 1);
    lone.set_comment("delegating", "only I would write this");
    rs.push(response("d", D, lone));
    let me = all(&ins, 1);
    mount("t-count", ins, Some(me), &rs).await;

    assert_eq!(
        rows("#t-count .fc-fb-groups")[2],
        [
            "Direct reports",
            "1",
            "Count only: fewer than 3 responses, even together with the other small groups"
        ]
    );
    assert_eq!(
        text_of("#t-count .fc-withheld"),
        "Direct reports have too few responses to show anything but their number, even together with the other small groups (1 in all, fewer than 3); their ratings and comments are left out of this report."
    );
    let headers = texts("#t-count .fc-fb-practices thead th");
    assert!(headers.contains(&"Peers 3 responses".to_string()));
    assert!(!headers
        .iter()
        .any(|h| h.contains("Direct reports") || h.contains("combined")));
    // Others leave the withheld rating out: 4.0, not 3.25.
    assert_eq!(
        rows("#t-count .fc-fb-practices")[0],
        [
            "1. Continuous learning",
            "1.0",
            "4.0",
            "4.0",
            "4.0–4.0 SD 0.0",
            "\u{2212}3.0 Hidden strength",
        ]
    );
    assert!(!text_of("#t-count").contains("only I would write this"));
    assert!(text_of("#t-count").contains("No comments can be shown."));
    // Hidden strengths listed, blind spots none.
    let hidden = section("#t-count", "Hidden strengths");
    let items = hidden
        .query_selector_all("li")
        .map(|l| l.length())
        .unwrap_or(0);
    assert_eq!(items, 5);
    assert!(text(&hidden).contains("you 1.0, others 4.0, gap \u{2212}3.0"));
    assert!(text(&section("#t-count", "Blind spots")).ends_with("None."));
}

#[wasm_bindgen_test]
async fn with_too_few_responses_only_counts_are_shown() {
    let ins = instrument();
    let rs = raters(&ins, &[(P, 4), (P, 2)]);
    mount("t-few", ins, None, &rs).await;
    assert_eq!(
        rows("#t-few .fc-fb-groups")[1],
        [
            "Peers",
            "2",
            "Count only: fewer than 3 responses, even together with the other small groups"
        ]
    );
    assert!(text_of("#t-few").contains("No figures can be shown yet"));
    assert!(all_of("#t-few .fc-fb-practices, #t-few svg, #t-few details").is_empty());
    assert!(!text_of("#t-few").contains("4.0"));
    assert_eq!(texts("#t-few .fc-rules li").len(), 8);
}

#[wasm_bindgen_test]
async fn with_no_responses_the_report_says_so() {
    mount("t-empty", instrument(), Some(all(&instrument(), 3)), &[]).await;
    assert_eq!(texts("#t-empty h3")[0], "No feedback yet");
    assert!(text_of("#t-empty").contains("No responses about Alex Doe have been imported yet"));
    assert!(all_of("#t-empty table, #t-empty svg, #t-empty details").is_empty());
    assert_eq!(texts("#t-empty .fc-rules li").len(), 8);
}
