//! Results of one completed take: the balance in words, both indexes, the score per practice
//! (radar chart and table), strongest and weakest practices, and suggestions.
use super::app::Ctx;
use super::hooks::{use_focus_on_mount, use_lang};
use super::radar_chart::RadarChart;
use super::state::Action;
use crate::browser::clock;
use crate::domain::scoring::{one_decimal, Results};
use crate::domain::{Intent, Screen};
use crate::format::self_assessment::SelfAssessment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    pub ctx: Ctx,
    pub id: AttrValue,
}

#[component]
pub fn ResultsView(props: &ResultsViewProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(ctx.state.navigated);
    let lang = use_lang();
    let text = lang.assessment();
    let score_text = |v: Option<f64>| text.score(v);
    let ins = ctx.instrument();
    let text_lang = super::hooks::text_lang(lang, ins);
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
                    // The meter's value is for the browser, not for reading: always a dot.
                    <meter min="1" max="5" value={one_decimal(value.unwrap_or(0.0))} aria-hidden="true"></meter>
                    { format!(" {}", text.score_of_five(&score_text(value))) }
                </dd>
            </div>
        }
    };
    let rows = results.practices.iter().map(|s| {
        let practice = &practices[s.practice_index];
        html! {
            <tr key={practice.id.clone()}>
                <th scope="row" lang={text_lang.clone()}>{ format!("{}. {}", s.practice_index + 1, practice.title) }</th>
                <td>{ score_text(s.mean) }</td>
            </tr>
        }
    });
    let strongest = results.strongest().iter().map(|i| {
        html! { <li key={*i} lang={text_lang.clone()}>{ format!("{} ({})", title(*i), score_text(results.practices[*i].mean)) }</li> }
    });
    let weakest = results.weakest().into_iter().map(|i| {
        let suggestions = practices[i]
            .suggestions
            .iter()
            .map(|s| html! { <li>{ s.clone() }</li> });
        html! {
            <li key={i}>
                <h4 lang={text_lang.clone()}>{ format!("{} ({})", title(i), score_text(results.practices[i].mean)) }</h4>
                <ul class="fc-suggestions" lang={text_lang.clone()}>{ for suggestions }</ul>
                <p><a href={format!("growth.html#goal={}", practices[i].id)}>{ text.set_goal_for(&title(i)) }</a></p>
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
        text.continue_take_in_progress()
    } else {
        text.take_it_again()
    };
    html! {
        <div class="fc-screen fc-results">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ text.results_heading() }</h2>
            <p class="fc-muted">{ text.completed_on(assessment.completed_at.date()) }</p>
            <section aria-labelledby={balance_id.clone()}>
                <h3 id={balance_id}>{ text.balance_heading() }</h3>
                <p class="fc-balance">{ text.balance(results.balance) }</p>
                <dl class="fc-indexes">
                    { index_row(text.technical_index(), results.technical) }
                    { index_row(text.leadership_index(), results.leadership) }
                </dl>
            </section>
            <section aria-labelledby={scores_id.clone()}>
                <h3 id={scores_id}>{ text.scores_heading() }</h3>
                <div class="fc-chart-wrap">
                    <RadarChart labels={practices.iter().map(|p| p.title.clone()).collect::<Vec<_>>()} values={results.practices.iter().map(|s| s.mean).collect::<Vec<_>>()} />
                </div>
                <table class="fc-table">
                    <caption>{ text.scores_caption() }</caption>
                    <thead><tr><th scope="col">{ text.practice_column() }</th><th scope="col">{ text.score_column() }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </section>
            <section aria-labelledby={grow_id.clone()}>
                <h3>{ text.strongest_heading() }</h3>
                <ol class="fc-strongest">{ for strongest }</ol>
                <h3 id={grow_id}>{ text.grow_heading() }</h3>
                <ol class="fc-weakest">{ for weakest }</ol>
            </section>
            <div class="fc-actions">
                <button type="button" class="fc-button fc-primary" onclick={export}>{ text.download_results() }</button>
                <button type="button" class="fc-button" onclick={again}>{ again_label }</button>
                <button type="button" class="fc-button" onclick={home}>{ text.back_to_start() }</button>
            </div>
            <p><a href="growth.html">{ text.progress_and_goals_link() }</a></p>
        </div>
    }
}
