//! The first screen a colleague sees: who asks, what the response file will contain, that it
//! is anonymous unless they add their name, and which group they answer as.
use super::hooks::{use_focus_on_mount, use_lang};
use crate::domain::peer_draft::{PeerDraft, PeerStep};
use crate::domain::Instrument;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeerIntroProps {
    pub instrument: Rc<Instrument>,
    pub draft: PeerDraft,
    pub prefix: AttrValue,
    pub focus: bool,
    pub on_change: Callback<PeerDraft>,
    pub on_leave: Callback<()>,
}

#[component]
pub fn PeerIntro(props: &PeerIntroProps) -> Html {
    let heading = use_focus_on_mount(props.focus);
    let lang = use_lang();
    let t = lang.feedback();
    let d = &props.draft;
    let name = d.request.subject_name.clone();
    let p = &props.prefix;
    let groups = d.request.groups.iter().map(|g| {
        let group = *g;
        let on_change = props.on_change.clone();
        let draft = d.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut next = draft.clone();
            next.group = Some(group);
            on_change.emit(next);
        });
        html! {
            <label class="fc-option" key={g.as_str()}>
                <input type="radio" name={format!("{p}-group")} value={g.as_str()} checked={d.group == Some(group)} {onchange} />
                <span class="fc-option-label">{ t.group_phrase(group, &name) }</span>
            </label>
        }
    });
    let name_id = format!("{p}-rater-name");
    let on_name = {
        let (draft, on_change) = (d.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = draft.clone();
            next.rater_name = input.value();
            on_change.emit(next);
        })
    };
    let start = {
        let (draft, on_change, ins) =
            (d.clone(), props.on_change.clone(), props.instrument.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = draft.clone();
            let first_gap = next.answers.missing(&ins).first().map(|m| m.practice_index);
            next.go(first_gap.map_or(PeerStep::Review, PeerStep::Practice), &ins);
            on_change.emit(next);
        })
    };
    let answered = d.answers.answered_count(&props.instrument);
    let start_label = if answered == 0 {
        t.start().to_string()
    } else {
        t.continue_answered(answered, props.instrument.statement_count())
    };
    let due = d.request.due.map(|due| t.due_by(&name, due));
    html! {
        <div class="fc-screen fc-peer-intro">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ t.feedback_for(&name) }</h2>
            <p class="fc-lead">{ t.peer_lead(&name, props.instrument.practices().len()) }</p>
            if !d.request.message.is_empty() {
                <blockquote class="fc-message"><p>{ d.request.message.clone() }</p></blockquote>
            }
            { for due.map(|t| html! { <p>{ t }</p> }) }
            <section class="fc-privacy" aria-label={t.privacy_label()}>
                <p>{ t.privacy_contents(&name) }</p>
                <p>{ t.privacy_anonymity(&name, props.instrument.feedback().min_group_size) }</p>
            </section>
            <fieldset class="fc-statement">
                <legend>{ t.group_question(&name) }</legend>
                <div class="fc-scale fc-groups">{ for groups }</div>
            </fieldset>
            <div class="fc-comment">
                <label for={name_id.clone()}>{ t.rater_name_label() }</label>
                <input id={name_id} type="text" autocomplete="off" maxlength="80" value={d.rater_name.clone()} oninput={on_name} />
            </div>
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={props.on_leave.reform(|_: MouseEvent| ())}>{ t.not_now() }</button>
                <button type="button" class="fc-button fc-primary" onclick={start}>{ start_label }</button>
            </div>
        </div>
    }
}
