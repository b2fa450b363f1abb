//! Opening a self-assessment file from the device: size checked before reading, fully
//! validated before anything changes, and the outcome said in words.
use super::app::Ctx;
use super::state::{Action, Message};
use crate::browser::files::{read_chosen, Chosen};
use crate::domain::session::describe_date;
use crate::domain::Intent;
use crate::format::self_assessment::{self, SelfAssessment};
use gloo::file::callbacks::FileReader;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportButtonProps {
    pub ctx: Ctx,
}

#[component]
pub fn ImportButton(props: &ImportButtonProps) -> Html {
    let reader = use_mut_ref(|| None::<FileReader>);
    let input_id = format!("{}-import", props.ctx.prefix);
    let onchange = {
        let ctx = props.ctx.clone();
        Callback::from(move |e: Event| {
            let reading = ctx.clone();
            let chosen = read_chosen(&e, move |name, result| {
                let ctx = reading;
                let action = match result {
                    Err(e) => Action::Say(Message::Error(format!(
                        "{name} was not opened: {e}. Nothing was changed."
                    ))),
                    Ok(text) => match self_assessment::decode(ctx.instrument(), &text) {
                        Err(e) => {
                            Action::Say(Message::Error(format!("{name} was not opened. {e}")))
                        }
                        Ok(SelfAssessment::Completed(c)) => {
                            let note = format!(
                                "Opened {name}: the self-assessment completed on {}.",
                                describe_date(c.completed_at)
                            );
                            Action::ImportFile {
                                intent: Intent::Import(c),
                                file: name.clone(),
                                note,
                            }
                        }
                        Ok(SelfAssessment::InProgress(d)) => {
                            let note = format!(
                                "Opened {name}: answers in progress, {} given.",
                                d.answers.answered_count(ctx.instrument())
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
                    format!("{name} was not opened. {reason} Nothing was changed."),
                ))),
                Chosen::Nothing => {}
            }
        })
    };
    html! {
        <div class="fc-import">
            <label for={input_id.clone()}>{ "Open a self-assessment file (.json) exported by Fulcrum" }</label>
            <input id={input_id} type="file" accept=".json,application/json" {onchange} />
        </div>
    }
}
