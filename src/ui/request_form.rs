//! Asking colleagues for feedback: the subject's name as raters see it, an optional message
//! and due date, and the groups to ask. Every problem is named next to its field.
use super::app::Ctx;
use super::hooks::{use_focus_on_mount, use_lang};
use super::state::{Action, Message};
use crate::browser::{clock, feedback_store};
use crate::domain::feedback::RaterGroup;
use crate::domain::feedback_request::{
    FeedbackRequest, RequestProblem, MAX_MESSAGE_CHARS, MAX_NAME_CHARS,
};
use crate::format::envelope::parse_date;
use crate::i18n::Localized;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequestFormProps {
    pub ctx: Ctx,
    /// Called with the id of the request once it is saved.
    pub on_created: Callback<String>,
    pub on_cancel: Callback<()>,
}

#[derive(Clone, PartialEq, Default)]
struct Form {
    name: String,
    message: String,
    due: String,
    groups: Vec<RaterGroup>,
    problems: Vec<RequestProblem>,
}

#[component]
pub fn RequestForm(props: &RequestFormProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(true);
    let lang = use_lang();
    let t = lang.feedback();
    let form = use_state(|| Form {
        groups: RaterGroup::RATERS.to_vec(),
        ..Form::default()
    });
    let p = &ctx.prefix;
    let edit = |f: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*form).clone();
            f(&mut next, input.value());
            form.set(next);
        })
    };
    let on_message = {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let mut next = (*form).clone();
            next.message = area.value();
            form.set(next);
        })
    };
    let submit = {
        let (form, ctx, on_created) = (form.clone(), ctx.clone(), props.on_created.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let now = clock::now();
            let mut next = (*form).clone();
            let due_text = next.due.trim().to_string();
            let due = parse_date(&due_text);
            let request = FeedbackRequest {
                id: clock::new_id(),
                subject_name: next.name.trim().to_string(),
                message: next.message.trim().to_string(),
                due,
                groups: RaterGroup::RATERS
                    .iter()
                    .copied()
                    .filter(|g| next.groups.contains(g))
                    .collect(),
                created_at: now,
            };
            let mut problems = request.check(now.date());
            if !due_text.is_empty() && due.is_none() {
                problems.push(RequestProblem::DueNotADate);
            }
            if !problems.is_empty() {
                next.problems = problems;
                form.set(next);
                return;
            }
            match feedback_store::save_request(&ctx.store, ctx.instrument(), &request) {
                Ok(()) => on_created.emit(request.id),
                Err(e) => ctx.dispatch.emit(Action::Say(Message::Error(e.text(lang)))),
            }
        })
    };
    let error_for = |field: &str| -> Option<String> {
        let messages: Vec<String> = form
            .problems
            .iter()
            .filter(|x| x.field() == field)
            .map(|x| t.request_problem(x))
            .collect();
        (!messages.is_empty()).then(|| messages.join(" "))
    };
    let field_error = |field: &str| {
        error_for(field).map(
            |m| html! { <p class="fc-field-error" id={format!("{p}-{field}-error")}>{ m }</p> },
        )
    };
    let described = |field: &str| error_for(field).map(|_| format!("{p}-{field}-error"));
    let invalid = |field: &str| error_for(field).map(|_| "true");
    let group_boxes = RaterGroup::RATERS.iter().map(|g| {
        let group = *g;
        let checked = form.groups.contains(g);
        let form = form.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut next = (*form).clone();
            if next.groups.contains(&group) {
                next.groups.retain(|x| *x != group);
            } else {
                next.groups.push(group);
            }
            form.set(next);
        });
        html! {
            <label class="fc-option" key={g.as_str()}>
                <input type="checkbox" {checked} {onchange} />
                <span class="fc-option-label">{ t.group_label(group) }</span>
            </label>
        }
    });
    html! {
        <div class="fc-screen fc-request-form">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ t.ask_colleagues() }</h2>
            <p class="fc-lead">{ t.request_form_lead() }</p>
            if !form.problems.is_empty() {
                <div class="fc-alert-text" role="alert">{ t.fix_problems(form.problems.len()) }</div>
            }
            <form onsubmit={submit} novalidate=true>
                <div class="fc-comment">
                    <label for={format!("{p}-name")}>{ t.name_label() }</label>
                    <input id={format!("{p}-name")} type="text" maxlength={MAX_NAME_CHARS.to_string()} autocomplete="name" value={form.name.clone()} oninput={edit(|f, v| f.name = v)} aria-invalid={invalid("subject_name")} aria-describedby={described("subject_name")} />
                    { for field_error("subject_name") }
                </div>
                <div class="fc-comment">
                    <label for={format!("{p}-message")}>{ t.message_label() }</label>
                    <textarea id={format!("{p}-message")} rows="3" maxlength={MAX_MESSAGE_CHARS.to_string()} value={form.message.clone()} oninput={on_message} aria-invalid={invalid("message")} aria-describedby={described("message")} />
                    { for field_error("message") }
                </div>
                <div class="fc-comment">
                    <label for={format!("{p}-due")}>{ t.due_label() }</label>
                    <input id={format!("{p}-due")} type="date" value={form.due.clone()} oninput={edit(|f, v| f.due = v)} aria-invalid={invalid("due")} aria-describedby={described("due")} />
                    { for field_error("due") }
                </div>
                <fieldset class="fc-statement" aria-invalid={invalid("groups")} aria-describedby={described("groups")}>
                    <legend>{ t.groups_legend() }</legend>
                    <div class="fc-scale">{ for group_boxes }</div>
                    { for field_error("groups") }
                </fieldset>
                <div class="fc-step-actions">
                    <button type="button" class="fc-button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ t.cancel() }</button>
                    <button type="submit" class="fc-button fc-primary">{ t.create_request() }</button>
                </div>
            </form>
        </div>
    }
}
