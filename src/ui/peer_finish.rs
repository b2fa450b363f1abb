//! The colleague's last steps: what is still unanswered, then the response as a file and as a
//! code to paste, and what happens next.
use super::hooks::{use_focus_on_mount, use_lang};
use crate::browser::{download, page};
use crate::domain::peer_draft::{PeerDraft, PeerStep};
use crate::domain::Instrument;
use crate::format::peer_response;
use crate::i18n::Localized;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeerFinishProps {
    pub instrument: Rc<Instrument>,
    pub draft: PeerDraft,
    pub prefix: AttrValue,
    pub focus: bool,
    pub on_change: Callback<PeerDraft>,
    /// A sentence for the live regions: `Ok` information, `Err` a problem.
    pub on_say: Callback<Result<String, String>>,
    pub on_leave: Callback<()>,
}

#[component]
pub fn PeerFinish(props: &PeerFinishProps) -> Html {
    let heading = use_focus_on_mount(props.focus);
    let lang = use_lang();
    let t = lang.feedback();
    let ins = &props.instrument;
    let d = &props.draft;
    let name = d.request.subject_name.clone();
    let go = |step: PeerStep| {
        let (draft, on_change, ins) = (d.clone(), props.on_change.clone(), ins.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = draft.clone();
            next.go(step, &ins);
            on_change.emit(next);
        })
    };
    let response = d.response(ins);
    if d.step == PeerStep::Review || response.is_err() {
        let missing = d.answers.missing(ins);
        let gaps = missing.iter().map(|m| {
            let p = &ins.practices()[m.practice_index];
            html! {
                <li key={p.id.clone()}>
                    { t.unanswered_in(&p.title, m.statement_ids.len()) }
                    <button type="button" class="fc-button" onclick={go(PeerStep::Practice(m.practice_index))}>{ t.answer_these(&p.title) }</button>
                </li>
            }
        });
        let problem = response.as_ref().err().map(|e| e.text(lang));
        let no_group = d.group.is_none();
        return html! {
            <div class="fc-screen fc-review">
                <h2 class="fc-heading" tabindex="-1" ref={heading}>{ t.review_heading(&name) }</h2>
                if let Some(problem) = problem {
                    <p class="fc-lead">{ problem }</p>
                    <ul class="fc-gaps">{ for gaps }</ul>
                    if no_group {
                        <button type="button" class="fc-button" onclick={go(PeerStep::Intro)}>{ t.choose_group() }</button>
                    }
                } else {
                    <p class="fc-lead">{ t.all_answered() }</p>
                    <div class="fc-actions">
                        <button type="button" class="fc-button fc-primary" onclick={go(PeerStep::Done)}>{ t.create_response() }</button>
                    </div>
                }
                <div class="fc-step-actions">
                    <button type="button" class="fc-button" onclick={go(PeerStep::Practice(ins.practices().len().saturating_sub(1)))}>{ t.back() }</button>
                </div>
            </div>
        };
    }
    let Ok(response) = response else {
        return html! {};
    };
    // Dated by the last change, so every download of the same answers is the same file.
    let envelope = peer_response::encode(ins, &response, d.updated_at);
    let code = peer_response::code(&envelope);
    let text = envelope.to_text();
    let file = peer_response::file_name(&response);
    let save = {
        let (text, file, on_say) = (text.clone(), file.clone(), props.on_say.clone());
        Callback::from(move |_: MouseEvent| {
            on_say.emit(
                download::offer(&file, &text, "application/json")
                    .map(|()| lang.feedback().downloaded(&file))
                    .map_err(|e| e.text(lang)),
            )
        })
    };
    let copy = {
        let (code, on_say) = (code.clone(), props.on_say.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, on_say) = (code.clone(), on_say.clone());
            wasm_bindgen_futures::spawn_local(async move {
                on_say.emit(
                    page::copy(&code)
                        .await
                        .map(|()| lang.feedback().code_copied().to_string())
                        .map_err(|e| e.text(lang)),
                );
            });
        })
    };
    let code_id = format!("{}-response-code", props.prefix);
    let named = response.rater_name.clone();
    html! {
        <div class="fc-screen fc-peer-done">
            <h2 class="fc-heading" tabindex="-1" ref={heading}>{ t.ready_heading(&name) }</h2>
            <p class="fc-lead">{ t.send_lead(&name) }</p>
            <p>{ t.response_contents(response.group, named.as_deref()) }</p>
            <div class="fc-actions">
                <button type="button" class="fc-button fc-primary" onclick={save}>{ t.download_response() }</button>
                <button type="button" class="fc-button" onclick={copy}>{ t.copy_code() }</button>
            </div>
            <div class="fc-comment">
                <label for={code_id.clone()}>{ t.code_label() }</label>
                <textarea id={code_id} class="fc-code" rows="4" readonly=true value={code} />
            </div>
            <div class="fc-step-actions">
                <button type="button" class="fc-button" onclick={go(PeerStep::Review)}>{ t.change_answers() }</button>
                <button type="button" class="fc-button" onclick={props.on_leave.reform(|_: MouseEvent| ())}>{ t.done() }</button>
            </div>
        </div>
    }
}
