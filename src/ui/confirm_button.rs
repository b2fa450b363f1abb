//! A button whose action needs a second, explicit yes: the question appears in place, focus
//! moves to it, and Cancel returns focus to the button.
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    pub label: AttrValue,
    pub question: AttrValue,
    pub confirm_label: AttrValue,
    pub on_confirm: Callback<()>,
    #[prop_or_default]
    pub danger: bool,
}

#[component]
pub fn ConfirmButton(props: &ConfirmButtonProps) -> Html {
    let lang = super::hooks::use_lang();
    let open = use_state(|| false);
    let question_ref = use_node_ref();
    let button_ref = use_node_ref();
    // Move focus when the question opens or closes, after it is rendered.
    let focus_after = use_mut_ref(|| false);
    {
        let (question_ref, button_ref, focus_after) = (
            question_ref.clone(),
            button_ref.clone(),
            focus_after.clone(),
        );
        use_effect_with(*open, move |open| {
            if std::mem::take(&mut *focus_after.borrow_mut()) {
                let target = if *open { &question_ref } else { &button_ref };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let set = |value: bool| {
        let (open, focus_after) = (open.clone(), focus_after.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_after.borrow_mut() = true;
            open.set(value);
        })
    };
    let confirm = {
        let (open, on_confirm, focus_after) =
            (open.clone(), props.on_confirm.clone(), focus_after.clone());
        Callback::from(move |_: MouseEvent| {
            // Back to the button if it is still on screen after the action.
            *focus_after.borrow_mut() = true;
            open.set(false);
            on_confirm.emit(());
        })
    };
    let class = if props.danger {
        "fc-button fc-danger"
    } else {
        "fc-button"
    };
    if *open {
        html! {
            <div class="fc-confirm" role="group" aria-label={props.label.clone()}>
                <p class="fc-confirm-question" tabindex="-1" ref={question_ref}>{ props.question.clone() }</p>
                <button type="button" class={class} onclick={confirm}>{ props.confirm_label.clone() }</button>
                <button type="button" class="fc-button" onclick={set(false)}>{ lang.common().cancel() }</button>
            </div>
        }
    } else {
        html! {
            <button type="button" class={class} ref={button_ref} onclick={set(true)}>{ props.label.clone() }</button>
        }
    }
}
