//! The list of completed self-assessments, newest first, each dated and one click from its
//! results.
use super::app::Ctx;
use super::state::Action;
use crate::domain::scoring::Results;
use crate::domain::session::describe_date;
use crate::domain::{Intent, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PastAssessmentsProps {
    pub ctx: Ctx,
}

#[component]
pub fn PastAssessments(props: &PastAssessmentsProps) -> Html {
    let ctx = &props.ctx;
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
        let date = describe_date(c.completed_at);
        html! {
            <li key={c.id.clone()}>
                <button type="button" class="fc-link" onclick={open}>
                    { format!("Results of {date}") }
                </button>
                <span class="fc-muted">{ format!(" — {}", results.balance.describe()) }</span>
            </li>
        }
    });
    html! {
        <section class="fc-past" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ "Completed self-assessments" }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
