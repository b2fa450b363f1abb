//! Mounting widgets onto host elements: every `[data-fulcrum]` element at start-up, and the
//! `mount(element, options)` / `unmount(element)` API the boot script exports to host pages.
use super::app::{App, AppProps, Parts};
use super::{assessment_screens, feedback_root, growth_root};
use crate::domain::instrument::is_valid_id;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use yew::{AppHandle, Callback, Html};

/// The screens of one page; each page's wasm links only its own.
pub type Screens = fn(Parts) -> Html;

thread_local! {
    /// The widgets this wasm has mounted, so that `unmount` can destroy them and a second
    /// `mount` on the same element is refused instead of rendering twice.
    static MOUNTED: RefCell<Vec<(web_sys::Element, AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
}

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
/// with a bad option shows why instead of a widget; the others are unaffected.
fn mount_all_with(screens: Screens) {
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
            if let Err(message) = mount(&element, screens, &JsValue::UNDEFINED) {
                show_refusal(&element, &message);
            }
        }
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

/// Mounts a widget on `element` (options as for `mount_js`); the error says, for the page's author, why it was refused.
pub fn mount(
    element: &web_sys::Element,
    screens: Screens,
    options: &JsValue,
) -> Result<(), String> {
    if is_mounted(element) {
        return Err(
            "Fulcrum is already mounted on this element; call unmount(element) first.".into(),
        );
    }
    let namespace = option(element, options, "namespace").unwrap_or_else(|| "default".into());
    if !is_valid_id(&namespace) {
        return Err(format!(
            "Fulcrum cannot start here: the namespace \"{namespace}\" is not valid. Use 1–64 lowercase letters, digits and single '-', '.' or '_' between them."
        ));
    }
    element.set_text_content(None);
    let screens = Callback::from(screens);
    let handle =
        yew::Renderer::<App>::with_root_and_props(element.clone(), AppProps { namespace, screens })
            .render();
    MOUNTED.with(|m| m.borrow_mut().push((element.clone(), handle)));
    Ok(())
}

/// Shows a refusal in the element, as text, and in the console for the page's author.
fn show_refusal(element: &web_sys::Element, message: &str) {
    element.set_text_content(Some(message));
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// `mount(element, options)` for host pages: options are `{ namespace }` (each falls back to
/// the element's `data-*` attribute). Throws an Error with the reason when refused.
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
        Some(handle) => {
            handle.destroy();
            element.set_text_content(None);
            true
        }
        None => false,
    }
}
