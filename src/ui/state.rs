//! The widget's state and its reducer: user intents go to the pure session; refusals become
//! messages. No I/O here: persistence observes the result.
use crate::domain::session::SessionError;
use crate::domain::{Instrument, Intent, Session};
use crate::i18n::{Lang, Localized};
use std::rc::Rc;
use yew::prelude::*;

/// A message for the user, shown in a live region.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Something worked (polite announcement).
    Info(String),
    /// Something was refused or failed (assertive announcement).
    Error(String),
}

/// Which screen of the peer feedback page is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum View {
    /// Requests sent, feedback being given, and a way to start either.
    Home,
    /// Creating a feedback request.
    NewRequest,
    /// One of the subject's feedback requests, by id.
    Request(String),
    /// Giving feedback to a colleague, by their request's id.
    Giving(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub instrument: Rc<Instrument>,
    pub session: Session,
    pub message: Option<Message>,
    /// Set after the first navigation, so that focus moves to headings only when the user
    /// moved, never on page load.
    pub navigated: bool,
    /// The interface language: refusals are put in words as they happen.
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Intent(Intent),
    /// Apply an intent and, if it succeeds, say so.
    IntentWithNote(Intent, String),
    /// Apply an intent read from a file: success and "already here" are information, any
    /// other refusal an error; both name the file.
    ImportFile {
        intent: Intent,
        file: String,
        note: String,
    },
    Say(Message),
    ClearMessage,
}

impl AppState {
    pub fn new(instrument: Rc<Instrument>, session: Session, lang: Lang) -> Self {
        Self {
            instrument,
            session,
            message: None,
            navigated: false,
            lang,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Intent(intent) => {
                apply(&mut next, intent, None);
            }
            Action::IntentWithNote(intent, note) => {
                apply(&mut next, intent, Some(note));
            }
            Action::ImportFile { intent, file, note } => {
                if let Some(e) = apply(&mut next, intent, Some(note)) {
                    let (common, text) = (next.lang.common(), e.text(next.lang));
                    next.message = Some(if e.is_already_here() {
                        Message::Info(common.file_already_here(&file, &text))
                    } else {
                        Message::Error(common.file_not_opened(&file, &text))
                    });
                }
            }
            Action::Say(m) => next.message = Some(m),
            Action::ClearMessage => next.message = None,
        }
        Rc::new(next)
    }
}

/// Applies the intent; a refusal becomes the message and is returned for callers that say
/// more about it.
fn apply(state: &mut AppState, intent: Intent, note: Option<String>) -> Option<SessionError> {
    let moves = matches!(
        intent,
        Intent::Begin { .. }
            | Intent::BeginFromLatest { .. }
            | Intent::Show(_)
            | Intent::Complete { .. }
            | Intent::StartOver { .. }
            | Intent::DeleteEverything
            | Intent::Import(_)
            | Intent::ImportDraft(_)
    );
    let screen_before = state.session.screen.clone();
    let result = state.session.apply(&state.instrument, intent);
    match &result {
        Ok(()) => {
            if moves {
                state.message = note.map(Message::Info);
            }
        }
        Err(e) => state.message = Some(Message::Error(e.text(state.lang))),
    }
    if state.session.screen != screen_before {
        state.navigated = true;
    }
    result.err()
}
