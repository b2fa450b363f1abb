//! The user's data on the growth page: the ratings as CSV, a backup of everything, and
//! restoring a backup (checked completely first, merged without overwriting anything here).
use super::app::Ctx;
use super::hooks::use_lang;
use super::state::{Action, Message};
use crate::browser::files::{read_chosen, Chosen};
use crate::browser::{backup, clock, download};
use crate::domain::Intent;
use crate::format::backup::{file_name, Outcome, RestorePlan};
use crate::format::{csv_export, MAX_FILE_BYTES};
use crate::i18n::{Lang, Localized};
use gloo::file::callbacks::FileReader;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataSectionProps {
    pub ctx: Ctx,
}

/// What the last restore did, kept on the page after the status line moves on.
#[derive(Clone, PartialEq)]
struct Restored {
    file: String,
    summary: String,
    kept: Vec<String>,
}

fn say(ctx: &Ctx, message: Message) {
    ctx.dispatch.emit(Action::Say(message));
}

fn download_csv(ctx: &Ctx, lang: Lang) {
    let words = lang.growth();
    let completed = &ctx.state.session.completed;
    let responses = backup::stored_responses(&ctx.store, ctx.instrument());
    let rows = csv_export::row_count(completed, &responses);
    if rows == 0 {
        return say(ctx, Message::Info(words.no_ratings().into()));
    }
    let message = match csv_export::encode(ctx.instrument(), completed, &responses) {
        Err(e) => Message::Error(words.csv_failed(&e.to_string())),
        Ok(text) => {
            let name = csv_export::file_name(clock::now().date());
            match download::offer(&name, &text, "text/csv") {
                Ok(()) => Message::Info(words.csv_downloaded(&name, rows)),
                Err(e) => Message::Error(e.text(lang)),
            }
        }
    };
    say(ctx, message);
}

fn download_backup(ctx: &Ctx, lang: Lang) {
    let words = lang.growth();
    let now = clock::now();
    let made = match backup::make(&ctx.store, ctx.instrument(), &clock::new_id(), now) {
        Ok(made) => made,
        Err(e) => {
            return say(
                ctx,
                Message::Error(words.backup_failed(&backup::refusal_in(&e, lang))),
            )
        }
    };
    if made.records == 0 {
        return say(ctx, Message::Info(words.nothing_to_back_up().into()));
    }
    let text = made.envelope.to_text();
    let name = file_name(now);
    if let Err(e) = download::offer(&name, &text, "application/json") {
        return say(ctx, Message::Error(e.text(lang)));
    }
    let mut note = words.backup_downloaded(&name, made.records);
    if !made.set_aside.is_empty() {
        let names: Vec<&str> = made.set_aside.iter().map(|s| s.record.as_str()).collect();
        note.push_str(&words.backup_set_aside(&names));
    }
    if text.len() > MAX_FILE_BYTES {
        note.push_str(&words.backup_too_large(MAX_FILE_BYTES / 1_048_576));
    }
    say(ctx, Message::Info(note));
}

/// Brings the session up to date with what the restore wrote, so the restored takes show at
/// once. The session's autosave then finds them already stored and removes nothing (it
/// removes only takes the session itself dropped). The user's place stays where it was,
/// unless there was none stored and the backup brought one.
fn adopt(ctx: &Ctx, plan: &RestorePlan) {
    let session = &ctx.state.session;
    let place = plan
        .added_position()
        .unwrap_or_else(|| session.screen.clone());
    for take in plan.added_assessments() {
        if session.find(&take.id).is_none() {
            ctx.dispatch.emit(Action::Intent(Intent::Import(take)));
        }
    }
    if let Some(draft) = plan.added_draft().filter(|_| session.draft.is_none()) {
        ctx.dispatch
            .emit(Action::Intent(Intent::ImportDraft(draft)));
    }
    ctx.dispatch.emit(Action::Intent(Intent::Show(place)));
}

fn restore(
    ctx: &Ctx,
    file: &str,
    text: &str,
    restored: &UseStateHandle<Option<Restored>>,
    lang: Lang,
) {
    let words = lang.growth();
    match backup::restore(&ctx.store, ctx.instrument(), text, clock::now()) {
        Ok(plan) => {
            adopt(ctx, &plan);
            let summary = words.restore_summary(&plan);
            say(ctx, Message::Info(words.restored(file, &summary)));
            restored.set(Some(Restored {
                file: file.to_string(),
                summary,
                kept: plan
                    .with(Outcome::KeptYours)
                    .map(|r| words.record(r))
                    .collect(),
            }));
        }
        Err(e @ backup::RestoreError::Write { .. }) => say(
            ctx,
            Message::Error(words.partly_restored(file, &e.text(lang))),
        ),
        Err(e) => say(ctx, Message::Error(words.not_restored(file, &e.text(lang)))),
    }
}

#[component]
pub fn DataSection(props: &DataSectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let words = lang.growth();
    let reader = use_mut_ref(|| None::<FileReader>);
    let restored = use_state(|| None::<Restored>);
    let heading = format!("{}-data", ctx.prefix);
    let input_id = format!("{}-restore", ctx.prefix);
    let on_csv = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| download_csv(&ctx, lang))
    };
    let on_backup = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| download_backup(&ctx, lang))
    };
    let on_restore = {
        let (ctx, restored) = (ctx.clone(), restored.clone());
        Callback::from(move |e: Event| {
            let (reading, restored) = (ctx.clone(), restored.clone());
            let chosen = read_chosen(&e, move |name, result| match result {
                Ok(text) => restore(&reading, &name, &text, &restored, lang),
                Err(e) => say(&reading, Message::Error(words.restore_not_read(&name, &e))),
            });
            match chosen {
                Chosen::Reading(task) => *reader.borrow_mut() = Some(task),
                Chosen::Refused { name, reason } => say(
                    &ctx,
                    Message::Error(words.restore_refused(&name, &reason.text(lang))),
                ),
                Chosen::Nothing => {}
            }
        })
    };
    html! {
        <section class="fc-data" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ words.data_heading() }</h3>
            <p>{ words.data_intro() }</p>
            <div class="fc-actions">
                <button type="button" class="fc-button" onclick={on_csv}>{ words.download_csv() }</button>
                <button type="button" class="fc-button" onclick={on_backup}>{ words.download_backup() }</button>
            </div>
            <div class="fc-import">
                <label for={input_id.clone()}>{ words.restore_label() }</label>
                <input id={input_id} type="file" accept=".json,application/json" onchange={on_restore} />
            </div>
            if let Some(r) = &*restored {
                <div class="fc-restored">
                    <p>{ words.last_restore(&r.file, &r.summary) }</p>
                    if !r.kept.is_empty() {
                        <p>{ words.kept_heading() }</p>
                        <ul>
                            { for r.kept.iter().map(|k| html! { <li>{ k.clone() }</li> }) }
                        </ul>
                    }
                </div>
            }
        </section>
    }
}
