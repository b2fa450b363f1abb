//! The envelope every exported file shares: format, version, id, created_at, the instrument's
//! id/version/sha256, the payload, and the SHA-256 digest of the canonical payload.
use super::error::{FileError, Foreign};
use super::fields::Fields;
use super::json;
use crate::domain::{Instrument, Problem};
use serde::Serialize;
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Which questionnaire a file's answers belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InstrumentRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

impl InstrumentRef {
    pub fn of(instrument: &Instrument) -> Self {
        Self {
            id: instrument.id().to_string(),
            version: instrument.version().to_string(),
            sha256: instrument.sha256().to_string(),
        }
    }

    /// Refuses answers written against other questions.
    pub fn check(&self, instrument: &Instrument) -> Result<(), FileError> {
        if self.id != instrument.id() {
            Err(FileError::OtherInstrument {
                expected: instrument.id().into(),
                found: self.id.clone(),
            })
        } else if self.version != instrument.version() {
            Err(FileError::InstrumentVersion {
                id: self.id.clone(),
                expected: instrument.version().into(),
                found: self.version.clone(),
            })
        } else if self.sha256 != instrument.sha256() {
            Err(FileError::InstrumentHash)
        } else {
            Ok(())
        }
    }
}

/// A sealed document, field order as written to disk. Read field by field (not derived) so
/// that every problem is listed and little code ships.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Envelope {
    pub format: String,
    pub version: u64,
    pub id: String,
    pub created_at: String,
    pub instrument: InstrumentRef,
    pub payload: Value,
    pub digest: String,
}

/// Human name of a format, for messages ("fulcrum.peer-response" → "peer response").
pub fn label(format: &str) -> String {
    format
        .strip_prefix("fulcrum.")
        .unwrap_or(format)
        .replace('-', " ")
}

pub fn timestamp(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

pub fn parse_timestamp(text: &str, path: &str, problems: &mut Vec<Problem>) -> OffsetDateTime {
    OffsetDateTime::parse(text, &Rfc3339).unwrap_or_else(|_| {
        problems.push(Problem::new(
            path,
            format!("\"{text}\" is not a date and time like 2026-11-25T10:00:00Z"),
        ));
        OffsetDateTime::UNIX_EPOCH
    })
}

/// A calendar date written `YYYY-MM-DD` (as date inputs give it). Built with `time`'s
/// constructors rather than its format-description parser, which is large in the wasm.
pub fn parse_date(text: &str) -> Option<time::Date> {
    let mut parts = text.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    time::Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

/// Ids become parts of storage keys and file names: keep them short and plain.
pub fn is_valid_record_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Envelope {
    /// Seals a payload: computes its digest.
    pub fn seal(
        format: &str,
        version: u64,
        id: &str,
        created_at: OffsetDateTime,
        instrument: &Instrument,
        payload: Value,
    ) -> Self {
        Self {
            format: format.into(),
            version,
            id: id.into(),
            created_at: timestamp(created_at),
            instrument: InstrumentRef::of(instrument),
            digest: json::sha256_hex(&payload),
            payload,
        }
    }

    /// The file's text: indented JSON, ending in a newline.
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Opens a document that carries answers to `instrument`: every check of `open`, then the
    /// questionnaire, then the id; returns the envelope and a field reader holding any id
    /// problem, for the payload's reading to continue with.
    pub fn open_for(
        text: &str,
        expected: &str,
        supported: u64,
        instrument: &Instrument,
    ) -> Result<(Self, Fields), FileError> {
        let envelope = Self::open(text, expected, supported)?;
        envelope.instrument.check(instrument)?;
        let mut f = Fields::default();
        if !is_valid_record_id(&envelope.id) {
            f.problem("id", "must be 1–64 letters, digits, '-' or '_'");
        }
        Ok((envelope, f))
    }

    /// Opens a document of the expected format, checking in order: JSON syntax, that it is a
    /// Fulcrum file, its format, its version, the envelope's shape, and the digest.
    /// Returns the envelope and the version it was written with (for migration).
    pub fn open(text: &str, expected: &str, supported: u64) -> Result<Self, FileError> {
        let value = json::parse(text)?;
        let Some(root) = value.as_object() else {
            return Err(FileError::NotFulcrum(Foreign::NotAnObject));
        };
        let format = match root.get("format") {
            Some(Value::String(f)) => f.clone(),
            Some(_) | None => return Err(FileError::NotFulcrum(Foreign::NoFormat)),
        };
        if !format.starts_with("fulcrum.") {
            return Err(FileError::NotFulcrum(Foreign::OtherFormat(format)));
        }
        if format != expected {
            return Err(FileError::WrongFormat {
                expected: label(expected),
                found: label(&format),
            });
        }
        match root.get("version") {
            Some(Value::Number(n)) => match (n.as_u64(), n.as_i64()) {
                (Some(v), _) if v > supported => {
                    return Err(FileError::NewerVersion {
                        format: label(&format),
                        found: v,
                        supported,
                    })
                }
                (Some(v), _) if v >= 1 => {}
                (_, Some(v)) => return Err(FileError::UnknownVersion { found: v }),
                _ => {
                    return Err(FileError::Invalid(vec![Problem::new(
                        "version",
                        "must be a whole number",
                    )]))
                }
            },
            _ => {
                return Err(FileError::Invalid(vec![Problem::new(
                    "version",
                    "is missing; it must be a whole number",
                )]))
            }
        }
        let mut f = Fields::default();
        let empty = serde_json::Map::new();
        let instrument = f
            .object(root.get("instrument"), "instrument")
            .unwrap_or(&empty);
        let instrument = InstrumentRef {
            id: f.string(instrument, "instrument", "id", true),
            version: f.string(instrument, "instrument", "version", true),
            sha256: f.string(instrument, "instrument", "sha256", true),
        };
        let payload = match root.get("payload") {
            Some(p @ Value::Object(_)) => p.clone(),
            other => {
                f.object(other, "payload");
                Value::Null
            }
        };
        let envelope = Envelope {
            format,
            version: root.get("version").and_then(Value::as_u64).unwrap_or(0),
            id: f.string(root, "", "id", true),
            created_at: f.string(root, "", "created_at", true),
            instrument,
            payload,
            digest: f.string(root, "", "digest", true),
        };
        if !f.problems.is_empty() {
            return Err(FileError::Invalid(f.problems));
        }
        if json::sha256_hex(&envelope.payload) != envelope.digest.to_ascii_lowercase() {
            return Err(FileError::DigestMismatch);
        }
        Ok(envelope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_are_read_strictly() {
        assert_eq!(parse_date("2026-12-01"), Some(date!(2026 - 12 - 01)));
        assert_eq!(parse_date(" 2024-02-29 "), Some(date!(2024 - 02 - 29)));
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "26-12-01",
            "2026-1-01",
            "2026-12-01-1",
            "",
            "x",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
