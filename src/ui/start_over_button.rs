//! "Start over": clears the take in progress after a confirmation; completed takes stay.
use super::app::Ctx;
use super::confirm_button::ConfirmButton;
use super::hooks::use_lang;
use super::state::Action;
use crate::browser::clock;
use crate::domain::Intent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartOverButtonProps {
    pub ctx: Ctx,
}

#[component]
pub fn StartOverButton(props: &StartOverButtonProps) -> Html {
    let text = use_lang().assessment();
    let start_over = props.ctx.dispatch.reform(move |()| {
        Action::IntentWithNote(
            Intent::StartOver {
                id: clock::new_id(),
                now: clock::now(),
            },
            text.started_over().into(),
        )
    });
    html! {
        <ConfirmButton
            label={text.start_over()}
            question={text.start_over_question()}
            confirm_label={text.start_over_confirm()}
            on_confirm={start_over}
        />
    }
}
