//! One feedback request, for the person who sent it: the link and file to send, adding
//! responses with a result per file, the responses kept (and conflicts to resolve), and the
//! 360 report.
use super::app::Ctx;
use super::feedback_report::FeedbackReport;
use super::hooks::{use_focus_on_mount, use_lang};
use super::response_import::{ImportInput, ResponseImport};
use super::state::{Action, Message};
use crate::browser::{clock, download, feedback_store, page};
use crate::domain::feedback::{report, ImportOutcome, ResponseSet};
use crate::format::{feedback_request, peer_response};
use crate::i18n::feedback::ImportResult;
use crate::i18n::Localized;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequestHubProps {
    pub ctx: Ctx,
    pub request_id: AttrValue,
    pub on_back: Callback<()>,
}

/// What happened to one file or code.
#[derive(Clone, PartialEq)]
struct ImportRow {
    source: String,
    outcome: ImportResult,
    detail: String,
}

#[component]
pub fn RequestHub(props: &RequestHubProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(true);
    let lang = use_lang();
    let t = lang.feedback();
    let ins = ctx.state.instrument.clone();
    let request = {
        let (store, ins, id) = (ctx.store.clone(), ins.clone(), props.request_id.clone());
        use_memo((), move |_| {
            feedback_store::requests(&store, &ins)
                .into_iter()
                .find(|r| r.id == id.as_str())
        })
    };
    let set = {
        let (store, ins, id) = (ctx.store.clone(), ins.clone(), props.request_id.clone());
        use_state(move || feedback_store::responses(&store, &ins, &id, clock::now()))
    };
    let rows = use_state(Vec::<ImportRow>::new);
    let Some(request) = (*request).clone() else {
        return html! {
            <div class="fc-screen">
                <h2 class="fc-heading" tabindex="-1" ref={heading}>{ t.request_missing() }</h2>
                <button type="button" class="fc-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.back_to_start() }</button>
            </div>
        };
    };
    let envelope = feedback_request::encode(&ins, &request);
    let link = feedback_request::link(&page::base_url(), &envelope);
    let say = ctx.dispatch.reform(|r: Result<String, String>| {
        Action::Say(match r {
            Ok(i) => Message::Info(i),
            Err(e) => Message::Error(e),
        })
    });
    let copy_link = {
        let (link, say) = (link.clone(), say.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, say) = (link.clone(), say.clone());
            wasm_bindgen_futures::spawn_local(async move {
                say.emit(
                    page::copy(&link)
                        .await
                        .map(|()| lang.feedback().link_copied().to_string())
                        .map_err(|e| e.text(lang)),
                );
            });
        })
    };
    let save_file = {
        let (text, name, say) = (
            envelope.to_text(),
            feedback_request::file_name(&request),
            say.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            say.emit(
                download::offer(&name, &text, "application/json")
                    .map(|()| lang.feedback().downloaded(&name))
                    .map_err(|e| e.text(lang)),
            );
        })
    };
    let on_import = {
        let (set, rows, store, ins, dispatch) = (
            set.clone(),
            rows.clone(),
            ctx.store.clone(),
            ins.clone(),
            ctx.dispatch.clone(),
        );
        Callback::from(move |inputs: Vec<ImportInput>| {
            let now = clock::now();
            let t = lang.feedback();
            let mut next = (*set).clone();
            let mut results = Vec::new();
            for (source, text) in inputs {
                let (outcome, detail) =
                    match text.map_err(|e| t.not_read(&source, &e)).and_then(|text| {
                        peer_response::decode(&ins, &text, now).map_err(|e| e.text(lang))
                    }) {
                        Err(why) => (ImportResult::Rejected, why),
                        Ok(r) => {
                            let group = r.group;
                            match next.add(r) {
                                Ok(ImportOutcome::Added) => {
                                    (ImportResult::Added, t.added_from(group))
                                }
                                Ok(ImportOutcome::AlreadyImported) => {
                                    (ImportResult::AlreadyImported, t.already_here().to_string())
                                }
                                Ok(ImportOutcome::Conflict) => {
                                    (ImportResult::Conflict, t.conflict_detail().to_string())
                                }
                                Err(e) => (ImportResult::Rejected, e.text(lang)),
                            }
                        }
                    };
                results.push(ImportRow {
                    source,
                    outcome,
                    detail,
                });
            }
            let added = results
                .iter()
                .filter(|r| r.outcome == ImportResult::Added)
                .count();
            match feedback_store::save_responses(&store, &ins, &next) {
                Ok(()) => {
                    set.set(next);
                    dispatch.emit(Action::Say(Message::Info(
                        t.import_summary(results.len(), added),
                    )));
                }
                Err(e) => dispatch.emit(Action::Say(Message::Error(
                    t.responses_not_saved(&e.text(lang)),
                ))),
            }
            rows.set(results);
        })
    };
    let result_rows = rows.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">{ r.source.clone() }</th>
                <td>{ t.import_result(r.outcome) }</td>
                <td class="fc-text-cell">{ r.detail.clone() }</td>
            </tr>
        }
    });
    let remove = |id: String| {
        let (set, store, ins, dispatch) = (
            set.clone(),
            ctx.store.clone(),
            ins.clone(),
            ctx.dispatch.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let mut next = (*set).clone();
            let result = next.remove(&id).map_err(|e| e.text(lang)).and_then(|()| {
                feedback_store::save_responses(&store, &ins, &next).map_err(|e| e.text(lang))
            });
            match result {
                Ok(()) => {
                    set.set(next);
                    dispatch.emit(Action::Say(Message::Info(
                        lang.feedback().response_removed().into(),
                    )));
                }
                Err(e) => dispatch.emit(Action::Say(Message::Error(e))),
            }
        })
    };
    let resolve = |id: String, keep_new: bool| {
        let (set, store, ins, dispatch) = (
            set.clone(),
            ctx.store.clone(),
            ins.clone(),
            ctx.dispatch.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let mut next: ResponseSet = (*set).clone();
            let result = next
                .resolve_conflict(&id, keep_new)
                .map_err(|e| e.text(lang))
                .and_then(|()| {
                    let kept = next.responses().iter().find(|r| r.id == id).cloned();
                    if let (true, Some(kept)) = (keep_new, kept) {
                        feedback_store::replace_response(&store, &ins, &kept)
                            .map_err(|e| e.text(lang))?;
                    }
                    feedback_store::save_responses(&store, &ins, &next).map_err(|e| e.text(lang))
                });
            match result {
                Ok(()) => set.set(next),
                Err(e) => dispatch.emit(Action::Say(Message::Error(e))),
            }
        })
    };
    let responses = set.responses().iter().map(|r| {
        let short: String = r.id.chars().take(8).collect();
        let conflict = set.is_conflicted(&r.id).then(|| html! {
            <span class="fc-conflict">
                { t.conflict_waiting() }
                <button type="button" class="fc-button" onclick={resolve(r.id.clone(), false)}>{ t.keep_this() }</button>
                <button type="button" class="fc-button" onclick={resolve(r.id.clone(), true)}>{ t.use_new_copy() }</button>
            </span>
        });
        html! {
            <li key={r.id.clone()}>
                { t.response_item(r.group, &short, r.rater_name.as_deref()) }
                <button type="button" class="fc-button" onclick={remove(r.id.clone())}>{ t.remove_response(&short) }</button>
                { for conflict }
            </li>
        }
    });
    let self_answers = ctx.state.session.latest().map(|c| c.answers.clone());
    let the_report = Rc::new(report(&ins, self_answers.as_ref(), &set.counted()));
    let p = &ctx.prefix;
    html! {
        <div class="fc-screen fc-request-hub">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ t.feedback_for(&request.subject_name) }</h2>
            <p class="fc-muted">
                { t.request_summary(request.created_at.date(), &request.groups) }
                { for request.due.map(|d| t.due_on(d)) }
            </p>
            if self_answers.is_none() {
                <p class="fc-notice">{ t.complete_self_first() }</p>
            }
            <section aria-labelledby={format!("{p}-send")}>
                <h3 id={format!("{p}-send")}>{ t.send_heading() }</h3>
                <p>{ t.send_text() }</p>
                <div class="fc-comment">
                    <label for={format!("{p}-link")}>{ t.link_label() }</label>
                    <input id={format!("{p}-link")} class="fc-code" type="text" readonly=true value={link} />
                </div>
                <div class="fc-actions">
                    <button type="button" class="fc-button fc-primary" onclick={copy_link}>{ t.copy_link() }</button>
                    <button type="button" class="fc-button" onclick={save_file}>{ t.download_request() }</button>
                </div>
            </section>
            <section aria-labelledby={format!("{p}-add")}>
                <h3 id={format!("{p}-add")}>{ t.add_heading() }</h3>
                <ResponseImport prefix={AttrValue::from(p.clone())} {on_import} />
                if !rows.is_empty() {
                    <table class="fc-table fc-import-results">
                        <caption>{ t.results_caption() }</caption>
                        <thead><tr><th scope="col">{ t.column_source() }</th><th scope="col">{ t.column_result() }</th><th scope="col">{ t.column_why() }</th></tr></thead>
                        <tbody>{ for result_rows }</tbody>
                    </table>
                }
            </section>
            <section aria-labelledby={format!("{p}-kept")}>
                <h3 id={format!("{p}-kept")}>{ t.responses_heading(set.responses().len()) }</h3>
                if set.responses().is_empty() {
                    <p>{ t.none_yet() }</p>
                } else {
                    <ul class="fc-responses">{ for responses }</ul>
                }
            </section>
            <section aria-labelledby={format!("{p}-report")}>
                <h3 id={format!("{p}-report")}>{ t.report_heading() }</h3>
                <FeedbackReport instrument={ins.clone()} report={the_report} subject_name={request.subject_name.clone()} prefix={format!("{p}-r")} />
            </section>
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.back_to_start() }</button>
            </div>
        </div>
    }
}
