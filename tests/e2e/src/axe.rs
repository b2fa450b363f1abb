//! The accessibility audit: axe-core (npm, `node_modules/axe-core`, installed by
//! `scripts/setup.sh`) run in the page, and the colour scheme the page is seen in.
//!
//! [`Browser::axe_violations`] injects `axe.min.js` into the current page (once per document)
//! and runs it on the whole document for the WCAG 2.0, 2.1 and 2.2 A and AA rules
//! ([`WCAG_TAGS`]); [`Browser::assert_accessible`] fails listing every violation with the
//! elements it was found on. [`Browser::emulate_color_scheme`] makes the page see
//! `prefers-color-scheme: dark` (or light) through the DevTools protocol, for the rest of the
//! session.
//!
//! ```no_run
//! use fulcrum_e2e::axe::ColorScheme;
//! use fulcrum_e2e::Harness;
//!
//! # async fn example() -> fulcrum_e2e::Result<()> {
//! let harness = Harness::start()?;
//! let browser = harness.browser().start().await?;
//! browser.emulate_color_scheme(ColorScheme::Dark).await?;
//! browser.goto(&harness.url("/")).await?;
//! browser.wait_for("[data-fulcrum] h2").await?;
//! browser.assert_accessible("the welcome screen").await?;
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde_json::{json, Value};

use crate::{err, Browser, Result};

/// The axe-core rule tags the audit runs: WCAG 2.0, 2.1 and 2.2, levels A and AA.
pub const WCAG_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// Where axe-core's browser build is, relative to the repository root.
pub const AXE_SCRIPT: &str = "node_modules/axe-core/axe.min.js";

/// The repository root: `$FULCRUM_ROOT` (set by `scripts/env.sh`), else two levels above this
/// crate.
pub fn repo_root() -> PathBuf {
    std::env::var_os("FULCRUM_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// The text of `axe.min.js`, read once per test binary.
fn axe_source() -> Result<&'static str> {
    static SOURCE: OnceLock<Result<String, String>> = OnceLock::new();
    let source = SOURCE.get_or_init(|| {
        let path = repo_root().join(AXE_SCRIPT);
        std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "cannot read {}: {e}; install it with scripts/setup.sh (npm ci)",
                path.display()
            )
        })
    });
    source.as_deref().map_err(|e| err(e.clone()))
}

/// Runs axe on the document (`arguments[0]`: the tags) and returns what each violation says,
/// or `{ error }` if axe failed. WebDriver waits for the returned promise.
const RUN_AXE_JS: &str = "return axe.run(document, {
        runOnly: { type: 'tag', values: arguments[0] },
        resultTypes: ['violations'],
    }).then(r => ({ violations: r.violations.map(v => ({
        id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map(n => ({
            target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
            html: n.html, summary: n.failureSummary || '',
        })),
    })) }), e => ({ error: String(e && e.stack || e) }));";

/// The colour scheme a page is seen in (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorScheme {
    Light,
    Dark,
}

impl ColorScheme {
    /// Both schemes, light first.
    pub const ALL: [ColorScheme; 2] = [ColorScheme::Light, ColorScheme::Dark];

    /// The media feature value: `light` or `dark`.
    pub fn as_str(self) -> &'static str {
        match self {
            ColorScheme::Light => "light",
            ColorScheme::Dark => "dark",
        }
    }
}

impl fmt::Display for ColorScheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One element a rule failed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViolationNode {
    /// CSS selectors that find it (one per frame or shadow root on the way).
    pub target: Vec<String>,
    /// Its opening HTML, as axe quotes it.
    pub html: String,
    /// What is wrong with it and how to fix it (e.g. the contrast ratio found).
    pub summary: String,
}

/// A rule the page breaks, with every element it breaks it on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The axe rule id, e.g. `color-contrast`.
    pub id: String,
    /// `minor`, `moderate`, `serious` or `critical`.
    pub impact: String,
    /// What the rule asks for.
    pub help: String,
    pub help_url: String,
    pub nodes: Vec<ViolationNode>,
}

impl Violation {
    fn from_json(value: &Value) -> Self {
        let text = |v: &Value, key: &str| v[key].as_str().unwrap_or_default().to_owned();
        Violation {
            id: text(value, "id"),
            impact: text(value, "impact"),
            help: text(value, "help"),
            help_url: text(value, "helpUrl"),
            nodes: value["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|n| ViolationNode {
                    target: n["target"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|t| t.as_str().unwrap_or_default().to_owned())
                        .collect(),
                    html: text(n, "html"),
                    summary: text(n, "summary"),
                })
                .collect(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} ({}): {} <{}>",
            self.id, self.impact, self.help, self.help_url
        )?;
        for node in &self.nodes {
            writeln!(f, "    at {}", node.target.join(", "))?;
            writeln!(f, "       {}", node.html)?;
            for line in node.summary.lines().filter(|l| !l.trim().is_empty()) {
                writeln!(f, "       | {}", line.trim())?;
            }
        }
        Ok(())
    }
}

/// Every violation, one after the other, as [`Browser::assert_accessible`] reports them.
pub fn describe(violations: &[Violation]) -> String {
    violations.iter().map(ToString::to_string).collect()
}

impl Browser {
    /// From now on (this session, every page it opens) the page sees `prefers-color-scheme`
    /// as `scheme` (DevTools `Emulation.setEmulatedMedia`).
    pub async fn emulate_color_scheme(&self, scheme: ColorScheme) -> Result<()> {
        self.driver()
            .cdp()
            .send_raw(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme.as_str() }] }),
            )
            .await?;
        Ok(())
    }

    /// The colour scheme the current page sees.
    pub async fn color_scheme(&self) -> Result<ColorScheme> {
        let dark = self
            .eval("matchMedia('(prefers-color-scheme: dark)').matches")
            .await?;
        Ok(if dark == Value::Bool(true) {
            ColorScheme::Dark
        } else {
            ColorScheme::Light
        })
    }

    /// Runs axe-core on the current page for [`WCAG_TAGS`] and returns the violations (none
    /// if the page passes). Injects `axe.min.js` first unless the page already has it.
    pub async fn axe_violations(&self) -> Result<Vec<Violation>> {
        if self.eval("typeof window.axe === 'undefined'").await? == Value::Bool(true) {
            self.driver().execute(axe_source()?, Vec::new()).await?;
        }
        let ret = self
            .driver()
            .execute(RUN_AXE_JS, vec![json!(WCAG_TAGS)])
            .await?;
        let result = ret.json();
        if let Some(error) = result["error"].as_str() {
            return Err(err(format!("axe-core failed: {error}")));
        }
        let violations = result["violations"]
            .as_array()
            .ok_or_else(|| err(format!("axe-core returned {result}")))?;
        Ok(violations.iter().map(Violation::from_json).collect())
    }

    /// Fails unless axe-core finds no violation of [`WCAG_TAGS`] on the current page; the
    /// error names `what` was checked and lists each violation (rule, impact, what it asks)
    /// with the selector, HTML and failure of every element it was found on.
    pub async fn assert_accessible(&self, what: &str) -> Result<()> {
        let violations = self.axe_violations().await?;
        if violations.is_empty() {
            return Ok(());
        }
        Err(err(format!(
            "{what}: {} accessibility violation(s) of {}:\n{}",
            violations.len(),
            WCAG_TAGS.join(", "),
            describe(&violations)
        )))
    }
}
