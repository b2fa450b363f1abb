//! The root component of one widget instance: opens storage, loads the session, renders the
//! current screen, and saves every change as it happens.
use super::notices::Notices;
use super::state::{Action, AppState, Message};
use crate::browser::persistence::{self, Quarantined};
use crate::browser::storage::Store;
use crate::browser::{clock, download, host_events, timing};
use crate::domain::session::Stored;
use crate::domain::{problem::describe, Instrument, Intent, Session};
use crate::format::instrument::{self, BUILT_IN};
use crate::format::self_assessment::{self, SelfAssessment};
use crate::format::FileError;
use crate::i18n::{Lang, Localized};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Storage namespace: widgets with the same namespace share their data.
    pub namespace: String,
    /// The interface language, chosen at mount (`data-lang`, else the browser's languages).
    pub lang: Lang,
    /// The instrument's JSON text when the host page provides its own (`data-instrument`);
    /// `None` for the built-in questionnaire.
    pub instrument: Option<Rc<str>>,
    /// Renders the screens of this page: the self-assessment, or peer feedback. Passed in at
    /// mount so that each page's wasm links only its own screens.
    pub screens: Callback<Parts, Html>,
}

/// What a page's screens get from the widget around them.
#[derive(Clone, PartialEq)]
pub struct Parts {
    pub ctx: Ctx,
    /// Deletes everything the widget saved (after the user confirmed).
    pub on_delete_all: Callback<()>,
}

/// Whether the last change reached storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// Storage refused the last write; the message says what to do.
    Failed(String),
}

/// Everything a screen needs to act: the state, a way to change it, and the shell services.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: UseReducerHandle<AppState>,
    pub dispatch: Callback<Action>,
    pub store: Store,
    /// Unique per instance: prefixes element ids and radio names.
    pub prefix: String,
    /// The widget's root section; its parent is the host page's element, where host events
    /// are dispatched.
    pub root: NodeRef,
}

impl Ctx {
    pub fn instrument(&self) -> &Instrument {
        &self.state.instrument
    }

    /// Offers a self-assessment as a JSON file, reporting the outcome in the live region.
    pub fn export(&self, assessment: &SelfAssessment) {
        let text = self_assessment::encode(self.instrument(), assessment).to_text();
        let name = self_assessment::file_name(assessment);
        let message = match download::offer(&name, &text, "application/json") {
            Ok(()) => {
                self.tell_host_exported(&name, &text);
                Message::Info(self.state.lang.common().downloaded(&name))
            }
            Err(e) => Message::Error(e.text(self.state.lang)),
        };
        self.dispatch.emit(Action::Say(message));
    }

    /// `fulcrum:exported` on the host element, with the file's name and its JSON document.
    pub fn tell_host_exported(&self, file: &str, document_json: &str) {
        if let Some(host) = host_element(&self.root) {
            let detail = format!(
                "{{\"file\":{},\"document\":{document_json}}}",
                serde_json::Value::from(file)
            );
            host_events::emit(&host, host_events::EXPORTED, &detail);
        }
    }
}

/// The host page's element around the widget's root section.
fn host_element(root: &NodeRef) -> Option<web_sys::Element> {
    root.cast::<web_sys::Element>()?.parent_element()
}

/// What the widget opened with, computed once per instance.
struct Startup {
    store: Store,
    loaded: persistence::Loaded,
    instrument: Rc<Instrument>,
}

/// Parses the instrument and shows it in `lang` where it carries that language's text (the
/// sha256 and ids stay those of the document, so stored answers load in any language).
fn start(namespace: &str, custom: Option<&str>, lang: Lang) -> Result<Startup, FileError> {
    let parsed = instrument::parse(custom.unwrap_or(BUILT_IN))?;
    let instrument = Rc::new(parsed.in_language(lang.tag()));
    let store = Store::open(namespace);
    let loaded = persistence::load(&store, &instrument, clock::now());
    Ok(Startup {
        store,
        loaded,
        instrument,
    })
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let startup = use_memo(
        (
            props.namespace.clone(),
            props.instrument.clone(),
            props.lang,
        ),
        |(ns, custom, lang)| start(ns, custom.as_deref(), *lang),
    );
    let lang = props.lang;
    let body = match &*startup {
        Ok(s) => html! {
            <Widget
                store={s.store.clone()}
                instrument={s.instrument.clone()}
                session={s.loaded.session.clone()}
                quarantined={s.loaded.quarantined.clone()}
                load_error={s.loaded.error.as_ref().map(|e| e.text(lang))}
                screens={props.screens.clone()}
            />
        },
        Err(e) => {
            // The problems themselves stay as found (JSON paths, technical detail).
            let detail = match e {
                FileError::Invalid(problems) => describe(problems),
                other => crate::i18n::Localized::text(other, lang),
            };
            let heading = lang
                .errors()
                .invalid_questionnaire(props.instrument.is_some());
            // For the page's author, who is more likely to look in the console.
            web_sys::console::error_1(&format!("{heading}.\n{detail}").into());
            html! {
                <section class="fc fc-broken" lang={lang.tag()} role="alert">
                    <h2>{ heading }</h2>
                    <p>{ lang.errors().invalid_questionnaire_help() }</p>
                    <pre class="fc-problems">{ detail }</pre>
                </section>
            }
        }
    };
    html! {
        <ContextProvider<Lang> context={lang}>{ body }</ContextProvider<Lang>>
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    store: Store,
    instrument: Rc<Instrument>,
    session: Session,
    quarantined: Vec<Quarantined>,
    load_error: Option<String>,
    screens: Callback<Parts, Html>,
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    let lang = super::hooks::use_lang();
    let state = {
        let (instrument, session) = (props.instrument.clone(), props.session.clone());
        use_reducer(move || AppState::new(instrument, session, lang))
    };
    let prefix = super::hooks::use_instance_prefix();
    let save_status = use_state(|| match &props.load_error {
        Some(e) => SaveStatus::Failed(e.clone()),
        None => SaveStatus::Saved,
    });
    let quarantined = use_state(|| props.quarantined.clone());
    // What storage holds now, as far as this instance knows: the base of the next diff.
    let persisted: Rc<RefCell<Session>> = use_mut_ref(|| props.session.clone());
    // Counts merges of other tabs' changes: a merge moves `persisted`, and the diff must run
    // again even when the session itself did not change (to write back what the other tab's
    // write left out).
    let merges: Rc<RefCell<u32>> = use_mut_ref(|| 0);

    // The session as of the last change, saved or not: what a completion is judged against.
    let seen: Rc<RefCell<Session>> = use_mut_ref(|| props.session.clone());

    // Another tab changed this namespace's take: merge what it stored.
    {
        let (store, instrument) = (props.store.clone(), props.instrument.clone());
        let (persisted, merges, seen) = (persisted.clone(), merges.clone(), seen.clone());
        let dispatch: Callback<Action> = state.dispatcher().into();
        use_effect_with(props.store.clone(), move |_| {
            let watch = store.clone().watch(move |record| {
                if !record.is_none_or(persistence::is_session_record) {
                    return;
                }
                let Some(stored) = persistence::read_stored(&store, &instrument) else {
                    return;
                };
                let base = {
                    let mut known = persisted.borrow_mut();
                    let base = Stored {
                        draft: known.draft.take(),
                        completed: known.completed.to_vec(),
                    };
                    known.draft = stored.draft.clone();
                    known.completed = Rc::new(stored.completed.clone());
                    base
                };
                // A take completed in the other tab was announced there: not again here.
                {
                    let mut seen = seen.borrow_mut();
                    for take in &stored.completed {
                        if seen.find(&take.id).is_none() {
                            Rc::make_mut(&mut seen.completed).push(take.clone());
                        }
                    }
                }
                *merges.borrow_mut() += 1;
                dispatch.emit(Action::Intent(Intent::Adopt { base, stored }));
            });
            move || drop(watch)
        });
    }

    let root = use_node_ref();

    {
        let instrument = props.instrument.clone();
        let (seen, root) = (seen.clone(), root.clone());
        use_effect_with(state.session.clone(), move |session| {
            if let (Some(take), Some(host)) =
                (session.newly_completed(&seen.borrow()), host_element(&root))
            {
                let doc =
                    self_assessment::encode(&instrument, &SelfAssessment::Completed(take.clone()));
                host_events::emit(&host, host_events::COMPLETED, &doc.to_text());
            }
            *seen.borrow_mut() = session.clone();
        });
    }

    {
        let store = props.store.clone();
        let instrument = props.instrument.clone();
        let persisted = persisted.clone();
        let save_status = save_status.clone();
        let merged = *merges.borrow();
        use_effect_with((state.session.clone(), merged), move |(session, _)| {
            // One autosave, timed for the browser benchmarks (scripts/bench.sh).
            let _autosave = timing::Measure::start("fulcrum:autosave");
            let writes = persistence::plan(&instrument, &persisted.borrow(), session);
            if !writes.is_empty() {
                match persistence::apply(&store, &writes) {
                    Ok(()) => {
                        *persisted.borrow_mut() = session.clone();
                        save_status.set(SaveStatus::Saved);
                    }
                    Err(e) => save_status.set(SaveStatus::Failed(e.text(lang))),
                }
            }
        });
    }

    let dispatch: Callback<Action> = state.dispatcher().into();
    let ctx = Ctx {
        state: state.clone(),
        dispatch: dispatch.clone(),
        store: props.store.clone(),
        prefix,
        root: root.clone(),
    };

    let on_delete_all = {
        let (store, persisted, dispatch) =
            (props.store.clone(), persisted.clone(), dispatch.clone());
        let (quarantined, save_status) = (quarantined.clone(), save_status.clone());
        Callback::from(move |()| match persistence::delete_all(&store) {
            Ok(()) => {
                *persisted.borrow_mut() = Session::default();
                quarantined.set(Vec::new());
                save_status.set(SaveStatus::Saved);
                dispatch.emit(Action::IntentWithNote(
                    Intent::DeleteEverything,
                    lang.common().all_data_deleted().into(),
                ));
            }
            Err(e) => dispatch.emit(Action::Say(Message::Error(
                lang.common().not_everything_deleted(&e.text(lang)),
            ))),
        })
    };

    let on_discard = {
        let (store, quarantined, dispatch) =
            (props.store.clone(), quarantined.clone(), dispatch.clone());
        Callback::from(move |record: String| match store.remove(&record) {
            Ok(()) => {
                let left: Vec<Quarantined> = quarantined
                    .iter()
                    .filter(|q| q.record != record)
                    .cloned()
                    .collect();
                quarantined.set(left);
                dispatch.emit(Action::Say(Message::Info(
                    lang.common().set_aside_discarded().into(),
                )));
            }
            Err(e) => dispatch.emit(Action::Say(Message::Error(e.text(lang)))),
        })
    };

    let screen = props.screens.emit(Parts {
        ctx: ctx.clone(),
        on_delete_all,
    });

    let (status_text, alert_text) = status_texts(&ctx, &save_status, lang);
    // Dismissing removes the button itself: hand focus to the screen's heading.
    let dismiss = {
        let (root, dispatch) = (root.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::ClearMessage);
            let heading = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector("h2").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
            if let Some(h) = heading {
                let _ = h.focus();
            }
        })
    };

    html! {
        <section class="fc" lang={lang.tag()} aria-label={lang.common().widget_label()} ref={root}>
            <header class="fc-header">
                <p class="fc-brand">{ "Fulcrum" }</p>
                <p class="fc-save" role="status" aria-live="polite">{ status_text }</p>
            </header>
            <Notices ctx={ctx.clone()} quarantined={(*quarantined).clone()} {on_discard} />
            <div class="fc-alert" role="alert" aria-live="assertive">
                if let Some(text) = alert_text.clone() {
                    <p class="fc-alert-text">{ text }</p>
                }
            </div>
            if matches!(state.message, Some(Message::Error(_))) {
                <button type="button" class="fc-link fc-dismiss" onclick={dismiss}>{ lang.common().dismiss_message() }</button>
            }
            { screen }
        </section>
    }
}

/// The polite status line (saving, information) and the assertive one (errors).
fn status_texts(ctx: &Ctx, save: &SaveStatus, lang: Lang) -> (String, Option<String>) {
    let common = lang.common();
    let saving = if ctx.store.unavailable().is_some() {
        common.not_saving().to_string()
    } else {
        match save {
            SaveStatus::Saved => common.saved_as_you_go().to_string(),
            SaveStatus::Failed(_) => common.not_saved().to_string(),
        }
    };
    let info = match &ctx.state.message {
        Some(Message::Info(text)) => format!("{saving} {text}"),
        _ => saving,
    };
    let alert = match (&ctx.state.message, save) {
        (Some(Message::Error(e)), _) => Some(e.clone()),
        (_, SaveStatus::Failed(e)) => Some(e.clone()),
        _ => None,
    };
    (info, alert)
}
