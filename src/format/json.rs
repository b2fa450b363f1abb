//! JSON helpers shared by every format: parsing with line and column, the canonical form
//! (RFC 8785) and its SHA-256.
use super::error::FileError;
use super::MAX_FILE_BYTES;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// Parses text as JSON, refusing empty and oversized input, and reporting where syntax breaks.
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
    serde_json::from_str(text).map_err(|e| syntax_error(&e))
}

/// Converts a serde_json error into our message, keeping line and column.
pub fn syntax_error(e: &serde_json::Error) -> FileError {
    let full = e.to_string();
    // serde_json appends " at line L column C"; we state the location ourselves.
    let message = match full.rfind(" at line ") {
        Some(at) => full[..at].to_string(),
        None => full,
    };
    let message = if e.is_eof() {
        "the text ends too early (is the file cut off?)".to_string()
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
