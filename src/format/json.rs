//! JSON helpers shared by every format: parsing with line and column (refusing a key named
//! twice in one object), the canonical form (RFC 8785) and its SHA-256.
use super::error::{FileError, CUT_OFF, TOP_LEVEL};
use super::MAX_FILE_BYTES;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// Parses text as JSON, refusing empty and oversized input, a key named twice in one object,
/// and nesting deeper than serde_json's limit (128), and reporting where the text breaks.
pub fn parse(text: &str) -> Result<Value, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            size: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let value = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    match duplicate_key(text) {
        Some(e) => Err(e),
        None => Ok(value),
    }
}

/// Refuses a file by its size alone (as the browser reports it), before a byte is read.
pub fn check_size(bytes: f64) -> Result<(), FileError> {
    if bytes > MAX_FILE_BYTES as f64 {
        // Casting saturates: a file over 4 GiB still reads as huge on 32-bit wasm.
        return Err(FileError::TooLarge {
            size: bytes as usize,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// Where the scan in [`duplicate_key`] is: in an object (the keys seen so far, the current
/// key, and whether the next string is a key) or in an array (the current index).
enum Frame {
    Object {
        // A `Map` rather than a set of its own: its code is in the wasm already.
        keys: Map<String, Value>,
        key: String,
        expect_key: bool,
    },
    Array(usize),
}

/// Finds a key named twice in one object (serde_json keeps the last silently, so two readers
/// of one file could disagree). `text` has parsed as JSON already, so the scan only tells
/// strings, keys and nesting apart; a scan costs the wasm less than a deserializer of our own.
fn duplicate_key(text: &str) -> Option<FileError> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                keys: Map::new(),
                key: String::new(),
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object {
                    keys,
                    key,
                    expect_key: expect_key @ true,
                }) = stack.last_mut()
                {
                    *expect_key = false;
                    let raw = text.get(start..i).unwrap_or_default();
                    // Escapes are rare in keys: serde_json resolves them (its string reader
                    // is in the wasm already; one of our own was not smaller).
                    let quoted = text.get(start - 1..=i).unwrap_or_default();
                    let name = if raw.contains('\\') {
                        match serde_json::from_str(quoted) {
                            Ok(Value::String(name)) => name,
                            _ => raw.to_owned(),
                        }
                    } else {
                        raw.to_owned()
                    };
                    if keys.insert(name.clone(), Value::Null).is_some() {
                        // Line and column of the key's closing quote, counted as serde_json
                        // counts them (bytes).
                        let (mut line, mut column) = (1, 1);
                        for &b in bytes.get(..i).unwrap_or_default() {
                            (line, column) = if b == b'\n' {
                                (line + 1, 1)
                            } else {
                                (line, column + 1)
                            };
                        }
                        let outer = stack.split_last().map_or(&[][..], |(_, outer)| outer);
                        return Some(FileError::DuplicateKey {
                            place: place(outer),
                            key: name,
                            line,
                            column,
                        });
                    }
                    *key = name;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where an object is, in the words of validation problems: "in payload.answers".
fn place(outer: &[Frame]) -> String {
    if outer.is_empty() {
        return TOP_LEVEL.into();
    }
    let mut out = String::from("in ");
    for (n, frame) in outer.iter().enumerate() {
        match frame {
            Frame::Object { key, .. } => {
                if n > 0 {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Array(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// Converts a serde_json error into our message, keeping line and column.
pub fn syntax_error(e: &serde_json::Error) -> FileError {
    let full = e.to_string();
    if full.starts_with("recursion limit exceeded") {
        return FileError::TooDeep {
            line: e.line(),
            column: e.column(),
        };
    }
    // serde_json appends " at line L column C"; we state the location ourselves.
    let message = match full.rfind(" at line ") {
        Some(at) => full[..at].to_string(),
        None => full,
    };
    let message = if e.is_eof() {
        CUT_OFF.to_string()
    } else {
        message
    };
    FileError::Malformed {
        message,
        line: e.line(),
        column: e.column(),
    }
}

/// The canonical text of a value (RFC 8785 JSON Canonicalization Scheme): sorted keys, no
/// whitespace, shortest numbers. Anyone can recompute it with any JCS implementation.
pub fn canonical(value: &Value) -> String {
    // Serializing a serde_json::Value cannot fail: every key is a string.
    serde_jcs::to_string(value).unwrap_or_default()
}

/// Lowercase hex SHA-256 of the canonical form.
pub fn sha256_hex(value: &Value) -> String {
    hex::encode(Sha256::digest(canonical(value).as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_json_reports_line_and_column() {
        let err = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        match err {
            FileError::Malformed { line, column, .. } => assert_eq!((line, column), (3, 7)),
            other => panic!("unexpected {other:?}"),
        }
        let text = parse("{\"a\": [1, 2").unwrap_err().to_string();
        assert!(text.contains("ends too early"), "{text}");
        assert!(text.contains("line 1, column 11"), "{text}");
    }

    #[test]
    fn empty_and_oversized_input_is_refused_before_parsing() {
        assert_eq!(parse("  \n"), Err(FileError::Empty));
        let big = " ".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(parse(&big), Err(FileError::TooLarge { .. })));
    }

    #[test]
    fn a_key_named_twice_is_refused_with_the_key_and_where() {
        let top = "{\n  \"format\": \"a\",\n  \"format\": \"b\"\n}";
        assert_eq!(
            parse(top),
            Err(FileError::DuplicateKey {
                key: "format".into(),
                place: "at the top level".into(),
                line: 3,
                column: 10,
            })
        );
        let nested = r#"{"payload": {"answers": {"a-1": 3, "a-2": 4, "a-1": 5}}}"#;
        let err = parse(nested).unwrap_err();
        assert!(
            matches!(&err, FileError::DuplicateKey { key, place, line: 1, .. }
                if key == "a-1" && place == "in payload.answers"),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(
            text.contains("names \"a-1\" twice in payload.answers (at line 1, column 50)"),
            "{text}"
        );
        let in_list = r#"{"list": [{"x": 1}, {"y": 1, "y": 2}]}"#;
        assert!(matches!(parse(in_list),
            Err(FileError::DuplicateKey { key, place, .. }) if key == "y" && place == "in list[1]"));
        // The same key in different objects, or escaped differently but equal, is judged
        // by its value.
        assert!(parse(r#"{"a": {"k": 1}, "b": {"k": 1}, "k": 0}"#).is_ok());
        assert!(matches!(parse(r#"{"k": 1, "\u006b": 2}"#),
            Err(FileError::DuplicateKey { key, .. }) if key == "k"));
    }

    #[test]
    fn text_after_the_document_is_refused_with_where_it_starts() {
        let trailing = parse("{\"a\": 1} x");
        assert!(
            matches!(&trailing, Err(FileError::Malformed { message, line: 1, column: 10 })
                if message == "trailing characters"),
            "{trailing:?}"
        );
    }

    #[test]
    fn deep_nesting_is_refused_in_words_without_a_crash() {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let text = format!("{}1{}", open.repeat(10_000), close.repeat(10_000));
            let err = parse(&text).unwrap_err();
            assert!(
                matches!(err, FileError::TooDeep { line: 1, .. }),
                "{open}: {err:?}"
            );
            let message = err.to_string();
            assert!(message.contains("nested too deeply"), "{message}");
            assert!(message.contains("line 1, column "), "{message}");
        }
        // 127 levels are read.
        let text = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn sizes_read_in_megabytes_rounded_up() {
        assert_eq!(super::super::error::megabytes(50 * 1024 * 1024), "50.0");
        assert_eq!(
            super::super::error::megabytes(MAX_FILE_BYTES as u64 + 1),
            "2.1"
        );
        let err = check_size(50.0 * 1024.0 * 1024.0).unwrap_err().to_string();
        assert!(
            err.starts_with("The file is 50.0 MB; Fulcrum files are at most 2 MB"),
            "{err}"
        );
        assert_eq!(check_size(MAX_FILE_BYTES as f64), Ok(()));
    }

    #[test]
    fn canonical_form_sorts_keys_and_ignores_layout() {
        let a: Value = serde_json::from_str("{\"b\": 1, \"a\": {\"z\": 2.50, \"y\": \"é\"}}")
            .unwrap_or_default();
        let b: Value =
            serde_json::from_str("{\"a\":{\"y\":\"é\",\"z\":2.5},\"b\":1}").unwrap_or_default();
        assert_eq!(canonical(&a), "{\"a\":{\"y\":\"é\",\"z\":2.5},\"b\":1}");
        assert_eq!(sha256_hex(&a), sha256_hex(&b));
        assert_eq!(sha256_hex(&a).len(), 64);
    }
}
