//! Self against others per practice as inline SVG: one row per practice with two horizontal
//! bars on the 1–5 scale, "You" solid and "Others" hatched, so they differ by more than colour.
//! One labelled image for screen readers, whose figures the report's table states in full.
//! Integer coordinates only, colours from CSS classes, no `style` attributes (strict CSP).
use super::hooks::use_lang;
use crate::i18n::Lang;
use yew::prelude::*;

/// One practice: its label and the two figures (1–5), `None` where nothing is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct GapRow {
    pub label: String,
    pub self_score: Option<f64>,
    pub others: Option<f64>,
}

#[derive(Properties, PartialEq)]
pub struct GapChartProps {
    pub rows: Vec<GapRow>,
    /// Unique per widget instance; the hatch pattern's id starts with it.
    pub prefix: AttrValue,
}

const WIDTH: i32 = 400;
/// x of scale point 1 and of scale point 5.
const LEFT: i32 = 24;
const RIGHT: i32 = 344;
const LEGEND_HEIGHT: i32 = 34;
const LINE_HEIGHT: i32 = 20;
const BAR_HEIGHT: i32 = 14;
const BAR_GAP: i32 = 4;
const ROW_GAP: i32 = 14;
const AXIS_HEIGHT: i32 = 26;
/// Characters per label line (16 px bold text in a 400-unit-wide image).
const LINE_CHARS: usize = 36;

/// x of a score on the scale, clamped to it.
fn x_of(score: f64) -> i32 {
    let x = LEFT + ((score - 1.0) * f64::from(RIGHT - LEFT) / 4.0).round() as i32;
    x.clamp(LEFT, RIGHT)
}

/// Splits a label into lines of at most [`LINE_CHARS`] characters at spaces.
fn wrap(label: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > LINE_CHARS {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// One bar from scale point 1 to `score`, with its figure after it; a dash when missing.
fn bar(lang: Lang, class: &'static str, fill: Option<&str>, y: i32, score: Option<f64>) -> Html {
    let text_y = (y + BAR_HEIGHT - 2).to_string();
    match score {
        Some(v) => {
            let end = x_of(v);
            // A 1.0 still gets a visible sliver.
            let width = (end - LEFT).max(3);
            html! {
                <>
                    <rect class={class} fill={fill.map(str::to_owned)} x={LEFT.to_string()} y={y.to_string()}
                        width={width.to_string()} height={BAR_HEIGHT.to_string()} />
                    <text class="fc-gap-value" x={(LEFT + width + 6).to_string()} y={text_y}>{ lang.one_decimal(v) }</text>
                </>
            }
        }
        None => html! {
            <text class="fc-gap-value" x={(LEFT + 2).to_string()} y={text_y}>{ lang.feedback().chart_not_shown() }</text>
        },
    }
}

#[component]
pub fn GapChart(props: &GapChartProps) -> Html {
    let lang = use_lang();
    let t = lang.feedback();
    if props.rows.is_empty() {
        return html! {};
    }
    let hatch = format!("{}-gap-hatch", props.prefix);
    let hatch_fill = format!("url(#{hatch})");
    let ticks: Vec<i32> = (1..=5).map(|p| x_of(f64::from(p))).collect();

    let mut y = LEGEND_HEIGHT;
    let mut rows = Vec::with_capacity(props.rows.len());
    for (i, row) in props.rows.iter().enumerate() {
        let lines = wrap(&row.label);
        let label_top = y;
        let label = lines.iter().enumerate().map(|(k, text)| {
            let line_y = label_top + 15 + LINE_HEIGHT * i32::try_from(k).unwrap_or(0);
            html! { <text class="fc-gap-label" x="0" y={line_y.to_string()}>{ text.clone() }</text> }
        });
        y += LINE_HEIGHT * i32::try_from(lines.len()).unwrap_or(1) + 2;
        let (self_y, others_y) = (y, y + BAR_HEIGHT + BAR_GAP);
        let bars_bottom = others_y + BAR_HEIGHT;
        let grid = ticks.iter().map(|x| {
            html! { <line class="fc-gap-grid" x1={x.to_string()} x2={x.to_string()} y1={(self_y - 2).to_string()} y2={(bars_bottom + 2).to_string()} /> }
        });
        rows.push(html! {
            <g key={i} class="fc-gap-row">
                { for label }
                { for grid }
                { bar(lang, "fc-gap-self", None, self_y, row.self_score) }
                { bar(lang, "fc-gap-others", Some(&hatch_fill), others_y, row.others) }
            </g>
        });
        y = bars_bottom + ROW_GAP;
    }
    let axis_y = y;
    let tick_labels = ticks.iter().enumerate().map(|(i, x)| {
        html! {
            <text class="fc-gap-tick" x={x.to_string()} y={(axis_y + 17).to_string()} text-anchor="middle">{ (i + 1).to_string() }</text>
        }
    });
    let height = axis_y + AXIS_HEIGHT;
    html! {
        <svg class="fc-gap-chart" viewBox={format!("0 0 {WIDTH} {height}")} role="img" focusable="false"
            aria-label={t.chart_label()}>
            <defs>
                <pattern id={hatch.clone()} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="fc-gap-hatch-bg" x="0" y="0" width="6" height="6" />
                    <line class="fc-gap-hatch" x1="0" y1="0" x2="0" y2="6" />
                </pattern>
            </defs>
            <g class="fc-gap-legend">
                <rect class="fc-gap-self" x={LEFT.to_string()} y="6" width="18" height={BAR_HEIGHT.to_string()} />
                <text class="fc-gap-legend-text" x={(LEFT + 24).to_string()} y="18">{ t.column_you() }</text>
                <rect class="fc-gap-others" fill={hatch_fill.clone()} x={(LEFT + 84).to_string()} y="6" width="18" height={BAR_HEIGHT.to_string()} />
                <text class="fc-gap-legend-text" x={(LEFT + 108).to_string()} y="18">{ t.chart_others() }</text>
            </g>
            { for rows }
            <line class="fc-gap-axis" x1={LEFT.to_string()} x2={RIGHT.to_string()} y1={axis_y.to_string()} y2={axis_y.to_string()} />
            { for tick_labels }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_map_to_whole_units_on_the_scale() {
        assert_eq!(x_of(1.0), LEFT);
        assert_eq!(x_of(5.0), RIGHT);
        assert_eq!(x_of(3.0), (LEFT + RIGHT) / 2);
        assert_eq!(x_of(3.25), LEFT + 180);
        assert_eq!(x_of(0.0), LEFT);
        assert_eq!(x_of(9.0), RIGHT);
    }

    #[test]
    fn long_labels_wrap_at_spaces() {
        assert_eq!(wrap("Delegating"), ["Delegating"]);
        assert_eq!(wrap(""), [""]);
        let long = "Self-reflection and openness to feedback from everyone around";
        let lines = wrap(long);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= LINE_CHARS));
        assert_eq!(lines.join(" "), long);
    }
}
