//! Standing notices about storage: nothing is being saved, or saved data was set aside
//! because it could not be read (offered for download, or to discard).
use super::app::Ctx;
use super::state::{Action, Message};
use crate::browser::download;
use crate::browser::persistence::Quarantined;
use crate::format::self_assessment::SelfAssessment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub ctx: Ctx,
    pub quarantined: Vec<Quarantined>,
    pub on_discard: Callback<String>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let ctx = &props.ctx;
    let blocked = ctx.store.unavailable().map(|_| {
        let export = ctx.state.session.draft.clone().map(|d| {
            let ctx = ctx.clone();
            let onclick = Callback::from(move |_: MouseEvent| ctx.export(&SelfAssessment::InProgress(d.clone())));
            html! { <button type="button" class="fc-button" {onclick}>{ "Download answers so far" }</button> }
        });
        html! {
            <div class="fc-notice fc-warning">
                <p>
                    <strong>{ "Nothing is being saved. " }</strong>
                    { "This browser does not let Fulcrum use storage here (as in private windows or sandboxed frames). You can still answer everything, but your answers will be gone when you close this page: download them before you leave." }
                </p>
                { for export }
            </div>
        }
    });
    let set_aside = (!props.quarantined.is_empty()).then(|| {
        let items = props.quarantined.iter().map(|q| {
            let record = q.record.clone();
            let download = {
                let (ctx, record) = (ctx.clone(), record.clone());
                Callback::from(move |_: MouseEvent| {
                    let message = match ctx.store.get(&record) {
                        Ok(Some(text)) => {
                            let name = format!("fulcrum-set-aside-{}.json", record.replace('/', "-"));
                            match download::offer(&name, &text, "application/json") {
                                Ok(()) => Message::Info(format!("Downloaded {name}.")),
                                Err(e) => Message::Error(e.to_string()),
                            }
                        }
                        Ok(None) => Message::Error("That data is no longer stored.".into()),
                        Err(e) => Message::Error(e.to_string()),
                    };
                    ctx.dispatch.emit(Action::Say(message));
                })
            };
            let discard = props.on_discard.reform(move |_: MouseEvent| record.clone());
            let reason = q.reason.clone().map(|r| format!(" Reason: {r}"));
            html! {
                <li key={q.record.clone()}>
                    { format!("Unreadable data ({}).", q.record) }
                    { for reason }
                    <button type="button" class="fc-button" onclick={download}>{ "Download it" }</button>
                    <button type="button" class="fc-button" onclick={discard}>{ "Discard it" }</button>
                </li>
            }
        });
        html! {
            <div class="fc-notice">
                <p>{ "Some saved data could not be read, so Fulcrum set it aside unchanged and started without it. Download it to keep it, or discard it." }</p>
                <ul>{ for items }</ul>
            </div>
        }
    });
    html! { <>{ for blocked }{ for set_aside }</> }
}
