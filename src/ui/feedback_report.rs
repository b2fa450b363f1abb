//! The 360 report, as the subject reads it: who responded and how much of each group is shown,
//! self against others per practice (table and chart) and per statement, blind spots and
//! hidden strengths, the comments that may be shown, and the anonymity rules in words.
//! Everything shown comes from `domain::feedback::report`, which has already applied the
//! rules; this component only words and lays it out. Text is always rendered as text.
use super::gap_chart::{GapChart, GapRow};
use crate::domain::feedback::{
    threshold, Column, Comparison, GroupCount, RaterGroup, Report, Visibility,
    LOW_CONSENSUS_STD_DEV, MOST_NOTABLE,
};
use crate::domain::instrument::FeedbackRules;
use crate::domain::scoring::one_decimal;
use crate::domain::Instrument;
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
fn missing() -> Html {
    html! {
        <span class="fc-missing"><span aria-hidden="true">{ "—" }</span><span class="fc-sr-only">{ "not shown" }</span></span>
    }
}

fn figure(value: Option<f64>) -> Html {
    match value {
        Some(v) => html! { { one_decimal(v) } },
        None => missing(),
    }
}

/// A gap with its sign: "+1.3", "-0.5", "0.0".
pub(crate) fn signed(gap: f64) -> String {
    let s = one_decimal(gap);
    if s.starts_with('-') || s == "0.0" {
        s
    } else {
        format!("+{s}")
    }
}

/// "1 response", "3 responses".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The group's name on this page. The domain calls the "other" group "Others", which would
/// read the same as the "Others" baseline beside it.
pub(crate) fn group_name(group: RaterGroup) -> &'static str {
    match group {
        RaterGroup::Other => "Other raters",
        g => g.label(),
    }
}

fn group_in_sentence(group: RaterGroup) -> &'static str {
    match group {
        RaterGroup::SelfRating => "you",
        RaterGroup::Manager => "the manager",
        RaterGroup::Peer => "peers",
        RaterGroup::DirectReport => "direct reports",
        RaterGroup::Other => "other raters",
    }
}

fn column_name(column: Column) -> &'static str {
    match column {
        Column::Group(g) => group_name(g),
        Column::Combined => column.label(),
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How much of a group the report shows, in words.
fn shown_as(g: &GroupCount, k: u32) -> String {
    if g.responses == 0 {
        return "No responses".into();
    }
    match g.visibility {
        Visibility::OnItsOwn if g.group.is_exempt() => {
            "Shown in its own column (a manager is shown from one response)".into()
        }
        Visibility::OnItsOwn => "Shown in its own column".into(),
        Visibility::Combined => {
            format!("Folded into “Others (combined)” — fewer than {k} responses on its own")
        }
        Visibility::CountOnly => format!(
            "Count only: fewer than {k} responses, even together with the other small groups"
        ),
    }
}

/// A table that scrolls sideways on its own rather than widening the page.
fn scrolling(label: String, table: Html) -> Html {
    html! {
        <div class="fc-table-scroll" tabindex="0" role="region" aria-label={label}>{ table }</div>
    }
}

/// The header row shared by the practice and statement tables.
fn header(first: &'static str, report: &Report) -> Html {
    let columns = report.columns.iter().map(|c| {
        html! {
            <th scope="col">
                { column_name(c.column) }{ " " }
                <span class="fc-th-note">{ count(c.responses, "response", "responses") }</span>
            </th>
        }
    });
    html! {
        <thead>
            <tr>
                <th scope="col" class="fc-th-text">{ first }</th>
                <th scope="col">{ "You" }</th>
                <th scope="col">{ "Others" }</th>
                { for columns }
                <th scope="col">{ "Spread" }</th>
                <th scope="col">{ "Gap" }</th>
            </tr>
        </thead>
    }
}

/// The figures of one line, after its heading cell.
fn cells(c: &Comparison, columns: usize, rules: FeedbackRules) -> Html {
    let groups = (0..columns).map(|j| {
        html! { <td>{ figure(c.columns.get(j).and_then(|f| f.mean)) }</td> }
    });
    let spread = match c.spread {
        Some(s) => html! {
            <>
                <span class="fc-range">{ format!("{}–{}", one_decimal(s.min), one_decimal(s.max)) }</span>
                { " " }
                <span class="fc-sd">{ format!("SD {}", one_decimal(s.std_dev)) }</span>
                if s.low_consensus {
                    { " " }<span class="fc-flag fc-low-consensus">{ "Low consensus" }</span>
                }
            </>
        },
        None => missing(),
    };
    let gap = match c.gap {
        Some(g) => {
            let flag = if g >= rules.blind_spot_gap {
                html! { <>{ " " }<span class="fc-flag fc-blind-spot">{ "Blind spot" }</span></> }
            } else if g <= rules.hidden_strength_gap {
                html! { <>{ " " }<span class="fc-flag fc-hidden-strength">{ "Hidden strength" }</span></> }
            } else {
                html! {}
            };
            html! { <>{ signed(g) }{ flag }</> }
        }
        None => missing(),
    };
    html! {
        <>
            <td>{ figure(c.self_score) }</td>
            <td>{ figure(c.others.mean) }</td>
            { for groups }
            <td class="fc-spread">{ spread }</td>
            <td class="fc-gap-figure">{ gap }</td>
        </>
    }
}

fn rules_section(id: String, report: &Report) -> Html {
    let rules = report
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| html! { <li key={i}>{ r.clone() }</li> });
    html! {
        <section aria-labelledby={id.clone()}>
            <h3 id={id}>{ "How this report protects anonymity" }</h3>
            <ul class="fc-rules">{ for rules }</ul>
        </section>
    }
}

#[component]
pub fn FeedbackReport(props: &FeedbackReportProps) -> Html {
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
        let about = if name.is_empty() {
            String::new()
        } else {
            format!(" about {name}")
        };
        return html! {
            <div class="fc-feedback">
                <section class="fc-feedback-empty" aria-labelledby={id("empty")}>
                    <h3 id={id("empty")}>{ "No feedback yet" }</h3>
                    <p>{ format!("No responses{about} have been imported yet, so there is nothing to compare.") }</p>
                    <p>{ "When colleagues send back their response files or codes, import them and this report fills in. A group's figures appear only once enough people in it have responded." }</p>
                </section>
                { rules_section(id("rules"), report) }
            </div>
        };
    }

    let scale = &ins.scale().labels;
    let scale_words = match (scale.first(), scale.last()) {
        (Some(low), Some(high)) => format!(" Ratings run from 1 (“{low}”) to 5 (“{high}”)."),
        _ => String::new(),
    };
    let colleagues = count(total, "colleague", "colleagues");
    let intro = if name.is_empty() {
        format!("Feedback from {colleagues}, set against your own ratings (“You”).{scale_words}")
    } else {
        format!(
            "Feedback about {name} from {colleagues}, set against {name}'s own ratings (“You”).{scale_words}"
        )
    };
    let no_self = report
        .practices
        .iter()
        .all(|p| p.figures.self_score.is_none());

    // Who responded.
    let group_rows = report.groups.iter().map(|g| {
        html! {
            <tr key={g.group.as_str()}>
                <th scope="row">{ group_name(g.group) }</th>
                <td>{ g.responses.to_string() }</td>
                <td class="fc-text-cell">{ shown_as(g, k) }</td>
            </tr>
        }
    });
    let named = |v: Visibility| -> Vec<&'static str> {
        report
            .groups
            .iter()
            .filter(|g| g.responses > 0 && g.visibility == v)
            .map(|g| group_in_sentence(g.group))
            .collect()
    };
    let combined = report
        .columns
        .iter()
        .find(|c| c.column == Column::Combined)
        .map(|c| {
            let groups = named(Visibility::Combined);
            html! {
                <p class="fc-folded">{ format!(
                    "{} have fewer than {k} responses each, so their ratings and comments are folded together into “Others (combined)”, {} in all.",
                    capitalized(&and_list(&groups)),
                    count(c.responses, "response", "responses"),
                ) }</p>
            }
        });
    let withheld = (report.withheld_responses > 0).then(|| {
        let groups = named(Visibility::CountOnly);
        html! {
            <p class="fc-withheld">{ format!(
                "{} have too few responses to show anything but their number, even together with the other small groups ({} in all, fewer than {k}); their ratings and comments are left out of this report.",
                capitalized(&and_list(&groups)),
                report.withheld_responses,
            ) }</p>
        }
    });
    let who = html! {
        <section aria-labelledby={id("who")}>
            <h3 id={id("who")}>{ "Who responded" }</h3>
            <p>{ format!("{} responded.", capitalized(&colleagues)) }</p>
            { scrolling("Responses per rater group".into(), html! {
                <table class="fc-table fc-fb-table fc-fb-groups">
                    <caption>{ "Responses per rater group, and how much of each group this report shows" }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="fc-th-text">{ "Rater group" }</th>
                            <th scope="col">{ "Responses" }</th>
                            <th scope="col" class="fc-th-text">{ "How it is shown" }</th>
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
                    <h3 id={id("none-shown")}>{ "No figures can be shown yet" }</h3>
                    <p class="fc-notice">{ format!(
                        "No rater group has enough responses to show any ratings or comments without revealing who gave them. The report fills in once a group reaches {k} responses, or the smaller groups together reach {k}; a manager's ratings are shown from one response."
                    ) }</p>
                </section>
                { rules_section(id("rules"), report) }
            </div>
        };
    }

    let n_columns = report.columns.len();
    let hint = format!(
        "You: your own rating. Others: the average of everyone whose ratings are shown. Spread: the lowest and highest of others' ratings and their standard deviation (SD); “Low consensus” marks an SD of {} or more. Gap: you − others; “Blind spot” marks a gap of +{} or more, “Hidden strength” one of {} or less. “—”: not shown, because nobody rated it or too few did to show it without revealing who.",
        threshold(LOW_CONSENSUS_STD_DEV),
        threshold(rules.blind_spot_gap),
        threshold(rules.hidden_strength_gap),
    );

    // Per practice: table and chart.
    let practice_rows = report.practices.iter().map(|p| {
        html! {
            <tr key={p.practice_index}>
                <th scope="row">{ numbered(p.practice_index) }</th>
                { cells(&p.figures, n_columns, rules) }
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
            <h3 id={id("practices")}>{ "You and others, practice by practice" }</h3>
            { scrolling("Table: you and others per practice".into(), html! {
                <table class="fc-table fc-fb-table fc-fb-practices">
                    <caption>{ "Your rating, others' average and each shown group's average per practice, from 1 to 5" }</caption>
                    { header("Practice", report) }
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
                    { cells(&s.figures, n_columns, rules) }
                </tr>
            }
        });
        html! {
            <details key={i} class="fc-fb-details">
                <summary>{ format!("{} ({})", numbered(i), count(lines.len(), "statement", "statements")) }</summary>
                { scrolling(format!("Table: statements of {}", title(i)), html! {
                    <table class="fc-table fc-fb-table fc-fb-statements">
                        <caption>{ format!("You and others on each statement of {}, from 1 to 5", title(i)) }</caption>
                        { header("Statement", report) }
                        <tbody>{ for rows }</tbody>
                    </table>
                }) }
            </details>
        }
    });
    let per_statement = html! {
        <section aria-labelledby={id("statements")}>
            <h3 id={id("statements")}>{ "Statement by statement" }</h3>
            <p class="fc-hint">{ "Open a practice to see the same figures for each of its statements." }</p>
            { for details }
        </section>
    };

    // Blind spots and hidden strengths.
    let notable = |indexes: &[usize], goal_links: bool| -> Html {
        if indexes.is_empty() {
            return html! { <p class="fc-none">{ "None." }</p> };
        }
        let items = indexes.iter().filter_map(|&n| {
            let s = report.statements.get(n)?;
            let f = &s.figures;
            let or_dash = |v: Option<f64>| v.map_or_else(|| "—".to_string(), one_decimal);
            Some(html! {
                <li key={s.statement_id.clone()}>
                    <p class="fc-notable-text">{ statement_text(&s.statement_id) }</p>
                    <p class="fc-notable-figures">
                        <span class="fc-notable-practice">{ format!("{}: ", title(s.practice_index)) }</span>
                        { format!(
                            "you {}, others {}, gap {}",
                            or_dash(f.self_score),
                            or_dash(f.others.mean),
                            f.gap.map_or_else(|| "—".to_string(), signed),
                        ) }
                    </p>
                    if goal_links {
                        <p><a href={format!("growth.html#goal={}", s.statement_id)} aria-label={format!("Set a goal about: {}", statement_text(&s.statement_id))}>{ "Set a goal" }</a></p>
                    }
                </li>
            })
        });
        html! { <ol class="fc-notable">{ for items }</ol> }
    };
    let blind_spots = html! {
        <section aria-labelledby={id("blind-spots")}>
            <h3 id={id("blind-spots")}>{ "Blind spots" }</h3>
            <p>{ format!(
                "Statements where you rate yourself at least {} points higher than others rate you (a gap of +{} or more): others may not see this as often as you believe you do it, so it is worth asking them for examples. At most {MOST_NOTABLE}, largest gap first.",
                threshold(rules.blind_spot_gap),
                threshold(rules.blind_spot_gap),
            ) }</p>
            { notable(&report.blind_spots, props.goal_links) }
        </section>
    };
    let hidden_strengths = html! {
        <section aria-labelledby={id("hidden-strengths")}>
            <h3 id={id("hidden-strengths")}>{ "Hidden strengths" }</h3>
            <p>{ format!(
                "Statements where others rate you at least {} points higher than you rate yourself (a gap of {} or less): you may be underestimating a strength you can build on. At most {MOST_NOTABLE}, largest gap first.",
                threshold(-rules.hidden_strength_gap),
                threshold(rules.hidden_strength_gap),
            ) }</p>
            { notable(&report.hidden_strengths, false) }
        </section>
    };

    // Comments.
    let comment_total: usize = report.practices.iter().map(|p| p.comments.len()).sum();
    let comment_intro = if comment_total == 0 {
        format!("No comments can be shown. Comments appear only from groups with at least {k} responses, managers included, so that none can be traced to one person.")
    } else {
        format!(
            "{} in all. Under each practice they are sorted by their text, an order that does not reveal who wrote them. Only comments from groups with at least {k} responses, managers included, are shown.",
            capitalized(&count(comment_total, "comment", "comments"))
        )
    };
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
                    <p class="fc-hint">{ format!(
                        "{}, in an order that does not reveal who wrote them.",
                        capitalized(&count(p.comments.len(), "comment", "comments"))
                    ) }</p>
                    <ul class="fc-comments">{ for items }</ul>
                </div>
            }
        });
    let comments = html! {
        <section aria-labelledby={id("comments")}>
            <h3 id={id("comments")}>{ "Comments" }</h3>
            <p>{ comment_intro }</p>
            { for comment_groups }
        </section>
    };

    html! {
        <div class="fc-feedback">
            <p class="fc-lead">{ intro }</p>
            if no_self {
                <p class="fc-notice">{ "There are no ratings of your own to compare with, so “You” and “Gap” show “—” and no blind spots or hidden strengths can be found." }</p>
            }
            { who }
            { per_practice }
            { per_statement }
            { blind_spots }
            { hidden_strengths }
            { comments }
            { rules_section(id("rules"), report) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_words() {
        assert_eq!(signed(1.75), "+1.8");
        assert_eq!(signed(-1.25), "-1.3");
        assert_eq!(signed(0.0), "0.0");
        assert_eq!(signed(-0.04), "0.0");
        assert_eq!(threshold(1.0), "1.0");
        assert_eq!(threshold(0.75), "0.75");
        assert_eq!(threshold(-1.5), "-1.5");
        assert_eq!(threshold(-0.25), "-0.25");
        assert_eq!(count(1, "response", "responses"), "1 response");
        assert_eq!(count(3, "response", "responses"), "3 responses");
    }

    #[test]
    fn lists_in_words() {
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&["peers"]), "peers");
        assert_eq!(
            and_list(&["peers", "direct reports"]),
            "peers and direct reports"
        );
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(capitalized("peers and others"), "Peers and others");
        assert_eq!(capitalized(""), "");
    }
}
