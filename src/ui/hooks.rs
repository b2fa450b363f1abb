//! Small hooks shared by the screens.
use yew::prelude::*;

/// A node ref that receives keyboard focus once, when the component mounts, if `focus` is
/// set. Screens put it on their heading so that navigation announces where the user is.
#[hook]
pub fn use_focus_on_mount(focus: bool) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if focus {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    node
}

/// A unique prefix per widget instance, so element ids and radio names never collide when
/// several widgets share a page.
#[hook]
pub fn use_instance_prefix() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    let prefix = use_state(|| format!("fc{}", NEXT.fetch_add(1, Ordering::Relaxed)));
    (*prefix).clone()
}

/// The interface language of this widget instance (provided by the root component).
#[hook]
pub fn use_lang() -> crate::i18n::Lang {
    use_context::<crate::i18n::Lang>().unwrap_or_default()
}

/// The questionnaire's language, for a `lang` attribute on its text, when the interface speaks
/// another one (the questionnaire has no translation into it), so screen readers switch voice.
pub fn text_lang(
    lang: crate::i18n::Lang,
    instrument: &crate::domain::Instrument,
) -> Option<AttrValue> {
    lang.foreign(&instrument.spec().language)
        .map(|tag| AttrValue::from(tag.to_string()))
}
