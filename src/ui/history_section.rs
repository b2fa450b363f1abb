//! The history section of the growth page: every completed self-assessment's scores over
//! time (small line charts and a table) with the change since the previous take and the
//! practices that moved most; what to do when there are no takes, or only one, yet.
use super::app::Ctx;
use super::history_chart::{HistoryChart, HistoryLine};
use super::hooks::use_lang;
use crate::domain::history::{history, History, Measure};
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistorySectionProps {
    pub ctx: Ctx,
}

/// How many practices the "moved most" sentence names.
const MOVED_MOST: usize = 3;

fn score_text(v: Option<f64>, lang: Lang) -> String {
    v.map_or_else(
        || lang.growth().no_answers().to_string(),
        |v| lang.one_decimal(v),
    )
}

/// Every row of the table and chart: the practices in questionnaire order, then the indexes.
fn measures(ctx: &Ctx, lang: Lang) -> Vec<(String, Measure)> {
    let practices = ctx.instrument().practices();
    let mut rows: Vec<(String, Measure)> = practices
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("{}. {}", i + 1, p.title), Measure::Practice(i)))
        .collect();
    rows.push((lang.growth().technical_index().into(), Measure::Technical));
    rows.push((lang.growth().leadership_index().into(), Measure::Leadership));
    rows
}

/// "Continuous learning +1.0 (up), People skills −0.4 (down)", or a sentence saying nothing
/// moved.
fn moved_most_text(h: &History, ctx: &Ctx, lang: Lang) -> String {
    let practices = ctx.instrument().practices();
    let Some(since) = h.previous().map(|t| t.completed_at.date()) else {
        return String::new();
    };
    let moved: Vec<(String, _)> = h
        .moved_most(MOVED_MOST)
        .into_iter()
        .map(|(i, c)| (practices[i].title.clone(), c))
        .collect();
    lang.growth().moved_most(since, &moved)
}

#[component]
pub fn HistorySection(props: &HistorySectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = use_lang();
    let words = lang.growth();
    let h = history(ctx.instrument(), &ctx.state.session.completed);
    let heading_id = format!("{}-history", ctx.prefix);
    let body = match h.takes.len() {
        0 => html! {
            <>
                <p>{ words.history_empty() }</p>
                <p><a class="fc-button fc-primary" href="index.html">{ words.take_assessment() }</a></p>
            </>
        },
        1 => one_take(&h, ctx, lang),
        _ => many_takes(&h, ctx, lang),
    };
    html! {
        <section class="fc-history" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ words.history_heading() }</h3>
            { body }
        </section>
    }
}

fn one_take(h: &History, ctx: &Ctx, lang: Lang) -> Html {
    let words = lang.growth();
    let Some(take) = h.latest() else {
        return html! {};
    };
    let day = take.completed_at.date();
    let rows = measures(ctx, lang).into_iter().map(|(label, m)| {
        html! {
            <tr key={label.clone()}>
                <th scope="row">{ label }</th>
                <td>{ score_text(take.score(m), lang) }</td>
            </tr>
        }
    });
    html! {
        <>
            <p>{ words.one_take(day) }</p>
            <table class="fc-table fc-history-table">
                <caption>{ words.one_take_caption() }</caption>
                <thead><tr><th scope="col">{ words.practice_column() }</th><th scope="col">{ lang.date(day) }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p><a class="fc-button" href="index.html">{ words.take_again() }</a></p>
        </>
    }
}

fn many_takes(h: &History, ctx: &Ctx, lang: Lang) -> Html {
    let words = lang.growth();
    let dates: Vec<_> = h.takes.iter().map(|t| t.completed_at).collect();
    let (Some(first), Some(last)) = (dates.first(), dates.last()) else {
        return html! {};
    };
    let lines: Vec<HistoryLine> = measures(ctx, lang)
        .iter()
        .map(|(label, m)| HistoryLine {
            label: label.clone(),
            scores: h.series(*m).into_iter().map(|(_, s)| s).collect(),
            change: h.change(*m),
        })
        .collect();
    let head = dates
        .iter()
        .map(|t| html! { <th scope="col">{ lang.date(t.date()) }</th> });
    let rows = lines.iter().map(|line| {
        let cells = line
            .scores
            .iter()
            .map(|s| html! { <td>{ score_text(*s, lang) }</td> });
        html! {
            <tr key={line.label.clone()}>
                <th scope="row">{ line.label.clone() }</th>
                { for cells }
                <td class="fc-history-change">{ line.change.as_ref().map_or_else(|| "—".to_string(), |c| words.change(c)) }</td>
            </tr>
        }
    });
    html! {
        <>
            <p>{ words.many_takes(h.takes.len(), first.date(), last.date()) }</p>
            <p class="fc-history-moved">{ moved_most_text(h, ctx, lang) }</p>
            <HistoryChart dates={dates.clone()} lines={lines.clone()} />
            <div class="fc-table-scroll" tabindex="0" role="region" aria-label={words.history_table_label()}>
                <table class="fc-table fc-history-table">
                    <caption>{ words.history_table_caption() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ words.practice_column() }</th>
                            { for head }
                            <th scope="col">{ words.change_column() }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </>
    }
}
