//! Mounting widgets onto host elements: every `[data-fulcrum]` element at start-up, and the
//! `mount(element, options)` / `unmount(element)` API the boot script exports to host pages.
use super::app::{App, AppProps, Parts};
use crate::domain::instrument::is_valid_id;
use crate::i18n::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::{AppHandle, Callback, Html};

/// The screens of one page; each page's wasm links only its own.
pub type Screens = fn(Parts) -> Html;

thread_local! {
    /// The widgets this wasm has mounted, so that `unmount` can destroy them and a second
    /// `mount` on the same element is refused instead of rendering twice.
    static MOUNTED: RefCell<Vec<(web_sys::Element, Slot)>> = const { RefCell::new(Vec::new()) };
}

/// A mounted element: its widget, or a widget waiting for its questionnaire to download.
enum Slot {
    Loading,
    Running(AppHandle<App>),
}

/// Mounts one independent widget on every `[data-fulcrum]` element of the page. An element
/// with a bad option shows why instead of a widget; the others are unaffected.
pub fn mount_all(screens: Screens) {
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
        if !is_mounted(&element) {
            mount_or_explain(&element, screens);
        }
    }
}

/// Mounts a widget on `element` from its `data-*` attributes, or shows in the element (and the
/// console) why it cannot.
pub fn mount_or_explain(element: &web_sys::Element, screens: Screens) {
    if let Err(message) = mount(element, screens, &JsValue::UNDEFINED) {
        show_refusal(element, &message);
    }
}

fn is_mounted(element: &web_sys::Element) -> bool {
    MOUNTED.with(|m| m.borrow().iter().any(|(e, _)| e == element))
}

/// An option from the JS options object, else the element's `data-<name>` attribute.
fn option(element: &web_sys::Element, options: &JsValue, name: &str) -> Option<String> {
    let from_js = if options.is_object() {
        js_sys::Reflect::get(options, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    } else {
        None
    };
    from_js
        .or_else(|| element.get_attribute(&format!("data-{name}")))
        .filter(|v| !v.is_empty())
}

/// Mounts a widget on `element` (options as for `mount_js`); the error says, for the page's
/// author, why it was refused, in the widget's language. A questionnaire given by URL is
/// downloaded first (same origin only); problems found later are shown in the element and
/// the console.
pub fn mount(
    element: &web_sys::Element,
    screens: Screens,
    options: &JsValue,
) -> Result<(), String> {
    // First, so that even the refusals below are in the widget's language.
    let lang = language(element, options);
    let errors = lang.errors();
    if is_mounted(element) {
        return Err(errors.already_mounted().into());
    }
    let namespace = option(element, options, "namespace").unwrap_or_else(|| "default".into());
    if !is_valid_id(&namespace) {
        return Err(errors.invalid_namespace(&namespace));
    }
    match option(element, options, "instrument") {
        None => render(element, screens, namespace, lang, None),
        Some(source) => match source.strip_prefix('#') {
            Some(id) => render(
                element,
                screens,
                namespace,
                lang,
                Some(inline_instrument(id, lang)?.into()),
            ),
            None => {
                let url = same_origin_url(&source, lang)?;
                MOUNTED.with(|m| m.borrow_mut().push((element.clone(), Slot::Loading)));
                element.set_text_content(Some(errors.loading_questionnaire()));
                let element = element.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = download(&url, lang).await;
                    // Unmounted while downloading: nothing to do.
                    let still_wanted = MOUNTED.with(|m| {
                        let mut mounted = m.borrow_mut();
                        let at = mounted
                            .iter()
                            .position(|(e, s)| *e == element && matches!(s, Slot::Loading));
                        at.map(|i| mounted.swap_remove(i)).is_some()
                    });
                    if still_wanted {
                        let result =
                            text.map_err(|e| lang.errors().questionnaire_not_loaded(&url, &e));
                        if let Err(message) = result.and_then(|t| {
                            render(&element, screens, namespace, lang, Some(t.into()))
                        }) {
                            show_refusal(&element, &message);
                        }
                    }
                });
                Ok(())
            }
        },
    }
}

fn render(
    element: &web_sys::Element,
    screens: Screens,
    namespace: String,
    lang: Lang,
    instrument: Option<Rc<str>>,
) -> Result<(), String> {
    element.set_text_content(None);
    let props = AppProps {
        namespace,
        lang,
        instrument,
        screens: Callback::from(screens),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(element.clone(), props).render();
    MOUNTED.with(|m| {
        m.borrow_mut()
            .push((element.clone(), Slot::Running(handle)))
    });
    Ok(())
}

/// The interface language: the `lang` option or `data-lang` if Fulcrum has it, else the
/// browser's preferred languages, else English. An unknown choice is reported to the page's
/// author in the console.
fn language(element: &web_sys::Element, options: &JsValue) -> Lang {
    let requested = option(element, options, "lang");
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    let lang = Lang::negotiate(requested.as_deref(), browser.iter().map(String::as_str));
    if let Some(tag) = requested.filter(|t| Lang::from_tag(t).is_none()) {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        web_sys::console::warn_1(&JsValue::from_str(&lang.errors().unknown_language(
            &tag,
            lang.tag(),
            &known.join(", "),
        )));
    }
    lang
}

/// The text of `<script type="application/json" id="…">` on the page.
fn inline_instrument(id: &str, lang: Lang) -> Result<String, String> {
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .ok_or_else(|| lang.errors().no_such_element(id))?;
    let is_json = script.tag_name().eq_ignore_ascii_case("script")
        && script.get_attribute("type").as_deref() == Some("application/json");
    if !is_json {
        return Err(lang.errors().not_a_json_script(id));
    }
    Ok(script.text_content().unwrap_or_default())
}

/// `source` resolved against the page, refused unless it is http(s) on the page's own origin
/// (Fulcrum never fetches from anywhere else).
fn same_origin_url(source: &str, lang: Lang) -> Result<String, String> {
    let errors = lang.errors();
    let window = web_sys::window().ok_or(errors.no_window())?;
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url =
        web_sys::Url::new_with_base(source, &base).map_err(|_| errors.not_a_source(source))?;
    let page_origin = window.location().origin().unwrap_or_default();
    if !matches!(url.protocol().as_str(), "http:" | "https:") || url.origin() != page_origin {
        return Err(errors.other_origin(&url.href(), &page_origin));
    }
    Ok(url.href())
}

/// The text at `url`, or why not (in `lang`, for the sentence around it).
async fn download(url: &str, lang: Lang) -> Result<String, String> {
    let errors = lang.errors();
    let window = web_sys::window().ok_or(errors.fetch_no_window())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| errors.fetch_failed())?
        .dyn_into()
        .map_err(|_| errors.fetch_not_a_response())?;
    if !response.ok() {
        return Err(errors.fetch_status(response.status()));
    }
    let text = response
        .text()
        .map_err(|_| errors.fetch_body_unreadable())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| errors.fetch_body_not_text().to_string())
}

/// Shows a refusal in the element, as text, and in the console for the page's author.
fn show_refusal(element: &web_sys::Element, message: &str) {
    element.set_text_content(Some(message));
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// `mount(element, options)` for host pages: options are `{ namespace, instrument, lang }` (each
/// falls back to the element's `data-*` attribute; `instrument` is `#id` of a
/// `<script type="application/json">` or a same-origin URL). Throws an Error with the reason when refused.
pub fn mount_js(
    element: web_sys::Element,
    options: JsValue,
    screens: Screens,
) -> Result<(), JsValue> {
    mount(&element, screens, &options).map_err(|m| JsValue::from(js_sys::Error::new(&m)))
}

/// `unmount(element)` for host pages: destroys the widget on `element` (its saved data stays)
/// and empties the element. Returns whether there was one.
pub fn unmount_js(element: web_sys::Element) -> bool {
    let handle = MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let index = mounted.iter().position(|(e, _)| *e == element)?;
        Some(mounted.swap_remove(index).1)
    });
    match handle {
        Some(Slot::Running(handle)) => {
            handle.destroy();
            element.set_text_content(None);
            true
        }
        Some(Slot::Loading) => {
            element.set_text_content(None);
            true
        }
        None => false,
    }
}
