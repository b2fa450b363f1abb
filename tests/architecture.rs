#![cfg(not(target_arch = "wasm32"))]
//! The layer rules of ARCHITECTURE.md, checked on the source: the core (`domain`, `format`)
//! never names a browser crate, and no layer names one above it.
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Lines (outside comments) of `layer` that name any of `forbidden` as a path segment.
fn offending_lines(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let files = rust_files(&dir);
    assert!(!files.is_empty(), "no sources found in {}", dir.display());
    let mut hits = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in forbidden {
                // `crate::x` names a module of this crate; a bare word names a crate.
                let named = if name.contains("::") {
                    code.contains(name)
                } else {
                    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .any(|word| word == *name)
                };
                if named {
                    hits.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    hits
}

const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"];

#[test]
fn domain_is_pure() {
    let mut forbidden = BROWSER_CRATES.to_vec();
    forbidden.extend([
        "serde",
        "serde_json",
        "crate::format",
        "crate::i18n",
        "crate::browser",
        "crate::ui",
    ]);
    let hits = offending_lines("domain", &forbidden);
    assert!(
        hits.is_empty(),
        "domain must stay pure:\n{}",
        hits.join("\n")
    );
}

#[test]
fn format_is_pure() {
    let mut forbidden = BROWSER_CRATES.to_vec();
    forbidden.extend(["crate::i18n", "crate::browser", "crate::ui"]);
    let hits = offending_lines("format", &forbidden);
    assert!(
        hits.is_empty(),
        "format must stay pure:\n{}",
        hits.join("\n")
    );
}

#[test]
fn browser_layer_does_not_reach_up_into_the_ui() {
    let hits = offending_lines("browser", &["yew", "crate::ui"]);
    assert!(
        hits.is_empty(),
        "browser must not depend on ui:\n{}",
        hits.join("\n")
    );
}

/// The checker itself must see a violation when there is one.
#[test]
fn the_checker_finds_a_named_crate() {
    let hits = offending_lines("ui", &["yew"]);
    assert!(!hits.is_empty());
}

#[test]
fn interface_text_is_pure() {
    let mut forbidden = BROWSER_CRATES.to_vec();
    forbidden.extend(["crate::browser", "crate::ui"]);
    let hits = offending_lines("i18n", &forbidden);
    assert!(hits.is_empty(), "i18n must stay pure:\n{}", hits.join("\n"));
}
