//! One goal: its five parts, status and due date, whether its practice moved since it was set,
//! its dated check-ins with a form for a new one, and editing or deleting it.
use super::app::Ctx;
use super::confirm_button::ConfirmButton;
use super::goal_builder::GoalBuilder;
use super::growth_root::GrowthView;
use super::hooks::{use_focus_on_mount, use_lang};
use super::state::{Action, Message};
use crate::browser::{clock, goal_store};
use crate::domain::goal::{add_check_in, practice_movement, GoalStatus, SmartPart, MAX_NOTE_CHARS};
use crate::i18n::Localized;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalDetailProps {
    pub ctx: Ctx,
    pub goal_id: AttrValue,
    pub on_show: Callback<GrowthView>,
}

/// The check-in being written.
#[derive(Clone, PartialEq)]
struct CheckInForm {
    note: String,
    status: GoalStatus,
    error: Option<String>,
    /// Counts refused attempts, so focus returns to the note after each one renders.
    attempts: u32,
}

#[component]
pub fn GoalDetail(props: &GoalDetailProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let words = lang.growth();
    let ins = ctx.state.instrument.clone();
    let heading = use_focus_on_mount(true);
    let goal = {
        let (store, ins, id) = (ctx.store.clone(), ins.clone(), props.goal_id.clone());
        use_state(move || goal_store::goal(&store, &ins, &id))
    };
    let editing = use_state(|| false);
    let form = {
        let status = goal.as_ref().map_or(GoalStatus::OnTrack, |g| g.status());
        use_state(move || CheckInForm {
            note: String::new(),
            // Most check-ins confirm the last status; a goal not started yet is now under way.
            status: if status == GoalStatus::NotStarted {
                GoalStatus::OnTrack
            } else {
                status
            },
            error: None,
            attempts: 0,
        })
    };
    let note_ref = use_node_ref();
    {
        let note_ref = note_ref.clone();
        use_effect_with(form.attempts, move |attempts| {
            if *attempts > 0 {
                if let Some(area) = note_ref.cast::<web_sys::HtmlElement>() {
                    let _ = area.focus();
                }
            }
        });
    }
    // Back from editing: focus returns to this screen's heading.
    let was_editing = use_mut_ref(|| false);
    {
        let (heading, was_editing) = (heading.clone(), was_editing.clone());
        use_effect_with(*editing, move |editing| {
            if !*editing && std::mem::replace(&mut *was_editing.borrow_mut(), false) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
            if *editing {
                *was_editing.borrow_mut() = true;
            }
        });
    }
    let back = props.on_show.reform(|_: MouseEvent| GrowthView::Home);
    let Some(current) = (*goal).clone() else {
        return html! {
            <div class="fc-screen fc-goal">
                <h2 class="fc-heading" tabindex="-1" ref={heading}>{ words.goal_missing_heading() }</h2>
                <p>{ words.goal_missing() }</p>
                <button type="button" class="fc-button" onclick={back}>{ words.back_to_growth() }</button>
            </div>
        };
    };

    if *editing {
        let on_saved = {
            let (goal, editing, store, ins) = (
                goal.clone(),
                editing.clone(),
                ctx.store.clone(),
                ins.clone(),
            );
            Callback::from(move |id: String| {
                goal.set(goal_store::goal(&store, &ins, &id));
                editing.set(false);
            })
        };
        let on_cancel = {
            let editing = editing.clone();
            Callback::from(move |()| editing.set(false))
        };
        return html! {
            <GoalBuilder ctx={ctx.clone()} goal={current} {on_saved} {on_cancel} />
        };
    }

    let p = &ctx.prefix;
    let today = clock::now().date();
    let practice_title = ins.practice_index(&current.practice_id).map_or_else(
        || current.practice_id.clone(),
        |i| ins.practices()[i].title.clone(),
    );
    let movement = practice_movement(&current, &ins, &ctx.state.session.completed);
    let focus = current.focus.describe(&ins);

    let on_note = {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let mut next = (*form).clone();
            next.note = area.value();
            form.set(next);
        })
    };
    let radios = GoalStatus::ALL.iter().map(|s| {
        let status = *s;
        let checked = form.status == status;
        let onchange = {
            let form = form.clone();
            Callback::from(move |_: Event| {
                let mut next = (*form).clone();
                next.status = status;
                form.set(next);
            })
        };
        let class = if checked {
            "fc-option fc-checked"
        } else {
            "fc-option"
        };
        html! {
            <label class={class} key={s.as_str()}>
                <input type="radio" name={format!("{p}-check-in-status")} value={s.as_str()} {checked} {onchange} />
                <span class="fc-option-label">{ words.goal_status(status) }</span>
            </label>
        }
    });
    let submit = {
        let (form, goal, ctx, ins) = (form.clone(), goal.clone(), ctx.clone(), ins.clone());
        let current = current.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = (*form).clone();
            let mut next_goal = current.clone();
            let result = add_check_in(
                &mut next_goal,
                clock::new_id(),
                clock::now(),
                &next.note,
                next.status,
            );
            if let Err(e) = result {
                let why = e.text(lang);
                next.error = Some(why.clone());
                next.attempts += 1;
                form.set(next);
                ctx.dispatch
                    .emit(Action::Say(Message::Error(words.check_in_refused(&why))));
                return;
            }
            match goal_store::save_goal(&ctx.store, &ins, &next_goal) {
                Ok(()) => {
                    goal.set(Some(next_goal.clone()));
                    next.note.clear();
                    next.error = None;
                    form.set(next);
                    ctx.dispatch.emit(Action::Say(Message::Info(
                        words.check_in_added(next_goal.status()),
                    )));
                }
                Err(e) => ctx.dispatch.emit(Action::Say(Message::Error(
                    words.check_in_not_saved(&e.text(lang)),
                ))),
            }
        })
    };
    let delete = {
        let (ctx, on_show, id) = (ctx.clone(), props.on_show.clone(), current.id.clone());
        Callback::from(move |()| match goal_store::remove_goal(&ctx.store, &id) {
            Ok(()) => {
                ctx.dispatch
                    .emit(Action::Say(Message::Info(words.goal_deleted().into())));
                on_show.emit(GrowthView::Home);
            }
            Err(e) => ctx.dispatch.emit(Action::Say(Message::Error(
                words.goal_not_deleted(&e.text(lang)),
            ))),
        })
    };
    let edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let check_ins = current.check_ins.iter().map(|c| {
        html! {
            <li key={c.id.clone()}>
                <p class="fc-check-in-head">{ words.check_in_head(c.at.date(), c.status) }</p>
                <p class="fc-check-in-note">{ c.note.clone() }</p>
            </li>
        }
    });
    let note_id = format!("{p}-check-in-note");
    let note_error_id = format!("{note_id}-error");
    let (moved_id, check_ins_id) = (format!("{p}-goal-moved"), format!("{p}-goal-check-ins"));
    let why = (!current.relevant.is_empty()).then(|| format!(" — {}", current.relevant));

    html! {
        <div class="fc-screen fc-goal fc-goal-detail">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ words.goal_heading() }</h2>
            <p class="fc-muted">{ words.goal_set_on(current.created_at.date(), &focus) }</p>
            <p class="fc-goal-status">{ words.goal_status_line(current.status(), current.due, today) }</p>
            <dl class="fc-goal-parts">
                <div>
                    <dt>{ words.smart_part(SmartPart::Specific) }</dt>
                    <dd>{ current.specific.clone() }</dd>
                </div>
                <div>
                    <dt>{ words.smart_part(SmartPart::Measurable) }</dt>
                    <dd>{ words.measure_and_target(&current.measure, &current.target) }</dd>
                </div>
                <div>
                    <dt>{ words.smart_part(SmartPart::Achievable) }</dt>
                    <dd>{ current.achievable.clone() }</dd>
                </div>
                <div>
                    <dt>{ words.smart_part(SmartPart::Relevant) }</dt>
                    <dd>{ practice_title.clone() }{ for why }</dd>
                </div>
                <div>
                    <dt>{ words.smart_part(SmartPart::TimeBound) }</dt>
                    <dd>{ words.reach_by(current.due) }</dd>
                </div>
            </dl>
            <section aria-labelledby={moved_id.clone()}>
                <h3 id={moved_id}>{ words.moved_heading() }</h3>
                <p class="fc-goal-movement">{ words.movement(&movement, &practice_title) }</p>
            </section>
            <section aria-labelledby={check_ins_id.clone()}>
                <h3 id={check_ins_id}>{ words.check_ins_heading() }</h3>
                if current.check_ins.is_empty() {
                    <p>{ words.no_check_ins() }</p>
                } else {
                    <ol class="fc-check-ins">{ for check_ins }</ol>
                }
                <form class="fc-check-in-form" onsubmit={submit} novalidate=true>
                    <div class="fc-comment">
                        <label for={note_id.clone()}>{ words.check_in_note_label() }</label>
                        <textarea id={note_id} ref={note_ref} rows="3" maxlength={MAX_NOTE_CHARS.to_string()} value={form.note.clone()} oninput={on_note} aria-invalid={form.error.as_ref().map(|_| "true")} aria-describedby={form.error.as_ref().map(|_| note_error_id.clone())} />
                        if let Some(error) = form.error.clone() {
                            <p class="fc-field-error" id={note_error_id.clone()}>{ error }</p>
                        }
                    </div>
                    <fieldset class="fc-statement">
                        <legend>{ words.status_legend() }</legend>
                        <div class="fc-scale">{ for radios }</div>
                    </fieldset>
                    <p class="fc-hint">{ words.check_in_dated(today) }</p>
                    <button type="submit" class="fc-button fc-primary">{ words.add_check_in() }</button>
                </form>
            </section>
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={back}>{ words.back_to_growth() }</button>
                <button type="button" class="fc-button" onclick={edit}>{ words.edit_goal() }</button>
                <ConfirmButton label={words.delete_goal()} question={words.delete_goal_question()} confirm_label={words.delete_goal_confirm()} danger=true on_confirm={delete} />
            </div>
        </div>
    }
}
