//! The mentor report on the growth page's home: preparing a report of one's own data, and
//! opening a report someone else shared.
use super::app::Ctx;
use super::growth_root::GrowthView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportSectionProps {
    pub ctx: Ctx,
    pub on_show: Callback<GrowthView>,
}

#[component]
pub fn ReportSection(props: &ReportSectionProps) -> Html {
    let heading = format!("{}-report-section", props.ctx.prefix);
    let prepare = props.on_show.reform(|_: MouseEvent| GrowthView::Report);
    let open = props.on_show.reform(|_: MouseEvent| GrowthView::Mentor);
    html! {
        <section class="fc-report-section" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ "Share with your mentor" }</h3>
            <p>{ "A report of your results, your progress over time, your colleagues' feedback and your goals: print it, save it as a PDF, or send the report file. You choose whether comments and statement-level scores go in." }</p>
            <p>{ "If a mentee sent you a report file, open it here to read it. It is shown read-only and nothing from it is saved in your data." }</p>
            <div class="fc-actions">
                <button type="button" class="fc-button" onclick={prepare}>{ "Prepare a report for your mentor" }</button>
                <button type="button" class="fc-button" onclick={open}>{ "Open a report you received" }</button>
            </div>
        </section>
    }
}
