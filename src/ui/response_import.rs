//! Adding colleagues' responses: several files at once (chosen or dropped) and pasted codes.
//! Reads everything first, then hands the texts over in one batch.
use super::hooks::use_lang;
use crate::format::json;
use crate::i18n::{Lang, Localized};
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// One input: where it came from, and its text or why it could not be read.
pub type ImportInput = (String, Result<String, String>);

#[derive(Properties, PartialEq)]
pub struct ResponseImportProps {
    pub prefix: AttrValue,
    pub on_import: Callback<Vec<ImportInput>>,
}

/// Reads every file, then emits all results together.
fn read_files(
    lang: Lang,
    files: web_sys::FileList,
    readers: Rc<RefCell<Vec<FileReader>>>,
    on_import: Callback<Vec<ImportInput>>,
) {
    let total = files.length() as usize;
    if total == 0 {
        return;
    }
    let results: Rc<RefCell<Vec<ImportInput>>> = Rc::default();
    let finish = {
        let results = results.clone();
        move || {
            if results.borrow().len() == total {
                let mut all = std::mem::take(&mut *results.borrow_mut());
                all.sort_by(|a, b| a.0.cmp(&b.0));
                on_import.emit(all);
            }
        }
    };
    let finish = Rc::new(finish);
    readers.borrow_mut().clear();
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        let name = file.name();
        if let Err(e) = json::check_size(file.size()) {
            results.borrow_mut().push((name, Err(e.text(lang))));
            finish();
            continue;
        }
        let (results, finish) = (results.clone(), finish.clone());
        let task = gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |r| {
            results.borrow_mut().push((
                name,
                r.map_err(|e| lang.feedback().file_unreadable(&e.to_string())),
            ));
            finish();
        });
        readers.borrow_mut().push(task);
    }
}

#[component]
pub fn ResponseImport(props: &ResponseImportProps) -> Html {
    let readers: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    let lang = use_lang();
    let t = lang.feedback();
    let pasted = use_state(String::new);
    let p = &props.prefix;
    let on_files = {
        let (readers, on_import) = (readers.clone(), props.on_import.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                read_files(lang, files, readers.clone(), on_import.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let (readers, on_import) = (readers.clone(), props.on_import.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                read_files(lang, files, readers.clone(), on_import.clone());
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            pasted.set(area.value());
        })
    };
    let add_pasted = {
        let (pasted, on_import) = (pasted.clone(), props.on_import.clone());
        Callback::from(move |_: MouseEvent| {
            // Whatever comes before the first code ("Hi, here it is:") is not a code.
            let codes: Vec<ImportInput> = pasted
                .split("FULCRUM-RESPONSE-")
                .skip(1)
                .filter(|c| !c.trim().is_empty())
                .enumerate()
                .map(|(i, c)| {
                    (
                        lang.feedback().pasted_code(i + 1),
                        Ok(format!("FULCRUM-RESPONSE-{}", c.trim())),
                    )
                })
                .collect();
            if !codes.is_empty() {
                on_import.emit(codes);
                pasted.set(String::new());
            }
        })
    };
    let files_id = format!("{p}-response-files");
    let codes_id = format!("{p}-response-codes");
    html! {
        <div class="fc-response-import">
            <div class="fc-drop" ondrop={on_drop} ondragover={on_drag_over}>
                <label for={files_id.clone()}>{ t.response_files_label() }</label>
                <input id={files_id} type="file" multiple=true accept=".json,application/json" onchange={on_files} />
            </div>
            <div class="fc-comment">
                <label for={codes_id.clone()}>{ t.response_codes_label() }</label>
                // Monospace like every code on the page: in a proportional font, laying out one
                // pasted megabyte-long line takes the browser seconds per megabyte.
                <textarea id={codes_id} class="fc-code" rows="3" value={(*pasted).clone()} oninput={on_paste_input} />
                <div><button type="button" class="fc-button" onclick={add_pasted}>{ t.add_pasted() }</button></div>
            </div>
        </div>
    }
}
