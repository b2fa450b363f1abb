//! Opening a self-assessment file from the device: size checked before reading, fully
//! validated before anything changes, and the outcome said in words.
use super::app::Ctx;
use super::hooks::use_lang;
use super::state::{Action, Message};
use crate::browser::files::{read_chosen, Chosen};
use crate::domain::Intent;
use crate::format::self_assessment::{self, SelfAssessment};
use crate::i18n::Localized;
use gloo::file::callbacks::FileReader;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportButtonProps {
    pub ctx: Ctx,
}

#[component]
pub fn ImportButton(props: &ImportButtonProps) -> Html {
    let lang = use_lang();
    let text = lang.assessment();
    let reader = use_mut_ref(|| None::<FileReader>);
    let input_id = format!("{}-import", props.ctx.prefix);
    let onchange = {
        let ctx = props.ctx.clone();
        Callback::from(move |e: Event| {
            let reading = ctx.clone();
            let chosen = read_chosen(&e, move |name, result| {
                let ctx = reading;
                let action = match result {
                    Err(e) => Action::Say(Message::Error(text.file_not_read(&name, &e))),
                    Ok(content) => match self_assessment::decode(ctx.instrument(), &content) {
                        Err(e) => Action::Say(Message::Error(
                            lang.common().file_not_opened(&name, &e.text(lang)),
                        )),
                        Ok(SelfAssessment::Completed(c)) => {
                            let note = text.opened_completed(&name, c.completed_at.date());
                            Action::ImportFile {
                                intent: Intent::Import(c),
                                file: name.clone(),
                                note,
                            }
                        }
                        Ok(SelfAssessment::InProgress(d)) => {
                            let note = text.opened_in_progress(
                                &name,
                                d.answers.answered_count(ctx.instrument()),
                            );
                            Action::ImportFile {
                                intent: Intent::ImportDraft(d),
                                file: name.clone(),
                                note,
                            }
                        }
                    },
                };
                ctx.dispatch.emit(action);
            });
            match chosen {
                Chosen::Reading(task) => *reader.borrow_mut() = Some(task),
                Chosen::Refused { name, reason } => ctx.dispatch.emit(Action::Say(Message::Error(
                    text.file_refused(&name, &reason.text(lang)),
                ))),
                Chosen::Nothing => {}
            }
        })
    };
    html! {
        <div class="fc-import">
            <label for={input_id.clone()}>{ text.import_label() }</label>
            <input id={input_id} type="file" accept=".json,application/json" {onchange} />
        </div>
    }
}
