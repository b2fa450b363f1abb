//! The Fulcrum widget as a user meets it: screens by their headings, buttons by their visible
//! text, statements by their radios, messages in the live regions, data in localStorage.
//!
//! Every helper waits for what it needs (bounded by the session's timeout) and selects by
//! what the user sees or by the accessibility tree (labels, roles), plus the widget's own
//! classes where nothing else names an element.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use thirtyfour::{By, WebElement};

use crate::instrument::{Instrument, Practice};
use crate::{Browser, Result};

/// The element every widget mounts in.
pub const ROOT: &str = "[data-fulcrum]";
/// localStorage key prefix of the page's widget (namespace `default`).
pub const STORAGE_PREFIX: &str = "fulcrum/default/";
/// Key of the answers in progress.
pub const DRAFT_KEY: &str = "fulcrum/default/draft";
/// Key prefix of completed takes (`…/assessment/<id>`).
pub const ASSESSMENT_PREFIX: &str = "fulcrum/default/assessment/";
/// The visible label of the import file input.
pub const IMPORT_LABEL: &str = "Open a self-assessment file (.json) exported by Fulcrum";

/// Finds a visible button in the widget by its text: exact, or by prefix.
const BUTTON_JS: &str = "const [root, label, prefix] = arguments;
    const buttons = [...document.querySelectorAll(root + ' button')]
        .filter(b => b.getClientRects().length > 0);
    return buttons.find(b => {
        const t = b.textContent.trim();
        return prefix ? t.startsWith(label) : t === label;
    }) || null;";

/// The control of the `<label>` in the widget whose text is exactly `arguments[1]`.
const LABELLED_JS: &str = "const [root, text] = arguments;
    const label = [...document.querySelectorAll(root + ' label')]
        .find(l => l.textContent.trim() === text);
    return label ? label.control : null;";

/// The page's widget, driven through `browser`.
#[derive(Debug, Clone, Copy)]
pub struct Widget<'b> {
    browser: &'b Browser,
}

impl<'b> Widget<'b> {
    pub fn new(browser: &'b Browser) -> Self {
        Widget { browser }
    }

    /// Opens `url` and waits until the widget shows a screen.
    pub async fn open(browser: &'b Browser, url: &str) -> Result<Self> {
        browser.goto(url).await?;
        let widget = Widget::new(browser);
        widget.heading().await?;
        Ok(widget)
    }

    pub fn browser(&self) -> &'b Browser {
        self.browser
    }

    /// The current screen's heading text (waits for one).
    pub async fn heading(&self) -> Result<String> {
        let h = self
            .browser
            .wait_for(&format!("{ROOT} h2.fc-heading"))
            .await?;
        Ok(h.text().await?)
    }

    /// Waits until the screen's heading contains `text`.
    pub async fn wait_for_heading(&self, text: &str) -> Result<WebElement> {
        self.browser
            .wait_for_text(&format!("{ROOT} h2.fc-heading"), text)
            .await
    }

    /// Waits for the heading of practice `index` (0-based) of `instrument`: its kicker
    /// ("Practice n of 8") and its title.
    pub async fn wait_for_practice(&self, instrument: &Instrument, index: usize) -> Result<()> {
        let kicker = format!("Practice {} of {}", index + 1, instrument.practices.len());
        let title = &instrument.practices[index].title;
        let css = format!("{ROOT} h2.fc-heading");
        self.browser
            .wait_until(&format!("the heading of {kicker}: {title}"), || async {
                let Some(h) = self.browser.find_all(By::Css(&css)).await?.pop() else {
                    return Ok(None);
                };
                let text = h.text().await.unwrap_or_default();
                Ok((text.contains(&kicker) && text.contains(title.as_str())).then_some(()))
            })
            .await
    }

    async fn find_button(&self, label: &str, prefix: bool) -> Result<WebElement> {
        let what = if prefix {
            format!("a button whose text starts with {label:?}")
        } else {
            format!("a button {label:?}")
        };
        self.browser
            .wait_until(&what, || async {
                let ret = self
                    .browser
                    .execute(
                        BUTTON_JS,
                        vec![ROOT.into(), label.into(), Value::Bool(prefix)],
                    )
                    .await?;
                if ret.json().is_null() {
                    return Ok(None);
                }
                Ok(Some(ret.element()?))
            })
            .await
    }

    /// Waits for the visible button whose text is exactly `label`.
    pub async fn button(&self, label: &str) -> Result<WebElement> {
        self.find_button(label, false).await
    }

    /// Waits for the visible button whose text starts with `prefix`.
    pub async fn button_starting(&self, prefix: &str) -> Result<WebElement> {
        self.find_button(prefix, true).await
    }

    /// Clicks the button whose text is exactly `label`.
    pub async fn click(&self, label: &str) -> Result<()> {
        self.button(label).await?.click().await?;
        Ok(())
    }

    /// Whether a visible button with exactly this text is there now (no waiting).
    pub async fn has_button(&self, label: &str) -> Result<bool> {
        let ret = self
            .browser
            .execute(
                BUTTON_JS,
                vec![ROOT.into(), label.into(), Value::Bool(false)],
            )
            .await?;
        Ok(!ret.json().is_null())
    }

    /// The radio for `value` (1–5) of statement `statement_id`.
    pub async fn radio(&self, statement_id: &str, value: u8) -> Result<WebElement> {
        self.browser
            .wait_for(&format!(
                "{ROOT} fieldset input[type=radio][name$=\"-{statement_id}\"][value=\"{value}\"]"
            ))
            .await
    }

    /// Answers a statement by clicking its radio.
    pub async fn rate(&self, statement_id: &str, value: u8) -> Result<()> {
        self.radio(statement_id, value).await?.click().await?;
        Ok(())
    }

    /// Answers every statement of `practice` by clicking, `values[j]` for statement `j`.
    pub async fn rate_practice(&self, practice: &Practice, values: &[u8]) -> Result<()> {
        for (s, v) in practice.statements.iter().zip(values) {
            self.rate(&s.id, *v).await?;
        }
        Ok(())
    }

    /// The checked value of a statement's radios on the current step, if any.
    pub async fn checked(&self, statement_id: &str) -> Result<Option<u8>> {
        let value = self
            .browser
            .eval(&format!(
                "(document.querySelector('{ROOT} input[type=radio][name$=\"-{statement_id}\"]:checked') || {{}}).value || null"
            ))
            .await?;
        Ok(value.as_str().and_then(|v| v.parse().ok()))
    }

    /// The comment box of the current practice step.
    pub async fn comment_box(&self) -> Result<WebElement> {
        self.browser
            .wait_for(&format!("{ROOT} .fc-comment textarea"))
            .await
    }

    /// The progress line, e.g. "Step 1 of 8 · 0 of 40 statements answered".
    pub async fn progress(&self) -> Result<String> {
        let p = self
            .browser
            .wait_for(&format!("{ROOT} .fc-progress-text"))
            .await?;
        Ok(p.text().await?)
    }

    /// Waits until the progress line reads exactly `text`.
    pub async fn wait_for_progress(&self, text: &str) -> Result<()> {
        let css = format!("{ROOT} .fc-progress-text");
        let last = std::sync::Mutex::new(String::new());
        let result = self
            .browser
            .wait_until(&format!("progress {text:?}"), || async {
                let Some(p) = self.browser.find_all(By::Css(&css)).await?.pop() else {
                    return Ok(None);
                };
                let now = p.text().await.unwrap_or_default();
                let hit = now == text;
                *last.lock().expect("last progress") = now;
                Ok(hit.then_some(()))
            })
            .await;
        result.map_err(|e| format!("{e}; it read {:?}", last.lock().expect("last progress")).into())
    }

    /// The polite status line (`.fc-save[role=status]`): saving state and information.
    pub async fn status(&self) -> Result<String> {
        let s = self
            .browser
            .wait_for(&format!("{ROOT} .fc-save[role=status]"))
            .await?;
        Ok(s.text().await?)
    }

    /// The assertive alert region (`[role=alert]`): errors; empty when there are none.
    pub async fn alert(&self) -> Result<String> {
        let a = self
            .browser
            .wait_for(&format!("{ROOT} [role=alert]"))
            .await?;
        Ok(a.text().await?)
    }

    /// Waits until the status line contains `text`; returns the whole line. On timeout the
    /// error says what both live regions said instead.
    pub async fn wait_for_status(&self, text: &str) -> Result<String> {
        self.wait_in_region(".fc-save[role=status]", text).await
    }

    /// Waits until the alert region contains `text`; returns the whole alert. On timeout
    /// the error says what both live regions said instead.
    pub async fn wait_for_alert(&self, text: &str) -> Result<String> {
        self.wait_in_region("[role=alert]", text).await
    }

    async fn wait_in_region(&self, css: &str, text: &str) -> Result<String> {
        let found = self
            .browser
            .wait_for_text(&format!("{ROOT} {css}"), text)
            .await;
        match found {
            Ok(region) => Ok(region.text().await?),
            Err(e) => Err(format!(
                "{e}; the status said {:?} and the alert {:?}",
                self.status().await.unwrap_or_default(),
                self.alert().await.unwrap_or_default()
            )
            .into()),
        }
    }

    /// Waits until one of the live regions (status or alert) contains `text`; returns
    /// (status text, alert text).
    pub async fn wait_for_message(&self, text: &str) -> Result<(String, String)> {
        self.browser
            .wait_until(&format!("a message containing {text:?}"), || async {
                let (status, alert) = (self.status().await?, self.alert().await?);
                Ok((status.contains(text) || alert.contains(text)).then_some((status, alert)))
            })
            .await
    }

    /// The results table: (`"n. Title"`, score text) per row.
    pub async fn results_table(&self) -> Result<Vec<(String, String)>> {
        self.browser
            .wait_for(&format!("{ROOT} table.fc-table tbody tr"))
            .await?;
        let rows = self
            .browser
            .eval(&format!(
                "[...document.querySelectorAll('{ROOT} table.fc-table tbody tr')]
                    .map(r => [r.querySelector('th').innerText.trim(),
                               r.querySelector('td').innerText.trim()])"
            ))
            .await?;
        let rows = rows
            .as_array()
            .ok_or("results table rows are not an array")?
            .iter()
            .map(|r| {
                (
                    r[0].as_str().unwrap_or_default().to_owned(),
                    r[1].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        Ok(rows)
    }

    /// The rendered texts of every element matching `css` inside the widget.
    pub async fn texts(&self, css: &str) -> Result<Vec<String>> {
        let value = self
            .browser
            .execute(
                "return [...document.querySelectorAll(arguments[0])].map(e => (e.innerText ?? e.textContent ?? '').trim());",
                vec![format!("{ROOT} {css}").into()],
            )
            .await?;
        Ok(value
            .json()
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The control labelled exactly `label` (via `<label for>` or nesting).
    pub async fn labelled(&self, label: &str) -> Result<WebElement> {
        self.browser
            .wait_until(&format!("a control labelled {label:?}"), || async {
                let ret = self
                    .browser
                    .execute(LABELLED_JS, vec![ROOT.into(), label.into()])
                    .await?;
                if ret.json().is_null() {
                    return Ok(None);
                }
                Ok(Some(ret.element()?))
            })
            .await
    }

    /// Chooses `file` in the import file input (on the welcome screen), as a user picking
    /// it in the file dialog.
    pub async fn import(&self, file: &Path) -> Result<()> {
        let input = self.labelled(IMPORT_LABEL).await?;
        let path = file
            .to_str()
            .ok_or_else(|| format!("{} is not UTF-8", file.display()))?;
        input.send_keys(path).await?;
        Ok(())
    }

    /// Every localStorage entry of the page's widget (`fulcrum/default/…`).
    pub async fn stored(&self) -> Result<BTreeMap<String, String>> {
        self.browser.local_storage(STORAGE_PREFIX).await
    }

    /// From practice step `from` (0-based, already shown), answers every statement of it and
    /// of the steps after it by clicking (`values[i][j]` for statement `j` of practice `i`),
    /// moves on with the "Next" buttons, checks the review says everything is answered, and
    /// opens the results.
    pub async fn finish_by_clicks(
        &self,
        instrument: &Instrument,
        values: &[Vec<u8>],
        from: usize,
    ) -> Result<()> {
        for (i, practice) in instrument.practices.iter().enumerate().skip(from) {
            self.wait_for_practice(instrument, i).await?;
            self.rate_practice(practice, &values[i]).await?;
            self.click(&next_label(instrument, i)).await?;
        }
        self.wait_for_heading("Review your answers").await?;
        let total = instrument.statement_count();
        self.wait_for_progress(&format!("Review · {total} of {total} statements answered"))
            .await?;
        self.click("See my results").await?;
        self.wait_for_heading("Your results").await?;
        Ok(())
    }
}

/// The label of the button that leaves practice step `index`: "Next: <title of the next>",
/// or "Review my answers" on the last step.
pub fn next_label(instrument: &Instrument, index: usize) -> String {
    match instrument.practices.get(index + 1) {
        Some(next) => format!("Next: {}", next.title),
        None => "Review my answers".to_owned(),
    }
}

/// A timestamp's date as the page writes it: "2026-11-25T10:00:00Z" → "25 November 2026".
pub fn date_in_words(timestamp: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<u32> = timestamp
        .get(..10)
        .unwrap_or_default()
        .split('-')
        .filter_map(|p| p.parse().ok())
        .collect();
    match parts.as_slice() {
        [year, month @ 1..=12, day] => {
            format!("{day} {} {year}", MONTHS[*month as usize - 1])
        }
        _ => panic!("{timestamp:?} is not a date and time"),
    }
}
