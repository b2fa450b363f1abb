//! The review: what is still unanswered, with a way to each gap, and the way to results once
//! nothing is missing.
use super::app::Ctx;
use super::hooks::{use_focus_on_mount, use_lang};
use super::practice_nav::PracticeNav;
use super::prefill_notice::prefill_notice;
use super::start_over_button::StartOverButton;
use super::state::Action;
use crate::browser::clock;
use crate::domain::{Intent, Screen};
use crate::format::self_assessment::SelfAssessment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub ctx: Ctx,
}

#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(ctx.state.navigated);
    let lang = use_lang();
    let text = lang.assessment();
    let ins = ctx.instrument();
    let Some(draft) = ctx.state.session.draft.clone() else {
        return html! {};
    };
    let total = ins.statement_count();
    let missing = draft.answers.missing(ins);
    let missing_count: usize = missing.iter().map(|m| m.statement_ids.len()).sum();
    let gaps = missing.iter().map(|m| {
        let practice = &ins.practices()[m.practice_index];
        let index = m.practice_index;
        let go = ctx
            .dispatch
            .reform(move |_: MouseEvent| Action::Intent(Intent::Show(Screen::Practice(index))));
        let heading_id = format!("{}-gap-{}", ctx.prefix, practice.id);
        let statements = m
            .statement_ids
            .iter()
            .filter_map(|id| ins.statement(id))
            .map(|s| {
                html! { <li key={s.id.clone()}>{ s.self_text.clone() }</li> }
            });
        html! {
            <li key={practice.id.clone()} class="fc-gap">
                <h3 id={heading_id.clone()}>
                    { text.gap_heading(&practice.title, m.statement_ids.len()) }
                </h3>
                <ul>{ for statements }</ul>
                <button type="button" class="fc-button" onclick={go} aria-describedby={heading_id}>
                    { text.answer_these_in(&practice.title) }
                </button>
            </li>
        }
    });
    let complete = ctx
        .dispatch
        .reform(|_: MouseEvent| Action::Intent(Intent::Complete { now: clock::now() }));
    let last = ins.practices().len().saturating_sub(1);
    let back = ctx
        .dispatch
        .reform(move |_: MouseEvent| Action::Intent(Intent::Show(Screen::Practice(last))));
    let export = {
        let ctx = ctx.clone();
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| ctx.export(&SelfAssessment::InProgress(draft.clone())))
    };
    html! {
        <div class="fc-screen fc-review">
            <PracticeNav ctx={ctx.clone()} />
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ text.review_heading() }</h2>
            { prefill_notice(&draft, lang) }
            if missing_count == 0 {
                <p class="fc-lead">{ text.all_answered(total) }</p>
                <div class="fc-actions">
                    <button type="button" class="fc-button fc-primary" onclick={complete}>{ text.see_my_results() }</button>
                </div>
            } else {
                <p class="fc-lead">
                    { text.still_missing(missing_count, total) }
                </p>
                <ul class="fc-gaps">{ for gaps }</ul>
            }
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={back}>{ text.back() }</button>
                <button type="button" class="fc-button" onclick={export}>{ lang.common().download_answers_so_far() }</button>
                <StartOverButton ctx={ctx.clone()} />
            </div>
        </div>
    }
}
