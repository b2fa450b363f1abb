//! The mentor report of this person's own data: the options (comments, statement-level
//! scores) that decide what goes in, printing it (or saving it as a PDF), and downloading the
//! same content as a `fulcrum.report` file.
use super::app::Ctx;
use super::hooks::{use_focus_on_mount, use_lang};
use super::report_document::ReportDocument;
use super::state::{Action, Message};
use crate::browser::{clock, download, feedback_store, goal_store};
use crate::domain::feedback::{report, Report};
use crate::domain::mentor_report::{FeedbackInput, MentorReport, ReportOptions};
use crate::domain::Instrument;
use crate::format::report as report_file;
use crate::i18n::Localized;
use std::rc::Rc;
use time::OffsetDateTime;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MentorReportViewProps {
    pub ctx: Ctx,
    pub on_back: Callback<()>,
}

/// The latest feedback request that has responses counted in its report: its subject's name,
/// when it was made, and the 360 report against the latest self-assessment.
fn latest_feedback(ctx: &Ctx, ins: &Instrument) -> Option<(String, OffsetDateTime, Report)> {
    let self_answers = ctx.state.session.latest().map(|c| &c.answers);
    feedback_store::requests(&ctx.store, ins)
        .into_iter()
        .rev()
        .find_map(|request| {
            let counted =
                feedback_store::responses(&ctx.store, ins, &request.id, request.created_at)
                    .counted();
            (!counted.is_empty()).then(|| {
                (
                    request.subject_name.clone(),
                    request.created_at,
                    report(ins, self_answers, &counted),
                )
            })
        })
}

#[component]
pub fn MentorReportView(props: &MentorReportViewProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let words = lang.growth();
    let heading = use_focus_on_mount(true);
    let ins = ctx.state.instrument.clone();
    // One report per visit: the same id and time whatever the options, so the printout and
    // the file agree.
    let id = use_state(clock::new_id);
    let generated_at = use_state(clock::now);
    let options = use_state(|| ReportOptions {
        include_comments: true,
        include_statements: true,
    });
    let sources = {
        let (ctx, ins) = (ctx.clone(), ins.clone());
        use_memo((), move |_| {
            (
                latest_feedback(&ctx, &ins),
                goal_store::goals(&ctx.store, &ins),
            )
        })
    };
    let the_report = {
        let (feedback, goals) = &*sources;
        let mut built = MentorReport::build(
            &ins,
            &ctx.state.session.completed,
            feedback.as_ref().map(|(name, at, report)| FeedbackInput {
                subject_name: name,
                requested_at: *at,
                report,
            }),
            goals,
            *options,
            &id,
            *generated_at,
        );
        // The anonymity rules in the words this page shows (the domain's are English).
        if let Some(fb) = built.feedback.as_mut() {
            fb.rules = lang.feedback().anonymity_rules(ins.feedback());
        }
        Rc::new(built)
    };
    let p = &ctx.prefix;
    let toggle = |set: fn(&mut ReportOptions, bool)| {
        let options = options.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = *options;
            set(&mut next, input.checked());
            options.set(next);
        })
    };
    let on_comments = toggle(|o, on| o.include_comments = on);
    let on_statements = toggle(|o, on| o.include_statements = on);
    let on_print = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let printed = web_sys::window().map(|w| w.print());
            if !matches!(printed, Some(Ok(()))) {
                dispatch.emit(Action::Say(Message::Error(words.print_failed().into())));
            }
        })
    };
    let on_download = {
        let (dispatch, the_report) = (ctx.dispatch.clone(), the_report.clone());
        Callback::from(move |_: MouseEvent| {
            let name = report_file::file_name(&the_report);
            let text = report_file::encode(&the_report).to_text();
            let message = match download::offer(&name, &text, "application/json") {
                Ok(()) => Message::Info(words.report_downloaded(&name)),
                Err(e) => Message::Error(e.text(lang)),
            };
            dispatch.emit(Action::Say(message));
        })
    };
    let o = *options;
    html! {
        <div class="fc-screen fc-mentor-report">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ words.mentor_report_heading() }</h2>
            <div class="fc-report-controls">
                <p>{ words.mentor_report_intro() }</p>
                <fieldset class="fc-report-options">
                    <legend>{ words.include_legend() }</legend>
                    <div class="fc-check">
                        <input id={format!("{p}-report-comments")} type="checkbox" checked={o.include_comments} onchange={on_comments} />
                        <label for={format!("{p}-report-comments")}>{ words.include_comments() }</label>
                    </div>
                    <div class="fc-check">
                        <input id={format!("{p}-report-statements")} type="checkbox" checked={o.include_statements} onchange={on_statements} />
                        <label for={format!("{p}-report-statements")}>{ words.include_statements() }</label>
                    </div>
                </fieldset>
                <div class="fc-actions">
                    <button type="button" class="fc-button fc-primary" onclick={on_print}>{ words.print() }</button>
                    <button type="button" class="fc-button" onclick={on_download}>{ words.download_report() }</button>
                </div>
            </div>
            <ReportDocument report={the_report} prefix={AttrValue::from(format!("{p}-own"))} />
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ words.back() }</button>
            </div>
        </div>
    }
}
