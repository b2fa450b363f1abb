//! The 360 report, as the subject reads it: who responded and how much of each group is shown,
//! self against others per practice (table and chart) and per statement, blind spots and
//! hidden strengths, the comments that may be shown, and the anonymity rules in words.
//! Everything shown comes from `domain::feedback::report`, which has already applied the
//! rules; this component only words and lays it out. Text is always rendered as text.
use super::gap_chart::{GapChart, GapRow};
use super::hooks::use_lang;
use crate::domain::feedback::{Column, Comparison, RaterGroup, Report, Visibility};
use crate::domain::instrument::FeedbackRules;
use crate::domain::Instrument;
use crate::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackReportProps {
    pub instrument: Rc<Instrument>,
    pub report: Rc<Report>,
    pub subject_name: AttrValue,
    /// Unique per widget instance; prefix every element id with it.
    pub prefix: AttrValue,
    /// Offer "Set a goal" on each blind spot (off where the report is someone else's).
    #[prop_or(true)]
    pub goal_links: bool,
}

/// A figure that is not shown: a dash on screen, words for screen readers.
fn missing(lang: Lang) -> Html {
    html! {
        <span class="fc-missing"><span aria-hidden="true">{ "—" }</span><span class="fc-sr-only">{ lang.feedback().not_shown() }</span></span>
    }
}

fn figure(lang: Lang, value: Option<f64>) -> Html {
    match value {
        Some(v) => html! { { lang.one_decimal(v) } },
        None => missing(lang),
    }
}

/// A table that scrolls sideways on its own rather than widening the page.
fn scrolling(label: String, table: Html) -> Html {
    html! {
        <div class="fc-table-scroll" tabindex="0" role="region" aria-label={label}>{ table }</div>
    }
}

/// The header row shared by the practice and statement tables.
fn header(lang: Lang, first: &'static str, report: &Report) -> Html {
    let t = lang.feedback();
    let columns = report.columns.iter().map(|c| {
        html! {
            <th scope="col">
                { lang.common().column(c.column) }{ " " }
                <span class="fc-th-note">{ t.responses_count(c.responses) }</span>
            </th>
        }
    });
    html! {
        <thead>
            <tr>
                <th scope="col" class="fc-th-text">{ first }</th>
                <th scope="col">{ t.column_you() }</th>
                <th scope="col">{ t.column_others() }</th>
                { for columns }
                <th scope="col">{ t.column_spread() }</th>
                <th scope="col">{ t.column_gap() }</th>
            </tr>
        </thead>
    }
}

/// The figures of one line, after its heading cell.
fn cells(lang: Lang, c: &Comparison, columns: usize, rules: FeedbackRules) -> Html {
    let t = lang.feedback();
    let groups = (0..columns).map(|j| {
        html! { <td>{ figure(lang, c.columns.get(j).and_then(|f| f.mean)) }</td> }
    });
    let spread = match c.spread {
        Some(s) => html! {
            <>
                <span class="fc-range">{ t.range(s.min, s.max) }</span>
                { " " }
                <span class="fc-sd">{ t.std_dev(s.std_dev) }</span>
                if s.low_consensus {
                    { " " }<span class="fc-flag fc-low-consensus">{ t.low_consensus() }</span>
                }
            </>
        },
        None => missing(lang),
    };
    let gap = match c.gap {
        Some(g) => {
            let flag = if g >= rules.blind_spot_gap {
                html! { <>{ " " }<span class="fc-flag fc-blind-spot">{ t.blind_spot() }</span></> }
            } else if g <= rules.hidden_strength_gap {
                html! { <>{ " " }<span class="fc-flag fc-hidden-strength">{ t.hidden_strength() }</span></> }
            } else {
                html! {}
            };
            html! { <>{ lang.signed_one_decimal(g) }{ flag }</> }
        }
        None => missing(lang),
    };
    html! {
        <>
            <td>{ figure(lang, c.self_score) }</td>
            <td>{ figure(lang, c.others.mean) }</td>
            { for groups }
            <td class="fc-spread">{ spread }</td>
            <td class="fc-gap-figure">{ gap }</td>
        </>
    }
}

fn rules_section(lang: Lang, id: String, rules: FeedbackRules) -> Html {
    let t = lang.feedback();
    let rules = t
        .anonymity_rules(rules)
        .into_iter()
        .enumerate()
        .map(|(i, r)| html! { <li key={i}>{ r }</li> });
    html! {
        <section aria-labelledby={id.clone()}>
            <h3 id={id}>{ t.rules_heading() }</h3>
            <ul class="fc-rules">{ for rules }</ul>
        </section>
    }
}

#[component]
pub fn FeedbackReport(props: &FeedbackReportProps) -> Html {
    let lang = use_lang();
    let t = lang.feedback();
    let report = &*props.report;
    let ins = &*props.instrument;
    let rules = ins.feedback();
    let k = report.min_group_size;
    let practices = ins.practices();
    let title = |i: usize| practices.get(i).map_or("", |p| p.title.as_str());
    let numbered = |i: usize| format!("{}. {}", i + 1, title(i));
    let id = |part: &str| format!("{}-fb-{part}", props.prefix);
    let name = props.subject_name.trim();
    let total: usize = report.groups.iter().map(|g| g.responses).sum();

    if total == 0 {
        return html! {
            <div class="fc-feedback">
                <section class="fc-feedback-empty" aria-labelledby={id("empty")}>
                    <h3 id={id("empty")}>{ t.no_feedback_heading() }</h3>
                    <p>{ t.no_responses_yet(name) }</p>
                    <p>{ t.no_feedback_text() }</p>
                </section>
                { rules_section(lang, id("rules"), rules) }
            </div>
        };
    }

    let scale = &ins.scale().labels;
    let scale_ends = scale
        .first()
        .zip(scale.last())
        .map(|(low, high)| (low.as_str(), high.as_str()));
    let intro = t.report_intro(name, total, scale_ends);
    let no_self = report
        .practices
        .iter()
        .all(|p| p.figures.self_score.is_none());

    // Who responded.
    let group_rows = report.groups.iter().map(|g| {
        html! {
            <tr key={g.group.as_str()}>
                <th scope="row">{ lang.common().rater_group(g.group) }</th>
                <td>{ g.responses.to_string() }</td>
                <td class="fc-text-cell">{ t.shown_as(g, k) }</td>
            </tr>
        }
    });
    let named = |v: Visibility| -> Vec<RaterGroup> {
        report
            .groups
            .iter()
            .filter(|g| g.responses > 0 && g.visibility == v)
            .map(|g| g.group)
            .collect()
    };
    let combined = report
        .columns
        .iter()
        .find(|c| c.column == Column::Combined)
        .map(|c| {
            html! {
                <p class="fc-folded">{ t.folded_groups(&named(Visibility::Combined), k, c.responses) }</p>
            }
        });
    let withheld = (report.withheld_responses > 0).then(|| {
        html! {
            <p class="fc-withheld">{ t.withheld_groups(&named(Visibility::CountOnly), report.withheld_responses, k) }</p>
        }
    });
    let who = html! {
        <section aria-labelledby={id("who")}>
            <h3 id={id("who")}>{ t.who_heading() }</h3>
            <p>{ t.responded(total) }</p>
            { scrolling(t.groups_table_label().into(), html! {
                <table class="fc-table fc-fb-table fc-fb-groups">
                    <caption>{ t.groups_caption() }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="fc-th-text">{ t.column_rater_group() }</th>
                            <th scope="col">{ t.column_responses() }</th>
                            <th scope="col" class="fc-th-text">{ t.column_shown() }</th>
                        </tr>
                    </thead>
                    <tbody>{ for group_rows }</tbody>
                </table>
            }) }
            { for combined }
            { for withheld }
        </section>
    };

    if report.columns.is_empty() {
        return html! {
            <div class="fc-feedback">
                <p class="fc-lead">{ intro }</p>
                { who }
                <section aria-labelledby={id("none-shown")}>
                    <h3 id={id("none-shown")}>{ t.none_shown_heading() }</h3>
                    <p class="fc-notice">{ t.none_shown_text(k) }</p>
                </section>
                { rules_section(lang, id("rules"), rules) }
            </div>
        };
    }

    let n_columns = report.columns.len();
    let hint = t.table_hint(rules);

    // Per practice: table and chart.
    let practice_rows = report.practices.iter().map(|p| {
        html! {
            <tr key={p.practice_index}>
                <th scope="row">{ numbered(p.practice_index) }</th>
                { cells(lang, &p.figures, n_columns, rules) }
            </tr>
        }
    });
    let chart_rows: Vec<GapRow> = report
        .practices
        .iter()
        .map(|p| GapRow {
            label: numbered(p.practice_index),
            self_score: p.figures.self_score,
            others: p.figures.others.mean,
        })
        .collect();
    let per_practice = html! {
        <section aria-labelledby={id("practices")}>
            <h3 id={id("practices")}>{ t.practices_heading() }</h3>
            { scrolling(t.practices_table_label().into(), html! {
                <table class="fc-table fc-fb-table fc-fb-practices">
                    <caption>{ t.practices_caption() }</caption>
                    { header(lang, t.column_practice(), report) }
                    <tbody>{ for practice_rows }</tbody>
                </table>
            }) }
            <p class="fc-hint">{ hint }</p>
            <div class="fc-gap-chart-wrap">
                <GapChart rows={chart_rows} prefix={props.prefix.clone()} />
            </div>
        </section>
    };

    // Per statement, one expandable table per practice.
    let statement_text = |statement_id: &str| {
        ins.statement(statement_id)
            .map_or_else(|| statement_id.to_string(), |s| s.self_text.clone())
    };
    let details = report.practices.iter().map(|p| {
        let i = p.practice_index;
        let lines: Vec<_> = report
            .statements
            .iter()
            .filter(|s| s.practice_index == i)
            .collect();
        let rows = lines.iter().map(|s| {
            html! {
                <tr key={s.statement_id.clone()}>
                    <th scope="row">{ statement_text(&s.statement_id) }</th>
                    { cells(lang, &s.figures, n_columns, rules) }
                </tr>
            }
        });
        html! {
            <details key={i} class="fc-fb-details">
                <summary>{ t.statements_summary(&numbered(i), lines.len()) }</summary>
                { scrolling(t.statements_table_label(title(i)), html! {
                    <table class="fc-table fc-fb-table fc-fb-statements">
                        <caption>{ t.statements_caption(title(i)) }</caption>
                        { header(lang, t.column_statement(), report) }
                        <tbody>{ for rows }</tbody>
                    </table>
                }) }
            </details>
        }
    });
    let per_statement = html! {
        <section aria-labelledby={id("statements")}>
            <h3 id={id("statements")}>{ t.statements_heading() }</h3>
            <p class="fc-hint">{ t.statements_hint() }</p>
            { for details }
        </section>
    };

    // Blind spots and hidden strengths.
    let notable = |indexes: &[usize], goal_links: bool| -> Html {
        if indexes.is_empty() {
            return html! { <p class="fc-none">{ t.none() }</p> };
        }
        let items = indexes.iter().filter_map(|&n| {
            let s = report.statements.get(n)?;
            let f = &s.figures;
            Some(html! {
                <li key={s.statement_id.clone()}>
                    <p class="fc-notable-text">{ statement_text(&s.statement_id) }</p>
                    <p class="fc-notable-figures">
                        <span class="fc-notable-practice">{ format!("{}: ", title(s.practice_index)) }</span>
                        { t.notable_figures(f.self_score, f.others.mean, f.gap) }
                    </p>
                    if goal_links {
                        <p><a href={format!("growth.html#goal={}", s.statement_id)} aria-label={t.set_goal_about(&statement_text(&s.statement_id))}>{ t.set_goal() }</a></p>
                    }
                </li>
            })
        });
        html! { <ol class="fc-notable">{ for items }</ol> }
    };
    let blind_spots = html! {
        <section aria-labelledby={id("blind-spots")}>
            <h3 id={id("blind-spots")}>{ t.blind_spots_heading() }</h3>
            <p>{ t.blind_spots_text(rules) }</p>
            { notable(&report.blind_spots, props.goal_links) }
        </section>
    };
    let hidden_strengths = html! {
        <section aria-labelledby={id("hidden-strengths")}>
            <h3 id={id("hidden-strengths")}>{ t.hidden_strengths_heading() }</h3>
            <p>{ t.hidden_strengths_text(rules) }</p>
            { notable(&report.hidden_strengths, false) }
        </section>
    };

    // Comments.
    let comment_total: usize = report.practices.iter().map(|p| p.comments.len()).sum();
    let comment_groups = report
        .practices
        .iter()
        .filter(|p| !p.comments.is_empty())
        .map(|p| {
            let items = p
                .comments
                .iter()
                .enumerate()
                .map(|(n, c)| html! { <li key={n}>{ c.clone() }</li> });
            html! {
                <div key={p.practice_index} class="fc-comment-group">
                    <h4>{ numbered(p.practice_index) }</h4>
                    <p class="fc-hint">{ t.practice_comments(p.comments.len()) }</p>
                    <ul class="fc-comments">{ for items }</ul>
                </div>
            }
        });
    let comments = html! {
        <section aria-labelledby={id("comments")}>
            <h3 id={id("comments")}>{ t.comments_heading() }</h3>
            <p>{ t.comments_intro(comment_total, k) }</p>
            { for comment_groups }
        </section>
    };

    html! {
        <div class="fc-feedback">
            <p class="fc-lead">{ intro }</p>
            if no_self {
                <p class="fc-notice">{ t.no_self_notice() }</p>
            }
            { who }
            { per_practice }
            { per_statement }
            { blind_spots }
            { hidden_strengths }
            { comments }
            { rules_section(lang, id("rules"), rules) }
        </div>
    }
}
