//! Scores over time as inline SVG small multiples: one small line chart per practice and per
//! index, each on the same 1–5 scale with the takes evenly spaced in date order, so that no
//! line has to be told apart by colour. Each chart is one labelled image whose figures its
//! label states; the history table beside it gives them all. Integer coordinates, colours
//! from CSS classes, no `style` attributes (strict CSP).
use super::hooks::use_lang;
use crate::domain::history::Change;
use crate::i18n::Lang;
use time::OffsetDateTime;
use yew::prelude::*;

/// One small chart: what it measures and its score at each take (oldest first).
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryLine {
    pub label: String,
    pub scores: Vec<Option<f64>>,
    /// The change since the previous take, if both have a score.
    pub change: Option<Change>,
}

#[derive(Properties, PartialEq)]
pub struct HistoryChartProps {
    /// When each take was completed, oldest first; one per score of every line.
    pub dates: Vec<OffsetDateTime>,
    pub lines: Vec<HistoryLine>,
}

const WIDTH: i32 = 240;
const HEIGHT: i32 = 124;
/// x of the first and of the last take.
const LEFT: i32 = 30;
const RIGHT: i32 = 222;
/// y of scale point 5 and of scale point 1.
const TOP: i32 = 10;
const BOTTOM: i32 = 94;

/// y of a score on the scale, clamped to it.
fn y_of(score: f64) -> i32 {
    let y = BOTTOM - ((score - 1.0) * f64::from(BOTTOM - TOP) / 4.0).round() as i32;
    y.clamp(TOP, BOTTOM)
}

/// x of take `i` of `n`, evenly spaced; a single take sits in the middle.
fn x_of(i: usize, n: usize) -> i32 {
    let (i, n) = (i32::try_from(i).unwrap_or(0), i32::try_from(n).unwrap_or(1));
    if n < 2 {
        (LEFT + RIGHT) / 2
    } else {
        LEFT + (RIGHT - LEFT) * i / (n - 1)
    }
}

/// What one chart shows, in words: every score with its date, then the latest change.
fn summary(line: &HistoryLine, dates: &[OffsetDateTime], lang: Lang) -> String {
    let points: Vec<(Option<f64>, time::Date)> = line
        .scores
        .iter()
        .zip(dates)
        .map(|(score, at)| (*score, at.date()))
        .collect();
    lang.growth()
        .chart_summary(&line.label, &points, line.change.as_ref())
}

/// The path through consecutive takes that both have a score; a gap breaks the line.
fn path(scores: &[Option<f64>]) -> String {
    let n = scores.len();
    let mut d = String::new();
    let mut previous = false;
    for (i, score) in scores.iter().enumerate() {
        match score {
            Some(v) => {
                let command = if previous { 'L' } else { 'M' };
                d.push_str(&format!("{command}{} {} ", x_of(i, n), y_of(*v)));
                previous = true;
            }
            None => previous = false,
        }
    }
    d.trim_end().to_string()
}

fn panel(line: &HistoryLine, dates: &[OffsetDateTime], lang: Lang) -> Html {
    let words = lang.growth();
    let n = line.scores.len();
    let grid = (1..=5).map(|p| {
        let y = y_of(f64::from(p)).to_string();
        html! {
            <>
                <line class="fc-history-grid" x1={LEFT.to_string()} x2={RIGHT.to_string()} y1={y.clone()} y2={y.clone()} />
                <text class="fc-history-tick" x={(LEFT - 8).to_string()} y={y} dy="4" text-anchor="end">{ p.to_string() }</text>
            </>
        }
    });
    let dots = line.scores.iter().enumerate().filter_map(|(i, s)| {
        let v = (*s)?;
        Some(html! {
            <circle class="fc-history-dot" cx={x_of(i, n).to_string()} cy={y_of(v).to_string()} r="4" />
        })
    });
    // Dates under the first and the last take: more would not fit; the table has them all.
    let axis_y = (BOTTOM + 22).to_string();
    let first = dates
        .first()
        .map(|t| words.short_date(t.date()))
        .unwrap_or_default();
    let last = dates
        .last()
        .map(|t| words.short_date(t.date()))
        .unwrap_or_default();
    let latest = line.scores.last().copied().flatten();
    let caption = words.chart_caption(&line.label, latest, line.change.as_ref());
    html! {
        <li key={line.label.clone()}>
            <figure class="fc-history-panel">
                <figcaption>{ caption }</figcaption>
                <svg class="fc-history-chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" focusable="false"
                    aria-label={summary(line, dates, lang)}>
                    { for grid }
                    <path class="fc-history-line" d={path(&line.scores)} />
                    { for dots }
                    <text class="fc-history-tick" x={LEFT.to_string()} y={axis_y.clone()} text-anchor="start">{ first }</text>
                    if n > 1 {
                        <text class="fc-history-tick" x={RIGHT.to_string()} y={axis_y} text-anchor="end">{ last }</text>
                    }
                </svg>
            </figure>
        </li>
    }
}

#[component]
pub fn HistoryChart(props: &HistoryChartProps) -> Html {
    let lang = use_lang();
    if props.dates.is_empty() {
        return html! {};
    }
    let panels = props
        .lines
        .iter()
        .map(|line| panel(line, &props.dates, lang));
    html! {
        <ul class="fc-history-charts">{ for panels }</ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn scores_and_takes_map_to_whole_units() {
        assert_eq!(y_of(5.0), TOP);
        assert_eq!(y_of(1.0), BOTTOM);
        assert_eq!(y_of(3.0), (TOP + BOTTOM) / 2);
        assert_eq!(y_of(0.0), BOTTOM);
        assert_eq!(x_of(0, 3), LEFT);
        assert_eq!(x_of(2, 3), RIGHT);
        assert_eq!(x_of(0, 1), (LEFT + RIGHT) / 2);
    }

    #[test]
    fn a_missing_score_breaks_the_line() {
        let p = path(&[Some(1.0), None, Some(5.0), Some(5.0)]);
        assert_eq!(
            p,
            format!("M{LEFT} {BOTTOM} M{} {TOP} L{RIGHT} {TOP}", x_of(2, 4))
        );
    }

    #[test]
    fn the_label_states_every_figure() {
        let dates = [
            datetime!(2026-03-02 09:00 UTC),
            datetime!(2026-09-14 09:00 UTC),
        ];
        let line = HistoryLine {
            label: "1. Continuous learning".into(),
            scores: vec![Some(1.4), Some(2.4)],
            change: Some(Change::between(1.4, 2.4)),
        };
        assert_eq!(
            summary(&line, &dates, Lang::En),
            "1. Continuous learning, from 1 to 5: 1.4 on 2 March 2026, 2.4 on 14 September 2026. Since the previous take: +1.0 (up)."
        );
        assert_eq!(
            summary(&line, &dates, Lang::De),
            "1. Continuous learning, von 1 bis 5: 1,4 am 2. März 2026, 2,4 am 14. September 2026. Seit dem vorigen Durchgang: +1,0 (gestiegen)."
        );
    }
}
