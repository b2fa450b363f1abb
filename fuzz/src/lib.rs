//! What the fuzz targets share: the built-in instrument (parsed once), the input as text, and
//! resealing, which recomputes the SHA-256 digests of a mutated document so that the fuzzer
//! reaches the payload checks instead of stopping at the digest every time.
use fulcrum::domain::Instrument;
use fulcrum::format::instrument::{parse, BUILT_IN};
use fulcrum::format::{json, MAX_FILE_BYTES};
use serde_json::Value;
use std::borrow::Cow;
use std::sync::OnceLock;
use time::OffsetDateTime;

/// The questionnaire every answer-carrying document is decoded against.
pub fn built_in() -> &'static Instrument {
    static INSTRUMENT: OnceLock<Instrument> = OnceLock::new();
    INSTRUMENT.get_or_init(|| match parse(BUILT_IN) {
        Ok(instrument) => instrument,
        Err(e) => panic!("the built-in instrument is invalid: {e}"),
    })
}

/// The arrival time given to decoded responses; any fixed moment will do.
pub fn now() -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_795_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// The input as text (invalid UTF-8 replaced, as a browser would when reading a file), or
/// `None` when it is well past the size every decoder refuses.
pub fn text(data: &[u8]) -> Option<Cow<'_, str>> {
    (data.len() <= MAX_FILE_BYTES + 1).then(|| String::from_utf8_lossy(data))
}

/// The document with the digest of its payload, and of a nested `request`'s payload (stored
/// peer drafts), recomputed; `None` when the text is not a JSON object or nothing changed.
pub fn reseal(text: &str) -> Option<String> {
    let mut value: Value = serde_json::from_str(text).ok()?;
    let mut changed = reseal_value(&mut value);
    if let Some(request) = value.get_mut("request") {
        changed |= reseal_value(request);
    }
    changed.then(|| value.to_string())
}

fn reseal_value(value: &mut Value) -> bool {
    let Some(obj) = value.as_object_mut() else {
        return false;
    };
    let Some(payload) = obj.get("payload") else {
        return false;
    };
    let digest = json::sha256_hex(payload);
    if obj.get("digest").and_then(Value::as_str) == Some(digest.as_str()) {
        return false;
    }
    obj.insert("digest".into(), digest.into());
    true
}
