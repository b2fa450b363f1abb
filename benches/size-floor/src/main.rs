//! The size floor: five statements of five radios each, every answer saved to localStorage as
//! JSON and read back on load. Only the libraries Fulcrum's first question needs.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use yew::prelude::*;

const STATEMENTS: [&str; 5] = [
    "I delegate work I could do faster myself.",
    "I review designs without rewriting them.",
    "I coach rather than answer.",
    "I plan the team's work a quarter ahead.",
    "I listen before I propose.",
];

#[derive(Serialize, Deserialize, Default, Clone, PartialEq)]
struct Draft {
    answers: BTreeMap<String, u8>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> Draft {
    storage()
        .and_then(|s| s.get_item("floor.draft").ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save(draft: &Draft) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(draft)) {
        let _ = s.set_item("floor.draft", &text);
    }
}

#[function_component]
fn App() -> Html {
    let draft = use_state(load);
    let fieldsets = STATEMENTS.iter().enumerate().map(|(i, statement)| {
        let id = format!("s{i}");
        let radios = (1..=5u8).map(|value| {
            let checked = draft.answers.get(&id) == Some(&value);
            let onchange = {
                let (draft, id) = (draft.clone(), id.clone());
                Callback::from(move |_: Event| {
                    let mut next = (*draft).clone();
                    next.answers.insert(id.clone(), value);
                    save(&next);
                    draft.set(next);
                })
            };
            html! { <label><input type="radio" name={id.clone()} {checked} {onchange} />{ value }</label> }
        });
        html! { <fieldset><legend>{ *statement }</legend>{ for radios }</fieldset> }
    });
    html! { <form>{ for fieldsets }</form> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
