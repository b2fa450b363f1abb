//! The mentor view: opening a report file someone shared and reading it, read-only. The file
//! is checked completely before anything is shown, and nothing from it is ever written to
//! storage or mixed into this person's own data.
use super::app::Ctx;
use super::hooks::use_focus_on_mount;
use super::report_document::ReportDocument;
use super::state::{Action, Message};
use crate::browser::files::{read_chosen, Chosen};
use crate::domain::mentor_report::MentorReport;
use crate::domain::session::describe_date;
use crate::format::report as report_file;
use gloo::file::callbacks::FileReader;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MentorViewProps {
    pub ctx: Ctx,
    pub on_back: Callback<()>,
}

/// A report opened from a file, with the file's name.
#[derive(PartialEq)]
struct Opened {
    file: String,
    report: Rc<MentorReport>,
}

#[component]
pub fn MentorView(props: &MentorViewProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(true);
    let reader = use_mut_ref(|| None::<FileReader>);
    let opened = use_state(|| None::<Rc<Opened>>);
    let p = &ctx.prefix;
    let input_id = format!("{p}-report-file");
    let onchange = {
        let (dispatch, opened) = (ctx.dispatch.clone(), opened.clone());
        Callback::from(move |e: Event| {
            let say = dispatch.reform(Action::Say);
            let (opened, reading) = (opened.clone(), say.clone());
            let chosen = read_chosen(&e, move |name, result| {
                let say = reading;
                let message = match result
                    .map_err(|e| format!("{name} was not opened: {e}."))
                    .and_then(|text| {
                        report_file::decode(&text)
                            .map_err(|e| format!("{name} was not opened. {e}"))
                    }) {
                    Ok(report) => {
                        let note = format!(
                            "Opened {name}, read-only: nothing from it is saved in your data."
                        );
                        opened.set(Some(Rc::new(Opened {
                            file: name.clone(),
                            report: Rc::new(report),
                        })));
                        Message::Info(note)
                    }
                    Err(why) => Message::Error(why),
                };
                say.emit(message);
            });
            match chosen {
                Chosen::Reading(task) => *reader.borrow_mut() = Some(task),
                Chosen::Refused { name, reason } => {
                    say.emit(Message::Error(format!("{name} was not opened. {reason}")))
                }
                Chosen::Nothing => {}
            }
        })
    };
    let banner = opened.as_ref().map(|o| {
        let r = &o.report;
        let from = if r.name.is_empty() {
            String::new()
        } else {
            format!(" from {}", r.name)
        };
        html! {
            <div class="fc-notice fc-read-only" role="note">
                <p class="fc-read-only-title">{ format!(
                    "Report{from}, prepared {}, opened read-only: nothing from it is saved in your data.",
                    describe_date(r.generated_at)
                ) }</p>
                <p>{ format!("File: {}. Closing or reloading this page forgets it.", o.file) }</p>
            </div>
        }
    });
    html! {
        <div class="fc-screen fc-mentor-view">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ "A report you received" }</h2>
            <p>{ "Open the report file your mentee sent you to read it here. It stays on this page only: it is not saved, and it is never mixed into your own results, goals or feedback." }</p>
            <div class="fc-import fc-report-open">
                <label for={input_id.clone()}>{ "Open a report file (.json) made by Fulcrum" }</label>
                <input id={input_id} type="file" accept=".json,application/json" {onchange} />
            </div>
            { for banner }
            if let Some(o) = &*opened {
                <ReportDocument report={o.report.clone()} prefix={AttrValue::from(format!("{p}-mentor"))} />
            }
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ "Back" }</button>
            </div>
        </div>
    }
}
