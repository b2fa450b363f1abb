//! Yew components (one per file), the reducer of user intents, and mounting onto the page.
pub mod app;
pub mod assessment_screens;
pub mod confirm_button;
pub mod data_section;
pub mod feedback_home;
pub mod feedback_report;
pub mod feedback_root;
pub mod gap_chart;
pub mod goal_builder;
pub mod goal_detail;
pub mod goals_section;
pub mod growth_root;
pub mod history_chart;
pub mod history_section;
pub mod hooks;
pub mod import_button;
pub mod mentor_report;
pub mod mentor_view;
pub mod notices;
pub mod past_assessments;
pub mod peer_finish;
pub mod peer_flow;
pub mod peer_intro;
pub mod peer_practice;
pub mod practice_nav;
pub mod practice_step;
pub mod prefill_notice;
pub mod radar_chart;
pub mod report_document;
pub mod report_section;
pub mod request_form;
pub mod request_hub;
pub mod response_import;
pub mod results_view;
pub mod review;
pub mod start_over_button;
pub mod state;
pub mod statement_field;
pub mod welcome;

use crate::domain::instrument::is_valid_id;
use app::{App, AppProps, Parts};
use wasm_bindgen::JsCast;
use yew::{Callback, Html};

/// Mounts the self-assessment on every `[data-fulcrum]` element of the page.
pub fn mount_all() {
    mount_all_with(assessment_screens::render);
}

/// Mounts the peer feedback page on every `[data-fulcrum]` element of the page.
pub fn mount_all_feedback() {
    mount_all_with(feedback_root::render);
}

/// Mounts the growth page (history, goals, mentor report, data) on every `[data-fulcrum]`
/// element of the page.
pub fn mount_all_growth() {
    mount_all_with(growth_root::render);
}

/// Mounts one independent widget on every `[data-fulcrum]` element of the page. An element
/// with a bad `data-namespace` shows why instead of a widget; the others are unaffected.
fn mount_all_with(screens: fn(Parts) -> Html) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(elements) = document.query_selector_all("[data-fulcrum]") else {
        return;
    };
    for i in 0..elements.length() {
        let Some(element) = elements
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        mount_with(element, screens);
    }
}

/// Mounts the self-assessment on `element`, reading its options from `data-*` attributes.
pub fn mount(element: web_sys::Element) {
    mount_with(element, assessment_screens::render);
}

fn mount_with(element: web_sys::Element, screens: fn(Parts) -> Html) {
    let namespace = element
        .get_attribute("data-namespace")
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "default".into());
    if !is_valid_id(&namespace) {
        element.set_text_content(Some(&format!(
            "Fulcrum cannot start here: data-namespace=\"{namespace}\" is not a valid namespace. Use 1–64 lowercase letters, digits and single '-', '.' or '_' between them."
        )));
        return;
    }
    element.set_text_content(None);
    let screens = Callback::from(screens);
    yew::Renderer::<App>::with_root_and_props(element, AppProps { namespace, screens }).render();
}
