//! The list of completed self-assessments, newest first, each dated and one click from its
//! results.
use super::app::Ctx;
use super::hooks::use_lang;
use super::state::Action;
use crate::domain::scoring::Results;
use crate::domain::{Intent, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PastAssessmentsProps {
    pub ctx: Ctx,
}

#[component]
pub fn PastAssessments(props: &PastAssessmentsProps) -> Html {
    let ctx = &props.ctx;
    let text = use_lang().assessment();
    let completed = &ctx.state.session.completed;
    if completed.is_empty() {
        return html! {};
    }
    let heading = format!("{}-past", ctx.prefix);
    let items = completed.iter().rev().map(|c| {
        let results = Results::compute(ctx.instrument(), &c.answers);
        let id = c.id.clone();
        let open = ctx
            .dispatch
            .reform(move |_: MouseEvent| Action::Intent(Intent::Show(Screen::Results(id.clone()))));
        html! {
            <li key={c.id.clone()}>
                <button type="button" class="fc-link" onclick={open}>
                    { text.results_of(c.completed_at.date()) }
                </button>
                <span class="fc-muted">{ format!(" — {}", text.balance(results.balance)) }</span>
            </li>
        }
    });
    html! {
        <section class="fc-past" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ text.past_heading() }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
