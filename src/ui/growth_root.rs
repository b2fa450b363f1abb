//! The growth page (growth.html): history of completed takes, SMART goals with check-ins, the
//! mentor report, a mentor opening a report file, and the user's data (CSV, backup). Each part
//! is its own component; this one only chooses which is shown.
use super::app::{Ctx, Parts};
use super::data_section::DataSection;
use super::goal_builder::GoalBuilder;
use super::goal_detail::GoalDetail;
use super::goals_section::GoalsSection;
use super::history_section::HistorySection;
use super::hooks::use_lang;
use super::mentor_report::MentorReportView;
use super::mentor_view::MentorView;
use super::report_section::ReportSection;
use crate::browser::page;
use yew::prelude::*;

pub fn render(parts: Parts) -> Html {
    html! { <GrowthRoot ctx={parts.ctx} /> }
}

/// Which screen of the growth page is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum GrowthView {
    /// History, goals and the ways to share or save them.
    Home,
    /// Writing a new goal (optionally about a practice or statement, by id), or editing one.
    NewGoal { focus: Option<String> },
    /// One goal, by id: its parts and check-ins.
    Goal(String),
    /// The printable mentor report of this person's own data.
    Report,
    /// A report file someone else made, read-only and never mixed into this person's data.
    Mentor,
}

/// The view the address asks for: `#goal=<practice or statement id>` starts a goal about it
/// (the results and the 360 report link here), `#mentor` opens the mentor view.
fn view_from_fragment(fragment: &str) -> GrowthView {
    let fragment = fragment.trim_start_matches('#');
    if let Some(focus) = fragment.strip_prefix("goal=") {
        return GrowthView::NewGoal {
            focus: Some(focus.to_string()).filter(|f| !f.is_empty()),
        };
    }
    if fragment == "mentor" {
        return GrowthView::Mentor;
    }
    GrowthView::Home
}

#[derive(Properties, PartialEq)]
pub struct GrowthRootProps {
    pub ctx: Ctx,
}

#[component]
pub fn GrowthRoot(props: &GrowthRootProps) -> Html {
    let ctx = &props.ctx;
    let words = use_lang().growth();
    let view = use_state(|| view_from_fragment(&page::fragment()));
    let show = {
        let view = view.clone();
        Callback::from(move |v: GrowthView| {
            if v == GrowthView::Home {
                page::clear_fragment();
            }
            view.set(v)
        })
    };
    let _ = (ctx, &show);
    match &*view {
        // growth-view: Home
        GrowthView::Home => html! {
            <>
                <h2>{ words.page_heading() }</h2>
                <p><a href="index.html">{ words.back_to_assessment() }</a></p>
                <HistorySection ctx={ctx.clone()} />
                <GoalsSection ctx={ctx.clone()} on_show={show.clone()} />
                <ReportSection ctx={ctx.clone()} on_show={show.clone()} />
                <DataSection ctx={ctx.clone()} />
            </>
        },
        // growth-view: NewGoal
        GrowthView::NewGoal { focus } => html! {
            <GoalBuilder ctx={ctx.clone()} focus={focus.clone()} on_saved={show.reform(GrowthView::Goal)} on_cancel={show.reform(|()| GrowthView::Home)} />
        },
        // growth-view: Goal
        GrowthView::Goal(id) => html! {
            <GoalDetail key={id.clone()} ctx={ctx.clone()} goal_id={id.clone()} on_show={show.clone()} />
        },
        // growth-view: Report
        GrowthView::Report => html! {
            <MentorReportView ctx={ctx.clone()} on_back={show.reform(|()| GrowthView::Home)} />
        },
        // growth-view: Mentor
        GrowthView::Mentor => html! {
            <MentorView ctx={ctx.clone()} on_back={show.reform(|()| GrowthView::Home)} />
        },
    }
}
