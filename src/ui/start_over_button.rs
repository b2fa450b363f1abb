//! "Start over": clears the take in progress after a confirmation; completed takes stay.
use super::app::Ctx;
use super::confirm_button::ConfirmButton;
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
    let start_over = props.ctx.dispatch.reform(|()| {
        Action::IntentWithNote(
            Intent::StartOver {
                id: clock::new_id(),
                now: clock::now(),
            },
            "Your answers in progress were cleared. Completed results are kept.".into(),
        )
    });
    html! {
        <ConfirmButton
            label="Start over"
            question="Clear the answers in progress and start again? Completed results are kept."
            confirm_label="Yes, clear my answers in progress"
            on_confirm={start_over}
        />
    }
}
