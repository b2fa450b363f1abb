//! The mentor report on the growth page's home: preparing a report of one's own data, and
//! opening a report someone else shared.
use super::app::Ctx;
use super::growth_root::GrowthView;
use super::hooks::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportSectionProps {
    pub ctx: Ctx,
    pub on_show: Callback<GrowthView>,
}

#[component]
pub fn ReportSection(props: &ReportSectionProps) -> Html {
    let words = use_lang().growth();
    let heading = format!("{}-report-section", props.ctx.prefix);
    let prepare = props.on_show.reform(|_: MouseEvent| GrowthView::Report);
    let open = props.on_show.reform(|_: MouseEvent| GrowthView::Mentor);
    html! {
        <section class="fc-report-section" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ words.report_section_heading() }</h3>
            <p>{ words.report_section_intro() }</p>
            <p>{ words.report_section_received() }</p>
            <div class="fc-actions">
                <button type="button" class="fc-button" onclick={prepare}>{ words.prepare_report() }</button>
                <button type="button" class="fc-button" onclick={open}>{ words.open_received() }</button>
            </div>
        </section>
    }
}
