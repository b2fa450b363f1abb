//! The mentor report as a document: who and when, the latest results, progress over time, the
//! 360 summary, and goals with their check-ins. Rendered from the report alone (never from this
//! copy's questionnaire or data), so the author's preview, the printout and what a mentor opens
//! from the file are the same. Text from the report is always rendered as text.
use super::gap_chart::{GapChart, GapRow};
use super::history_chart::{HistoryChart, HistoryLine};
use super::hooks::use_lang;
use super::radar_chart::RadarChart;
use crate::domain::goal::SmartPart;
use crate::domain::history::Change;
use crate::domain::mentor_report::{
    FeedbackSummary, Gap, GoalSummary, MentorReport, Notable, PracticeComments,
};
use crate::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportDocumentProps {
    pub report: Rc<MentorReport>,
    /// Unique per widget instance; prefix every element id with it.
    pub prefix: AttrValue,
}

fn score(v: Option<f64>, lang: Lang) -> String {
    v.map_or_else(|| "—".to_string(), |v| lang.one_decimal(v))
}

/// A difference with its sign: "+0.4", "−1.0" (a true minus sign), "0.0"; a dash when missing.
fn signed(v: Option<f64>, lang: Lang) -> String {
    v.map_or_else(|| "—".into(), |v| lang.signed_one_decimal(v))
}

/// A table that scrolls sideways on screen rather than widening the page.
fn scrolling(label: String, table: Html) -> Html {
    html! {
        <div class="fc-table-scroll" tabindex="0" role="region" aria-label={label}>{ table }</div>
    }
}

#[component]
pub fn ReportDocument(props: &ReportDocumentProps) -> Html {
    let lang = use_lang();
    let words = lang.growth();
    let r = &*props.report;
    let q = &r.questionnaire;
    let id = |part: &str| format!("{}-rd-{part}", props.prefix);
    let title = |i: usize| q.practices.get(i).map_or("", |p| p.title.as_str());
    let numbered = |i: usize| format!("{}. {}", i + 1, title(i));
    let practice_title = |practice_id: &str| {
        q.practice_index(practice_id)
            .map_or_else(|| practice_id.to_string(), numbered)
    };
    let statement_text = |statement_id: &str| {
        q.statement(statement_id)
            .map_or_else(|| statement_id.to_string(), |(_, s)| s.text.clone())
    };
    let scale_words = words.report_scale(
        q.scale
            .first()
            .zip(q.scale.last())
            .map(|(low, high)| (low.as_str(), high.as_str())),
    );

    // Who and when.
    let dates: Vec<time::Date> = r.takes.iter().map(|t| t.completed_at.date()).collect();
    let about = html! {
        <section class="fc-report-part fc-report-about" aria-labelledby={id("about")}>
            <h3 id={id("about")}>{ words.report_title(&r.name) }</h3>
            <p>{ words.report_prepared(&r.name, r.generated_at.date()) }</p>
            <p>{ words.report_taken(&dates) }</p>
            <p>{ words.report_questionnaire(&q.title, &q.version.to_string(), &scale_words) }</p>
            <p class="fc-report-included">{ words.report_included(r.included.include_comments, r.included.include_statements) }</p>
        </section>
    };

    // The latest take.
    let latest = match r.latest() {
        None => html! {
            <section class="fc-report-part" aria-labelledby={id("latest")}>
                <h3 id={id("latest")}>{ words.latest_heading() }</h3>
                <p>{ words.no_latest() }</p>
            </section>
        },
        Some(t) => {
            let with_change = r.takes.len() > 1;
            let rows = t.practices.iter().enumerate().map(|(i, s)| {
                html! {
                    <tr key={i}>
                        <th scope="row">{ numbered(i) }</th>
                        <td>{ score(*s, lang) }</td>
                        if with_change {
                            <td>{ signed(r.change(i), lang) }</td>
                        }
                    </tr>
                }
            });
            let statements = r.included.include_statements.then(|| {
                let groups = q.practices.iter().enumerate().map(|(i, p)| {
                    let lines = p.statements.iter().map(|s| {
                        let value = r
                            .latest_statements
                            .iter()
                            .find(|x| x.statement_id == s.id)
                            .and_then(|x| x.score);
                        let words = value
                            .and_then(|v| q.scale.get((v.round() as usize).saturating_sub(1)))
                            .map_or_else(String::new, |w| format!(" ({w})"));
                        html! {
                            <tr key={s.id.clone()}>
                                <th scope="row" class="fc-report-statement">{ s.text.clone() }</th>
                                <td>{ format!("{}{words}", value.map_or_else(|| "—".to_string(), |v| (v.round() as i64).to_string())) }</td>
                            </tr>
                        }
                    });
                    html! {
                        <tbody key={i}>
                            <tr><th scope="rowgroup" colspan="2" class="fc-report-group">{ numbered(i) }</th></tr>
                            { for lines }
                        </tbody>
                    }
                });
                html! {
                    <>
                        <h4>{ words.statement_by_statement() }</h4>
                        { scrolling(words.statement_ratings_label().into(), html! {
                            <table class="fc-table fc-report-table fc-report-statements">
                                <caption>{ words.statement_ratings_caption() }</caption>
                                <thead><tr><th scope="col">{ words.statement_column() }</th><th scope="col">{ words.rating_column() }</th></tr></thead>
                                { for groups }
                            </table>
                        }) }
                    </>
                }
            });
            let comments = r.included.include_comments.then(|| {
                comment_list(
                    &r.latest_comments,
                    &numbered,
                    words.own_comments(),
                    words.no_own_comments(),
                )
            });
            html! {
                <section class="fc-report-part" aria-labelledby={id("latest")}>
                    <h3 id={id("latest")}>{ words.latest_heading_dated(t.completed_at.date()) }</h3>
                    <p class="fc-balance">{ lang.assessment().balance(t.balance()) }</p>
                    <dl class="fc-report-indexes">
                        <div><dt>{ words.technical_index() }</dt><dd>{ words.of_five(&score(t.technical, lang)) }</dd></div>
                        <div><dt>{ words.leadership_index() }</dt><dd>{ words.of_five(&score(t.leadership, lang)) }</dd></div>
                    </dl>
                    <div class="fc-chart-wrap fc-report-chart">
                        <RadarChart labels={q.practices.iter().map(|p| p.title.clone()).collect::<Vec<_>>()} values={t.practices.clone()} />
                    </div>
                    { scrolling(words.scores_table_label().into(), html! {
                        <table class="fc-table fc-report-table fc-report-scores">
                            <caption>{ words.scores_caption() }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ words.practice_column() }</th>
                                    <th scope="col">{ words.score_column() }</th>
                                    if with_change {
                                        <th scope="col">{ words.change_before_column() }</th>
                                    }
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    }) }
                    { for statements }
                    { for comments }
                </section>
            }
        }
    };

    // Progress over time.
    let history = (r.takes.len() > 1).then(|| {
        let heads = r.takes.iter().enumerate().map(|(n, t)| {
            html! { <th key={n} scope="col">{ lang.date(t.completed_at.date()) }</th> }
        });
        let line = |label: String, values: Vec<Option<f64>>| {
            let cells = values
                .into_iter()
                .enumerate()
                .map(|(n, v)| html! { <td key={n}>{ score(v, lang) }</td> });
            html! { <tr><th scope="row">{ label }</th>{ for cells }</tr> }
        };
        let chart_line = |label: String, scores: Vec<Option<f64>>| {
            let change = match scores.as_slice() {
                [.., Some(before), Some(latest)] => Some(Change::between(*before, *latest)),
                _ => None,
            };
            HistoryLine {
                label,
                scores,
                change,
            }
        };
        let mut chart_lines: Vec<HistoryLine> = (0..q.practices.len())
            .map(|i| {
                chart_line(
                    numbered(i),
                    r.takes
                        .iter()
                        .map(|t| t.practices.get(i).copied().flatten())
                        .collect(),
                )
            })
            .collect();
        chart_lines.push(chart_line(
            words.technical_index().into(),
            r.takes.iter().map(|t| t.technical).collect(),
        ));
        chart_lines.push(chart_line(
            words.leadership_index().into(),
            r.takes.iter().map(|t| t.leadership).collect(),
        ));
        let dates: Vec<_> = r.takes.iter().map(|t| t.completed_at).collect();
        let practice_rows = (0..q.practices.len()).map(|i| {
            line(
                numbered(i),
                r.takes
                    .iter()
                    .map(|t| t.practices.get(i).copied().flatten())
                    .collect(),
            )
        });
        html! {
            <section class="fc-report-part" aria-labelledby={id("history")}>
                <h3 id={id("history")}>{ words.progress_heading() }</h3>
                <p>{ words.progress_intro(r.takes.len()) }</p>
                <HistoryChart {dates} lines={chart_lines} />
                { scrolling(words.progress_table_label().into(), html! {
                    <table class="fc-table fc-report-table fc-report-history">
                        <caption>{ words.progress_caption() }</caption>
                        <thead><tr><th scope="col">{ words.practice_column() }</th>{ for heads }</tr></thead>
                        <tbody>
                            { for practice_rows }
                            { line(words.technical_index().into(), r.takes.iter().map(|t| t.technical).collect()) }
                            { line(words.leadership_index().into(), r.takes.iter().map(|t| t.leadership).collect()) }
                        </tbody>
                    </table>
                }) }
            </section>
        }
    });

    let feedback = match &r.feedback {
        Some(fb) => feedback_section(r, fb, &id, &numbered, &statement_text, &props.prefix, lang),
        None => html! {
            <section class="fc-report-part" aria-labelledby={id("feedback")}>
                <h3 id={id("feedback")}>{ words.feedback_heading() }</h3>
                <p>{ words.no_feedback() }</p>
            </section>
        },
    };

    let goals = html! {
        <section class="fc-report-part" aria-labelledby={id("goals")}>
            <h3 id={id("goals")}>{ words.report_goals_heading() }</h3>
            if r.goals.is_empty() {
                <p>{ words.no_goals() }</p>
            } else {
                <ol class="fc-report-goals">
                    { for r.goals.iter().enumerate().map(|(n, g)| goal_item(n, g, &practice_title, &statement_text, lang)) }
                </ol>
            }
        </section>
    };

    html! {
        <article class="fc-report-doc" aria-label={words.report_label()}>
            { about }
            { latest }
            { for history }
            { feedback }
            { goals }
        </article>
    }
}

fn comment_list(
    comments: &[PracticeComments],
    numbered: &dyn Fn(usize) -> String,
    heading: &str,
    none: &str,
) -> Html {
    if comments.is_empty() {
        return html! {
            <>
                <h4>{ heading.to_string() }</h4>
                <p>{ none.to_string() }</p>
            </>
        };
    }
    let groups = comments.iter().map(|c| {
        let items = c
            .texts
            .iter()
            .enumerate()
            .map(|(n, t)| html! { <li key={n}>{ t.clone() }</li> });
        html! {
            <div key={c.practice_index} class="fc-report-comment-group">
                <h5>{ numbered(c.practice_index) }</h5>
                <ul class="fc-comments">{ for items }</ul>
            </div>
        }
    });
    html! {
        <>
            <h4>{ heading.to_string() }</h4>
            { for groups }
        </>
    }
}

fn gap_cells(g: &Gap, lang: Lang) -> Html {
    html! {
        <>
            <td>{ score(g.self_score, lang) }</td>
            <td>{ score(g.others, lang) }</td>
            <td>{ signed(g.gap, lang) }</td>
        </>
    }
}

fn feedback_section(
    r: &MentorReport,
    fb: &FeedbackSummary,
    id: &dyn Fn(&str) -> String,
    numbered: &dyn Fn(usize) -> String,
    statement_text: &dyn Fn(&str) -> String,
    prefix: &AttrValue,
    lang: Lang,
) -> Html {
    let words = lang.growth();
    let total: usize = fb.groups.iter().map(|g| g.responses).sum();
    let group_rows = fb.groups.iter().map(|g| {
        html! {
            <tr key={g.group.as_str()}>
                <th scope="row">{ lang.common().rater_group(g.group) }</th>
                <td>{ g.responses.to_string() }</td>
                <td class="fc-text-cell">{ words.shown_as(g.visibility, g.responses) }</td>
            </tr>
        }
    });
    let withheld = (fb.withheld_responses > 0).then(|| {
        html! {
            <p>{ words.withheld(fb.withheld_responses) }</p>
        }
    });
    let practice_rows = fb.practices.iter().enumerate().map(|(i, g)| {
        html! {
            <tr key={i}>
                <th scope="row">{ numbered(i) }</th>
                { gap_cells(g, lang) }
            </tr>
        }
    });
    let chart_rows: Vec<GapRow> = fb
        .practices
        .iter()
        .enumerate()
        .map(|(i, g)| GapRow {
            label: numbered(i),
            self_score: g.self_score,
            others: g.others,
        })
        .collect();
    let statements = r.included.include_statements.then(|| {
        let groups = r.questionnaire.practices.iter().enumerate().map(|(i, p)| {
            let lines = p.statements.iter().filter_map(|s| {
                let line = fb.statements.iter().find(|x| x.statement_id == s.id)?;
                Some(html! {
                    <tr key={s.id.clone()}>
                        <th scope="row" class="fc-report-statement">{ s.text.clone() }</th>
                        { gap_cells(&line.figures, lang) }
                    </tr>
                })
            });
            html! {
                <tbody key={i}>
                    <tr><th scope="rowgroup" colspan="4" class="fc-report-group">{ numbered(i) }</th></tr>
                    { for lines }
                </tbody>
            }
        });
        html! {
            <>
                <h4>{ words.statement_by_statement() }</h4>
                { scrolling(words.statement_gaps_label().into(), html! {
                    <table class="fc-table fc-report-table fc-report-statements">
                        <caption>{ words.statement_gaps_caption() }</caption>
                        <thead><tr><th scope="col">{ words.statement_column() }</th><th scope="col">{ words.self_column() }</th><th scope="col">{ words.others_column() }</th><th scope="col">{ words.gap_column() }</th></tr></thead>
                        { for groups }
                    </table>
                }) }
            </>
        }
    });
    let notable = |heading: &str, blind_spots: bool, n: &Notable| {
        let body = if n.count == 0 {
            html! { <p>{ words.none_found() }</p> }
        } else if !r.included.include_statements {
            html! { <p>{ words.notable_left_out(n.count, blind_spots) }</p> }
        } else {
            let items = n.statement_ids.iter().map(|sid| {
                let g = fb
                    .statements
                    .iter()
                    .find(|x| &x.statement_id == sid)
                    .map(|x| x.figures);
                html! {
                    <li key={sid.clone()}>
                        <p>{ statement_text(sid) }</p>
                        <p class="fc-notable-figures">{ words.notable_figures(
                            &score(g.and_then(|g| g.self_score), lang),
                            &score(g.and_then(|g| g.others), lang),
                            &signed(g.and_then(|g| g.gap), lang),
                        ) }</p>
                    </li>
                }
            });
            html! { <ol class="fc-notable">{ for items }</ol> }
        };
        html! {
            <>
                <h4>{ heading.to_string() }</h4>
                { body }
            </>
        }
    };
    let comments = r.included.include_comments.then(|| {
        comment_list(
            &fb.comments,
            numbered,
            words.colleague_comments(),
            words.no_colleague_comments(),
        )
    });
    let rules = fb
        .rules
        .iter()
        .enumerate()
        .map(|(n, rule)| html! { <li key={n}>{ rule.clone() }</li> });
    html! {
        <section class="fc-report-part" aria-labelledby={id("feedback")}>
            <h3 id={id("feedback")}>{ words.feedback_heading() }</h3>
            <p>{ words.feedback_responded(&fb.subject_name, fb.requested_at.date(), total) }</p>
            { scrolling(words.groups_table_label().into(), html! {
                <table class="fc-table fc-report-table">
                    <caption>{ words.groups_caption() }</caption>
                    <thead><tr><th scope="col">{ words.rater_group_column() }</th><th scope="col">{ words.responses_column() }</th><th scope="col">{ words.shown_column() }</th></tr></thead>
                    <tbody>{ for group_rows }</tbody>
                </table>
            }) }
            { for withheld }
            <h4>{ words.practice_gaps_heading() }</h4>
            { scrolling(words.practice_gaps_label().into(), html! {
                <table class="fc-table fc-report-table fc-report-gaps">
                    <caption>{ words.practice_gaps_caption() }</caption>
                    <thead><tr><th scope="col">{ words.practice_column() }</th><th scope="col">{ words.self_column() }</th><th scope="col">{ words.others_column() }</th><th scope="col">{ words.gap_column() }</th></tr></thead>
                    <tbody>{ for practice_rows }</tbody>
                </table>
            }) }
            <div class="fc-gap-chart-wrap fc-report-chart">
                <GapChart rows={chart_rows} prefix={format!("{prefix}-rd")} />
            </div>
            { for statements }
            { notable(words.blind_spots_heading(), true, &fb.blind_spots) }
            { notable(words.hidden_strengths_heading(), false, &fb.hidden_strengths) }
            { for comments }
            <h4>{ words.anonymity_heading() }</h4>
            <ul class="fc-rules">{ for rules }</ul>
        </section>
    }
}

fn goal_item(
    n: usize,
    g: &GoalSummary,
    practice_title: &dyn Fn(&str) -> String,
    statement_text: &dyn Fn(&str) -> String,
    lang: Lang,
) -> Html {
    let words = lang.growth();
    let check_ins = g.check_ins.iter().enumerate().map(|(k, c)| {
        html! {
            <li key={k}>
                <span class="fc-report-check-in-date">{ words.report_check_in(c.at.date(), c.status) }</span>
                { c.note.clone() }
            </li>
        }
    });
    let part = |label: &'static str, text: String| {
        html! { <div><dt>{ label }</dt><dd>{ text }</dd></div> }
    };
    let measurable = match (g.measure.trim(), g.target.trim()) {
        (m, "") => m.to_string(),
        ("", t) => words.target_only(t),
        (m, t) => words.measure_and_target(m, t),
    };
    let relevant = if g.relevant.trim().is_empty() {
        practice_title(&g.practice_id)
    } else {
        format!("{} — {}", practice_title(&g.practice_id), g.relevant)
    };
    html! {
        <li key={n} class="fc-report-goal">
            <h4>{ g.specific.clone() }</h4>
            <p class="fc-report-goal-status">{ words.report_goal_status(g.status, g.created_at.date()) }</p>
            <dl class="fc-report-smart">
                if let Some(sid) = &g.statement_id {
                    { part(words.about_statement(), statement_text(sid)) }
                }
                { part(words.smart_part(SmartPart::Specific), g.specific.clone()) }
                { part(words.smart_part(SmartPart::Measurable), measurable) }
                { part(words.smart_part(SmartPart::Achievable), g.achievable.clone()) }
                { part(words.smart_part(SmartPart::Relevant), relevant) }
                { part(words.smart_part(SmartPart::TimeBound), words.report_due(g.due)) }
            </dl>
            <h5>{ words.check_ins_heading() }</h5>
            if g.check_ins.is_empty() {
                <p>{ words.none_yet() }</p>
            } else {
                <ol class="fc-report-check-ins">{ for check_ins }</ol>
            }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_in_words() {
        assert_eq!(score(Some(3.25), Lang::En), "3.3");
        assert_eq!(score(Some(3.25), Lang::De), "3,3");
        assert_eq!(score(None, Lang::En), "—");
        assert_eq!(signed(Some(0.4), Lang::En), "+0.4");
        assert_eq!(signed(Some(-1.0), Lang::En), "\u{2212}1.0");
        assert_eq!(signed(Some(-1.0), Lang::De), "\u{2212}1,0");
        assert_eq!(signed(Some(0.01), Lang::En), "0.0");
        assert_eq!(signed(None, Lang::En), "—");
    }
}
