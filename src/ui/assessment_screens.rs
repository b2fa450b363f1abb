//! The self-assessment page's screens, chosen by the session: welcome, one practice per step,
//! review, results. Peer feedback lives on its own page (see `feedback_root`).
use super::app::Parts;
use super::practice_step::PracticeStep;
use super::results_view::ResultsView;
use super::review::Review;
use super::welcome::Welcome;
use crate::domain::Screen;
use yew::prelude::*;

pub fn render(parts: Parts) -> Html {
    let Parts { ctx, on_delete_all } = parts;
    match &ctx.state.session.screen {
        Screen::Welcome => html! { <Welcome ctx={ctx.clone()} {on_delete_all} /> },
        Screen::Practice(i) => {
            let key = ctx
                .instrument()
                .practices()
                .get(*i)
                .map(|p| p.id.clone())
                .unwrap_or_default();
            html! { <PracticeStep key={key} ctx={ctx.clone()} index={*i} /> }
        }
        Screen::Review => html! { <Review ctx={ctx.clone()} /> },
        Screen::Results(id) => {
            html! { <ResultsView key={id.clone()} ctx={ctx.clone()} id={id.clone()} /> }
        }
    }
}
