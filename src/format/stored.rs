//! Records kept in localStorage besides self-assessment documents: where the user was in the
//! flow. Versioned like files, so a newer copy's records are recognised and set aside.
use super::error::FileError;
use super::json;
use crate::domain::{Problem, Screen};
use serde_json::{json, Value};

pub const POSITION_FORMAT: &str = "fulcrum.position";
pub const POSITION_VERSION: u64 = 1;

pub fn encode_position(screen: &Screen) -> String {
    let value = match screen {
        Screen::Welcome => json!({"screen": "welcome"}),
        Screen::Practice(index) => json!({"screen": "practice", "index": index}),
        Screen::Review => json!({"screen": "review"}),
        Screen::Results(id) => json!({"screen": "results", "assessment": id}),
    };
    let mut value = value;
    value["format"] = POSITION_FORMAT.into();
    value["version"] = POSITION_VERSION.into();
    value.to_string()
}

pub fn decode_position(text: &str) -> Result<Screen, FileError> {
    let value = json::parse(text)?;
    let bad = |message: &str| FileError::Invalid(vec![Problem::new("", message)]);
    if value.get("format").and_then(Value::as_str) != Some(POSITION_FORMAT) {
        return Err(bad("not a stored position"));
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(POSITION_VERSION) => {}
        Some(v) if v > POSITION_VERSION => {
            return Err(FileError::NewerVersion {
                format: "position".into(),
                found: v,
                supported: POSITION_VERSION,
            })
        }
        _ => return Err(bad("unknown version")),
    }
    let index = value.get("index").and_then(Value::as_u64);
    let assessment = value.get("assessment").and_then(Value::as_str);
    match (
        value.get("screen").and_then(Value::as_str),
        index,
        assessment,
    ) {
        (Some("welcome"), _, _) => Ok(Screen::Welcome),
        (Some("practice"), Some(i), _) => Ok(Screen::Practice(usize::try_from(i).unwrap_or(0))),
        (Some("review"), _, _) => Ok(Screen::Review),
        (Some("results"), _, Some(id)) => Ok(Screen::Results(id.to_string())),
        _ => Err(bad("unknown screen")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip() {
        for s in [
            Screen::Welcome,
            Screen::Practice(3),
            Screen::Review,
            Screen::Results("abc".into()),
        ] {
            assert_eq!(decode_position(&encode_position(&s)), Ok(s));
        }
    }

    #[test]
    fn newer_and_broken_positions_are_refused() {
        assert!(matches!(
            decode_position(r#"{"format":"fulcrum.position","version":9,"screen":"review"}"#),
            Err(FileError::NewerVersion { found: 9, .. })
        ));
        assert!(decode_position("{").is_err());
        assert!(
            decode_position(r#"{"format":"fulcrum.position","version":1,"screen":"x"}"#).is_err()
        );
    }
}
