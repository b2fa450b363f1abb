//! The mentor view: opening a report file someone shared and reading it, read-only. The file
//! is checked completely before anything is shown, and nothing from it is ever written to
//! storage or mixed into this person's own data.
use super::app::Ctx;
use super::hooks::{use_focus_on_mount, use_lang};
use super::report_document::ReportDocument;
use super::state::{Action, Message};
use crate::browser::files::{read_chosen, Chosen};
use crate::domain::mentor_report::MentorReport;
use crate::format::report as report_file;
use crate::i18n::Localized;
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
    let lang = use_lang();
    let words = lang.growth();
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
                    .map_err(|e| words.report_not_read(&name, &e))
                    .and_then(|text| {
                        report_file::decode(&text)
                            .map_err(|e| words.report_not_opened(&name, &e.text(lang)))
                    }) {
                    Ok(report) => {
                        let note = words.report_opened(&name);
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
                Chosen::Refused { name, reason } => say.emit(Message::Error(
                    words.report_not_opened(&name, &reason.text(lang)),
                )),
                Chosen::Nothing => {}
            }
        })
    };
    let banner = opened.as_ref().map(|o| {
        let r = &o.report;
        html! {
            <div class="fc-notice fc-read-only" role="note">
                <p class="fc-read-only-title">{ words.report_banner(&r.name, r.generated_at.date()) }</p>
                <p>{ words.report_banner_file(&o.file) }</p>
            </div>
        }
    });
    html! {
        <div class="fc-screen fc-mentor-view">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ words.mentor_view_heading() }</h2>
            <p>{ words.mentor_view_intro() }</p>
            <div class="fc-import fc-report-open">
                <label for={input_id.clone()}>{ words.open_report_label() }</label>
                <input id={input_id} type="file" accept=".json,application/json" {onchange} />
            </div>
            { for banner }
            if let Some(o) = &*opened {
                <ReportDocument report={o.report.clone()} prefix={AttrValue::from(format!("{p}-mentor"))} />
            }
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ words.back() }</button>
            </div>
        </div>
    }
}
