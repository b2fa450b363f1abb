//! The notice on every step and the review of a take that started from the answers of an
//! earlier one: which take, and that each answer is the user's to change. A function rather
//! than a component: a component of its own would cost the self-assessment page's size budget.
use crate::domain::session::{describe_date, Draft};
use yew::prelude::*;

pub fn prefill_notice(draft: &Draft) -> Html {
    match &draft.prefilled_from {
        Some(from) => html! {
            <p class="fc-notice fc-prefilled">
                { format!(
                    "Pre-filled from your take of {}: change any answer that no longer fits. Comments were not copied.",
                    describe_date(from.completed_at)
                ) }
            </p>
        },
        None => html! {},
    }
}
