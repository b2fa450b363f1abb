//! Progress and navigation: step n of N, statements answered, and a jump to any practice or
//! to the review.
use super::app::Ctx;
use super::hooks::use_lang;
use super::state::Action;
use crate::domain::{Intent, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PracticeNavProps {
    pub ctx: Ctx,
}

#[component]
pub fn PracticeNav(props: &PracticeNavProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let text = lang.assessment();
    let ins = ctx.instrument();
    let Some(draft) = &ctx.state.session.draft else {
        return html! {};
    };
    let screen = &ctx.state.session.screen;
    let total = ins.statement_count();
    let answered = draft.answers.answered_count(ins);
    let steps = ins.practices().len();
    let text_lang = super::hooks::text_lang(lang, ins);
    let step_text = match screen {
        Screen::Practice(i) => text.step_of(i + 1, steps),
        _ => text.review_step().to_string(),
    };
    let go = |target: Screen| {
        ctx.dispatch
            .reform(move |_: MouseEvent| Action::Intent(Intent::Show(target.clone())))
    };
    let items = ins.practices().iter().enumerate().map(|(i, p)| {
        let done = draft.answers.answered_in(ins, i);
        let n = p.statements.len();
        let current = *screen == Screen::Practice(i);
        html! {
            <li key={p.id.clone()} class={classes!(current.then_some("fc-current"), (done == n).then_some("fc-done"))}>
                <button type="button" class="fc-step" aria-current={current.then_some("step")} onclick={go(Screen::Practice(i))}>
                    <span class="fc-step-title" lang={text_lang.clone()}>{ format!("{}. {}", i + 1, p.title) }</span>
                    <span class="fc-step-state" aria-hidden="true">{ format!("{done}/{n}") }</span>
                    <span class="fc-sr-only">{ text.step_answered(done, n) }</span>
                </button>
            </li>
        }
    });
    let progress_id = format!("{}-progress", ctx.prefix);
    let on_review = *screen == Screen::Review;
    html! {
        <nav class="fc-progress" aria-label={text.practices_nav_label()}>
            <p class="fc-progress-text" id={progress_id.clone()}>
                { text.progress(&step_text, answered, total) }
            </p>
            <progress max={total.to_string()} value={answered.to_string()} aria-labelledby={progress_id}></progress>
            <ol class="fc-steps">
                { for items }
                <li class={classes!(on_review.then_some("fc-current"))}>
                    <button type="button" class="fc-step" aria-current={on_review.then_some("step")} onclick={go(Screen::Review)}>
                        <span class="fc-step-title">{ text.review_and_results() }</span>
                    </button>
                </li>
            </ol>
        </nav>
    }
}
