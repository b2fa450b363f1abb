//! Results of one completed take: the balance in words, both indexes, the score per practice
//! (radar chart and table), strongest and weakest practices, and suggestions.
use super::app::Ctx;
use super::hooks::use_focus_on_mount;
use super::radar_chart::RadarChart;
use super::state::Action;
use crate::browser::clock;
use crate::domain::scoring::{one_decimal, Results};
use crate::domain::session::describe_date;
use crate::domain::{Intent, Screen};
use crate::format::self_assessment::SelfAssessment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    pub ctx: Ctx,
    pub id: AttrValue,
}

fn score_text(v: Option<f64>) -> String {
    v.map_or_else(|| "no answers".to_string(), one_decimal)
}

#[component]
pub fn ResultsView(props: &ResultsViewProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(ctx.state.navigated);
    let ins = ctx.instrument();
    let Some(assessment) = ctx.state.session.find(&props.id).cloned() else {
        return html! {};
    };
    let results = Results::compute(ins, &assessment.answers);
    let practices = ins.practices();
    let title = |i: usize| practices[i].title.clone();
    let p = &ctx.prefix;
    let (balance_id, scores_id, grow_id) = (
        format!("{p}-balance"),
        format!("{p}-scores"),
        format!("{p}-grow"),
    );

    let index_row = |name: &str, value: Option<f64>| {
        html! {
            <div class="fc-index">
                <dt>{ name.to_string() }</dt>
                <dd>
                    <meter min="1" max="5" value={one_decimal(value.unwrap_or(0.0))} aria-hidden="true"></meter>
                    { format!(" {} of 5", score_text(value)) }
                </dd>
            </div>
        }
    };
    let rows = results.practices.iter().map(|s| {
        let practice = &practices[s.practice_index];
        html! {
            <tr key={practice.id.clone()}>
                <th scope="row">{ format!("{}. {}", s.practice_index + 1, practice.title) }</th>
                <td>{ score_text(s.mean) }</td>
            </tr>
        }
    });
    let strongest = results.strongest().iter().map(|i| {
        html! { <li key={*i}>{ format!("{} ({})", title(*i), score_text(results.practices[*i].mean)) }</li> }
    });
    let weakest = results.weakest().into_iter().map(|i| {
        let suggestions = practices[i]
            .suggestions
            .iter()
            .map(|s| html! { <li>{ s.clone() }</li> });
        html! {
            <li key={i}>
                <h4>{ format!("{} ({})", title(i), score_text(results.practices[i].mean)) }</h4>
                <ul class="fc-suggestions">{ for suggestions }</ul>
                <p><a href={format!("growth.html#goal={}", practices[i].id)}>{ format!("Set a goal for {}", title(i)) }</a></p>
            </li>
        }
    });
    let export = {
        let ctx = ctx.clone();
        let assessment = assessment.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.export(&SelfAssessment::Completed(assessment.clone()))
        })
    };
    let home = ctx
        .dispatch
        .reform(|_: MouseEvent| Action::Intent(Intent::Show(Screen::Welcome)));
    let again = ctx.dispatch.reform(|_: MouseEvent| {
        Action::Intent(Intent::Begin {
            id: clock::new_id(),
            now: clock::now(),
        })
    });
    let again_label = if ctx.state.session.draft.is_some() {
        "Continue the take in progress"
    } else {
        "Take it again"
    };
    html! {
        <div class="fc-screen fc-results">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ "Your results" }</h2>
            <p class="fc-muted">{ format!("Self-assessment completed on {}.", describe_date(assessment.completed_at)) }</p>
            <section aria-labelledby={balance_id.clone()}>
                <h3 id={balance_id}>{ "Technical expertise and leadership" }</h3>
                <p class="fc-balance">{ results.balance.describe() }</p>
                <dl class="fc-indexes">
                    { index_row("Technical index", results.technical) }
                    { index_row("Leadership index", results.leadership) }
                </dl>
            </section>
            <section aria-labelledby={scores_id.clone()}>
                <h3 id={scores_id}>{ "Score per practice" }</h3>
                <div class="fc-chart-wrap">
                    <RadarChart labels={practices.iter().map(|p| p.title.clone()).collect::<Vec<_>>()} values={results.practices.iter().map(|s| s.mean).collect::<Vec<_>>()} />
                </div>
                <table class="fc-table">
                    <caption>{ "Mean score per practice, from 1 (never or almost never) to 5 (almost always)" }</caption>
                    <thead><tr><th scope="col">{ "Practice" }</th><th scope="col">{ "Score" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </section>
            <section aria-labelledby={grow_id.clone()}>
                <h3>{ "Strongest practices" }</h3>
                <ol class="fc-strongest">{ for strongest }</ol>
                <h3 id={grow_id}>{ "Where to grow: suggestions for your weakest practices" }</h3>
                <ol class="fc-weakest">{ for weakest }</ol>
            </section>
            <div class="fc-actions">
                <button type="button" class="fc-button fc-primary" onclick={export}>{ "Download results (JSON)" }</button>
                <button type="button" class="fc-button" onclick={again}>{ again_label }</button>
                <button type="button" class="fc-button" onclick={home}>{ "Back to the start" }</button>
            </div>
            <p><a href="growth.html">{ "Your progress and goals" }</a></p>
        </div>
    }
}
