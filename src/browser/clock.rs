//! The clock and random ids, read from the browser and handed to the pure core as values.
use time::OffsetDateTime;

/// Now, to the millisecond, in UTC.
pub fn now() -> OffsetDateTime {
    let ms = js_sys::Date::now();
    // Date::now() is a whole number of milliseconds well inside i128.
    let nanos = (ms as i128) * 1_000_000;
    OffsetDateTime::from_unix_timestamp_nanos(nanos).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A random (version 4) UUID from the browser's cryptographic generator.
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // No Web Crypto (very old or unusual hosts): ids need only be unique, not secret.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}
