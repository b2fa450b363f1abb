//! The history section of the growth page: every completed self-assessment's scores over
//! time (small line charts and a table) with the change since the previous take and the
//! practices that moved most; what to do when there are no takes, or only one, yet.
use super::app::Ctx;
use super::history_chart::{HistoryChart, HistoryLine};
use crate::domain::history::{history, Change, History, Measure};
use crate::domain::scoring::one_decimal;
use crate::domain::session::describe_date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistorySectionProps {
    pub ctx: Ctx,
}

/// How many practices the "moved most" sentence names.
const MOVED_MOST: usize = 3;

fn score_text(v: Option<f64>) -> String {
    v.map_or_else(|| "no answers".to_string(), one_decimal)
}

/// Every row of the table and chart: the practices in questionnaire order, then the indexes.
fn measures(ctx: &Ctx) -> Vec<(String, Measure)> {
    let practices = ctx.instrument().practices();
    let mut rows: Vec<(String, Measure)> = practices
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("{}. {}", i + 1, p.title), Measure::Practice(i)))
        .collect();
    rows.push(("Technical index".into(), Measure::Technical));
    rows.push(("Leadership index".into(), Measure::Leadership));
    rows
}

/// "Continuous learning +1.0 (up), People skills −0.4 (down)", or a sentence saying nothing
/// moved.
fn moved_most_text(h: &History, ctx: &Ctx) -> String {
    let practices = ctx.instrument().practices();
    let since = h
        .previous()
        .map(|t| describe_date(t.completed_at))
        .unwrap_or_default();
    let moved: Vec<String> = h
        .moved_most(MOVED_MOST)
        .into_iter()
        .map(|(i, c)| format!("{} {}", practices[i].title, c.describe()))
        .collect();
    if moved.is_empty() {
        format!("No practice moved since your take of {since}.")
    } else {
        format!(
            "Moved most since your take of {since}: {}.",
            moved.join(", ")
        )
    }
}

#[component]
pub fn HistorySection(props: &HistorySectionProps) -> Html {
    let ctx = &props.ctx;
    let h = history(ctx.instrument(), &ctx.state.session.completed);
    let heading_id = format!("{}-history", ctx.prefix);
    let body = match h.takes.len() {
        0 => html! {
            <>
                <p>{ "You have not completed the self-assessment on this device yet. Once you have, this shows each practice's score and how it changes every time you take it again." }</p>
                <p><a class="fc-button fc-primary" href="index.html">{ "Take the self-assessment" }</a></p>
            </>
        },
        1 => one_take(&h, ctx),
        _ => many_takes(&h, ctx),
    };
    html! {
        <section class="fc-history" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ "Your results over time" }</h3>
            { body }
        </section>
    }
}

fn one_take(h: &History, ctx: &Ctx) -> Html {
    let Some(take) = h.latest() else {
        return html! {};
    };
    let date = describe_date(take.completed_at);
    let rows = measures(ctx).into_iter().map(|(label, m)| {
        html! {
            <tr key={label.clone()}>
                <th scope="row">{ label }</th>
                <td>{ score_text(take.score(m)) }</td>
            </tr>
        }
    });
    html! {
        <>
            <p>{ format!("One self-assessment so far, completed on {date}. Take it again to see change: each practice's score is then set beside this one.") }</p>
            <table class="fc-table fc-history-table">
                <caption>{ "Score per practice and the two indexes, from 1 (never or almost never) to 5 (almost always)" }</caption>
                <thead><tr><th scope="col">{ "Practice" }</th><th scope="col">{ date }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p><a class="fc-button" href="index.html">{ "Take it again" }</a></p>
        </>
    }
}

fn many_takes(h: &History, ctx: &Ctx) -> Html {
    let dates: Vec<_> = h.takes.iter().map(|t| t.completed_at).collect();
    let (first, last) = (
        dates
            .first()
            .copied()
            .map(describe_date)
            .unwrap_or_default(),
        dates.last().copied().map(describe_date).unwrap_or_default(),
    );
    let lines: Vec<HistoryLine> = measures(ctx)
        .iter()
        .map(|(label, m)| HistoryLine {
            label: label.clone(),
            scores: h.series(*m).into_iter().map(|(_, s)| s).collect(),
            change: h.change(*m),
        })
        .collect();
    let head = dates
        .iter()
        .map(|t| html! { <th scope="col">{ describe_date(*t) }</th> });
    let rows = lines.iter().map(|line| {
        let cells = line
            .scores
            .iter()
            .map(|s| html! { <td>{ score_text(*s) }</td> });
        html! {
            <tr key={line.label.clone()}>
                <th scope="row">{ line.label.clone() }</th>
                { for cells }
                <td class="fc-history-change">{ line.change.as_ref().map_or_else(|| "—".to_string(), Change::describe) }</td>
            </tr>
        }
    });
    html! {
        <>
            <p>{ format!("{} self-assessments, from {first} to {last}. Scores run from 1 (never or almost never) to 5 (almost always).", h.takes.len()) }</p>
            <p class="fc-history-moved">{ moved_most_text(h, ctx) }</p>
            <HistoryChart dates={dates.clone()} lines={lines.clone()} />
            <div class="fc-table-scroll" tabindex="0" role="region" aria-label="Scores at each take">
                <table class="fc-table fc-history-table">
                    <caption>{ "Score per practice and the two indexes at each take, oldest first, and the change since the previous take" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Practice" }</th>
                            { for head }
                            <th scope="col">{ "Change since previous" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </>
    }
}
