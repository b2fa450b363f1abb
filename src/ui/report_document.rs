//! The mentor report as a document: who and when, the latest results, progress over time, the
//! 360 summary, and goals with their check-ins. Rendered from the report alone (never from this
//! copy's questionnaire or data), so the author's preview, the printout and what a mentor opens
//! from the file are the same. Text from the report is always rendered as text.
use super::feedback_report::{count, group_name};
use super::gap_chart::{GapChart, GapRow};
use super::history_chart::{HistoryChart, HistoryLine};
use super::radar_chart::RadarChart;
use crate::domain::feedback::Visibility;
use crate::domain::goal::describe_day;
use crate::domain::history::Change;
use crate::domain::mentor_report::{
    FeedbackSummary, Gap, GoalSummary, MentorReport, Notable, PracticeComments,
};
use crate::domain::scoring::one_decimal;
use crate::domain::session::describe_date;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportDocumentProps {
    pub report: Rc<MentorReport>,
    /// Unique per widget instance; prefix every element id with it.
    pub prefix: AttrValue,
}

fn score(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), one_decimal)
}

/// A difference with its sign: "+0.4", "-1.0", "0.0"; a dash when missing.
fn signed(v: Option<f64>) -> String {
    v.map_or_else(|| "—".into(), super::feedback_report::signed)
}

fn shown_as(visibility: Visibility, responses: usize) -> &'static str {
    match (responses, visibility) {
        (0, _) => "No responses",
        (_, Visibility::OnItsOwn) => "Shown on its own",
        (_, Visibility::Combined) => "Shown combined with other small groups",
        (_, Visibility::CountOnly) => "Too few to show: counted only",
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A table that scrolls sideways on screen rather than widening the page.
fn scrolling(label: String, table: Html) -> Html {
    html! {
        <div class="fc-table-scroll" tabindex="0" role="region" aria-label={label}>{ table }</div>
    }
}

#[component]
pub fn ReportDocument(props: &ReportDocumentProps) -> Html {
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
    let scale_words = match (q.scale.first(), q.scale.last()) {
        (Some(low), Some(high)) => format!("Scores run from 1 ({low}) to 5 ({high})."),
        _ => "Scores run from 1 to 5.".into(),
    };

    // Who and when.
    let dates: Vec<String> = r
        .takes
        .iter()
        .map(|t| describe_date(t.completed_at))
        .collect();
    let prepared = if r.name.is_empty() {
        format!("Prepared on {}.", describe_date(r.generated_at))
    } else {
        format!(
            "Prepared by {} on {}.",
            r.name,
            describe_date(r.generated_at)
        )
    };
    let taken = match dates.len() {
        0 => "No self-assessment completed yet.".to_string(),
        1 => format!("Self-assessment completed on {}.", dates[0]),
        _ => format!("Self-assessments completed on {}.", and_list(&dates)),
    };
    let mut left_out = Vec::new();
    if !r.included.include_comments {
        left_out.push("comments".to_string());
    }
    if !r.included.include_statements {
        left_out.push("statement-level scores".to_string());
    }
    let title_line = if r.name.is_empty() {
        "Leadership development report".to_string()
    } else {
        format!("Leadership development report: {}", r.name)
    };
    let about = html! {
        <section class="fc-report-part fc-report-about" aria-labelledby={id("about")}>
            <h3 id={id("about")}>{ title_line }</h3>
            <p>{ prepared }</p>
            <p>{ taken }</p>
            <p>{ format!("Questionnaire: {}, version {}. {scale_words}", q.title, q.version) }</p>
            if left_out.is_empty() {
                <p class="fc-report-included">{ "Comments and statement-level scores are included." }</p>
            } else {
                <p class="fc-report-included">{ format!("Left out by the author: {}.", and_list(&left_out)) }</p>
            }
        </section>
    };

    // The latest take.
    let latest = match r.latest() {
        None => html! {
            <section class="fc-report-part" aria-labelledby={id("latest")}>
                <h3 id={id("latest")}>{ "Latest self-assessment" }</h3>
                <p>{ "No self-assessment has been completed yet, so there are no scores to show." }</p>
            </section>
        },
        Some(t) => {
            let with_change = r.takes.len() > 1;
            let rows = t.practices.iter().enumerate().map(|(i, s)| {
                html! {
                    <tr key={i}>
                        <th scope="row">{ numbered(i) }</th>
                        <td>{ score(*s) }</td>
                        if with_change {
                            <td>{ signed(r.change(i)) }</td>
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
                        <h4>{ "Statement by statement" }</h4>
                        { scrolling("Table: rating of each statement".into(), html! {
                            <table class="fc-table fc-report-table fc-report-statements">
                                <caption>{ "The rating of each statement in the latest self-assessment" }</caption>
                                <thead><tr><th scope="col">{ "Statement" }</th><th scope="col">{ "Rating" }</th></tr></thead>
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
                    "Own comments",
                    "No comments were written.",
                )
            });
            html! {
                <section class="fc-report-part" aria-labelledby={id("latest")}>
                    <h3 id={id("latest")}>{ format!("Latest self-assessment, {}", describe_date(t.completed_at)) }</h3>
                    <p class="fc-balance">{ t.balance().describe() }</p>
                    <dl class="fc-report-indexes">
                        <div><dt>{ "Technical index" }</dt><dd>{ format!("{} of 5", score(t.technical)) }</dd></div>
                        <div><dt>{ "Leadership index" }</dt><dd>{ format!("{} of 5", score(t.leadership)) }</dd></div>
                    </dl>
                    <div class="fc-chart-wrap fc-report-chart">
                        <RadarChart labels={q.practices.iter().map(|p| p.title.clone()).collect::<Vec<_>>()} values={t.practices.clone()} />
                    </div>
                    { scrolling("Table: score per practice".into(), html! {
                        <table class="fc-table fc-report-table fc-report-scores">
                            <caption>{ "Score per practice in the latest self-assessment, from 1 to 5" }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ "Practice" }</th>
                                    <th scope="col">{ "Score" }</th>
                                    if with_change {
                                        <th scope="col">{ "Change since the take before" }</th>
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
            html! { <th key={n} scope="col">{ describe_date(t.completed_at) }</th> }
        });
        let line = |label: String, values: Vec<Option<f64>>| {
            let cells = values
                .into_iter()
                .enumerate()
                .map(|(n, v)| html! { <td key={n}>{ score(v) }</td> });
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
            "Technical index".into(),
            r.takes.iter().map(|t| t.technical).collect(),
        ));
        chart_lines.push(chart_line(
            "Leadership index".into(),
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
                <h3 id={id("history")}>{ "Progress over time" }</h3>
                <p>{ format!("Scores of every completed self-assessment, oldest first ({}).", count(r.takes.len(), "take", "takes")) }</p>
                <HistoryChart {dates} lines={chart_lines} />
                { scrolling("Table: scores over time".into(), html! {
                    <table class="fc-table fc-report-table fc-report-history">
                        <caption>{ "Score per practice and both indexes in each self-assessment, from 1 to 5" }</caption>
                        <thead><tr><th scope="col">{ "Practice" }</th>{ for heads }</tr></thead>
                        <tbody>
                            { for practice_rows }
                            { line("Technical index".into(), r.takes.iter().map(|t| t.technical).collect()) }
                            { line("Leadership index".into(), r.takes.iter().map(|t| t.leadership).collect()) }
                        </tbody>
                    </table>
                }) }
            </section>
        }
    });

    let feedback = match &r.feedback {
        Some(fb) => feedback_section(r, fb, &id, &numbered, &statement_text, &props.prefix),
        None => html! {
            <section class="fc-report-part" aria-labelledby={id("feedback")}>
                <h3 id={id("feedback")}>{ "Feedback from colleagues (360)" }</h3>
                <p>{ "No colleague feedback is part of this report." }</p>
            </section>
        },
    };

    let goals = html! {
        <section class="fc-report-part" aria-labelledby={id("goals")}>
            <h3 id={id("goals")}>{ "Goals" }</h3>
            if r.goals.is_empty() {
                <p>{ "No goals have been set yet." }</p>
            } else {
                <ol class="fc-report-goals">
                    { for r.goals.iter().enumerate().map(|(n, g)| goal_item(n, g, &practice_title, &statement_text)) }
                </ol>
            }
        </section>
    };

    html! {
        <article class="fc-report-doc" aria-label="Mentor report">
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

fn gap_cells(g: &Gap) -> Html {
    html! {
        <>
            <td>{ score(g.self_score) }</td>
            <td>{ score(g.others) }</td>
            <td>{ signed(g.gap) }</td>
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
) -> Html {
    let total: usize = fb.groups.iter().map(|g| g.responses).sum();
    let asked = if fb.subject_name.is_empty() {
        format!("Requested on {}", describe_date(fb.requested_at))
    } else {
        format!(
            "Feedback about {}, requested on {}",
            fb.subject_name,
            describe_date(fb.requested_at)
        )
    };
    let group_rows = fb.groups.iter().map(|g| {
        html! {
            <tr key={g.group.as_str()}>
                <th scope="row">{ group_name(g.group) }</th>
                <td>{ g.responses.to_string() }</td>
                <td class="fc-text-cell">{ shown_as(g.visibility, g.responses) }</td>
            </tr>
        }
    });
    let withheld = (fb.withheld_responses > 0).then(|| {
        html! {
            <p>{ format!(
                "{} from groups too small to show without revealing who gave them: only counted, their ratings and comments are left out.",
                count(fb.withheld_responses, "response comes", "responses come")
            ) }</p>
        }
    });
    let practice_rows = fb.practices.iter().enumerate().map(|(i, g)| {
        html! {
            <tr key={i}>
                <th scope="row">{ numbered(i) }</th>
                { gap_cells(g) }
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
                        { gap_cells(&line.figures) }
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
                <h4>{ "Statement by statement" }</h4>
                { scrolling("Table: you and others per statement".into(), html! {
                    <table class="fc-table fc-report-table fc-report-statements">
                        <caption>{ "Self-rating, others' average and the gap on each statement" }</caption>
                        <thead><tr><th scope="col">{ "Statement" }</th><th scope="col">{ "Self" }</th><th scope="col">{ "Others" }</th><th scope="col">{ "Gap" }</th></tr></thead>
                        { for groups }
                    </table>
                }) }
            </>
        }
    });
    let notable = |heading: &str, what: &str, n: &Notable| {
        let body = if n.count == 0 {
            html! { <p>{ "None." }</p> }
        } else if !r.included.include_statements {
            html! { <p>{ format!("{} found; which statements was left out of this report.", count(n.count, what, &format!("{what}s"))) }</p> }
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
                        <p class="fc-notable-figures">{ format!(
                            "self {}, others {}, gap {}",
                            score(g.and_then(|g| g.self_score)),
                            score(g.and_then(|g| g.others)),
                            signed(g.and_then(|g| g.gap)),
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
            "Colleagues' comments",
            "No comments can be shown: comments appear only from groups large enough to keep them anonymous.",
        )
    });
    let rules = fb
        .rules
        .iter()
        .enumerate()
        .map(|(n, rule)| html! { <li key={n}>{ rule.clone() }</li> });
    html! {
        <section class="fc-report-part" aria-labelledby={id("feedback")}>
            <h3 id={id("feedback")}>{ "Feedback from colleagues (360)" }</h3>
            <p>{ format!("{asked}: {} responded.", count(total, "colleague", "colleagues")) }</p>
            { scrolling("Table: responses per rater group".into(), html! {
                <table class="fc-table fc-report-table">
                    <caption>{ "Responses per rater group, and how much of each group is shown" }</caption>
                    <thead><tr><th scope="col">{ "Rater group" }</th><th scope="col">{ "Responses" }</th><th scope="col">{ "How it is shown" }</th></tr></thead>
                    <tbody>{ for group_rows }</tbody>
                </table>
            }) }
            { for withheld }
            <h4>{ "Self and others, practice by practice" }</h4>
            { scrolling("Table: self and others per practice".into(), html! {
                <table class="fc-table fc-report-table fc-report-gaps">
                    <caption>{ "Self-rating, others' average and the gap (self − others) per practice, from 1 to 5; “—” where nothing may be shown" }</caption>
                    <thead><tr><th scope="col">{ "Practice" }</th><th scope="col">{ "Self" }</th><th scope="col">{ "Others" }</th><th scope="col">{ "Gap" }</th></tr></thead>
                    <tbody>{ for practice_rows }</tbody>
                </table>
            }) }
            <div class="fc-gap-chart-wrap fc-report-chart">
                <GapChart rows={chart_rows} prefix={format!("{prefix}-rd")} />
            </div>
            { for statements }
            { notable("Blind spots", "blind spot", &fb.blind_spots) }
            { notable("Hidden strengths", "hidden strength", &fb.hidden_strengths) }
            { for comments }
            <h4>{ "How anonymity is protected" }</h4>
            <ul class="fc-rules">{ for rules }</ul>
        </section>
    }
}

fn goal_item(
    n: usize,
    g: &GoalSummary,
    practice_title: &dyn Fn(&str) -> String,
    statement_text: &dyn Fn(&str) -> String,
) -> Html {
    let check_ins = g.check_ins.iter().enumerate().map(|(k, c)| {
        html! {
            <li key={k}>
                <span class="fc-report-check-in-date">{ format!("{} — {}: ", describe_date(c.at), c.status.label()) }</span>
                { c.note.clone() }
            </li>
        }
    });
    let part = |label: &'static str, text: String| {
        html! { <div><dt>{ label }</dt><dd>{ text }</dd></div> }
    };
    let measurable = match (g.measure.trim(), g.target.trim()) {
        (m, "") => m.to_string(),
        ("", t) => format!("Target: {t}"),
        (m, t) => format!("{m} — target: {t}"),
    };
    let relevant = if g.relevant.trim().is_empty() {
        practice_title(&g.practice_id)
    } else {
        format!("{} — {}", practice_title(&g.practice_id), g.relevant)
    };
    html! {
        <li key={n} class="fc-report-goal">
            <h4>{ g.specific.clone() }</h4>
            <p class="fc-report-goal-status">{ format!("Status: {}. Set on {}.", g.status.label(), describe_date(g.created_at)) }</p>
            <dl class="fc-report-smart">
                if let Some(sid) = &g.statement_id {
                    { part("About the statement", statement_text(sid)) }
                }
                { part("Specific", g.specific.clone()) }
                { part("Measurable", measurable) }
                { part("Achievable", g.achievable.clone()) }
                { part("Relevant", relevant) }
                { part("Time-bound", format!("By {}", describe_day(g.due))) }
            </dl>
            <h5>{ "Check-ins" }</h5>
            if g.check_ins.is_empty() {
                <p>{ "None yet." }</p>
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
        assert_eq!(score(Some(3.25)), "3.3");
        assert_eq!(score(None), "—");
        assert_eq!(signed(Some(0.4)), "+0.4");
        assert_eq!(signed(Some(-1.0)), "-1.0");
        assert_eq!(signed(Some(0.01)), "0.0");
        assert_eq!(signed(None), "—");
        assert_eq!(
            and_list(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(count(1, "take", "takes"), "1 take");
    }
}
