//! Writing a SMART goal, or editing one: what it is about (weakest practices and 360 blind spots
//! offered first), the five parts in fieldsets of their own, the article's suggestions as a
//! start, and every missing or weak part named beside its field.
use super::app::Ctx;
use super::hooks::{use_focus_on_mount, use_lang};
use super::state::{Action, Message};
use crate::browser::{clock, feedback_store, goal_store, page};
use crate::domain::feedback::report;
use crate::domain::goal::{
    self, suggestions, Goal, GoalDraft, GoalField, GoalFocus, GoalIssue, GoalProblem, Severity,
    SmartPart, MAX_PART_CHARS,
};
use crate::domain::scoring::Results;
use crate::domain::Instrument;
use crate::format::envelope::parse_date;
use crate::format::goal::date_text;
use crate::i18n::Localized;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalBuilderProps {
    pub ctx: Ctx,
    /// A practice or statement id to start from (`growth.html#goal=<id>`).
    #[prop_or_default]
    pub focus: Option<String>,
    /// The goal being edited; a new goal is written when there is none.
    #[prop_or_default]
    pub goal: Option<Goal>,
    /// Called with the goal's id once it is saved.
    pub on_saved: Callback<String>,
    pub on_cancel: Callback<()>,
}

#[derive(Clone, PartialEq)]
struct Form {
    draft: GoalDraft,
    due_text: String,
    /// Index of the chosen suggestion among the linked practice's.
    suggestion: usize,
    problems: Vec<GoalProblem>,
    /// Counts save attempts, so focus moves to the first flagged field after each one renders.
    attempts: u32,
}

/// What to offer first in the focus list.
#[derive(Clone, PartialEq, Default)]
struct Suggested {
    /// Weakest practices of the latest take, lowest first, with their scores.
    weakest: Vec<(usize, f64)>,
    /// Blind spots of the latest 360 report that has responses: statement ids and gaps.
    blind_spots: Vec<(String, f64)>,
}

fn suggested(ctx: &Ctx) -> Suggested {
    let ins = ctx.instrument();
    let latest = ctx.state.session.latest();
    let weakest = latest.map_or_else(Vec::new, |take| {
        let results = Results::compute(ins, &take.answers);
        results
            .weakest()
            .into_iter()
            .filter_map(|i| results.practices[i].mean.map(|m| (i, m)))
            .collect()
    });
    let now = clock::now();
    let blind_spots = feedback_store::requests(&ctx.store, ins)
        .iter()
        .rev()
        .map(|r| feedback_store::responses(&ctx.store, ins, &r.id, now).counted())
        .find(|counted| !counted.is_empty())
        .map_or_else(Vec::new, |counted| {
            let r = report(ins, latest.map(|t| &t.answers), &counted);
            r.blind_spots
                .iter()
                .filter_map(|&n| r.statements.get(n))
                .map(|s| (s.statement_id.clone(), s.figures.gap.unwrap_or_default()))
                .collect()
        });
    Suggested {
        weakest,
        blind_spots,
    }
}

/// The focus list's value for a focus: its kind and id, since a practice and a statement could
/// share an id.
fn focus_key(focus: &GoalFocus) -> String {
    format!("{}:{}", focus.kind(), focus.id())
}

fn focus_of(instrument: &Instrument, key: &str) -> Option<GoalFocus> {
    let focus = match key.split_once(':')? {
        ("practice", id) => GoalFocus::Practice(id.to_string()),
        ("statement", id) => GoalFocus::Statement(id.to_string()),
        _ => return None,
    };
    focus.practice_id(instrument).map(|_| focus)
}

fn practice_title<'i>(instrument: &'i Instrument, id: &str) -> &'i str {
    instrument
        .practice_index(id)
        .map_or("", |i| instrument.practices()[i].title.as_str())
}

/// A select's change, applied to the form.
fn on_select(
    form: &UseStateHandle<Form>,
    change: impl Fn(&mut Form, String) + 'static,
) -> Callback<Event> {
    let form = form.clone();
    Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let mut next = (*form).clone();
        change(&mut next, select.value());
        form.set(next);
    })
}

/// The element id of a field.
fn field_id(prefix: &str, field: GoalField) -> String {
    format!("{prefix}-goal-{}", field.as_str())
}

#[component]
pub fn GoalBuilder(props: &GoalBuilderProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let words = lang.growth();
    let ins = ctx.state.instrument.clone();
    let heading = use_focus_on_mount(true);
    let form = {
        let (ins, focus, goal) = (ins.clone(), props.focus.clone(), props.goal.clone());
        use_state(move || {
            let draft = match (&goal, focus) {
                (Some(g), _) => GoalDraft::of(g),
                (None, Some(id)) => GoalDraft::about(&ins, &id),
                (None, None) => GoalDraft::default(),
            };
            Form {
                due_text: draft.due.map(date_text).unwrap_or_default(),
                draft,
                suggestion: 0,
                problems: Vec::new(),
                attempts: 0,
            }
        })
    };
    let offered = {
        let ctx = ctx.clone();
        use_memo((), move |_| suggested(&ctx))
    };
    let p = ctx.prefix.clone();

    // Selects show what the form holds even after the user changed them (an option's
    // `selected` attribute no longer moves a select the user has touched).
    let focus_select = use_node_ref();
    let practice_select = use_node_ref();
    {
        let (focus_select, practice_select) = (focus_select.clone(), practice_select.clone());
        let values = (
            form.draft.focus.as_ref().map(focus_key).unwrap_or_default(),
            form.draft.practice_id.clone(),
        );
        use_effect_with(values, move |(focus, practice)| {
            for (node, value) in [(&focus_select, focus), (&practice_select, practice)] {
                if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                    select.set_value(value);
                }
            }
        });
    }
    // After a save attempt, the first flagged field gets focus.
    {
        let (problems, p) = (form.problems.clone(), p.clone());
        use_effect_with(form.attempts, move |attempts| {
            let first = GoalField::ALL
                .into_iter()
                .find(|f| problems.iter().any(|x| x.field == *f));
            if let (true, Some(field)) = (*attempts > 0, first) {
                let element = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&field_id(&p, field)))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(e) = element {
                    let _ = e.focus();
                }
            }
        });
    }

    let update = |change: fn(&mut Form, String)| {
        let form = form.clone();
        move |value: String| {
            let mut next = (*form).clone();
            change(&mut next, value);
            form.set(next);
        }
    };
    let on_input = |change: fn(&mut Form, String)| {
        let update = update(change);
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            update(input.value());
        })
    };
    let on_text = |change: fn(&mut Form, String)| {
        let update = update(change);
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            update(area.value());
        })
    };
    let on_focus = {
        let ins = ins.clone();
        on_select(&form, move |f, key| {
            f.draft.set_focus(&ins, focus_of(&ins, &key));
            f.suggestion = 0;
        })
    };
    let on_practice = on_select(&form, |f, id| {
        f.draft.practice_id = id;
        f.suggestion = 0;
    });
    let on_suggestion = on_select(&form, |f, n| f.suggestion = n.parse().unwrap_or(0));

    let practice_suggestions = suggestions(&ins, &form.draft.practice_id).to_vec();
    let use_suggestion = |as_step: bool| {
        let (form, dispatch, list) = (
            form.clone(),
            ctx.dispatch.clone(),
            practice_suggestions.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(text) = list.get(form.suggestion) else {
                return;
            };
            let mut next = (*form).clone();
            let note = if as_step {
                next.draft.add_suggestion_as_step(text);
                words.suggestion_added()
            } else {
                next.draft.use_suggestion_as_specific(text);
                words.suggestion_used()
            };
            form.set(next);
            dispatch.emit(Action::Say(Message::Info(note.into())));
        })
    };

    // Checks and saves; `as_it_is` saves despite weak parts (blocking ones still stop it).
    let save = {
        let (form, ctx, ins, editing, on_saved) = (
            form.clone(),
            ctx.clone(),
            ins.clone(),
            props.goal.clone(),
            props.on_saved.clone(),
        );
        move |as_it_is: bool| {
            let now = clock::now();
            let mut next = (*form).clone();
            let due_text = next.due_text.trim().to_string();
            next.draft.due = parse_date(&due_text);
            let mut problems = match &editing {
                Some(g) => goal::validate_edit(g, &next.draft, &ins, now.date()),
                None => goal::validate(&next.draft, &ins, now.date()),
            };
            if !due_text.is_empty() && next.draft.due.is_none() {
                problems.retain(|x| x.field != GoalField::Due);
                problems.push(GoalProblem::new(
                    GoalField::Due,
                    Severity::Blocking,
                    GoalIssue::DueUnreadable,
                ));
            }
            let blocked = problems.iter().any(|x| x.severity == Severity::Blocking);
            if blocked || (!as_it_is && !problems.is_empty()) {
                let summary: Vec<String> =
                    problems.iter().map(|x| words.problem_summary(x)).collect();
                let text = if blocked {
                    words.goal_blocked(problems.len(), &summary.join(" "))
                } else {
                    words.goal_weak(problems.len(), &summary.join(" "))
                };
                next.problems = problems;
                next.attempts += 1;
                form.set(next);
                ctx.dispatch.emit(Action::Say(Message::Error(text)));
                return;
            }
            let built = match &editing {
                Some(g) => goal::revise(g, &next.draft, &ins, now),
                None => goal::create(&next.draft, &ins, clock::new_id(), now),
            };
            let Ok(saved) = built else {
                return;
            };
            match goal_store::save_goal(&ctx.store, &ins, &saved) {
                Ok(()) => {
                    // The address's #goal=… would open a new goal again on reload.
                    page::clear_fragment();
                    ctx.dispatch.emit(Action::Say(Message::Info(
                        words.goal_saved(editing.is_some()).into(),
                    )));
                    on_saved.emit(saved.id);
                }
                Err(e) => ctx.dispatch.emit(Action::Say(Message::Error(
                    words.goal_not_saved(&e.text(lang)),
                ))),
            }
        }
    };
    let submit = {
        let save = save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            save(false);
        })
    };
    let save_as_it_is = Callback::from(move |_: MouseEvent| save(true));

    // Problems beside their fields.
    let messages = |field: GoalField| -> Vec<&GoalProblem> {
        form.problems.iter().filter(|x| x.field == field).collect()
    };
    let error_id = |field: GoalField| format!("{}-error", field_id(&p, field));
    let note = |field: GoalField| {
        let found = messages(field);
        (!found.is_empty()).then(|| {
            let weak = found.iter().all(|x| x.severity == Severity::Weak);
            let text: Vec<String> = found.iter().map(|x| words.goal_issue(&x.issue)).collect();
            let class = if weak {
                "fc-field-weak"
            } else {
                "fc-field-error"
            };
            html! { <p class={class} id={error_id(field)}>{ text.join(" ") }</p> }
        })
    };
    let described = |field: GoalField| (!messages(field).is_empty()).then(|| error_id(field));
    let invalid = |field: GoalField| {
        messages(field)
            .iter()
            .any(|x| x.severity == Severity::Blocking)
            .then_some("true")
    };
    let id = |field: GoalField| field_id(&p, field);

    // The focus list: suggested first, then every practice and every statement.
    let chosen = form.draft.focus.as_ref().map(focus_key).unwrap_or_default();
    let option = |key: String, label: String| {
        let selected = key == chosen;
        html! { <option value={key} {selected}>{ label }</option> }
    };
    let practices = ins.practices();
    let weakest = offered.weakest.iter().map(|&(i, mean)| {
        option(
            focus_key(&GoalFocus::Practice(practices[i].id.clone())),
            words.weakest_option(&practices[i].title, mean),
        )
    });
    let blind = offered.blind_spots.iter().filter_map(|(sid, gap)| {
        let focus = GoalFocus::Statement(sid.clone());
        let practice = focus.practice_id(&ins)?;
        Some(option(
            focus_key(&focus),
            words.blind_spot_option(&focus.describe(&ins), practice_title(&ins, practice), *gap),
        ))
    });
    let every_practice = practices.iter().map(|pr| {
        option(
            focus_key(&GoalFocus::Practice(pr.id.clone())),
            pr.title.clone(),
        )
    });
    let statements = practices.iter().map(|pr| {
        let items = pr.statements.iter().map(|s| {
            option(
                focus_key(&GoalFocus::Statement(s.id.clone())),
                s.self_text.clone(),
            )
        });
        html! { <optgroup label={words.statements_of(&pr.title)}>{ for items }</optgroup> }
    });
    let practice_options = practices.iter().map(|pr| {
        let selected = pr.id == form.draft.practice_id;
        html! { <option value={pr.id.clone()} {selected}>{ pr.title.clone() }</option> }
    });
    let suggestion_options = practice_suggestions.iter().enumerate().map(|(n, s)| {
        html! { <option value={n.to_string()} selected={n == form.suggestion}>{ s.clone() }</option> }
    });
    let linked_title = practice_title(&ins, &form.draft.practice_id).to_string();
    let max = MAX_PART_CHARS.to_string();
    let today = clock::now().date();
    let min_due = props.goal.is_none().then(|| date_text(today));
    let only_weak =
        !form.problems.is_empty() && form.problems.iter().all(|x| x.severity == Severity::Weak);
    let title = if props.goal.is_some() {
        words.edit_goal_heading()
    } else {
        words.set_goal_heading()
    };
    let suggestion_id = format!("{p}-goal-suggestion");

    html! {
        <div class="fc-screen fc-goal fc-goal-builder">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ title }</h2>
            <p class="fc-lead">{ words.goal_form_lead() }</p>
            <form onsubmit={submit} novalidate=true>
                <div class="fc-comment">
                    <label for={id(GoalField::Focus)}>{ words.focus_label() }</label>
                    <select id={id(GoalField::Focus)} ref={focus_select} onchange={on_focus} aria-invalid={invalid(GoalField::Focus)} aria-describedby={described(GoalField::Focus)}>
                        <option value="" selected={chosen.is_empty()}>{ words.focus_placeholder() }</option>
                        if !offered.weakest.is_empty() {
                            <optgroup label={words.weakest_group()}>{ for weakest }</optgroup>
                        }
                        if !offered.blind_spots.is_empty() {
                            <optgroup label={words.blind_spots_group()}>{ for blind }</optgroup>
                        }
                        <optgroup label={words.all_practices_group()}>{ for every_practice }</optgroup>
                        { for statements }
                    </select>
                    { for note(GoalField::Focus) }
                </div>
                <fieldset class="fc-statement fc-goal-part">
                    <legend>{ words.smart_part(SmartPart::Specific) }</legend>
                    <div class="fc-comment">
                        <label for={id(GoalField::Specific)}>{ words.specific_label() }</label>
                        <textarea id={id(GoalField::Specific)} rows="3" maxlength={max.clone()} value={form.draft.specific.clone()} oninput={on_text(|f, v| f.draft.specific = v)} aria-invalid={invalid(GoalField::Specific)} aria-describedby={described(GoalField::Specific)} />
                        { for note(GoalField::Specific) }
                    </div>
                    if practice_suggestions.is_empty() {
                        <p class="fc-hint">{ words.suggestions_hint() }</p>
                    } else {
                        <div class="fc-goal-suggest">
                            <label for={suggestion_id.clone()}>{ words.suggestion_label(&linked_title) }</label>
                            <select id={suggestion_id} onchange={on_suggestion}>{ for suggestion_options }</select>
                            <div class="fc-actions">
                                <button type="button" class="fc-button" onclick={use_suggestion(false)}>{ words.use_as_specific() }</button>
                                <button type="button" class="fc-button" onclick={use_suggestion(true)}>{ words.add_as_step() }</button>
                            </div>
                        </div>
                    }
                </fieldset>
                <fieldset class="fc-statement fc-goal-part">
                    <legend>{ words.smart_part(SmartPart::Measurable) }</legend>
                    <div class="fc-comment">
                        <label for={id(GoalField::Measure)}>{ words.measure_label() }</label>
                        <input id={id(GoalField::Measure)} type="text" maxlength={max.clone()} value={form.draft.measure.clone()} oninput={on_input(|f, v| f.draft.measure = v)} aria-invalid={invalid(GoalField::Measure)} aria-describedby={described(GoalField::Measure)} />
                        { for note(GoalField::Measure) }
                    </div>
                    <div class="fc-comment">
                        <label for={id(GoalField::Target)}>{ words.target_label() }</label>
                        <input id={id(GoalField::Target)} type="text" maxlength={max.clone()} value={form.draft.target.clone()} oninput={on_input(|f, v| f.draft.target = v)} aria-invalid={invalid(GoalField::Target)} aria-describedby={described(GoalField::Target)} />
                        { for note(GoalField::Target) }
                    </div>
                </fieldset>
                <fieldset class="fc-statement fc-goal-part">
                    <legend>{ words.smart_part(SmartPart::Achievable) }</legend>
                    <div class="fc-comment">
                        <label for={id(GoalField::Achievable)}>{ words.achievable_label() }</label>
                        <textarea id={id(GoalField::Achievable)} rows="4" maxlength={max.clone()} value={form.draft.achievable.clone()} oninput={on_text(|f, v| f.draft.achievable = v)} aria-invalid={invalid(GoalField::Achievable)} aria-describedby={described(GoalField::Achievable)} />
                        { for note(GoalField::Achievable) }
                    </div>
                </fieldset>
                <fieldset class="fc-statement fc-goal-part">
                    <legend>{ words.smart_part(SmartPart::Relevant) }</legend>
                    <div class="fc-comment">
                        <label for={id(GoalField::Practice)}>{ words.practice_label() }</label>
                        <select id={id(GoalField::Practice)} ref={practice_select} onchange={on_practice} aria-invalid={invalid(GoalField::Practice)} aria-describedby={described(GoalField::Practice)}>
                            <option value="" selected={form.draft.practice_id.is_empty()}>{ words.practice_placeholder() }</option>
                            { for practice_options }
                        </select>
                        { for note(GoalField::Practice) }
                    </div>
                    <div class="fc-comment">
                        <label for={id(GoalField::Relevant)}>{ words.relevant_label() }</label>
                        <textarea id={id(GoalField::Relevant)} rows="2" maxlength={max} value={form.draft.relevant.clone()} oninput={on_text(|f, v| f.draft.relevant = v)} aria-invalid={invalid(GoalField::Relevant)} aria-describedby={described(GoalField::Relevant)} />
                        { for note(GoalField::Relevant) }
                    </div>
                </fieldset>
                <fieldset class="fc-statement fc-goal-part">
                    <legend>{ words.smart_part(SmartPart::TimeBound) }</legend>
                    <div class="fc-comment">
                        <label for={id(GoalField::Due)}>{ words.due_label() }</label>
                        <input id={id(GoalField::Due)} type="date" min={min_due} value={form.due_text.clone()} oninput={on_input(|f, v| f.due_text = v)} aria-invalid={invalid(GoalField::Due)} aria-describedby={described(GoalField::Due)} />
                        { for note(GoalField::Due) }
                    </div>
                </fieldset>
                <div class="fc-step-actions">
                    <button type="button" class="fc-button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ words.cancel() }</button>
                    if only_weak {
                        <button type="button" class="fc-button" onclick={save_as_it_is}>{ words.save_as_it_is() }</button>
                    }
                    <button type="submit" class="fc-button fc-primary">{ words.save_goal() }</button>
                </div>
            </form>
        </div>
    }
}
