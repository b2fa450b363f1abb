//! The peer feedback page: the subject's requests and 360 reports, and a colleague giving
//! feedback (opened from a request link's fragment or a request file).
use super::app::{Ctx, Parts};
use super::feedback_home::FeedbackHome;
use super::hooks::use_lang;
use super::peer_flow::PeerFlow;
use super::request_form::RequestForm;
use super::request_hub::RequestHub;
use super::state::{Action, Message, View};
use crate::browser::{clock, feedback_store, page};
use crate::domain::feedback_request::FeedbackRequest;
use crate::domain::peer_draft::PeerDraft;
use crate::format::feedback_request;
use crate::i18n::{Lang, Localized};
use yew::prelude::*;

pub fn render(parts: Parts) -> Html {
    html! { <FeedbackRoot ctx={parts.ctx} /> }
}

#[derive(Properties, PartialEq)]
pub struct FeedbackRootProps {
    pub ctx: Ctx,
}

/// Starts (or resumes) giving feedback on a colleague's request, apart from one's own
/// self-assessment; returns the view to show.
fn give_feedback(ctx: &Ctx, lang: Lang, request: FeedbackRequest) -> View {
    let ins = ctx.instrument();
    if feedback_store::peer_draft(&ctx.store, ins, &request.id).is_none() {
        let draft = PeerDraft::new(clock::new_id(), request.clone(), clock::now());
        if let Err(e) = feedback_store::save_peer_draft(&ctx.store, ins, &draft) {
            ctx.dispatch.emit(Action::Say(Message::Error(e.text(lang))));
            return View::Home;
        }
    }
    View::Giving(request.id)
}

#[component]
pub fn FeedbackRoot(props: &FeedbackRootProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    // A request in the address (#fulcrum-request=…) opens the feedback for it.
    let view = {
        let ctx = ctx.clone();
        use_state(move || {
            match feedback_request::from_fragment(ctx.instrument(), &page::fragment()) {
                Some(Ok(request)) => give_feedback(&ctx, lang, request),
                Some(Err(e)) => {
                    ctx.dispatch.emit(Action::Say(Message::Error(
                        lang.feedback().link_not_opened(&e.text(lang)),
                    )));
                    View::Home
                }
                None => View::Home,
            }
        })
    };
    let show = {
        let view = view.clone();
        Callback::from(move |v: View| view.set(v))
    };
    let home = {
        let view = view.clone();
        Callback::from(move |()| {
            page::clear_fragment();
            view.set(View::Home);
        })
    };
    let on_request_file = {
        let (ctx, view) = (ctx.clone(), view.clone());
        Callback::from(move |request: FeedbackRequest| view.set(give_feedback(&ctx, lang, request)))
    };
    match &*view {
        View::Home => html! { <FeedbackHome ctx={ctx.clone()} on_show={show} {on_request_file} /> },
        View::NewRequest => html! {
            <RequestForm ctx={ctx.clone()} on_created={show.reform(View::Request)} on_cancel={home} />
        },
        View::Request(id) => html! {
            <RequestHub key={id.clone()} ctx={ctx.clone()} request_id={id.clone()} on_back={home} />
        },
        View::Giving(id) => html! {
            <PeerFlow key={id.clone()} ctx={ctx.clone()} request_id={id.clone()} on_leave={home} />
        },
    }
}
