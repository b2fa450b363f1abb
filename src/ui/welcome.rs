//! The welcome screen: what this is, how long it takes, that data stays on the device; start
//! or continue, past results, and managing the data.
use super::app::Ctx;
use super::confirm_button::ConfirmButton;
use super::hooks::use_focus_on_mount;
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
    let ins = ctx.instrument();
    let spec = ins.spec();
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
                        { format!("Continue where you left off ({answered} of {total} answered)") }
                    </button>
                    <button type="button" class="fc-button" onclick={export}>{ "Download answers so far" }</button>
                    <StartOverButton ctx={ctx.clone()} />
                </div>
            }
        }
        None if ctx.state.session.completed.is_empty() => html! {
            <div class="fc-actions">
                <button type="button" class="fc-button fc-primary" onclick={begin}>{ "Start the self-assessment" }</button>
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
                    <button type="button" class="fc-button fc-primary" onclick={begin}>{ "Take the self-assessment again" }</button>
                    <button type="button" class="fc-button" onclick={prefill}>{ "Start from my last answers" }</button>
                </div>
            }
        }
    };
    let data_heading = format!("{}-data", ctx.prefix);
    html! {
        <div class="fc-screen fc-welcome">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ spec.title.clone() }</h2>
            if !spec.description.is_empty() {
                <p class="fc-lead">{ spec.description.clone() }</p>
            }
            <ul class="fc-facts">
                <li>{ format!("About {} minutes", spec.minutes) }</li>
                <li>{ format!("{} practices, {total} statements, one step per practice", ins.practices().len()) }</li>
                <li>{ "Stop at any time: every answer is saved as you give it" }</li>
            </ul>
            <p class="fc-privacy">
                { "Your answers stay on this device. Nothing is sent anywhere: Fulcrum keeps them in this browser, and they leave it only as a file you choose to download." }
            </p>
            { actions }
            <PastAssessments ctx={ctx.clone()} />
            if !ctx.state.session.completed.is_empty() {
                <p><a href="growth.html">{ "Your progress and goals" }</a></p>
            }
            <section class="fc-feedback-link" aria-labelledby={format!("{}-peers", ctx.prefix)}>
                <h3 id={format!("{}-peers", ctx.prefix)}>{ "Feedback from colleagues" }</h3>
                <p>{ "Ask your manager, peers and the people who report to you how often they see these practices in you, and compare their view with yours in a 360 report. Asked for feedback yourself? Open the link or file you were sent." }</p>
                <p><a class="fc-button" href="feedback.html">{ "Peer feedback and 360 report" }</a></p>
            </section>
            <section class="fc-manage" aria-labelledby={data_heading.clone()}>
                <h3 id={data_heading}>{ "Your data" }</h3>
                <ImportButton ctx={ctx.clone()} />
                <ConfirmButton
                    label="Delete my data"
                    question="Delete every answer and result Fulcrum has saved in this browser? This cannot be undone; download anything you want to keep first."
                    confirm_label="Yes, delete everything"
                    on_confirm={props.on_delete_all.clone()}
                    danger=true
                />
            </section>
            if !spec.source.is_empty() {
                <p class="fc-source">{ spec.source.clone() }</p>
            }
        </div>
    }
}
