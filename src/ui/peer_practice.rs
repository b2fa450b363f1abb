//! One practice of the questionnaire in the colleague's wording, with "Not observed" on every
//! statement and an optional comment.
use super::hooks::{use_focus_on_mount, use_lang};
use super::statement_field::StatementField;
use crate::browser::clock;
use crate::domain::answers::MAX_COMMENT_CHARS;
use crate::domain::peer_draft::{PeerDraft, PeerStep};
use crate::domain::{Instrument, Rating};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeerPracticeProps {
    pub instrument: Rc<Instrument>,
    pub draft: PeerDraft,
    pub index: usize,
    pub prefix: AttrValue,
    pub focus: bool,
    pub on_change: Callback<PeerDraft>,
}

#[component]
pub fn PeerPractice(props: &PeerPracticeProps) -> Html {
    let heading = use_focus_on_mount(props.focus);
    let lang = use_lang();
    let t = lang.feedback();
    let ins = &props.instrument;
    let text_lang = super::hooks::text_lang(lang, ins);
    let d = &props.draft;
    let Some(practice) = ins.practices().get(props.index) else {
        return html! {};
    };
    let change = |f: Rc<dyn Fn(&mut PeerDraft)>| {
        let (draft, on_change) = (d.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = draft.clone();
            f(&mut next);
            on_change.emit(next);
        })
    };
    let first_number: usize = ins.practices()[..props.index]
        .iter()
        .map(|p| p.statements.len())
        .sum();
    let fields = practice.statements.iter().enumerate().map(|(j, s)| {
        let (id, draft, on_change) = (s.id.clone(), d.clone(), props.on_change.clone());
        let on_rate = Callback::from(move |rating: Rating| {
            let mut next = draft.clone();
            next.rate(&id, rating, clock::now());
            on_change.emit(next);
        });
        html! {
            <StatementField
                key={s.id.clone()}
                name={format!("{}-{}", props.prefix, s.id)}
                number={first_number + j + 1}
                text={s.peer_text.clone()}
                labels={ins.scale().labels.clone()}
                not_observed={Some(AttrValue::from(ins.scale().not_observed.clone()))}
                selected={d.answers.rating(&s.id)}
                {on_rate}
                text_lang={text_lang.clone()}
            />
        }
    });
    let comment_id = format!("{}-peer-comment-{}", props.prefix, practice.id);
    let on_comment = {
        let (draft, on_change, pid) = (d.clone(), props.on_change.clone(), practice.id.clone());
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let mut next = draft.clone();
            next.comment(&pid, &area.value(), clock::now());
            on_change.emit(next);
        })
    };
    let steps = ins.practices().len();
    let i = props.index;
    let ins_back = ins.clone();
    let ins_next = ins.clone();
    let back = change(Rc::new(move |n: &mut PeerDraft| {
        n.go(
            if i == 0 {
                PeerStep::Intro
            } else {
                PeerStep::Practice(i - 1)
            },
            &ins_back,
        )
    }));
    let (next_step, next_label) = match ins.practices().get(i + 1) {
        Some(p) => (PeerStep::Practice(i + 1), t.next_practice(&p.title)),
        None => (PeerStep::Review, t.review_my_answers().to_string()),
    };
    let next = change(Rc::new(move |n: &mut PeerDraft| n.go(next_step, &ins_next)));
    let name = d.request.subject_name.clone();
    html! {
        <div class="fc-screen fc-practice">
            <p class="fc-progress-text">
                { t.peer_progress(i + 1, steps, d.answers.answered_count(ins), ins.statement_count()) }
            </p>
            <h2 class="fc-heading" tabindex="-1" ref={heading}>
                <span class="fc-kicker">{ t.peer_kicker(&name, i + 1, steps) }</span>
                { practice.title.clone() }
            </h2>
            <p class="fc-instructions">{ t.peer_instructions(&name) }</p>
            { for fields }
            <div class="fc-comment">
                <label for={comment_id.clone()}>{ t.peer_comment_label(&name, &practice.title) }</label>
                <textarea id={comment_id} rows="3" maxlength={MAX_COMMENT_CHARS.to_string()} value={d.answers.comment(&practice.id).to_string()} oninput={on_comment} />
            </div>
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={back}>{ t.back() }</button>
                <button type="button" class="fc-button fc-primary" onclick={next}>{ next_label }</button>
            </div>
        </div>
    }
}
