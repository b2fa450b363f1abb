//! One practice per step: its statements as fieldsets, an optional comment, back and next.
use super::app::Ctx;
use super::hooks::{use_focus_on_mount, use_lang};
use super::practice_nav::PracticeNav;
use super::prefill_notice::prefill_notice;
use super::state::Action;
use super::statement_field::StatementField;
use crate::browser::clock;
use crate::domain::answers::MAX_COMMENT_CHARS;
use crate::domain::{Intent, Rating, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PracticeStepProps {
    pub ctx: Ctx,
    pub index: usize,
}

#[component]
pub fn PracticeStep(props: &PracticeStepProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(ctx.state.navigated);
    let lang = use_lang();
    let text = lang.assessment();
    let ins = ctx.instrument();
    let text_lang = super::hooks::text_lang(lang, ins);
    let (Some(practice), Some(draft)) =
        (ins.practices().get(props.index), &ctx.state.session.draft)
    else {
        return html! {};
    };
    let steps = ins.practices().len();
    let first_number: usize = ins.practices()[..props.index]
        .iter()
        .map(|p| p.statements.len())
        .sum();
    let fields = practice.statements.iter().enumerate().map(|(j, s)| {
        let id = s.id.clone();
        let on_rate = ctx.dispatch.reform(move |rating: Rating| {
            Action::Intent(Intent::Rate {
                statement_id: id.clone(),
                rating,
                now: clock::now(),
            })
        });
        html! {
            <StatementField
                key={s.id.clone()}
                name={format!("{}-{}", ctx.prefix, s.id)}
                number={first_number + j + 1}
                text={s.self_text.clone()}
                labels={ins.scale().labels.clone()}
                selected={draft.answers.rating(&s.id)}
                {on_rate}
                text_lang={text_lang.clone()}
            />
        }
    });
    let comment_id = format!("{}-comment-{}", ctx.prefix, practice.id);
    let hint_id = format!("{comment_id}-hint");
    let on_comment = {
        let practice_id = practice.id.clone();
        ctx.dispatch.reform(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            Action::Intent(Intent::Comment {
                practice_id: practice_id.clone(),
                text: area.value(),
                now: clock::now(),
            })
        })
    };
    let back_target = if props.index == 0 {
        Screen::Welcome
    } else {
        Screen::Practice(props.index - 1)
    };
    let back_label = if props.index == 0 {
        text.back_to_start()
    } else {
        text.back()
    };
    let (next_target, next_label) = match ins.practices().get(props.index + 1) {
        Some(p) => (
            Screen::Practice(props.index + 1),
            text.next_practice(&p.title),
        ),
        None => (Screen::Review, text.review_my_answers().to_string()),
    };
    let back = ctx
        .dispatch
        .reform(move |_: MouseEvent| Action::Intent(Intent::Show(back_target.clone())));
    let next = ctx
        .dispatch
        .reform(move |_: MouseEvent| Action::Intent(Intent::Show(next_target.clone())));
    html! {
        <div class="fc-screen fc-practice">
            <PracticeNav ctx={ctx.clone()} />
            <h2 class="fc-heading" tabindex="-1" ref={heading}>
                <span class="fc-kicker">{ text.practice_of(props.index + 1, steps) }</span>
                <span lang={text_lang.clone()}>{ practice.title.clone() }</span>
            </h2>
            { prefill_notice(draft, lang) }
            if !practice.summary.is_empty() {
                <p class="fc-lead" lang={text_lang.clone()}>{ practice.summary.clone() }</p>
            }
            <p class="fc-instructions">{ text.self_instructions() }</p>
            { for fields }
            <div class="fc-comment">
                <label for={comment_id.clone()}>{ text.comment_label(&practice.title) }</label>
                <textarea
                    id={comment_id}
                    rows="3"
                    maxlength={MAX_COMMENT_CHARS.to_string()}
                    aria-describedby={hint_id.clone()}
                    value={draft.answers.comment(&practice.id).to_string()}
                    oninput={on_comment}
                />
                <p class="fc-hint" id={hint_id}>{ text.comment_hint() }</p>
            </div>
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={back}>{ back_label }</button>
                <button type="button" class="fc-button fc-primary" onclick={next}>{ next_label }</button>
            </div>
        </div>
    }
}
