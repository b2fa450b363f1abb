//! A radar chart of practice scores as inline SVG: one labelled image for screen readers,
//! whose figures the results table states in full.
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub labels: Vec<String>,
    /// One score (1–5) per label; `None` for a practice without answers.
    pub values: Vec<Option<f64>>,
}

const RADIUS: f64 = 120.0;
const MAX: f64 = 5.0;

/// Where spoke `i` of `n` is at radius `r`, in whole SVG units (one unit is below a pixel
/// here). Trigonometry comes from the browser's Math so no libm ships in the wasm.
fn point(i: usize, n: usize, r: f64) -> (i32, i32) {
    let angle = std::f64::consts::TAU * (i as f64) / (n as f64) - std::f64::consts::FRAC_PI_2;
    let x = (r * js_sys::Math::cos(angle)).round() as i32;
    let y = (r * js_sys::Math::sin(angle)).round() as i32;
    (x, y)
}

fn points(n: usize, radius_of: impl Fn(usize) -> f64) -> String {
    (0..n)
        .map(|i| {
            let (x, y) = point(i, n, radius_of(i));
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits a long label into two lines at the space nearest its middle.
fn lines(label: &str) -> Vec<String> {
    if label.chars().count() <= 16 {
        return vec![label.to_string()];
    }
    let mid = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(mid));
    match split {
        Some(i) => vec![label[..i].to_string(), label[i + 1..].to_string()],
        None => vec![label.to_string()],
    }
}

#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let lang = super::hooks::use_lang();
    let n = props.labels.len();
    if n < 3 {
        return html! {};
    }
    let rings = (1..=5).map(|level| {
        let r = RADIUS * f64::from(level) / MAX;
        html! { <polygon class="fc-chart-ring" points={points(n, |_| r)} /> }
    });
    let spokes = (0..n).map(|i| {
        let (x, y) = point(i, n, RADIUS);
        html! { <line class="fc-chart-spoke" x1="0" y1="0" x2={x.to_string()} y2={y.to_string()} /> }
    });
    let values = props.values.clone();
    let shape = points(n, |i| {
        RADIUS * values.get(i).copied().flatten().unwrap_or(0.0) / MAX
    });
    let dots = (0..n).filter_map(|i| {
        let v = props.values.get(i).copied().flatten()?;
        let (x, y) = point(i, n, RADIUS * v / MAX);
        Some(
            html! { <circle class="fc-chart-dot" cx={x.to_string()} cy={y.to_string()} r="3.5" /> },
        )
    });
    let labels = props.labels.iter().enumerate().map(|(i, label)| {
        let (x, y) = point(i, n, RADIUS + 18.0);
        let anchor = match x { 0 => "middle", x if x > 0 => "start", _ => "end" };
        let parts = lines(&format!("{}. {label}", i + 1));
        let lines_above = i32::try_from(parts.len()).unwrap_or(1) - 1;
        let first_dy = if f64::from(y) < -RADIUS * 0.5 { -lines_above * 13 } else { 4 };
        let tspans = parts.iter().enumerate().map(|(k, text)| {
            let dy = if k == 0 { first_dy.to_string() } else { "13".to_string() };
            html! { <tspan x={x.to_string()} dy={dy}>{ text.clone() }</tspan> }
        });
        html! { <text class="fc-chart-label" x={x.to_string()} y={y.to_string()} text-anchor={anchor}>{ for tspans }</text> }
    });
    html! {
        <svg class="fc-chart" viewBox="-300 -165 600 330" role="img" aria-label={lang.assessment().radar_label()} focusable="false">
            { for rings }
            { for spokes }
            <polygon class="fc-chart-shape" points={shape} />
            { for dots }
            { for labels }
        </svg>
    }
}
