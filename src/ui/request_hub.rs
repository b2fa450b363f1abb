//! One feedback request, for the person who sent it: the link and file to send, adding
//! responses with a result per file, the responses kept (and conflicts to resolve), and the
//! 360 report.
use super::app::Ctx;
use super::feedback_report::FeedbackReport;
use super::hooks::use_focus_on_mount;
use super::response_import::{ImportInput, ResponseImport};
use super::state::{Action, Message};
use crate::browser::{clock, download, feedback_store, page};
use crate::domain::feedback::{report, ImportOutcome, ResponseSet};
use crate::domain::session::describe_date;
use crate::format::{feedback_request, peer_response};
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
    outcome: &'static str,
    detail: String,
}

#[component]
pub fn RequestHub(props: &RequestHubProps) -> Html {
    let ctx = &props.ctx;
    let heading = use_focus_on_mount(true);
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
                <h2 class="fc-heading" tabindex="-1" ref={heading}>{ "This feedback request is not here" }</h2>
                <button type="button" class="fc-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ "Back to the start" }</button>
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
                        .map(|()| "The link was copied.".to_string()),
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
                    .map(|()| format!("Downloaded {name}."))
                    .map_err(|e| e.to_string()),
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
            let mut next = (*set).clone();
            let mut results = Vec::new();
            for (source, text) in inputs {
                let (outcome, detail) = match text
                    .map_err(|e| format!("{source} was not read. {e}"))
                    .and_then(|t| peer_response::decode(&ins, &t, now).map_err(|e| e.to_string()))
                {
                    Err(why) => ("Rejected", why),
                    Ok(r) => {
                        let group = r.group.label();
                        match next.add(r) {
                            Ok(ImportOutcome::Added) => ("Added", format!("A response from the group {group}.")),
                            Ok(ImportOutcome::AlreadyImported) => ("Already imported", "This response is already here; nothing was changed.".to_string()),
                            Ok(ImportOutcome::Conflict) => ("Conflict", "A different response with the same number is already here. Both are kept: choose one below.".to_string()),
                            Err(e) => ("Rejected", e.to_string()),
                        }
                    }
                };
                results.push(ImportRow {
                    source,
                    outcome,
                    detail,
                });
            }
            let added = results.iter().filter(|r| r.outcome == "Added").count();
            match feedback_store::save_responses(&store, &ins, &next) {
                Ok(()) => {
                    set.set(next);
                    dispatch.emit(Action::Say(Message::Info(format!(
                        "{} input(s) checked, {added} response(s) added.",
                        results.len()
                    ))));
                }
                Err(e) => dispatch.emit(Action::Say(Message::Error(format!(
                    "The responses could not be saved: {e}"
                )))),
            }
            rows.set(results);
        })
    };
    let result_rows = rows.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">{ r.source.clone() }</th>
                <td>{ r.outcome }</td>
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
            let result = next.remove(&id).map_err(|e| e.to_string()).and_then(|()| {
                feedback_store::save_responses(&store, &ins, &next).map_err(|e| e.to_string())
            });
            match result {
                Ok(()) => {
                    set.set(next);
                    dispatch.emit(Action::Say(Message::Info(
                        "The response was removed.".into(),
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
                .map_err(|e| e.to_string())
                .and_then(|()| {
                    let kept = next.responses().iter().find(|r| r.id == id).cloned();
                    if let (true, Some(kept)) = (keep_new, kept) {
                        feedback_store::replace_response(&store, &ins, &kept)
                            .map_err(|e| e.to_string())?;
                    }
                    feedback_store::save_responses(&store, &ins, &next).map_err(|e| e.to_string())
                });
            match result {
                Ok(()) => set.set(next),
                Err(e) => dispatch.emit(Action::Say(Message::Error(e))),
            }
        })
    };
    let responses = set.responses().iter().map(|r| {
        let short: String = r.id.chars().take(8).collect();
        let who = r.rater_name.clone().map_or_else(|| "anonymous".to_string(), |n| format!("from {n}"));
        let conflict = set.is_conflicted(&r.id).then(|| html! {
            <span class="fc-conflict">
                { " Another copy with different answers is waiting. " }
                <button type="button" class="fc-button" onclick={resolve(r.id.clone(), false)}>{ "Keep this one" }</button>
                <button type="button" class="fc-button" onclick={resolve(r.id.clone(), true)}>{ "Use the new copy" }</button>
            </span>
        });
        html! {
            <li key={r.id.clone()}>
                { format!("{} · response {short} · {who} ", r.group.label()) }
                <button type="button" class="fc-button" onclick={remove(r.id.clone())}>{ format!("Remove response {short}") }</button>
                { for conflict }
            </li>
        }
    });
    let self_answers = ctx.state.session.latest().map(|c| c.answers.clone());
    let the_report = Rc::new(report(&ins, self_answers.as_ref(), &set.counted()));
    let p = &ctx.prefix;
    let groups: Vec<&str> = request.groups.iter().map(|g| g.label()).collect();
    html! {
        <div class="fc-screen fc-request-hub">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ format!("Feedback for {}", request.subject_name) }</h2>
            <p class="fc-muted">
                { format!("Request of {}, asking: {}.", describe_date(request.created_at), groups.join(", ")) }
                { for request.due.map(|d| format!(" Due {} {} {}.", d.day(), d.month(), d.year())) }
            </p>
            if self_answers.is_none() {
                <p class="fc-notice">{ "Complete your own self-assessment to see your ratings beside theirs and the gaps between them." }</p>
            }
            <section aria-labelledby={format!("{p}-send")}>
                <h3 id={format!("{p}-send")}>{ "Send the request" }</h3>
                <p>{ "Send this link to the people you ask. The request travels inside the link itself (after the #), so it never reaches a server." }</p>
                <div class="fc-comment">
                    <label for={format!("{p}-link")}>{ "Link to the request" }</label>
                    <input id={format!("{p}-link")} class="fc-code" type="text" readonly=true value={link} />
                </div>
                <div class="fc-actions">
                    <button type="button" class="fc-button fc-primary" onclick={copy_link}>{ "Copy the link" }</button>
                    <button type="button" class="fc-button" onclick={save_file}>{ "Download the request file" }</button>
                </div>
            </section>
            <section aria-labelledby={format!("{p}-add")}>
                <h3 id={format!("{p}-add")}>{ "Add responses" }</h3>
                <ResponseImport prefix={AttrValue::from(p.clone())} {on_import} />
                if !rows.is_empty() {
                    <table class="fc-table fc-import-results">
                        <caption>{ "What happened to each file or code" }</caption>
                        <thead><tr><th scope="col">{ "File or code" }</th><th scope="col">{ "Result" }</th><th scope="col">{ "Why" }</th></tr></thead>
                        <tbody>{ for result_rows }</tbody>
                    </table>
                }
            </section>
            <section aria-labelledby={format!("{p}-kept")}>
                <h3 id={format!("{p}-kept")}>{ format!("Responses ({})", set.responses().len()) }</h3>
                if set.responses().is_empty() {
                    <p>{ "None yet." }</p>
                } else {
                    <ul class="fc-responses">{ for responses }</ul>
                }
            </section>
            <section aria-labelledby={format!("{p}-report")}>
                <h3 id={format!("{p}-report")}>{ "Your 360 report" }</h3>
                <FeedbackReport instrument={ins.clone()} report={the_report} subject_name={request.subject_name.clone()} prefix={format!("{p}-r")} />
            </section>
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ "Back to the start" }</button>
            </div>
        </div>
    }
}
