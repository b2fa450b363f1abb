//! One statement: a fieldset whose legend is the statement, with a native radio per point of
//! the frequency scale (arrow keys move between them).
use crate::domain::Rating;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatementFieldProps {
    /// Unique on the page: the radio group's name and the fieldset's id.
    pub name: AttrValue,
    pub number: usize,
    pub text: AttrValue,
    pub labels: Vec<String>,
    /// Offered to raters who cannot judge; never in the self-assessment.
    #[prop_or_default]
    pub not_observed: Option<AttrValue>,
    pub selected: Option<Rating>,
    pub on_rate: Callback<Rating>,
    /// The questionnaire's language when it differs from the interface's (its text is
    /// the legend and the labels).
    #[prop_or_default]
    pub text_lang: Option<AttrValue>,
}

#[component]
pub fn StatementField(props: &StatementFieldProps) -> Html {
    let option = |rating: Rating, value: String, label: String| {
        let on_rate = props.on_rate.clone();
        let onchange = Callback::from(move |_: Event| on_rate.emit(rating));
        let checked = props.selected == Some(rating);
        html! {
            <label class={classes!("fc-option", checked.then_some("fc-checked"))}>
                <input type="radio" name={props.name.clone()} value={value.clone()} {checked} {onchange} />
                <span class="fc-option-text">
                    if matches!(rating, Rating::Value(_)) {
                        <span class="fc-option-value" aria-hidden="true">{ value }</span>
                    }
                    <span class="fc-option-label">{ label }</span>
                </span>
            </label>
        }
    };
    let points = props.labels.iter().enumerate().filter_map(|(i, label)| {
        let v = u8::try_from(i + 1).ok()?;
        Some(option(Rating::Value(v), v.to_string(), label.clone()))
    });
    let not_observed = props.not_observed.as_ref().map(|label| {
        option(
            Rating::NotObserved,
            "not_observed".into(),
            label.to_string(),
        )
    });
    let answered = props.selected.is_some();
    html! {
        <fieldset id={props.name.clone()} lang={props.text_lang.clone()} class={classes!("fc-statement", answered.then_some("fc-answered"))}>
            <legend>
                <span class="fc-statement-number">{ format!("{}.", props.number) }</span>
                { " " }{ props.text.clone() }
            </legend>
            <div class="fc-scale">
                { for points }
                { for not_observed }
            </div>
        </fieldset>
    }
}
