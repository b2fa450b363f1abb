//! The goals on the growth page's home: each goal with what it is about, its status, due date
//! and whether its practice moved, a way to open it, and "Set a new goal".
use super::app::Ctx;
use super::growth_root::GrowthView;
use super::hooks::use_lang;
use crate::browser::{clock, goal_store};
use crate::domain::goal::practice_movement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalsSectionProps {
    pub ctx: Ctx,
    pub on_show: Callback<GrowthView>,
}

#[component]
pub fn GoalsSection(props: &GoalsSectionProps) -> Html {
    let ctx = &props.ctx;
    let words = use_lang().growth();
    let ins = ctx.instrument();
    let stored = goal_store::load(&ctx.store, ins);
    let today = clock::now().date();
    let heading_id = format!("{}-goals", ctx.prefix);
    let items = stored.goals.iter().map(|g| {
        let open = props.on_show.reform({
            let id = g.id.clone();
            move |_: MouseEvent| GrowthView::Goal(id.clone())
        });
        let practice = ins
            .practice_index(&g.practice_id)
            .map_or("", |i| ins.practices()[i].title.as_str());
        let movement = practice_movement(g, ins, &ctx.state.session.completed);
        html! {
            <li key={g.id.clone()}>
                <button type="button" class="fc-link fc-goal-open" onclick={open}>{ g.specific.clone() }</button>
                <p class="fc-goal-facts">{ words.goal_facts(&g.focus.describe(ins), g.status(), g.due, today) }</p>
                <p class="fc-muted">{ words.movement(&movement, practice) }</p>
            </li>
        }
    });
    let unreadable = stored.unreadable.len();
    html! {
        <section class="fc-goals" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ words.goals_heading() }</h3>
            if stored.goals.is_empty() {
                <p>{ words.goals_empty() }</p>
            } else {
                <ul class="fc-goal-list">{ for items }</ul>
            }
            if unreadable > 0 {
                <p class="fc-notice">{ words.unreadable_goals(unreadable) }</p>
            }
            <div class="fc-actions">
                <button type="button" class="fc-button fc-primary" onclick={props.on_show.reform(|_: MouseEvent| GrowthView::NewGoal { focus: None })}>{ words.set_new_goal() }</button>
            </div>
        </section>
    }
}
