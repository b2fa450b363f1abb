//! Peer feedback on the welcome screen: asking colleagues, the requests already sent, and the
//! feedback this person is giving to others.
use super::app::Ctx;
use super::hooks::use_lang;
use super::state::{Action, Message, View};
use crate::browser::feedback_store;
use crate::browser::files::{read_chosen, Chosen};
use crate::domain::feedback_request::FeedbackRequest;
use crate::format::feedback_request;
use crate::i18n::Localized;
use gloo::file::callbacks::FileReader;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackHomeProps {
    pub ctx: Ctx,
    pub on_show: Callback<View>,
    /// A feedback request read from a file: start giving feedback on it.
    pub on_request_file: Callback<FeedbackRequest>,
}

#[component]
pub fn FeedbackHome(props: &FeedbackHomeProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let t = lang.feedback();
    let ins = ctx.instrument();
    let requests = feedback_store::requests(&ctx.store, ins);
    let giving = feedback_store::peer_drafts(&ctx.store, ins);
    let p = &ctx.prefix;
    let reader = use_mut_ref(|| None::<FileReader>);
    let on_file = {
        let (ctx, on_request_file) = (ctx.clone(), props.on_request_file.clone());
        Callback::from(move |e: Event| {
            let (reading, on_request_file) = (ctx.clone(), on_request_file.clone());
            let chosen = read_chosen(&e, move |name, result| {
                let opened = result.and_then(|text| {
                    feedback_request::decode(reading.instrument(), &text).map_err(|e| e.text(lang))
                });
                match opened {
                    Ok(request) => on_request_file.emit(request),
                    Err(e) => reading.dispatch.emit(Action::Say(Message::Error(
                        lang.feedback().file_not_opened(&name, &e),
                    ))),
                }
            });
            match chosen {
                Chosen::Reading(task) => *reader.borrow_mut() = Some(task),
                Chosen::Refused { name, reason } => ctx.dispatch.emit(Action::Say(Message::Error(
                    lang.feedback().file_not_opened(&name, &reason.text(lang)),
                ))),
                Chosen::Nothing => {}
            }
        })
    };
    let request_items = requests.iter().rev().map(|r| {
        let open = props.on_show.reform({
            let id = r.id.clone();
            move |_: MouseEvent| View::Request(id.clone())
        });
        let n = feedback_store::responses(&ctx.store, ins, &r.id, r.created_at)
            .responses()
            .len();
        html! {
            <li key={r.id.clone()}>
                <button type="button" class="fc-link" onclick={open}>
                    { t.request_item(r.created_at.date(), n) }
                </button>
            </li>
        }
    });
    let giving_items = giving.iter().map(|d| {
        let open = props.on_show.reform({
            let id = d.request.id.clone();
            move |_: MouseEvent| View::Giving(id.clone())
        });
        let answered = d.answers.answered_count(ins);
        html! {
            <li key={d.request.id.clone()}>
                <button type="button" class="fc-link" onclick={open}>
                    { t.giving_item(&d.request.subject_name, answered, ins.statement_count()) }
                </button>
            </li>
        }
    });
    html! {
        <section class="fc-screen fc-feedback-home" aria-labelledby={format!("{p}-feedback")}>
            <h2 class="fc-heading" tabindex="-1" id={format!("{p}-feedback")}>{ t.home_heading() }</h2>
            <p>{ t.home_intro() }</p>
            <div class="fc-actions">
                <button type="button" class="fc-button" onclick={props.on_show.reform(|_: MouseEvent| View::NewRequest)}>{ t.ask_colleagues() }</button>
            </div>
            if !requests.is_empty() {
                <h3>{ t.your_requests() }</h3>
                <ul>{ for request_items }</ul>
            }
            if !giving.is_empty() {
                <h3>{ t.giving_heading() }</h3>
                <ul>{ for giving_items }</ul>
            }
            <div class="fc-import">
                <label for={format!("{p}-request-file")}>{ t.request_file_label() }</label>
                <input id={format!("{p}-request-file")} type="file" accept=".json,application/json" onchange={on_file} />
            </div>
            <p><a class="fc-link" href="index.html">{ t.own_assessment_link() }</a></p>
        </section>
    }
}
