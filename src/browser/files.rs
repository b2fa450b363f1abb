//! Reading a file the user chose: the first file of a file input, refused before a byte is
//! read when it is larger than any Fulcrum file, otherwise read as text.
use crate::format::{json, FileError};
use crate::i18n::Lang;
use gloo::file::callbacks::FileReader;

/// What became of a file input's change event.
pub enum Chosen {
    /// No file was chosen.
    Nothing,
    /// The file is too large to be a Fulcrum file; nothing was read. `reason.text(lang)`
    /// words it (its Display is the English).
    Refused { name: String, reason: FileError },
    /// Reading has started; keep the reader alive until it calls back.
    Reading(FileReader),
}

/// Takes the first file of the `<input type="file">` that fired `event` and clears the input
/// (so the same file can be chosen again after a refusal). Refuses a file over the size limit
/// before reading it; otherwise reads it as text and calls `done` with its name and the text,
/// or the reason it could not be read (in the language of the widget holding the input).
pub fn read_chosen(
    event: &web_sys::Event,
    done: impl FnOnce(String, Result<String, String>) + 'static,
) -> Chosen {
    let Some(input) = event
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
    else {
        return Chosen::Nothing;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return Chosen::Nothing;
    };
    input.set_value("");
    let name = file.name();
    if let Err(e) = json::check_size(file.size()) {
        return Chosen::Refused { name, reason: e };
    }
    let lang = widget_language(&input);
    let file = gloo::file::File::from(file);
    Chosen::Reading(gloo::file::callbacks::read_as_text(&file, move |result| {
        done(
            name,
            result.map_err(|e| lang.errors().file_unreadable(&e.to_string())),
        )
    }))
}

/// The language of the widget around `input`: its root carries `lang` (`ui::app`), so the
/// callers need not pass it in.
fn widget_language(input: &web_sys::HtmlInputElement) -> Lang {
    input
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}
