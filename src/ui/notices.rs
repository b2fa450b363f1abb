//! Standing notices about storage: nothing is being saved, or saved data was set aside
//! because it could not be read (offered for download, or to discard).
use super::app::Ctx;
use super::hooks::use_lang;
use super::state::{Action, Message};
use crate::browser::download;
use crate::browser::persistence::Quarantined;
use crate::format::self_assessment::SelfAssessment;
use crate::i18n::Localized;
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
    let lang = use_lang();
    let common = lang.common();
    let blocked = ctx.store.unavailable().map(|_| {
        let export = ctx.state.session.draft.clone().map(|d| {
            let ctx = ctx.clone();
            let onclick = Callback::from(move |_: MouseEvent| ctx.export(&SelfAssessment::InProgress(d.clone())));
            html! { <button type="button" class="fc-button" {onclick}>{ common.download_answers_so_far() }</button> }
        });
        html! {
            <div class="fc-notice fc-warning">
                <p>
                    <strong>{ common.nothing_saved() }</strong>
                    { common.storage_blocked() }
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
                                Ok(()) => Message::Info(common.downloaded(&name)),
                                Err(e) => Message::Error(e.text(lang)),
                            }
                        }
                        Ok(None) => Message::Error(common.no_longer_stored().into()),
                        Err(e) => Message::Error(e.text(lang)),
                    };
                    ctx.dispatch.emit(Action::Say(message));
                })
            };
            let discard = props.on_discard.reform(move |_: MouseEvent| record.clone());
            let reason = q.reason.as_ref().map(|r| common.set_aside_reason(&r.text(lang)));
            html! {
                <li key={q.record.clone()}>
                    { common.unreadable_data(&q.record) }
                    { for reason }
                    <button type="button" class="fc-button" onclick={download}>{ common.download_it() }</button>
                    <button type="button" class="fc-button" onclick={discard}>{ common.discard_it() }</button>
                </li>
            }
        });
        html! {
            <div class="fc-notice">
                <p>{ common.set_aside_intro() }</p>
                <ul>{ for items }</ul>
            </div>
        }
    });
    html! { <>{ for blocked }{ for set_aside }</> }
}
