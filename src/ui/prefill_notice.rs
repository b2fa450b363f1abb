//! The notice on every step and the review of a take that started from the answers of an
//! earlier one: which take, and that each answer is the user's to change. A function rather
//! than a component: a component of its own would cost the self-assessment page's size budget.
use crate::domain::session::Draft;
use crate::i18n::Lang;
use yew::prelude::*;

pub fn prefill_notice(draft: &Draft, lang: Lang) -> Html {
    match &draft.prefilled_from {
        Some(from) => html! {
            <p class="fc-notice fc-prefilled">
                { lang.assessment().prefilled_from(from.completed_at.date()) }
            </p>
        },
        None => html! {},
    }
}
