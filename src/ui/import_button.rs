//! Opening a self-assessment file from the device: size checked before reading, fully
//! validated before anything changes, and the outcome said in words.
use super::app::Ctx;
use super::state::{Action, Message};
use crate::domain::session::describe_date;
use crate::domain::Intent;
use crate::format::json;
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
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Let the same file be chosen again after a refusal.
            input.set_value("");
            let name = file.name();
            if let Err(e) = json::check_size(file.size()) {
                ctx.dispatch.emit(Action::Say(Message::Error(format!(
                    "{name} was not opened. {e} Nothing was changed."
                ))));
                return;
            }
            let ctx = ctx.clone();
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |result| {
                    let action = match result {
                        Err(e) => Action::Say(Message::Error(format!(
                            "{name} could not be read: {e}. Nothing was changed."
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
            *reader.borrow_mut() = Some(task);
        })
    };
    html! {
        <div class="fc-import">
            <label for={input_id.clone()}>{ "Open a self-assessment file (.json) exported by Fulcrum" }</label>
            <input id={input_id} type="file" accept=".json,application/json" {onchange} />
        </div>
    }
}
