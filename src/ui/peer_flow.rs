//! Giving feedback to a colleague: loads the draft for one request, shows its step, and saves
//! every change as it happens, apart from the rater's own self-assessment.
use super::app::Ctx;
use super::hooks::use_lang;
use super::peer_finish::PeerFinish;
use super::peer_intro::PeerIntro;
use super::peer_practice::PeerPractice;
use super::state::{Action, Message};
use crate::browser::feedback_store;
use crate::domain::peer_draft::{PeerDraft, PeerStep};
use crate::i18n::Localized;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeerFlowProps {
    pub ctx: Ctx,
    pub request_id: AttrValue,
    pub on_leave: Callback<()>,
}

#[component]
pub fn PeerFlow(props: &PeerFlowProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let draft = {
        let (store, ins, id) = (
            ctx.store.clone(),
            ctx.state.instrument.clone(),
            props.request_id.clone(),
        );
        use_state(move || feedback_store::peer_draft(&store, &ins, &id))
    };
    // Focus moves to headings only after the rater moved, never when the page opens.
    let moved = use_mut_ref(|| false);
    {
        let (store, ins, dispatch) = (
            ctx.store.clone(),
            ctx.state.instrument.clone(),
            ctx.dispatch.clone(),
        );
        use_effect_with((*draft).clone(), move |d| {
            if let Some(d) = d {
                if let Err(e) = feedback_store::save_peer_draft(&store, &ins, d) {
                    dispatch.emit(Action::Say(Message::Error(e.text(lang))));
                }
            }
        });
    }
    let Some(d) = (*draft).clone() else {
        return html! {
            <div class="fc-screen">
                <h2 class="fc-heading">{ lang.feedback().request_gone() }</h2>
                <p>{ lang.feedback().open_again() }</p>
                <button type="button" class="fc-button" onclick={props.on_leave.reform(|_: MouseEvent| ())}>{ lang.feedback().back_to_start() }</button>
            </div>
        };
    };
    let on_change = {
        let (draft, moved, before) = (draft.clone(), moved.clone(), d.step);
        Callback::from(move |next: PeerDraft| {
            if next.step != before {
                *moved.borrow_mut() = true;
            }
            draft.set(Some(next));
        })
    };
    let on_say = ctx.dispatch.reform(|r: Result<String, String>| {
        Action::Say(match r {
            Ok(info) => Message::Info(info),
            Err(e) => Message::Error(e),
        })
    });
    let focus = *moved.borrow();
    let ins = ctx.state.instrument.clone();
    let prefix = AttrValue::from(ctx.prefix.clone());
    let on_leave = props.on_leave.clone();
    let finish_key = if d.step == PeerStep::Done {
        "done"
    } else {
        "review"
    };
    match d.step {
        PeerStep::Intro => html! {
            <PeerIntro instrument={ins} draft={d} {prefix} {focus} {on_change} {on_leave} />
        },
        PeerStep::Practice(i) => html! {
            <PeerPractice key={i} instrument={ins} draft={d} index={i} {prefix} {focus} {on_change} />
        },
        PeerStep::Review | PeerStep::Done => html! {
            <PeerFinish key={finish_key} instrument={ins} draft={d} {prefix} {focus} {on_change} {on_say} {on_leave} />
        },
    }
}
