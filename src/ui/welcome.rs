//! The welcome screen: what this is, how long it takes, that data stays on the device; start
//! or continue, past results, and managing the data.
use super::app::Ctx;
use super::confirm_button::ConfirmButton;
use super::hooks::{use_focus_on_mount, use_lang};
use super::import_button::ImportButton;
use super::past_assessments::PastAssessments;
use super::start_over_button::StartOverButton;
use super::state::Action;
use crate::browser::clock;
use crate::domain::Intent;
use crate::format::self_assessment::SelfAssessment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub ctx: Ctx,
    pub on_delete_all: Callback<()>,
}

#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(ctx.state.navigated);
    let lang = use_lang();
    let text = lang.assessment();
    let ins = ctx.instrument();
    let spec = ins.spec();
    let text_lang = super::hooks::text_lang(lang, ins);
    let total = ins.statement_count();
    let draft = ctx.state.session.draft.clone();
    let begin = ctx.dispatch.reform(|_: MouseEvent| {
        Action::Intent(Intent::Begin {
            id: clock::new_id(),
            now: clock::now(),
        })
    });
    let actions = match draft {
        Some(d) => {
            let answered = d.answers.answered_count(ins);
            let export = {
                let ctx = ctx.clone();
                Callback::from(move |_: MouseEvent| {
                    ctx.export(&SelfAssessment::InProgress(d.clone()))
                })
            };
            html! {
                <div class="fc-actions">
                    <button type="button" class="fc-button fc-primary" onclick={begin}>
                        { text.continue_where_left_off(answered, total) }
                    </button>
                    <button type="button" class="fc-button" onclick={export}>{ lang.common().download_answers_so_far() }</button>
                    <StartOverButton ctx={ctx.clone()} />
                </div>
            }
        }
        None if ctx.state.session.completed.is_empty() => html! {
            <div class="fc-actions">
                <button type="button" class="fc-button fc-primary" onclick={begin}>{ text.start_assessment() }</button>
            </div>
        },
        None => {
            let prefill = ctx.dispatch.reform(|_: MouseEvent| {
                Action::Intent(Intent::BeginFromLatest {
                    id: clock::new_id(),
                    now: clock::now(),
                })
            });
            html! {
                <div class="fc-actions">
                    <button type="button" class="fc-button fc-primary" onclick={begin}>{ text.take_assessment_again() }</button>
                    <button type="button" class="fc-button" onclick={prefill}>{ text.start_from_last_answers() }</button>
                </div>
            }
        }
    };
    let data_heading = format!("{}-data", ctx.prefix);
    html! {
        <div class="fc-screen fc-welcome">
            <h2 class="fc-heading" tabindex="-1" ref={heading} lang={text_lang.clone()}>{ spec.title.clone() }</h2>
            if !spec.description.is_empty() {
                <p class="fc-lead" lang={text_lang.clone()}>{ spec.description.clone() }</p>
            }
            <ul class="fc-facts">
                <li>{ text.about_minutes(spec.minutes) }</li>
                <li>{ text.size_facts(ins.practices().len(), total) }</li>
                <li>{ text.stop_any_time() }</li>
            </ul>
            <p class="fc-privacy">
                { text.privacy() }
            </p>
            { actions }
            <PastAssessments ctx={ctx.clone()} />
            if !ctx.state.session.completed.is_empty() {
                <p><a href="growth.html">{ text.progress_and_goals_link() }</a></p>
            }
            <section class="fc-feedback-link" aria-labelledby={format!("{}-peers", ctx.prefix)}>
                <h3 id={format!("{}-peers", ctx.prefix)}>{ text.feedback_heading() }</h3>
                <p>{ text.feedback_intro() }</p>
                <p><a class="fc-button" href="feedback.html">{ text.feedback_link() }</a></p>
            </section>
            <section class="fc-manage" aria-labelledby={data_heading.clone()}>
                <h3 id={data_heading}>{ text.your_data_heading() }</h3>
                <ImportButton ctx={ctx.clone()} />
                <ConfirmButton
                    label={text.delete_data()}
                    question={text.delete_data_question()}
                    confirm_label={text.delete_data_confirm()}
                    on_confirm={props.on_delete_all.clone()}
                    danger=true
                />
            </section>
            if !spec.source.is_empty() {
                <p class="fc-source" lang={text_lang.clone()}>{ spec.source.clone() }</p>
            }
        </div>
    }
}
