//! The user's data on the growth page: the ratings as CSV, a backup of everything, and
//! restoring a backup (checked completely first, merged without overwriting anything here).
use super::app::Ctx;
use super::state::{Action, Message};
use crate::browser::files::{read_chosen, Chosen};
use crate::browser::{backup, clock, download};
use crate::domain::Intent;
use crate::format::backup::{file_name, Outcome, Record, RestorePlan};
use crate::format::{csv_export, MAX_FILE_BYTES};
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

fn download_csv(ctx: &Ctx) {
    let completed = &ctx.state.session.completed;
    let responses = backup::stored_responses(&ctx.store, ctx.instrument());
    let rows = csv_export::row_count(completed, &responses);
    if rows == 0 {
        return say(ctx, Message::Info("There are no ratings to download yet: complete a self-assessment, or add colleagues' responses on the peer feedback page.".into()));
    }
    let message = match csv_export::encode(ctx.instrument(), completed, &responses) {
        Err(e) => Message::Error(format!(
            "The CSV file could not be made ({e}). Nothing was downloaded; try again."
        )),
        Ok(text) => {
            let name = csv_export::file_name(clock::now().date());
            match download::offer(&name, &text, "text/csv") {
                Ok(()) => Message::Info(format!("Downloaded {name}: {rows} ratings.")),
                Err(e) => Message::Error(e.to_string()),
            }
        }
    };
    say(ctx, message);
}

fn download_backup(ctx: &Ctx) {
    let now = clock::now();
    let made = match backup::make(&ctx.store, ctx.instrument(), &clock::new_id(), now) {
        Ok(made) => made,
        Err(e) => {
            return say(
                ctx,
                Message::Error(format!(
                    "The backup could not be made: what is stored here could not be read ({}). Reload the page and try again.",
                    backup::refusal(&e)
                )),
            )
        }
    };
    if made.records == 0 {
        return say(
            ctx,
            Message::Info(
                "There is nothing to back up yet: Fulcrum has saved nothing in this browser."
                    .into(),
            ),
        );
    }
    let text = made.envelope.to_text();
    let name = file_name(now);
    if let Err(e) = download::offer(&name, &text, "application/json") {
        return say(ctx, Message::Error(e.to_string()));
    }
    let mut note = format!("Downloaded {name}: {} records.", made.records);
    if !made.set_aside.is_empty() {
        let names: Vec<&str> = made.set_aside.iter().map(|s| s.record.as_str()).collect();
        note.push_str(&format!(
            " {} record(s) could not be read ({}); they are in the backup unchanged, as set-aside records.",
            names.len(),
            names.join(", ")
        ));
    }
    if text.len() > MAX_FILE_BYTES {
        note.push_str(&format!(
            " It is larger than the {} MB that Fulcrum reads back, so this version cannot restore it: keep it, and download your assessments one by one as well.",
            MAX_FILE_BYTES / 1_048_576
        ));
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

fn restore(ctx: &Ctx, file: &str, text: &str, restored: &UseStateHandle<Option<Restored>>) {
    match backup::restore(&ctx.store, ctx.instrument(), text, clock::now()) {
        Ok(plan) => {
            adopt(ctx, &plan);
            let summary = plan.summary();
            say(ctx, Message::Info(format!("Restored {file}. {summary}")));
            restored.set(Some(Restored {
                file: file.to_string(),
                summary,
                kept: plan
                    .with(Outcome::KeptYours)
                    .map(Record::describe)
                    .collect(),
            }));
        }
        Err(e @ backup::RestoreError::Write { .. }) => say(
            ctx,
            Message::Error(format!("{file} was only partly restored. {e}")),
        ),
        Err(e) => say(ctx, Message::Error(format!("{file} was not restored. {e}"))),
    }
}

#[component]
pub fn DataSection(props: &DataSectionProps) -> Html {
    let ctx = &props.ctx;
    let reader = use_mut_ref(|| None::<FileReader>);
    let restored = use_state(|| None::<Restored>);
    let heading = format!("{}-data", ctx.prefix);
    let input_id = format!("{}-restore", ctx.prefix);
    let on_csv = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| download_csv(&ctx))
    };
    let on_backup = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| download_backup(&ctx))
    };
    let on_restore = {
        let (ctx, restored) = (ctx.clone(), restored.clone());
        Callback::from(move |e: Event| {
            let (reading, restored) = (ctx.clone(), restored.clone());
            let chosen = read_chosen(&e, move |name, result| match result {
                Ok(text) => restore(&reading, &name, &text, &restored),
                Err(e) => say(
                    &reading,
                    Message::Error(format!(
                        "{name} was not restored: {e}. Nothing was changed."
                    )),
                ),
            });
            match chosen {
                Chosen::Reading(task) => *reader.borrow_mut() = Some(task),
                Chosen::Refused { name, reason } => say(
                    &ctx,
                    Message::Error(format!(
                        "{name} was not restored. {reason} Nothing was changed."
                    )),
                ),
                Chosen::Nothing => {}
            }
        })
    };
    html! {
        <section class="fc-data" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ "Your data" }</h3>
            <p>{ "Everything stays in this browser. Download your ratings for a spreadsheet, or a backup of everything to keep or to move to another browser; restoring a backup adds what is missing and never overwrites what is here." }</p>
            <div class="fc-actions">
                <button type="button" class="fc-button" onclick={on_csv}>{ "Download ratings as CSV" }</button>
                <button type="button" class="fc-button" onclick={on_backup}>{ "Download a backup of everything" }</button>
            </div>
            <div class="fc-import">
                <label for={input_id.clone()}>{ "Restore from a backup (.json) downloaded from Fulcrum" }</label>
                <input id={input_id} type="file" accept=".json,application/json" onchange={on_restore} />
            </div>
            if let Some(r) = &*restored {
                <div class="fc-restored">
                    <p>{ format!("Last restore, from {}: {}", r.file, r.summary) }</p>
                    if !r.kept.is_empty() {
                        <p>{ "Kept as they are here (the backup's copy differs, and nothing here is overwritten):" }</p>
                        <ul>
                            { for r.kept.iter().map(|k| html! { <li>{ k.clone() }</li> }) }
                        </ul>
                    }
                </div>
            }
        </section>
    }
}
